package cn.gongkai.rollup;

import java.util.List;
import java.util.Map;

import cn.gongkai.agency.ReportScope;
import cn.gongkai.division.DivisionLevel;
import cn.gongkai.report.SectionBody;
import cn.gongkai.validation.ValidationResult;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A division's roll-up for one year: the summed 表二, 表三 and 表四 of its agencies' reports (and, apart, of its "
        + "REGION-scope reports), coverage and the validation of the sums.", example = RollupExamples.SUMMARY)
public record RollupSummary(
        @Schema(description = "The division.") DivisionRef division,
        @Schema(description = "Report year.", example = "2023") int year,
        @Schema(description = "The format the sections are laid out in (the year's national format).", example = "national-2021") String format,
        @Schema(description = "Formats of the summed reports, with how many reports each.", example = "{\"national-2021\":12}")
        Map<String, Integer> formats,
        @Schema(description = "True when the year's reports use more than one format. Reports are summed only with reports of their "
                + "own format: agencyReports and regionReports sum the reports in `format`, otherFormats the rest, a format and scope "
                + "apiece.", example = "false") boolean formatsMixed,
        @Schema(description = "Which reports `sections` (agencyReports) sums: always AGENCY. REGION-scope reports (a government's "
                + "report for its whole region) are summed apart in regionReports and never added in.", example = "AGENCY")
        ReportScope sums,
        @Schema(description = "Sums over the AGENCY-scope reports in `format` of all agencies in the division and its sub-divisions.")
        Sums agencyReports,
        @Schema(description = "Sums over the REGION-scope reports in `format` in the division, apart; null when there are none.")
        Sums regionReports,
        @Schema(description = "Reports stored in another format than `format` (e.g. a 2021 report kept in trial-2019), summed apart per "
                + "format and scope (by format id, AGENCY first), each in its own format's tables and checked by its rules; empty when "
                + "formats do not mix.") List<Sums> otherFormats,
        @Schema(description = "Who reported, who did not, whose tables fail validation.") Coverage coverage) {

    @Schema(name = "DivisionRef", description = "A division, briefly.")
    public record DivisionRef(
            @Schema(description = "GB/T 2260 code.", example = "370812") String code,
            @Schema(description = "Name.", example = "兖州区") String name,
            @Schema(description = "Level.") DivisionLevel level,
            @Schema(description = "The code prefix its agencies share (37, 3708 or 370812).", example = "370812") String prefix) {
    }

    @Schema(name = "RollupSums", description = "Summed tables of one scope of reports, in the shape of a report's table sections.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Sums(
            @Schema(description = "Which reports are summed: their scope.") ReportScope scope,
            @Schema(description = "Which reports are summed: their format, whose tables the sections are laid out in.",
                    example = "national-2021") String format,
            @Schema(description = "Reports summed.", example = "12") int reports,
            @Schema(description = "table2, table3, table4 as in GET /agencies/{id}/years/{year}: cells.{row}.{column} = the sum, "
                    + "or null where no summed report has the cell.") Map<String, SectionBody> sections,
            @Schema(description = "The in-table rules (category IN_TABLE) run over the sums.") ValidationResult validation) {
    }

    @Schema(name = "RollupCoverage", description = "Coverage of a division's reports for the year. Validation counts come from the stored "
            + "per-report results (see README, Roll-ups); reports whose result is not current are counted as notValidated.")
    public record Coverage(
            @Schema(description = "Agencies in the division and its sub-divisions.", example = "14") long agencies,
            @Schema(description = "Of them, REGION-scope agencies (governments reporting for their region).", example = "1") long regionAgencies,
            @Schema(description = "Reports present for the year (both scopes).", example = "13") long reportsPresent,
            @Schema(description = "Agencies without a report for the year.", example = "1") long missing,
            @Schema(description = "The agencies without a report, by division code and id; at most 100 (see missing for the count).")
            List<AgencyRef> missingAgencies,
            @Schema(description = "Reports with at least one failing ERROR finding.", example = "2") long failingValidation,
            @Schema(description = "Reports whose validation result is not current and could not be computed within this request; "
                    + "asked again, more are validated.", example = "0") long notValidated) {
    }

    @Schema(name = "RollupAgencyRef", description = "An agency, briefly.")
    public record AgencyRef(
            @Schema(description = "Agency id.", example = "2") long id,
            @Schema(description = "Name.", example = "济宁市兖州区小孟镇人民政府") String name,
            @Schema(description = "Division code.", example = "370812") String divisionCode,
            @Schema(description = "Scope of its reports.") ReportScope scope) {
    }
}
