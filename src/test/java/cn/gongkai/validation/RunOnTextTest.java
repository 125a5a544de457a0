package cn.gongkai.validation;

import static cn.gongkai.validation.WordingRobustnessTest.PROACTIVE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.gongkai.support.Draft;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * A text that lost its sentence ends (a copy with no 。) is read in pieces of at most {@link Sentence#LONGEST} characters, cut
 * at clause breaks: the rules still find what stands in it, and each finding quotes its piece, not the whole text. How long
 * such texts take is measured by src/bench/validate-long-text.sh, not here.
 */
@QuarkusTest
class RunOnTextTest {

    /** A clause of the kind a run-on text repeats: counts, applications and cases, no sentence end. */
    private static final String CLAUSE = "本机关持续推进政务公开标准化规范化建设，收到群众咨询3件，行政复议和行政诉讼工作有序开展，";

    private static String runOn(int characters) {
        return CLAUSE.repeat(characters / CLAUSE.length() + 1).substring(0, characters);
    }

    @Test
    void aWrongSumAtTheEndOfAPageLongRunOnTextIsStillFound() {
        String text = runOn(30_000) + "全年共发布信息12条，其中政务动态5条、通知公告8条，";
        JsonPath result = EveryRuleTest.validate(Draft.demo().text(PROACTIVE, text).json());
        Map<String, Object> sum = failure(result, "TXT_PARTS_SUM");
        assertEquals("ERROR", sum.get("severity"));
        assertTrue(((String) sum.get("message")).contains("超过总数1"), sum.toString());
        quotesArePieces(result, text);
    }

    @Test
    void aRightSumInARunOnTextPasses() {
        String text = runOn(12_000) + "全年共发布信息13条，其中政务动态5条、通知公告8条，" + runOn(12_000);
        JsonPath result = EveryRuleTest.validate(Draft.demo().text(PROACTIVE, text).json());
        List<Map<String, Object>> sums = result.getList("findings.findAll { it.ruleId == 'TXT_PARTS_SUM' }");
        assertTrue(sums.stream().anyMatch(sum -> "PASS".equals(sum.get("status"))), sums.toString());
        assertTrue(sums.stream().noneMatch(sum -> "FAIL".equals(sum.get("status"))), sums.toString());
        quotesArePieces(result, text);
    }

    @Test
    void aShareAfterALongRunOnIsCheckedWithTheCountsNearIt() {
        String text = runOn(20_000) + "共收到申请20件，其中予以公开15件，占60%，";
        JsonPath result = EveryRuleTest.validate(Draft.demo().text(PROACTIVE, text).json());
        Map<String, Object> percent = failure(result, "TXT_PERCENT");
        assertTrue(((String) percent.get("message")).contains("15/20"), percent.toString());
        quotesArePieces(result, text);
    }

    /** A report whose sentences all end normally is cut nowhere: the example's quotes are its sentences as printed. */
    @Test
    void sentencesThatEndAreNotCut() {
        JsonPath result = EveryRuleTest.validate(Draft.demo().json());
        for (Map<String, Object> text : result.<Map<String, Object>>getList("findings.text")) {
            if (text != null) {
                String sentence = (String) text.get("sentence");
                assertTrue(sentence.length() < Sentence.LONGEST / 2, sentence);
            }
        }
    }

    private static Map<String, Object> failure(JsonPath result, String ruleId) {
        List<Map<String, Object>> failures = result.getList("findings.findAll { it.ruleId == '" + ruleId + "' && it.status == 'FAIL' }");
        assertFalse(failures.isEmpty(), ruleId + " did not fail: " + result.getList("findings.findAll { it.ruleId == '" + ruleId + "' }"));
        return failures.get(0);
    }

    /** Every quote from the text is a piece of it, at most LONGEST long, at the offsets given: the front-end can still pin it. */
    private static void quotesArePieces(JsonPath result, String text) {
        List<Map<String, Object>> refs = result.getList("findings.text.findAll { it != null && it.pointer == '" + PROACTIVE + "' }");
        assertFalse(refs.isEmpty(), "no finding quotes the text");
        for (Map<String, Object> ref : refs) {
            String sentence = (String) ref.get("sentence");
            assertTrue(sentence.length() <= Sentence.LONGEST, "a quote of " + sentence.length() + " characters");
            assertEquals(text.substring((Integer) ref.get("start"), (Integer) ref.get("end")), sentence);
        }
    }
}
