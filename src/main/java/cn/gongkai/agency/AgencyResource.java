package cn.gongkai.agency;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import cn.gongkai.common.ApiExamples;
import cn.gongkai.common.EntityTags;
import cn.gongkai.common.PageRequest;
import cn.gongkai.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/agencies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Agencies", description = "Agencies (行政机关) that publish annual reports.")
public class AgencyResource {

    private final AgencyService agencies;

    public AgencyResource(AgencyService agencies) {
        this.agencies = agencies;
    }

    @GET
    @Operation(summary = "List agencies", description = "Paged (page from 0), filtered by name substring and division-code prefix. "
            + "Link headers (RFC 8288) point to first/prev/next/last; X-Total-Count gives the total.")
    @APIResponse(responseCode = "200", description = "A page of agencies.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgencyPage.class),
                    examples = @ExampleObject(name = "demo", value = ApiExamples.AGENCY_PAGE)))
    @APIResponse(responseCode = "400", description = "A bad paging or filter parameter.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response list(
            @Parameter(description = "Page number, from 0.", example = "0") @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @Parameter(description = "Page size, 1–200.", example = "20") @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size,
            @Parameter(description = "Part of the agency name.", example = "漕河镇") @QueryParam("name") String name,
            @Parameter(description = "Division-code prefix: 37 = 山东省, 3708 = 济宁市, 370812 = 兖州区.", example = "3708")
            @QueryParam("division") @Pattern(regexp = "^[0-9]{1,6}$", message = "must be 1 to 6 digits of a GB/T 2260 code") String division,
            @Context UriInfo uri) {
        PageRequest request = new PageRequest(page, size);
        AgencyService.Listing listing = agencies.list(request, name, division);
        AgencyPage body = new AgencyPage(listing.agencies().stream().map(AgencyBody::of).toList(), page, size,
                listing.totalItems(), request.totalPages(listing.totalItems()));
        return request.addHeaders(Response.ok(body), uri, listing.totalItems()).build();
    }

    @POST
    @Operation(summary = "Create an agency", description = "The server assigns the id; the response has its Location and ETag.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgencyBody.class),
            examples = @ExampleObject(name = "漕河镇", value = ApiExamples.AGENCY_INPUT)))
    @APIResponse(responseCode = "201", description = "Created.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgencyBody.class),
                    examples = @ExampleObject(name = "demo", value = ApiExamples.AGENCY)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each named by its JSON pointer.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid", value = ApiExamples.INVALID_INPUT)))
    @APIResponse(responseCode = "409", description = "The unified social credit code is already used.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@NotNull @Valid AgencyBody body, @Context UriInfo uri) {
        Agency agency = agencies.create(body);
        URI location = uri.getBaseUriBuilder().path(AgencyResource.class).path(String.valueOf(agency.id)).build();
        return EntityTags.tag(Response.created(location).entity(AgencyBody.of(agency)), AgencyService.etag(agency), agency.updatedAt)
                .build();
    }

    @GET
    @Path("/{agencyId}")
    @Operation(summary = "Get an agency", description = "With its ETag and Last-Modified.")
    @APIResponse(responseCode = "200", description = "The agency.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgencyBody.class),
                    examples = @ExampleObject(name = "demo", value = ApiExamples.AGENCY)))
    @APIResponse(responseCode = "404", description = "No such agency.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = ApiExamples.NOT_FOUND)))
    public Response get(@Parameter(description = "Agency id.", example = "1") @PathParam("agencyId") long agencyId) {
        Agency agency = agencies.get(agencyId);
        return EntityTags.tag(Response.ok(AgencyBody.of(agency)), AgencyService.etag(agency), agency.updatedAt).build();
    }

    @PUT
    @Path("/{agencyId}")
    @Operation(summary = "Replace an agency", description = "Send what GET returned, changed. With If-Match, a stale ETag gets 412 and nothing changes.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgencyBody.class),
            examples = @ExampleObject(name = "漕河镇", value = ApiExamples.AGENCY_INPUT)))
    @APIResponse(responseCode = "200", description = "Replaced.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgencyBody.class),
                    examples = @ExampleObject(name = "demo", value = ApiExamples.AGENCY)))
    @APIResponse(responseCode = "400", description = "Invalid fields.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such agency.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The unified social credit code is already used.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not match the current ETag.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "stale", value = ApiExamples.PRECONDITION_FAILED)))
    public Response update(@Parameter(description = "Agency id.", example = "1") @PathParam("agencyId") long agencyId,
            @Parameter(description = "ETag from an earlier GET.", example = "\"agency-1-0\"") @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid AgencyBody body) {
        Agency agency = agencies.update(agencyId, body, ifMatch);
        return EntityTags.tag(Response.ok(AgencyBody.of(agency)), AgencyService.etag(agency), agency.updatedAt).build();
    }

    @DELETE
    @Path("/{agencyId}")
    @Operation(summary = "Delete an agency", description = "Refused with 409 while it has reports, unless cascade=true deletes them too.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "404", description = "No such agency.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "It has reports and cascade was not asked for.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "has reports", value = ApiExamples.CONFLICT)))
    @APIResponse(responseCode = "412", description = "If-Match does not match the current ETag.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response delete(@Parameter(description = "Agency id.", example = "1") @PathParam("agencyId") long agencyId,
            @Parameter(description = "Also delete its reports.", example = "false", schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("cascade") @DefaultValue("false") boolean cascade,
            @Parameter(description = "ETag from an earlier GET.", example = "\"agency-1-0\"") @HeaderParam("If-Match") String ifMatch) {
        agencies.delete(agencyId, cascade, ifMatch);
        return Response.noContent().build();
    }
}
