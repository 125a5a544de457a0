package cn.gongkai.document;

import java.io.InputStream;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import cn.gongkai.common.EntityTags;
import cn.gongkai.document.source.DocumentType;
import cn.gongkai.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/agencies/{agencyId}/years/{year}/import")
@Tag(name = "Documents", description = "Reports as published documents: import .docx, text, HTML and Markdown; export in the national layout.")
public class DocumentImportResource {

    private final DocumentService documents;

    public DocumentImportResource(DocumentService documents) {
        this.documents = documents;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a published report", description = "Reads a .docx, plain text (as Word's text extraction writes it), an "
            + "HTML page or Markdown into the structured report: title, preamble, the six parts with their sub-items, and the three "
            + "tables cell by cell, driven by the format catalogue; detects the 2021, 2019 or hybrid format. Stores it whole through the "
            + "same checks as PUT. A new report is created; an existing one is replaced only with If-Match (428 without it, 412 when "
            + "stale). ?dryRun=true answers the same without storing anything. Unreadable cells are stored blank with their printed "
            + "text, never as 0, and listed in the parse report. At most 50 MB.")
    @RequestBody(required = true, description = "The document, with its Content-Type (application/octet-stream: detected).",
            content = {
                    @Content(mediaType = DocumentType.DOCX_MEDIA_TYPE, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary", description = "A Word .docx document.")),
                    @Content(mediaType = "text/plain", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, description = "UTF-8 text (or the charset declared), tab-indented table cells as Word extracts them."),
                            examples = @ExampleObject(name = "text extraction (abridged)", value = DocumentExamples.TEXT_DOCUMENT)),
                    @Content(mediaType = "text/html", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, description = "An HTML page with the report."),
                            examples = @ExampleObject(name = "exported page (abridged)", value = DocumentExamples.HTML_EXPORT)),
                    @Content(mediaType = DocumentType.MARKDOWN_MEDIA_TYPE, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, description = "Markdown as this service exports it."),
                            examples = @ExampleObject(name = "exported Markdown (abridged)", value = DocumentExamples.MARKDOWN_EXPORT)) })
    @APIResponse(responseCode = "201", description = "Imported as a new report (Location, ETag).",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportResult.class),
                    examples = @ExampleObject(name = "the example report (abridged)", value = DocumentExamples.IMPORT_RESULT)))
    @APIResponse(responseCode = "200", description = "Replaced an existing report (If-Match), or a dry run: nothing stored.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportResult.class),
                    examples = @ExampleObject(name = "the example report (abridged)", value = DocumentExamples.IMPORT_RESULT)))
    @APIResponse(responseCode = "400", description = "Unreadable (empty, corrupt, encrypted, a .doc, wrong charset), an unsafe archive, or "
            + "the document states another year; nothing stored.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "encrypted", value = DocumentExamples.UNREADABLE)))
    @APIResponse(responseCode = "404", description = "No such agency.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not match the current report's ETag; nothing stored.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Over 50 MB, or a .docx that expands beyond its limits (a zip bomb); nothing stored.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "too large", value = DocumentExamples.TOO_LARGE)))
    @APIResponse(responseCode = "415", description = "Not a document type this service reads.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "PDF", value = DocumentExamples.UNSUPPORTED)))
    @APIResponse(responseCode = "422", description = "Readable, but not an annual report; nothing stored.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not a report", value = DocumentExamples.NOT_A_REPORT)))
    @APIResponse(responseCode = "428", description = "A report exists for that year and no If-Match was sent; nothing stored.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "exists", value = DocumentExamples.PRECONDITION_REQUIRED)))
    public Response importDocument(@Parameter(description = "Agency id.", example = "1") @PathParam("agencyId") long agencyId,
            @Parameter(description = "Report year.", example = "2023") @PathParam("year") int year,
            @Parameter(description = "true: parse and answer, store nothing.", example = "true") @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
            @Parameter(description = "Type of the document.", example = "text/plain; charset=utf-8") @HeaderParam("Content-Type") String contentType,
            @Parameter(description = "ETag of the existing report, to replace it.", example = "\"report-1-0\"") @HeaderParam("If-Match") String ifMatch,
            @Parameter(description = "* to create only.", example = "*") @HeaderParam("If-None-Match") String ifNoneMatch,
            InputStream body, @Context UriInfo uri) {
        byte[] content = BoundedBody.read(body, documents.limits().maxBytes());
        DocumentService.Outcome outcome = documents.importDocument(agencyId, year, content, contentType, dryRun, ifMatch, ifNoneMatch);
        if (!outcome.stored()) {
            return Response.ok(outcome.result()).build();
        }
        Response.ResponseBuilder response = outcome.rendered().created()
                ? Response.created(uri.getBaseUriBuilder().path("agencies/{agencyId}/years/{year}").build(agencyId, year))
                : Response.ok();
        return EntityTags.tag(response.entity(outcome.result()), outcome.rendered().etag(), outcome.rendered().lastModified()).build();
    }
}
