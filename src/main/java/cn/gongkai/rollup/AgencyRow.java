package cn.gongkai.rollup;

import java.math.BigDecimal;

import cn.gongkai.agency.AgencyLevel;
import cn.gongkai.agency.ReportScope;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RollupAgencyRow", description = "One agency of a division for one year: its report, validation counts and key figures.")
public record AgencyRow(
        @Schema(description = "Agency id.", example = "1") long agencyId,
        @Schema(description = "Name.", example = "济宁市兖州区漕河镇人民政府") String name,
        @Schema(description = "Division code.", example = "370812") String divisionCode,
        @Schema(description = "Kind of agency.") AgencyLevel level,
        @Schema(description = "Scope of its reports.") ReportScope scope,
        @Schema(description = "Whether it has a report for the year.", example = "true") boolean reportPresent,
        @Schema(description = "The report's format.", example = "national-2021", nullable = true) String format,
        @Schema(description = "VALID (no failing ERROR), INVALID, MISSING (no report) or UNVALIDATED (result not current yet).")
        Validity validity,
        @Schema(description = "Failing ERROR findings; null when missing or not validated.", example = "0", nullable = true) Integer errors,
        @Schema(description = "Failing WARNING findings; null when missing or not validated.", example = "1", nullable = true) Integer warnings,
        @Schema(description = "表三 本年新收 总计.", example = "2", nullable = true) BigDecimal newApplications,
        @Schema(description = "表四 行政复议 总计.", example = "0", nullable = true) BigDecimal reviews,
        @Schema(description = "表四 行政诉讼 总计 (未经复议直接起诉 + 复议后起诉).", example = "0", nullable = true) BigDecimal litigation) {

    @Schema(description = "Validity of an agency's report for the year.", example = "VALID")
    public enum Validity {
        VALID, INVALID, MISSING, UNVALIDATED
    }
}
