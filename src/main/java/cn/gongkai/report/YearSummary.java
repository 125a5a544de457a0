package cn.gongkai.report;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One year's report of an agency, in the list of its years.")
public record YearSummary(
        @Schema(description = "Report year.", example = "2023") int year,
        @Schema(description = "Format id.", example = "national-2021") String format,
        @Schema(description = "Title as printed.", example = "济宁市兖州区漕河镇人民政府2023年政府信息公开工作年度报告", nullable = true) String title,
        @Schema(description = "Sections written so far.", example = "9") int sectionsWritten,
        @Schema(description = "The report's current ETag.", example = "\"report-1-0\"") String etag,
        @Schema(description = "When the report or any section last changed.", example = "2026-11-26T08:00:00Z") Instant lastModified) {
}
