package cn.gongkai.division;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What a bulk upload of divisions did: all of them were stored, or (on an error) none.")
public record BulkResult(
        @Schema(description = "Divisions in the upload.", example = "13") int received,
        @Schema(description = "New divisions.", example = "10") int created,
        @Schema(description = "Existing divisions replaced.", example = "3") int updated) {
}
