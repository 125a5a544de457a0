package cn.gongkai.report;

import java.time.Instant;

import cn.gongkai.format.SectionKind;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A section of a report's format and whether this report has it yet.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SectionSummary(
        @Schema(description = "Section key.", example = "table3") String key,
        @Schema(description = "Narrative or table.") SectionKind kind,
        @Schema(description = "Part (一…六).", example = "三") String part,
        @Schema(description = "Heading in the format.", example = "收到和处理政府信息公开申请情况") String heading,
        @Schema(description = "Whether this report has the section written.", example = "true") boolean present,
        @Schema(description = "Its ETag when present.", example = "\"section-7-0\"", nullable = true) String etag,
        @Schema(description = "When it last changed, when present.", example = "2026-11-26T08:00:00Z", nullable = true) Instant lastModified) {
}
