package cn.gongkai.document.parse;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the parser found in a document and how it read it: for a person to review before or after storing. */
@Schema(description = "How a document was read: the detected format, every table cell with its printed text and what it was read "
        + "as, every heading and row label with the catalogue label it was matched to, what was not recognised, and warnings.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ParseReport(
        @Schema(description = "Media type the document was read as.", example = "text/plain") String mediaType,
        @Schema(description = "Detected format: national-2021, trial-2019, or hybrid (2021 表二 with a one-row （六）其他处理, "
                + "stored in national-2021 with that row as 3.其他).", example = "national-2021") String detectedFormat,
        @Schema(description = "Format the report is stored in.", example = "national-2021") String format,
        @Schema(description = "Labels found that only that format has.", example = "[\"本年制发件数\", \"现行有效件数\"]") List<String> formatEvidence,
        @Schema(description = "Title as printed (lines joined).", example = "济宁市兖州区漕河镇人民政府2023年政府信息公开工作年度报告") String title,
        @Schema(description = "Agency name read from the title.", example = "济宁市兖州区漕河镇人民政府") String agencyName,
        @Schema(description = "Report year read from the title or the statistical period.", example = "2023") Integer year,
        @Schema(description = "Statistical period (统计期限) read from the preamble.") StatisticalPeriod statisticalPeriod,
        @Schema(description = "Every part heading, sub-item heading and table row label found, with the catalogue label it matched.")
        List<LabelMatch> labels,
        @Schema(description = "Every cell of the format's tables, in printed order.") List<CellReport> cells,
        @Schema(description = "Text in tables that matched nothing in the format (rows, extra cells).",
                example = "[\"table3 row: 五、备注 | 见说明\"]") List<String> unrecognised,
        @Schema(description = "Extraction artefacts removed: image placeholders, bookmarks, page numbers.",
                example = "[\"image [image: e94226c78cc7ddd58a72544838e7b5a]\"]") List<String> removedArtefacts,
        @Schema(description = "Things a person should look at.") List<Warning> warnings,
        @Schema(description = "Parse time in milliseconds (reading and interpreting, not storing).", example = "12.5") double parseMillis) {

    public ParseReport withParseMillis(double millis) {
        return new ParseReport(mediaType, detectedFormat, format, formatEvidence, title, agencyName, year, statisticalPeriod, labels, cells,
                unrecognised, removedArtefacts, warnings, millis);
    }

    public ParseReport withWarning(Warning warning) {
        List<Warning> all = new java.util.ArrayList<>(warnings);
        all.add(warning);
        return new ParseReport(mediaType, detectedFormat, format, formatEvidence, title, agencyName, year, statisticalPeriod, labels, cells,
                unrecognised, removedArtefacts, all, parseMillis);
    }

    @Schema(description = "The statistical period stated in the preamble (统计期限).")
    public record StatisticalPeriod(
            @Schema(description = "First day.", example = "2023-01-01") LocalDate from,
            @Schema(description = "Last day.", example = "2023-12-31") LocalDate to) {
    }

    @Schema(description = "A heading or label found in the document and the catalogue label it was taken for.")
    public record LabelMatch(
            @Schema(description = "PART, ITEM or ROW.", example = "ROW") String kind,
            @Schema(description = "Where it belongs: section, section.item or section.row.", example = "table3.R_DENY_INTERNAL") String key,
            @Schema(description = "As printed (line breaks kept).", example = "5.属于三类内容事务信息") String found,
            @Schema(description = "The catalogue's label, or null for a sub-heading the format does not name.", example = "5.属于三类内部事务信息")
            String catalogue,
            @Schema(description = "Whether it is the catalogue label once full-width forms, spaces and numbering style are folded.",
                    example = "false") boolean exact) {
    }

    @Schema(description = "One table cell: the printed text and what it was read as.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CellReport(
            @Schema(description = "Cell key: section.row.column (GET /formats/{id}).", example = "table3.NEW.NATURAL") String cell,
            @Schema(description = "Printed text of the cell; null when the document has no such cell.", example = "0") String raw,
            @Schema(description = "What it was read as.") ValueSemantics readAs,
            @Schema(description = "Value stored; null for a blank cell.", example = "0") BigDecimal value,
            @Schema(description = "Printed form stored beside the value (marks, units, separators).", example = "/") String printed,
            @Schema(description = "The row label as printed next to it.", example = "一、本年新收政府信息公开申请数量") String rowLabel,
            @Schema(description = "Why the cell could not be read as printed, if it could not.",
                    example = "cannot be read as a number; kept as printed, blank") String problem) {
    }

    @Schema(description = "A warning for a person to review.")
    public record Warning(
            @Schema(description = "Kind of warning.", example = "TABLE_MISSING") String code,
            @Schema(description = "What was found.", example = "表四 (table4) was not found: perhaps it was pasted as an image.") String message) {
    }
}
