package cn.gongkai.validation;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

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

        /** One pass over the findings: a report has a hundred, and every request counts them. */
        static Summary of(List<Finding> findings) {
            // tallies by ordinal, not in EnumMaps: three look-ups a finding were most of the summary's cost
            Tally all = new Tally();
            Severity[] severities = Severity.values();
            RuleCategory[] categories = RuleCategory.values();
            Tally[] bySeverity = tallies(severities.length);
            Tally[] byCategory = tallies(categories.length);
            for (Finding finding : findings) {
                all.add(finding);
                bySeverity[finding.severity().ordinal()].add(finding);
                byCategory[finding.category().ordinal()].add(finding);
            }
            return new Summary(all.evaluated, all.passed, all.failed, all.notAssessable, all.dismissed, counts(severities, bySeverity, Severity.class),
                    counts(categories, byCategory, RuleCategory.class));
        }

        private static Tally[] tallies(int count) {
            Tally[] tallies = new Tally[count];
            for (int i = 0; i < count; i++) {
                tallies[i] = new Tally();
            }
            return tallies;
        }

        private static <K extends Enum<K>> Map<K, Counts> counts(K[] keys, Tally[] tallies, Class<K> type) {
            Map<K, Counts> counts = new EnumMap<>(type);
            for (K key : keys) {
                Tally tally = tallies[key.ordinal()];
                counts.put(key, new Counts(tally.evaluated, tally.passed, tally.failed, tally.notAssessable));
            }
            return counts;
        }

        private static final class Tally {
            int evaluated;
            int passed;
            int failed;
            int notAssessable;
            int dismissed;

            void add(Finding finding) {
                evaluated++;
                switch (finding.status()) {
                    case PASS -> passed++;
                    case NOT_ASSESSABLE -> notAssessable++;
                    case FAIL -> {
                        if (finding.counts()) {
                            failed++;
                        } else {
                            dismissed++;
                        }
                    }
                }
            }
        }
    }

    @Schema(description = "Counts for one severity or category.")
    public record Counts(
            @Schema(description = "Evaluated.", example = "40") int evaluated,
            @Schema(description = "Passed.", example = "39") int passed,
            @Schema(description = "Failed (not counting dismissed).", example = "1") int failed,
            @Schema(description = "Not assessable.", example = "0") int notAssessable) {
    }
}
