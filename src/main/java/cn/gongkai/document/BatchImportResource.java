package cn.gongkai.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

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
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

@Path("/imports")
@Tag(name = "Documents", description = "Reports as published documents: import .docx, text, HTML and Markdown; export in the national layout.")
public class BatchImportResource {

    private static final String ZIP = "application/zip";

    private final BatchImportService batches;
    private final DocumentService documents;

    public BatchImportResource(BatchImportService batches, DocumentService documents) {
        this.batches = batches;
        this.documents = documents;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import many reports at once (multipart)", description = "For an office receiving all its agencies' reports: "
            + "every part named files is a document (.docx, .txt, .html, .md, or a .zip of them). Each is matched to its agency by the "
            + "mapping part (a JSON object of file name → agency id), else by the agency named in its title; its year is the year "
            + "parameter, else the year it states. Each is stored whole or not at all, in its own transaction, and gets its own "
            + "result: one bad file stops none of the others. Existing reports are not replaced (428 for that file): import those one "
            + "by one with If-Match. At most 50 MB in all and 500 files.")
    @RequestBody(content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA, schema = @Schema(type = SchemaType.OBJECT,
            description = "files: the documents; mapping: optional JSON {\"file name\": agencyId}.",
            example = "files=@caohe-2023.docx, mapping={\"caohe-2023.docx\": 1}")))
    @APIResponse(responseCode = "200", description = "One result per file (see each status).",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BatchResult.class),
                    examples = @ExampleObject(name = "one stored, one refused", value = DocumentExamples.BATCH_RESULT)))
    @APIResponse(responseCode = "400", description = "A malformed mapping, an unsafe or unreadable archive; nothing stored.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unsafe archive", value = DocumentExamples.BATCH_UNSAFE_ARCHIVE)))
    @APIResponse(responseCode = "413", description = "Over 50 MB, over 500 files, or an archive beyond its limits; nothing stored.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "too large", value = DocumentExamples.BATCH_TOO_LARGE)))
    public BatchResult importMultipart(@RestForm("files") List<FileUpload> files,
            @Parameter(description = "JSON object of file name → agency id.", example = "{\"caohe-2023.docx\": 1}") @RestForm("mapping") String mapping,
            @Parameter(description = "Report year for every file (default: the year each states).", example = "2023") @QueryParam("year") Integer year) {
        List<BatchImportService.Upload> uploads = new ArrayList<>();
        long total = 0;
        for (FileUpload file : files == null ? List.<FileUpload> of() : files) {
            try {
                total += file.size();
                if (total > documents.limits().maxBytes()) {
                    throw DocumentProblems.uploadTooLarge(documents.limits().maxBytes());
                }
                uploads.add(new BatchImportService.Upload(file.fileName(), file.contentType(), Files.readAllBytes(file.uploadedFile())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return batches.importAll(uploads, batches.mapping(mapping), year);
    }

    @POST
    @Consumes(ZIP)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import many reports at once (one .zip)", description = "The same as the multipart form, with all documents in "
            + "one .zip; an entry mapping.json may map file names (paths in the archive) to agency ids. The archive is opened only "
            + "within its limits (entries, expanded size, expansion ratio) and refused whole if an entry name points outside it.")
    @RequestBody(content = @Content(mediaType = ZIP, schema = @Schema(type = SchemaType.STRING, format = "binary",
            description = "A .zip of documents, optionally with mapping.json.", example = "(binary .zip)")))
    @APIResponse(responseCode = "200", description = "One result per file (see each status).",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BatchResult.class),
                    examples = @ExampleObject(name = "one stored, one refused", value = DocumentExamples.BATCH_RESULT)))
    @APIResponse(responseCode = "400", description = "An unsafe or unreadable archive, or a malformed mapping.json; nothing stored.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unsafe archive", value = DocumentExamples.BATCH_UNSAFE_ARCHIVE)))
    @APIResponse(responseCode = "413", description = "Over 50 MB, over 500 files, or a zip bomb; nothing stored.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "too large", value = DocumentExamples.BATCH_TOO_LARGE)))
    public BatchResult importZip(InputStream body,
            @Parameter(description = "Report year for every file (default: the year each states).", example = "2023") @QueryParam("year") Integer year) {
        byte[] archive = BoundedBody.read(body, documents.limits().maxBytes());
        return batches.importAll(List.of(new BatchImportService.Upload("upload.zip", ZIP, archive)), java.util.Map.of(), year);
    }
}
