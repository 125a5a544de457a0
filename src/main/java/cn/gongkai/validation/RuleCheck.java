package cn.gongkai.validation;

import java.util.List;

/** A rule implemented in code (kind CHECK in rules.json): text heuristics and structure. One bean per rule id. */
interface RuleCheck {

    String ruleId();

    /** {@code previous} is the same agency's report for the year before, or null. */
    List<Finding> check(RuleDefinition rule, ReportSnapshot report, ReportSnapshot previous);
}
