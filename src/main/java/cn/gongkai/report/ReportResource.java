package cn.gongkai.report;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import cn.gongkai.common.ApiExamples;
import cn.gongkai.common.EntityTags;
import cn.gongkai.document.DocumentExamples;
import cn.gongkai.document.export.ReportExporter;
import cn.gongkai.document.source.DocumentType;
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

@Path("/agencies/{agencyId}/years")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports", description = "One report per agency and year, read and written whole.")
public class ReportResource {

    private static final String YEARS_EXAMPLE = """
            [{"year":2023,"format":"national-2021","title":"济宁市兖州区漕河镇人民政府2023年政府信息公开工作年度报告",\
            "sectionsWritten":9,"etag":"\\"report-1-0\\"","lastModified":"2026-11-26T08:00:00Z"}]""";

    // qs < 1: a client that accepts anything (curl, Accept: */*) still gets JSON
    private static final String HTML_UTF8 = "text/html;charset=utf-8;qs=0.5";
    private static final String MARKDOWN_UTF8 = "text/markdown;charset=utf-8;qs=0.5";
    private static final String DOCX_TYPE = DocumentType.DOCX_MEDIA_TYPE + ";qs=0.5";

    private final ReportService reports;
    private final ReportExporter exporter;

    public ReportResource(ReportService reports, ReportExporter exporter) {
        this.reports = reports;
        this.exporter = exporter;
    }

    @GET
    @Operation(summary = "List an agency's reports", description = "One entry per year, newest first, with format, ETag and last change.")
    @APIResponse(responseCode = "200", description = "Its reports.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = YearSummary.class, type = SchemaType.ARRAY),
                    examples = @ExampleObject(name = "demo", value = YEARS_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such agency.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = ApiExamples.NOT_FOUND)))
    public List<YearSummary> list(@Parameter(description = "Agency id.", example = "1") @PathParam("agencyId") long agencyId) {
        return reports.years(agencyId);
    }

    @GET
    @Path("/{year}")
    @Operation(summary = "Get a report, whole", description = "Metadata and every written section; table sections list every cell "
            + "(null = blank). With ETag and Last-Modified; If-None-Match with the current ETag gets 304.")
    @APIResponse(responseCode = "200", description = "The report (example abridged to two sections).",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportBody.class),
                    examples = @ExampleObject(name = "demo (abridged)", value = ApiExamples.REPORT)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match.")
    @APIResponse(responseCode = "404", description = "No such agency, or no report for that year.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "406", description = "The Accept header names no type this report is available in (JSON, HTML, .docx, Markdown).",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@Parameter(description = "Agency id.", example = "1") @PathParam("agencyId") long agencyId,
            @Parameter(description = "Report year.", example = "2023") @PathParam("year") int year,
            @Parameter(description = "ETag from an earlier GET.", example = "\"report-1-0\"") @HeaderParam("If-None-Match") String ifNoneMatch,
            @Context HttpHeaders headers) {
        // the export methods share this path; an Accept none of them can answer is 406, not JSON
        if (headers.getAcceptableMediaTypes().stream().noneMatch(type -> type.isCompatible(MediaType.APPLICATION_JSON_TYPE))) {
            throw new NotAcceptableException();
        }
        ReportService.Rendered<ReportBody> report = reports.get(agencyId, year);
        if (EntityTags.notModified(ifNoneMatch, report.etag())) {
            return EntityTags.tag(Response.notModified(), report.etag(), report.lastModified()).build();
        }
        return EntityTags.tag(Response.ok(report.body()), report.etag(), report.lastModified()).build();
    }

    @GET
    @Path("/{year}")
    @Produces(HTML_UTF8)
    @Operation(summary = "Export a report as a printable HTML page", description = "The report in the national layout: title, preamble, "
            + "the six parts with their sub-items, and the three tables with their merged headers (colspan/rowspan) as the format prints "
            + "them; blank cells empty, printed marks ('/', '-', '500元') as printed. Importing the page gives the same report back.")
    @APIResponse(responseCode = "200", description = "The page.",
            content = @Content(mediaType = HTML_UTF8, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "demo (abridged)", value = DocumentExamples.HTML_EXPORT)))
    @APIResponse(responseCode = "404", description = "No such agency, or no report for that year.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response exportHtml(@Parameter(description = "Agency id.", example = "1") @PathParam("agencyId") long agencyId,
            @Parameter(description = "Report year.", example = "2023") @PathParam("year") int year) {
        return export(reports.get(agencyId, year), exporter::html, "text/html;charset=utf-8", null);
    }

    @GET
    @Path("/{year}")
    @Produces(DOCX_TYPE)
    @Operation(summary = "Export a report as a Word .docx", description = "The report in the national layout as a .docx for the agency to "
            + "publish: the tables are real Word tables with merged header cells (gridSpan, vMerge). Importing it gives the same report back.")
    @APIResponse(responseCode = "200", description = "The .docx (Content-Disposition names a file).",
            content = @Content(mediaType = DocumentType.DOCX_MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary",
                    example = "(binary .docx)")))
    @APIResponse(responseCode = "404", description = "No such agency, or no report for that year.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response exportDocx(@Parameter(description = "Agency id.", example = "1") @PathParam("agencyId") long agencyId,
            @Parameter(description = "Report year.", example = "2023") @PathParam("year") int year) {
        return export(reports.get(agencyId, year), exporter::docx, DocumentType.DOCX_MEDIA_TYPE,
                "report-" + agencyId + "-" + year + ".docx");
    }

    @GET
    @Path("/{year}")
    @Produces(MARKDOWN_UTF8)
    @Operation(summary = "Export a report as Markdown", description = "Headings, paragraphs and pipe tables (Markdown cannot merge cells: "
            + "merged cells are padded with empty ones). Importing it (text/markdown) gives the same report back.")
    @APIResponse(responseCode = "200", description = "The Markdown.",
            content = @Content(mediaType = MARKDOWN_UTF8, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "demo (abridged)", value = DocumentExamples.MARKDOWN_EXPORT)))
    @APIResponse(responseCode = "404", description = "No such agency, or no report for that year.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response exportMarkdown(@Parameter(description = "Agency id.", example = "1") @PathParam("agencyId") long agencyId,
            @Parameter(description = "Report year.", example = "2023") @PathParam("year") int year) {
        return export(reports.get(agencyId, year), exporter::markdown, "text/markdown;charset=utf-8", null);
    }

    private static Response export(ReportService.Rendered<ReportBody> report, java.util.function.Function<ReportBody, Object> render,
            String mediaType, String fileName) {
        Response.ResponseBuilder response = Response.ok(render.apply(report.body()), mediaType);
        if (fileName != null) {
            response.header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        }
        if (report.lastModified() != null) {
            response.lastModified(java.util.Date.from(report.lastModified().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
        }
        return response.build();
    }

    @PUT
    @Path("/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create or replace a report", description = "Without a body (or with {}), creates an empty report. With a body, "
            + "writes the whole report: sections left out are removed. The format follows the year (national-2021 from 2021, trial-2019 "
            + "for 2019–2020) unless the body names one. Identity fields in the body are optional and must agree with the path. "
            + "Every bad value is listed by JSON pointer and nothing is stored. If-Match: a stale ETag gets 412; If-None-Match: * "
            + "creates only.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportBody.class),
            examples = @ExampleObject(name = "title and one table", value = ApiExamples.REPORT_INPUT)))
    @APIResponse(responseCode = "200", description = "Replaced.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportBody.class),
                    examples = @ExampleObject(name = "demo (abridged)", value = ApiExamples.REPORT)))
    @APIResponse(responseCode = "201", description = "Created.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportBody.class),
                    examples = @ExampleObject(name = "demo (abridged)", value = ApiExamples.REPORT)))
    @APIResponse(responseCode = "400", description = "Invalid input, each value named by its JSON pointer; nothing stored.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid", value = ApiExamples.INVALID_INPUT)))
    @APIResponse(responseCode = "404", description = "No such agency.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not match the current ETag (or If-None-Match: * and it exists).",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "stale", value = ApiExamples.PRECONDITION_FAILED)))
    public Response put(@Parameter(description = "Agency id.", example = "1") @PathParam("agencyId") long agencyId,
            @Parameter(description = "Report year.", example = "2023") @PathParam("year") int year,
            @Parameter(description = "ETag from an earlier GET.", example = "\"report-1-0\"") @HeaderParam("If-Match") String ifMatch,
            @Parameter(description = "* to create only.", example = "*") @HeaderParam("If-None-Match") String ifNoneMatch,
            @Valid ReportBody body, @Context UriInfo uri) {
        ReportService.Rendered<ReportBody> report = reports.put(agencyId, year, body, ifMatch, ifNoneMatch);
        Response.ResponseBuilder response = report.created()
                ? Response.created(uri.getRequestUri()).entity(report.body())
                : Response.ok(report.body());
        return EntityTags.tag(response, report.etag(), report.lastModified()).build();
    }

    @DELETE
    @Path("/{year}")
    @Operation(summary = "Delete a report", description = "With all its sections. If-Match: a stale ETag gets 412 and nothing changes.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "404", description = "No such agency or report.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not match the current ETag.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response delete(@Parameter(description = "Agency id.", example = "1") @PathParam("agencyId") long agencyId,
            @Parameter(description = "Report year.", example = "2023") @PathParam("year") int year,
            @Parameter(description = "ETag from an earlier GET.", example = "\"report-1-0\"") @HeaderParam("If-Match") String ifMatch) {
        reports.delete(agencyId, year, ifMatch);
        return Response.noContent().build();
    }
}
