package cn.gongkai.validation;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The outcome of validating one report: valid when no ERROR failed (dismissed findings do not count), a summary, and the findings asked for.")
public record ValidationResult(
        @Schema(description = "True when no ERROR finding failed (dismissed ones excepted).", example = "true") boolean valid,
        @Schema(description = "Format the report was validated in.", example = "national-2021") String format,
        @Schema(description = "Report year.", example = "2023") int year,
        @Schema(description = "Whether last year's report was available for the cross-year rules.", example = "false") boolean previousYearCompared,
        @Schema(description = "Counts over every evaluated rule instance, whatever was asked to be listed.") Summary summary,
        @Schema(description = "The findings asked for (failures by default), in catalogue order.") List<Finding> findings) {

    @Schema(description = "Counts of evaluated rule instances.")
    public record Summary(
            @Schema(description = "Rule instances evaluated.", example = "112") int evaluated,
            @Schema(description = "Passed.", example = "90") int passed,
            @Schema(description = "Failed (not counting dismissed).", example = "1") int failed,
            @Schema(description = "Not assessable (blank inputs, no previous year, nothing stated).", example = "20") int notAssessable,
            @Schema(description = "Failed but dismissed by a reviewer.", example = "1") int dismissed,
            @Schema(description = "The same counts by severity.") Map<Severity, Counts> bySeverity,
            @Schema(description = "The same counts by category.") Map<RuleCategory, Counts> byCategory) {

        static Summary of(List<Finding> findings) {
            return new Summary(findings.size(), count(findings, FindingStatus.PASS), (int) findings.stream().filter(Finding::counts).count(),
                    count(findings, FindingStatus.NOT_ASSESSABLE),
                    (int) findings.stream().filter(f -> f.status() == FindingStatus.FAIL && !f.counts()).count(),
                    grouped(findings, Finding::severity, Severity.class), grouped(findings, Finding::category, RuleCategory.class));
        }

        private static int count(List<Finding> findings, FindingStatus status) {
            return (int) findings.stream().filter(finding -> finding.status() == status).count();
        }

        private static <K extends Enum<K>> Map<K, Counts> grouped(List<Finding> findings, Function<Finding, K> key, Class<K> type) {
            Map<K, Counts> counts = new EnumMap<>(type);
            for (K value : type.getEnumConstants()) {
                counts.put(value, Counts.of(findings.stream().filter(finding -> key.apply(finding) == value).toList()));
            }
            return counts;
        }
    }

    @Schema(description = "Counts for one severity or category.")
    public record Counts(
            @Schema(description = "Evaluated.", example = "40") int evaluated,
            @Schema(description = "Passed.", example = "39") int passed,
            @Schema(description = "Failed (not counting dismissed).", example = "1") int failed,
            @Schema(description = "Not assessable.", example = "0") int notAssessable) {

        static Counts of(List<Finding> findings) {
            return new Counts(findings.size(), (int) findings.stream().filter(f -> f.status() == FindingStatus.PASS).count(),
                    (int) findings.stream().filter(Finding::counts).count(),
                    (int) findings.stream().filter(f -> f.status() == FindingStatus.NOT_ASSESSABLE).count());
        }
    }
}
