package cn.gongkai.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import cn.gongkai.common.PlainText;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A whole report. Identity comes from the path; identity fields in a body are optional and must agree with it. */
@Schema(name = "Report", description = "One agency's annual report for one year: metadata and the sections written so far. "
        + "What GET returns, PUT accepts; agency and year come from the path, so a body without them is fine.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportBody(
        @Schema(description = "Agency id; optional on PUT (must then equal the path).", example = "1")
        Long agencyId,

        @Schema(description = "Agency name; optional on PUT (must then be the agency's name).", example = "济宁市兖州区漕河镇人民政府")
        String agencyName,

        @Schema(description = "Report year; optional on PUT (must then equal the path).", example = "2023")
        Integer year,

        @Schema(description = "Format id (GET /formats). Defaults to the format of the year: national-2021 from 2021, trial-2019 for 2019–2020.",
                example = "national-2021")
        String format,

        @Schema(description = "Title as printed.", example = "济宁市兖州区漕河镇人民政府2023年政府信息公开工作年度报告", maxLength = 500)
        @Size(max = 500) @PlainText
        String title,

        @Schema(description = "Preamble before part 一 (legal basis, 统计期限, where to find it, contact); paragraphs separated by line breaks.",
                example = "本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。")
        @Size(max = 20_000) @PlainText(multiline = true)
        String preamble,

        @Schema(description = "Date the report was published, if known.", example = "2024-01-20", nullable = true)
        LocalDate publishedOn,

        @Schema(description = "When the report or any section last changed.", readOnly = true, example = "2026-11-26T08:00:00Z")
        Instant lastModified,

        @Schema(description = "Sections by key (part1…part6, table2…table4); only sections that have been written.")
        @Size(max = 20)
        Map<String, @Valid SectionBody> sections) {
}
