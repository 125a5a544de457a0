package cn.gongkai.division;

import java.net.URI;
import java.util.List;

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

import cn.gongkai.common.Csv;
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

@Path("/divisions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Divisions", description = "Administrative divisions (GB/T 2260): provinces, cities, counties. Agencies belong to the division "
        + "of their divisionCode and to all its ancestors.")
public class DivisionResource {

    private final DivisionService divisions;

    public DivisionResource(DivisionService divisions) {
        this.divisions = divisions;
    }

    @GET
    @Operation(summary = "List divisions", description = "By code, paged (page from 0); parent= lists a division's direct sub-divisions, "
            + "level= one level. Link headers (RFC 8288) point to first/prev/next/last; X-Total-Count gives the total.")
    @APIResponse(responseCode = "200", description = "A page of divisions.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DivisionPage.class),
                    examples = @ExampleObject(name = "济宁市's counties", value = DivisionExamples.PAGE)))
    @APIResponse(responseCode = "400", description = "A bad paging or filter parameter.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "The parent division does not exist.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response list(
            @Parameter(description = "Page number, from 0.", example = "0") @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @Parameter(description = "Page size, 1–1000.", example = "100") @QueryParam("size") @DefaultValue("100") @Min(1) @Max(1000) int size,
            @Parameter(description = "Only the direct sub-divisions of this division.", example = "370800")
            @QueryParam("parent") @Pattern(regexp = Division.CODE_PATTERN, message = Division.CODE_MESSAGE) String parent,
            @Parameter(description = "Only divisions of this level.", example = "COUNTY") @QueryParam("level") DivisionLevel level,
            @Context UriInfo uri) {
        PageRequest request = new PageRequest(page, size);
        DivisionService.Listing listing = divisions.list(request, parent, level);
        DivisionPage body = new DivisionPage(listing.divisions().stream().map(DivisionBody::of).toList(), page, size,
                listing.totalItems(), request.totalPages(listing.totalItems()));
        return request.addHeaders(Response.ok(body), uri, listing.totalItems()).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Upload a list of divisions (JSON)", description = "A JSON array of divisions, each created or replaced; parents "
            + "may be in the same list or stored. All are stored or, on any error, none: every bad value is listed by its JSON pointer "
            + "(/{index}/{field}). Divisions not in the list are left as they are.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = DivisionBody.class),
            examples = @ExampleObject(name = "济宁市", value = DivisionExamples.BULK_JSON)))
    @APIResponse(responseCode = "200", description = "All stored.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BulkResult.class),
                    examples = @ExampleObject(name = "stored", value = DivisionExamples.BULK_RESULT)))
    @APIResponse(responseCode = "400", description = "Bad entries, each by pointer; nothing stored.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown parent", value = DivisionExamples.BULK_INVALID)))
    public BulkResult uploadJson(List<DivisionBody> body) {
        return divisions.bulkJson(body);
    }

    @POST
    @Consumes({ Csv.MEDIA_TYPE, MediaType.TEXT_PLAIN })
    @Operation(summary = "Upload a list of divisions (CSV)", description = "UTF-8 CSV (RFC 4180; a BOM is allowed) with a header line "
            + "code,name,level,parentCode (or 代码,名称,级别,上级代码; level and parentCode columns optional), then a division a line. "
            + "All are stored or none: errors name the line (and the entry as /{index}/{field}).")
    @RequestBody(content = @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
            examples = @ExampleObject(name = "济宁市", value = DivisionExamples.BULK_CSV)))
    @APIResponse(responseCode = "200", description = "All stored.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BulkResult.class),
                    examples = @ExampleObject(name = "stored", value = DivisionExamples.BULK_RESULT)))
    @APIResponse(responseCode = "400", description = "Bad lines, each by line number; nothing stored.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown parent", value = DivisionExamples.BULK_INVALID)))
    public BulkResult uploadCsv(String body) {
        return divisions.bulkCsv(body);
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "Get a division", description = "With its ETag.")
    @APIResponse(responseCode = "200", description = "The division.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DivisionBody.class),
                    examples = @ExampleObject(name = "兖州区", value = DivisionExamples.DIVISION)))
    @APIResponse(responseCode = "400", description = "Not a 6-digit code.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such division.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = DivisionExamples.NOT_FOUND)))
    public Response get(@Parameter(description = "GB/T 2260 code.", example = "370812") @PathParam("code")
            @Pattern(regexp = Division.CODE_PATTERN, message = Division.CODE_MESSAGE) String code) {
        Division division = divisions.get(code);
        return EntityTags.tag(Response.ok(DivisionBody.of(division)), DivisionService.etag(division), division.updatedAt).build();
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create or replace a division", description = "201 when created, 200 when replaced. With If-Match, a stale ETag "
            + "gets 412 and nothing changes.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DivisionBody.class),
            examples = @ExampleObject(name = "兖州区", value = DivisionExamples.DIVISION_INPUT)))
    @APIResponse(responseCode = "200", description = "Replaced.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DivisionBody.class),
                    examples = @ExampleObject(name = "兖州区", value = DivisionExamples.DIVISION)))
    @APIResponse(responseCode = "201", description = "Created.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DivisionBody.class),
                    examples = @ExampleObject(name = "兖州区", value = DivisionExamples.DIVISION)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each by JSON pointer.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not match the current ETag.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response put(@Parameter(description = "GB/T 2260 code.", example = "370812") @PathParam("code")
            @Pattern(regexp = Division.CODE_PATTERN, message = Division.CODE_MESSAGE) String code,
            @Parameter(description = "ETag from an earlier GET.", example = "\"division-370812-0\"") @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid DivisionBody body, @Context UriInfo uri) {
        DivisionService.Written written = divisions.put(code, body, ifMatch);
        Division division = written.division();
        Response.ResponseBuilder builder = written.created()
                ? Response.created(URI.create(uri.getBaseUriBuilder().path(DivisionResource.class).path(code).build().toString()))
                : Response.ok();
        return EntityTags.tag(builder.entity(DivisionBody.of(division)), DivisionService.etag(division), division.updatedAt).build();
    }

    @DELETE
    @Path("/{code}")
    @Operation(summary = "Delete a division", description = "Refused with 409 while it has sub-divisions or agencies.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "404", description = "No such division.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "It has sub-divisions or agencies.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not empty", value = DivisionExamples.CONFLICT)))
    @APIResponse(responseCode = "412", description = "If-Match does not match the current ETag.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response delete(@Parameter(description = "GB/T 2260 code.", example = "370812") @PathParam("code")
            @Pattern(regexp = Division.CODE_PATTERN, message = Division.CODE_MESSAGE) String code,
            @Parameter(description = "ETag from an earlier GET.", example = "\"division-370812-0\"") @HeaderParam("If-Match") String ifMatch) {
        divisions.delete(code, ifMatch);
        return Response.noContent().build();
    }
}
