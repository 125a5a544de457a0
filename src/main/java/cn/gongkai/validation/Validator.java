package cn.gongkai.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;

/** Runs every rule of the catalogue that applies to the report's format. Pure: no database, no network. */
@Singleton
public class Validator {

    private static final Set<RuleCategory> EVERY_CATEGORY = Collections.unmodifiableSet(EnumSet.allOf(RuleCategory.class));

    /** How one rule is evaluated, chosen once per rule rather than on every report. */
    @FunctionalInterface
    private interface Evaluation {
        List<Finding> run(ReportSnapshot report, ReportSnapshot previous, boolean detailed);
    }

    private record BoundRule(RuleDefinition rule, Evaluation evaluation) {
    }

    private final RuleCatalogue rules;
    private final CompareEvaluator compare;
    private final CellsEvaluator cells;
    private final Map<String, RuleCheck> checks = new HashMap<>();
    /** format id → the rules that apply to it, in catalogue order, each with its evaluation. */
    private final Map<String, List<BoundRule>> byFormat = new ConcurrentHashMap<>();

    Validator(RuleCatalogue rules, CompareEvaluator compare, CellsEvaluator cells, Instance<RuleCheck> implementations) {
        this.rules = rules;
        this.compare = compare;
        this.cells = cells;
        implementations.forEach(check -> checks.put(check.ruleId(), check));
        for (RuleDefinition rule : rules.all()) {
            evaluation(rule); // an unknown kind or a CHECK without its code fails at start-up, not on a report
        }
    }

    /** With {@code detailed} false, passing instances of the summation rules are counted but not described. */
    List<Finding> validate(ReportSnapshot report, ReportSnapshot previous, boolean detailed) {
        return validate(report, previous, detailed, EVERY_CATEGORY);
    }

    /** Only the rules of these categories: the others are not run at all. */
    List<Finding> validate(ReportSnapshot report, ReportSnapshot previous, boolean detailed, Set<RuleCategory> categories) {
        List<Finding> findings = new ArrayList<>(128);
        for (BoundRule bound : byFormat.computeIfAbsent(report.format.id(), this::bind)) {
            if (categories.contains(bound.rule().category())) {
                findings.addAll(bound.evaluation().run(report, previous, detailed));
            }
        }
        return findings;
    }

    private List<BoundRule> bind(String formatId) {
        return rules.all().stream().filter(rule -> rule.appliesTo(formatId)).map(rule -> new BoundRule(rule, evaluation(rule))).toList();
    }

    private Evaluation evaluation(RuleDefinition rule) {
        return switch (rule.kind()) {
            case "COMPARE" -> (report, previous, detailed) -> compare.evaluate(rule, report, previous, detailed);
            case "CELLS" -> (report, previous, detailed) -> cells.evaluate(rule, report);
            case "CHECK" -> {
                RuleCheck check = checks.get(rule.id());
                if (check == null) {
                    throw new IllegalStateException("Rule " + rule.id() + " is declared as CHECK but has no implementation");
                }
                yield (report, previous, detailed) -> check.check(rule, report, previous);
            }
            default -> throw new IllegalStateException("Unknown rule kind " + rule.kind() + " of " + rule.id());
        };
    }
}
