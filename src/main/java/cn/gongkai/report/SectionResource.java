package cn.gongkai.report;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import cn.gongkai.common.ApiExamples;
import cn.gongkai.common.EntityTags;
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

@Path("/agencies/{agencyId}/years/{year}/sections")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sections", description = "A report's parts (一…六) and tables (表二, 表三, 表四), one at a time.")
public class SectionResource {

    private static final String SECTIONS_EXAMPLE = """
            [{"key":"part1","kind":"NARRATIVE","part":"一","heading":"一、总体情况","present":true,\
            "etag":"\\"section-1-0\\"","lastModified":"2026-11-26T08:00:00Z"},\
            {"key":"table3","kind":"TABLE","part":"三","heading":"收到和处理政府信息公开申请情况","present":false}]""";

    private final ReportService reports;

    public SectionResource(ReportService reports) {
        this.reports = reports;
    }

    @GET
    @Operation(summary = "List a report's sections", description = "Every section of the report's format, whether written yet, with ETags.")
    @APIResponse(responseCode = "200", description = "The sections.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SectionSummary.class, type = SchemaType.ARRAY),
                    examples = @ExampleObject(name = "demo", value = SECTIONS_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such agency or report.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<SectionSummary> list(@Parameter(description = "Agency id.", example = "1") @PathParam("agencyId") long agencyId,
            @Parameter(description = "Report year.", example = "2023") @PathParam("year") int year) {
        return reports.sections(agencyId, year);
    }

    @GET
    @Path("/{sectionKey}")
    @Operation(summary = "Get a section", description = "A narrative part or a table with every cell (null = blank), with ETag and Last-Modified.")
    @APIResponse(responseCode = "200", description = "The section.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SectionBody.class),
                    examples = { @ExampleObject(name = "table", value = ApiExamples.TABLE_SECTION),
                            @ExampleObject(name = "narrative", value = ApiExamples.NARRATIVE_SECTION) }))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match.")
    @APIResponse(responseCode = "400", description = "The report's format has no such section.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such agency or report, or the section is not written yet.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@Parameter(description = "Agency id.", example = "1") @PathParam("agencyId") long agencyId,
            @Parameter(description = "Report year.", example = "2023") @PathParam("year") int year,
            @Parameter(description = "Section key (GET /formats/{formatId}).", example = "table3") @PathParam("sectionKey") String sectionKey,
            @Parameter(description = "ETag from an earlier GET.", example = "\"section-1-0\"") @HeaderParam("If-None-Match") String ifNoneMatch) {
        ReportService.Rendered<SectionBody> section = reports.section(agencyId, year, sectionKey);
        if (EntityTags.notModified(ifNoneMatch, section.etag())) {
            return EntityTags.tag(Response.notModified(), section.etag(), section.lastModified()).build();
        }
        return EntityTags.tag(Response.ok(section.body()), section.etag(), section.lastModified()).build();
    }

    @PUT
    @Path("/{sectionKey}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write a section", description = "Replaces the section. Tables: cells.{rowKey}.{columnKey} = number or null; "
            + "cells left out are blank. Negative or fractional counts, text in a number cell, unknown rows or columns: 400 listing "
            + "each cell's JSON pointer, nothing stored. If-Match: a stale ETag gets 412.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SectionBody.class),
            examples = { @ExampleObject(name = "table3 cells", value = ApiExamples.TABLE_INPUT),
                    @ExampleObject(name = "part6", value = ApiExamples.NARRATIVE_SECTION) }))
    @APIResponse(responseCode = "200", description = "Replaced.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SectionBody.class),
                    examples = @ExampleObject(name = "table", value = ApiExamples.TABLE_SECTION)))
    @APIResponse(responseCode = "201", description = "Written for the first time.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SectionBody.class),
                    examples = @ExampleObject(name = "table", value = ApiExamples.TABLE_SECTION)))
    @APIResponse(responseCode = "400", description = "Invalid input, each value named by its JSON pointer; nothing stored.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid", value = ApiExamples.INVALID_INPUT)))
    @APIResponse(responseCode = "404", description = "No such agency or report.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not match the current ETag.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "stale", value = ApiExamples.PRECONDITION_FAILED)))
    public Response put(@Parameter(description = "Agency id.", example = "1") @PathParam("agencyId") long agencyId,
            @Parameter(description = "Report year.", example = "2023") @PathParam("year") int year,
            @Parameter(description = "Section key (GET /formats/{formatId}).", example = "table3") @PathParam("sectionKey") String sectionKey,
            @Parameter(description = "ETag from an earlier GET.", example = "\"section-1-0\"") @HeaderParam("If-Match") String ifMatch,
            @Parameter(description = "* to create only.", example = "*") @HeaderParam("If-None-Match") String ifNoneMatch,
            @Valid SectionBody body, @Context UriInfo uri) {
        ReportService.Rendered<SectionBody> section = reports.putSection(agencyId, year, sectionKey, body, ifMatch, ifNoneMatch);
        Response.ResponseBuilder response = section.created()
                ? Response.created(uri.getRequestUri()).entity(section.body())
                : Response.ok(section.body());
        return EntityTags.tag(response, section.etag(), section.lastModified()).build();
    }

    @DELETE
    @Path("/{sectionKey}")
    @Operation(summary = "Delete a section", description = "Removes its text or all its cells. If-Match: a stale ETag gets 412.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "400", description = "The report's format has no such section.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such agency, report or written section.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not match the current ETag.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response delete(@Parameter(description = "Agency id.", example = "1") @PathParam("agencyId") long agencyId,
            @Parameter(description = "Report year.", example = "2023") @PathParam("year") int year,
            @Parameter(description = "Section key.", example = "table3") @PathParam("sectionKey") String sectionKey,
            @Parameter(description = "ETag from an earlier GET.", example = "\"section-1-0\"") @HeaderParam("If-Match") String ifMatch) {
        reports.deleteSection(agencyId, year, sectionKey, ifMatch);
        return Response.noContent().build();
    }
}
