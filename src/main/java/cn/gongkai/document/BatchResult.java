package cn.gongkai.document;

import java.util.List;

import cn.gongkai.problem.Problem;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The outcome of a batch import: one result per file, in upload order.")
public record BatchResult(
        @Schema(description = "Files received (archive entries counted one by one).", example = "2") int files,
        @Schema(description = "Files stored as reports.", example = "1") int stored,
        @Schema(description = "Files refused; nothing of them was stored.", example = "1") int failed,
        @Schema(description = "One result per file.") List<FileResult> results) {

    @Schema(description = "What became of one file of a batch.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FileResult(
            @Schema(description = "File name as uploaded (inside an archive: its path there).", example = "caohe-2023.docx") String file,
            @Schema(description = "Agency it was matched to: by the mapping, or by the agency name in its title.", example = "1") Long agencyId,
            @Schema(description = "Report year: the year parameter, or the year the document states.", example = "2023") Integer year,
            @Schema(description = "HTTP status this file would have had on its own: 201 stored, 4xx refused.", example = "201") int status,
            @Schema(description = "Whether it was stored.", example = "true") boolean stored,
            @Schema(description = "ETag of the stored report.", example = "\"report-1-0\"") String etag,
            @Schema(description = "Detected format.", example = "national-2021") String detectedFormat,
            @Schema(description = "Codes of the parse warnings (see the import's parse report).", example = "[\"CELL_UNREADABLE\"]")
            List<String> warnings,
            @Schema(description = "Why it was refused.") Problem problem) {
    }
}
