package cn.gongkai.validation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;

/** Runs every rule of the catalogue that applies to the report's format. Pure: no database, no network. */
@Singleton
public class Validator {

    private final RuleCatalogue rules;
    private final CompareEvaluator compare;
    private final CellsEvaluator cells;
    private final Map<String, RuleCheck> checks = new HashMap<>();

    Validator(RuleCatalogue rules, CompareEvaluator compare, CellsEvaluator cells, Instance<RuleCheck> implementations) {
        this.rules = rules;
        this.compare = compare;
        this.cells = cells;
        implementations.forEach(check -> checks.put(check.ruleId(), check));
        for (RuleDefinition rule : rules.all()) {
            if ("CHECK".equals(rule.kind()) && !checks.containsKey(rule.id())) {
                throw new IllegalStateException("Rule " + rule.id() + " is declared as CHECK but has no implementation");
            }
        }
    }

    /** With {@code detailed} false, passing instances of the summation rules are counted but not described. */
    List<Finding> validate(ReportSnapshot report, ReportSnapshot previous, boolean detailed) {
        return validate(report, previous, detailed, EnumSet.allOf(RuleCategory.class));
    }

    /** Only the rules of these categories: the others are not run at all. */
    List<Finding> validate(ReportSnapshot report, ReportSnapshot previous, boolean detailed, Set<RuleCategory> categories) {
        List<Finding> findings = new ArrayList<>();
        for (RuleDefinition rule : rules.all()) {
            if (!rule.appliesTo(report.format.id()) || !categories.contains(rule.category())) {
                continue;
            }
            findings.addAll(switch (rule.kind()) {
                case "COMPARE" -> compare.evaluate(rule, report, previous, detailed);
                case "CELLS" -> cells.evaluate(rule, report);
                case "CHECK" -> checks.get(rule.id()).check(rule, report, previous);
                default -> throw new IllegalStateException("Unknown rule kind " + rule.kind() + " of " + rule.id());
            });
        }
        return findings;
    }
}
