package cn.gongkai.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** A NOT_ASSESSABLE finding kept for reuse is the one that would be built, and only reused for the same rule and words. */
class FindingsReuseTest {

    private static RuleDefinition rule(Severity severity, String expression) {
        return new RuleDefinition("REUSE_TEST", "CHECK", severity, RuleCategory.CROSS_YEAR, "标题", "title", expression, "reference",
                List.of("national-2021"), null, null, null, null, null, null, null, null, null, Map.of("B", Severity.INFO), null, null);
    }

    private static Finding built(RuleDefinition rule, String instance, String message, String messageEn) {
        return Findings.of(rule, instance, FindingStatus.NOT_ASSESSABLE, List.of(), null, message, messageEn);
    }

    @Test
    void reusedOnlyWhileRuleAndWordsAreTheSame() {
        RuleDefinition rule = rule(Severity.WARNING, "x = y");
        Finding first = Findings.notAssessable(rule, "A", "无上年报告，无法核对", "no report for the previous year");
        assertEquals(built(rule, "A", "无上年报告，无法核对", "no report for the previous year"), first);
        assertSame(first, Findings.notAssessable(rule, "A", "无上年报告，无法核对", "no report for the previous year"));
        // another instance, other words, an equal rule that is another instance of the catalogue: built afresh, as before
        assertEquals(built(rule, "B", "无上年报告，无法核对", "no report for the previous year"),
                Findings.notAssessable(rule, "B", "无上年报告，无法核对", "no report for the previous year"));
        assertEquals(built(rule, "A", "表二缺失", "table 2 is missing"), Findings.notAssessable(rule, "A", "表二缺失", "table 2 is missing"));
        RuleDefinition changed = rule(Severity.ERROR, "x >= y");
        assertEquals(built(changed, "A", "表二缺失", "table 2 is missing"), Findings.notAssessable(changed, "A", "表二缺失", "table 2 is missing"));
        assertEquals(built(rule, "A", "表二缺失", "table 2 is missing"), Findings.notAssessable(rule, "A", "表二缺失", "table 2 is missing"));
    }
}
