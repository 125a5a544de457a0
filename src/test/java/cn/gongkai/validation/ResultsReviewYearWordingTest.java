package cn.gongkai.validation;

import static cn.gongkai.validation.WordingRobustnessTest.ON_REQUEST;
import static cn.gongkai.validation.WordingRobustnessTest.PART4;
import static cn.gongkai.validation.WordingRobustnessTest.applications;
import static cn.gongkai.validation.WordingRobustnessTest.cases;
import static cn.gongkai.validation.WordingRobustnessTest.rows;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import cn.gongkai.support.Draft;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The rules the earlier audits touched least: TXT_RESULT_COUNTS, TXT_REVIEW_LIT_COUNT, XY_TEXT_DUPLICATION, XY_YOY_JUMP
 * (sent with last year's report), STR_PART5_NONEMPTY and STR_FORMAT_VERSION, on wordings of published reports: a
 * 予以公开 total with its 部分公开 inside, year-on-year 由…到…, the two kinds of 行政诉讼 named apart, a government as
 * 行政复议机关, part 五 that says only 无 in more words, part 六 that repeats its 无 each year.
 */
@QuarkusTest
class ResultsReviewYearWordingTest {

    static final String PART5 = "/sections/part5/text";
    static final String NPC = "/sections/part6/items/2/text";

    /** A correct report (with last year's, or null): no finding FAILs; {@code read} must PASS. */
    record Correct(String name, Supplier<Draft> draft, Supplier<Draft> previous, List<String> read) {
        Correct(String name, Supplier<Draft> draft, List<String> read) {
            this(name, draft, () -> null, read);
        }
    }

    /** A wrong report: the finding FAILs with the severity. */
    record Wrong(String name, Supplier<Draft> draft, Supplier<Draft> previous, String finding, String severity) {
        Wrong(String name, Supplier<Draft> draft, String finding, String severity) {
            this(name, draft, () -> null, finding, severity);
        }
    }

    /** The demo as last year's (2022) report: the same text with the year changed, unless rewritten after. */
    static Draft lastYear() {
        Draft draft = Draft.demo().set("year", 2022).replace("/title", "2023年", "2022年").replace("/preamble", "2023年", "2022年");
        // part 一 and 五 rewritten, so only what a case changes is alike
        return draft.text("/sections/part1/text", "2022年，漕河镇以贯彻落实新修订的《条例》为主线，围绕乡村振兴和营商环境优化，统筹推进决策、执行、管理、服务、结果公开。")
                .text(WordingRobustnessTest.PROACTIVE, "全年通过政府网站发布各类信息52条，重点公开了财政预决算、惠民惠农补贴发放和重大建设项目批准实施信息。")
                .text(PART5, "上一年度存在的主要问题是政务公开专栏更新不及时、解读材料形式单一、基层工作人员业务水平参差不齐。"
                        + "针对上述问题，我们建立了周调度制度，组织了三期专题培训，并在各村设立了公开栏。")
                .text("/sections/part6/items/1/text", "围绕优化营商环境、乡村振兴等重点领域，及时公开惠企政策和涉农补贴信息，全年发布相关信息20余条。")
                .text("/sections/part6/items/3/text", "探索建立“村务公开日”制度，每月固定一天集中公开村级财务收支、低保评议和项目建设情况，接受群众监督。");
    }

    /** Part 六 with nothing to report but the fee, in the year's words: what stays the same every year. */
    static Draft nothingInPart6(Draft draft, int year) {
        return draft.text("/sections/part6/items/0/text", year + "年度，漕河镇未收取政府信息公开信息处理费，未发出收费通知。")
                .text(NPC, year + "年度，漕河镇未收到人大代表建议和政协委员提案，无相关办理结果需要公开。")
                .text("/sections/part6/items/4/text", "本年度无数据统计需要说明的事项。").text("/sections/part6/items/5/text", "本年度无其他需要报告的事项。")
                .text("/sections/part6/items/6/text", "本年度无其他有关文件专门要求报告的事项。");
    }

    /** 表二's 行政许可 处理决定数, this year's or last. */
    static Draft licensing(Draft draft, int decisions) {
        return draft.cell("table2", "LICENSING", "DECISIONS", decisions);
    }

    static List<Correct> correct() {
        return List.of(
                // TXT_RESULT_COUNTS
                new Correct("予以公开N件，其中部分公开M件", () -> applications(rows("R_GRANT", 3, "R_PARTIAL", 2)).text(ON_REQUEST,
                        "全年共收到政府信息公开申请5件，予以公开5件，其中部分公开2件。"), List.of("TXT_APP_COUNT:NEW", "TXT_RESULT_COUNTS:R_PARTIAL")),
                new Correct("办理结果予以公开（建议提案）", () -> Draft.demo().text(NPC,
                        "2023年度，漕河镇共办理人大代表建议5件、政协委员提案3件，办理结果予以公开8件。"), List.of()),
                new Correct("予以公开件数由上年的8件增加到12件", () -> applications(rows("R_GRANT", 12)).text(ON_REQUEST,
                        "全年共收到政府信息公开申请12件，予以公开件数由上年的8件增加到12件。"), List.of("TXT_APP_COUNT:NEW")),
                new Correct("不予公开、无法提供括注情形", () -> applications(rows("R_GRANT", 4, "R_DENY_THIRD_PARTY", 1, "R_UNABLE_NOINFO", 2))
                        .text(ON_REQUEST, "全年共收到政府信息公开申请7件，予以公开4件，不予公开1件（涉及第三方合法权益），无法提供2件（本机关不掌握相关政府信息）。"),
                        List.of("TXT_RESULT_COUNTS:R_GRANT", "TXT_RESULT_COUNTS:DENY", "TXT_RESULT_COUNTS:UNABLE")),
                new Correct("不予处理（重复申请）", () -> applications(rows("R_GRANT", 2, "R_REJECT_REPEAT", 1)).text(ON_REQUEST,
                        "全年共收到政府信息公开申请3件，予以公开2件，不予处理1件（重复申请）。"), List.of("TXT_RESULT_COUNTS:REJECT")),
                new Correct("其他处理（申请人撤回）", () -> applications(rows("R_GRANT", 2, "R_OTHER_OTHER", 1)).text(ON_REQUEST,
                        "全年共收到政府信息公开申请3件，予以公开2件，其他处理1件（申请人撤回申请）。"), List.of("TXT_RESULT_COUNTS:OTHER")),
                new Correct("结转下一年度", () -> applications(rows("R_GRANT", 3, "CARRY_OUT", 1)).text(ON_REQUEST,
                        "全年共收到政府信息公开申请4件，予以公开3件，结转下一年度1件。"), List.of("TXT_RESULT_COUNTS:CARRY_OUT")),
                new Correct("予以公开、部分公开各2件", () -> applications(rows("R_GRANT", 2, "R_PARTIAL", 2)).text(ON_REQUEST,
                        "全年共收到政府信息公开申请4件，予以公开、部分公开各2件。"), List.of("TXT_APP_COUNT:NEW")),
                new Correct("答复结果为予以公开的有5件", () -> applications(rows("R_GRANT", 5, "R_PARTIAL", 1)).text(ON_REQUEST,
                        "全年共收到政府信息公开申请6件，答复结果为予以公开的有5件，部分公开的1件。"),
                        List.of("TXT_RESULT_COUNTS:R_GRANT", "TXT_RESULT_COUNTS:R_PARTIAL")),

                new Correct("予以公开（含部分公开）在后", () -> applications(rows("R_GRANT", 6, "R_PARTIAL", 2)).text(ON_REQUEST,
                        "全年共收到政府信息公开申请8件，予以公开8件（含部分公开2件）。"), List.of("TXT_RESULT_COUNTS:R_GRANT")),
                new Correct("不予公开3件，其中分情形", () -> applications(rows("R_GRANT", 2, "R_DENY_THIRD_PARTY", 2, "R_DENY_PROCESS", 1)).text(ON_REQUEST,
                        "全年共收到政府信息公开申请5件，予以公开2件，不予公开3件，其中涉及第三方合法权益2件、属于过程性信息1件。"),
                        List.of("TXT_RESULT_COUNTS:DENY")),

                // TXT_REVIEW_LIT_COUNT
                new Correct("复议、诉讼案件共3件", () -> cases(Draft.demo(), "RV_UPHELD", 2, "LD_UPHELD", 1).text(PART4,
                        "本年度因政府信息公开引发的行政复议、行政诉讼案件共3件，均维持原行政行为。"), List.of("TXT_REVIEW_LIT_COUNT:REVIEW_AND_LITIGATION")),
                new Correct("直接起诉的与复议后起诉的分句", () -> cases(Draft.demo(), "LD_UPHELD", 1, "LA_PENDING", 1).text(PART4,
                        "未经复议直接起诉的行政诉讼1件，判决维持；经行政复议后提起的行政诉讼1件，尚未审结。"), List.of("TXT_REVIEW_LIT_COUNT:LITIGATION",
                                "TXT_REVIEW_LIT_COUNT:LITIGATION-2")),
                new Correct("未经复议直接起诉、复议后起诉分列", () -> cases(Draft.demo(), "LD_UPHELD", 1, "LA_UPHELD", 1).text(PART4,
                        "本年度被提起行政诉讼2件，其中未经复议直接提起行政诉讼1件、复议后提起行政诉讼1件，均判决维持。"),
                        List.of("TXT_REVIEW_LIT_COUNT:LITIGATION")),
                new Correct("直接提起、经复议后提起分列", () -> cases(Draft.demo(), "LD_UPHELD", 1, "LA_UPHELD", 1).text(PART4,
                        "本年度被提起行政诉讼2件，其中直接提起行政诉讼1件、经复议后提起行政诉讼1件。"), List.of("TXT_REVIEW_LIT_COUNT:LITIGATION",
                                "TXT_REVIEW_LIT_COUNT:LITIGATION-2", "TXT_REVIEW_LIT_COUNT:LITIGATION-3")),
                new Correct("经复议的行政诉讼", () -> cases(Draft.demo(), "LD_UPHELD", 2, "LA_UPHELD", 1).text(PART4,
                        "本年度被提起行政诉讼3件，经复议的行政诉讼1件，判决驳回诉讼请求。"), List.of("TXT_REVIEW_LIT_COUNT:LITIGATION",
                                "TXT_REVIEW_LIT_COUNT:LITIGATION-2")),
                new Correct("不服复议决定提起行政诉讼", () -> cases(Draft.demo(), "LD_UPHELD", 1, "LA_PENDING", 1).text(PART4,
                        "本年度被提起行政诉讼2件，其中申请人不服复议决定提起行政诉讼1件，尚未审结。"), List.of("TXT_REVIEW_LIT_COUNT:LITIGATION",
                                "TXT_REVIEW_LIT_COUNT:LITIGATION-2")),
                new Correct("区政府作为行政复议机关", () -> cases(ReportTypeWordingTest.district(Draft.demo()), "RV_UPHELD", 1).text(PART4,
                        "区政府作为行政复议机关，全年办理政府信息公开类行政复议案件25件。区政府因政府信息公开工作被申请行政复议1件，结果维持。"),
                        List.of("TXT_REVIEW_LIT_COUNT:REVIEW")),
                new Correct("受理的申请引发行政复议", () -> cases(Draft.demo(), "RV_UPHELD", 1).text(PART4,
                        "本年度受理的政府信息公开申请引发行政复议1件，结果维持。"), List.of("TXT_REVIEW_LIT_COUNT:REVIEW")),
                new Correct("复议案件由上年的3件下降至1件", () -> cases(Draft.demo(), "RV_UPHELD", 1).text(PART4,
                        "被申请行政复议案件由上年的3件下降至1件，结果维持。"), List.of()),
                new Correct("复议和诉讼各1件", () -> cases(Draft.demo(), "RV_UPHELD", 1, "LD_UPHELD", 1).text(PART4,
                        "本年度发生政府信息公开行政复议和行政诉讼各1件，均维持原行政行为。"), List.of()),
                new Correct("二审尚未审结", () -> cases(Draft.demo(), "LD_PENDING", 1).text(PART4,
                        "本年度被提起行政诉讼1件，一审判决驳回原告诉讼请求，原告已上诉，二审尚未审结。"), List.of("TXT_REVIEW_LIT_COUNT:LITIGATION")),
                new Correct("申请行政复议1起，责令重新答复", () -> cases(Draft.demo(), "RV_CORRECTED", 1).text(PART4,
                        "申请人不服答复申请行政复议1起，复议机关责令重新答复。"), List.of("TXT_REVIEW_LIT_COUNT:REVIEW")),
                new Correct("复议3件，其中维持、纠正、尚未审结", () -> cases(Draft.demo(), "RV_UPHELD", 1, "RV_CORRECTED", 1, "RV_PENDING", 1)
                        .text(PART4, "本年度被申请行政复议3件，其中结果维持1件、结果纠正1件、尚未审结1件。"), List.of("TXT_REVIEW_LIT_COUNT:REVIEW")),
                new Correct("行政诉讼2件（均为复议后起诉）", () -> cases(Draft.demo(), "LA_UPHELD", 2).text(PART4,
                        "本年度行政诉讼案件2件（均为复议后起诉），法院均判决驳回诉讼请求。"), List.of("TXT_REVIEW_LIT_COUNT:LITIGATION")),

                // XY_TEXT_DUPLICATION: part 六 that has nothing to report, as every year
                new Correct("第六部分每年同样的无", () -> nothingInPart6(Draft.demo(), 2023), () -> nothingInPart6(lastYear(), 2022),
                        List.of("XY_TEXT_DUPLICATION:part1", "XY_TEXT_DUPLICATION:part5")),
                new Correct("第五部分重写", () -> Draft.demo(), ResultsReviewYearWordingTest::lastYear,
                        List.of("XY_TEXT_DUPLICATION:part5", "XY_TEXT_DUPLICATION:part1")),

                // XY_YOY_JUMP
                new Correct("小数目的翻倍", () -> applications(rows("R_GRANT", 9)).text(ON_REQUEST, "全年共收到政府信息公开申请9件。"),
                        () -> lastYear().applicant("NEW", "NATURAL", 3).applicant("R_GRANT", "NATURAL", 3).applicant("R_TOTAL", "NATURAL", 3),
                        List.of("XY_YOY_JUMP:NEW")),
                new Correct("恰为五分之一", () -> licensing(Draft.demo(), 24), () -> licensing(lastYear(), 120), List.of("XY_YOY_JUMP:LICENSING")),

                // STR_PART5_NONEMPTY
                new Correct("第五部分：未发现明显问题，下一步", () -> Draft.demo().text(PART5, "本年度未发现明显问题，下一步将继续加强业务培训。"),
                        List.of("STR_PART5_NONEMPTY:part5")),
                new Correct("第五部分：无，但有下一步", () -> Draft.demo().text(PART5, "无。下一步将继续加强政务公开工作，提升公开质量。"),
                        List.of("STR_PART5_NONEMPTY:part5")),
                new Correct("第五部分简短而有实质", () -> Draft.demo().text(PART5, "公开栏更新不及时，将建立月度检查制度。"),
                        List.of("STR_PART5_NONEMPTY:part5")),

                // STR_FORMAT_VERSION
                new Correct("2019年度报告用试行格式", () -> {
                    Draft trial = WordingRobustnessTest.trialReport().set("year", 2019).set("publishedOn", "2020-01-20");
                    return trial.replace("/title", "2020年", "2019年").replace("/preamble", "2020年", "2019年")
                            .replace("/sections/part1/text", "2020年", "2019年");
                }, List.of("STR_FORMAT_VERSION:format")));
    }

    static List<Wrong> wrong() {
        return List.of(
                new Wrong("予以公开N件，其中部分公开而总数不符", () -> applications(rows("R_GRANT", 3, "R_PARTIAL", 2)).text(ON_REQUEST,
                        "全年共收到政府信息公开申请5件，予以公开6件，其中部分公开2件。"), "TXT_RESULT_COUNTS:R_GRANT", "WARNING"),
                new Wrong("不予处理件数与表不符", () -> applications(rows("R_GRANT", 2, "R_REJECT_REPEAT", 1)).text(ON_REQUEST,
                        "全年共收到政府信息公开申请3件，予以公开2件，不予处理2件（重复申请）。"), "TXT_RESULT_COUNTS:REJECT", "WARNING"),
                new Wrong("分列的直接起诉与表不符", () -> cases(Draft.demo(), "LD_UPHELD", 1, "LA_UPHELD", 1).text(PART4,
                        "本年度被提起行政诉讼2件，其中未经复议直接提起行政诉讼2件。"), "TXT_REVIEW_LIT_COUNT:LITIGATION-2", "WARNING"),
                new Wrong("区政府作为被申请人的复议与表不符", () -> cases(ReportTypeWordingTest.district(Draft.demo()), "RV_UPHELD", 1).text(PART4,
                        "区政府因政府信息公开工作被申请行政复议2件，结果维持。"), "TXT_REVIEW_LIT_COUNT:REVIEW", "WARNING"),
                new Wrong("复议3件而表中2件", () -> cases(Draft.demo(), "RV_UPHELD", 1, "RV_CORRECTED", 1).text(PART4,
                        "本年度被申请行政复议3件，其中结果维持1件、结果纠正1件。"), "TXT_REVIEW_LIT_COUNT:REVIEW", "WARNING"),
                new Wrong("第一部分照抄上年只改年份", () -> Draft.demo(), () -> lastYear().text("/sections/part1/text",
                        Draft.demo().at("/sections/part1/text").asText().replace("2023", "2022")), "XY_TEXT_DUPLICATION:part1", "WARNING"),
                new Wrong("第六部分照抄上年", () -> Draft.demo(), () -> {
                    Draft last = lastYear();
                    for (int i = 0; i < 7; i++) {
                        last.text("/sections/part6/items/" + i + "/text", Draft.demo().at("/sections/part6/items/" + i + "/text").asText().replace("2023", "2022"));
                    }
                    return last;
                }, "XY_TEXT_DUPLICATION:part6", "WARNING"),
                new Wrong("申请从0件到12件", () -> applications(rows("R_GRANT", 12)).text(ON_REQUEST, "全年共收到政府信息公开申请12件。"),
                        ResultsReviewYearWordingTest::lastYear, "XY_YOY_JUMP:NEW", "INFO"),
                new Wrong("行政许可1,200件到150件", () -> licensing(Draft.demo(), 150), () -> licensing(lastYear(), 1200), "XY_YOY_JUMP:LICENSING", "INFO"),
                new Wrong("第五部分：暂无。", () -> Draft.demo().text(PART5, "暂无。"), "STR_PART5_NONEMPTY:part5", "WARNING"),
                new Wrong("第五部分：不涉及。", () -> Draft.demo().text(PART5, "不涉及。"), "STR_PART5_NONEMPTY:part5", "WARNING"),
                new Wrong("第五部分：／", () -> Draft.demo().text(PART5, "／"), "STR_PART5_NONEMPTY:part5", "WARNING"),
                new Wrong("第五部分：无存在的主要问题及改进情况", () -> Draft.demo().text(PART5, "本年度无存在的主要问题及改进情况。"), "STR_PART5_NONEMPTY:part5",
                        "WARNING"),
                new Wrong("第五部分：暂无需要说明的问题", () -> Draft.demo().text(PART5, "暂无需要报告的问题和改进情况。"), "STR_PART5_NONEMPTY:part5", "WARNING"),
                new Wrong("第五部分：2023年度无存在问题", () -> Draft.demo().text(PART5, "2023年度无存在问题。"), "STR_PART5_NONEMPTY:part5", "WARNING"),
                new Wrong("直接起诉的分句与表不符", () -> cases(Draft.demo(), "LD_UPHELD", 1, "LA_PENDING", 1).text(PART4,
                        "未经复议直接起诉的行政诉讼2件，判决维持。"), "TXT_REVIEW_LIT_COUNT:LITIGATION", "WARNING"),
                new Wrong("2021年度报告用试行格式", () -> WordingRobustnessTest.trialReport().set("year", 2021), "STR_FORMAT_VERSION:format", "WARNING"),
                new Wrong("2020年度报告用2021格式", () -> Draft.demo().set("year", 2020), "STR_FORMAT_VERSION:format", "WARNING"));
    }

    /** A 2021 report beside last year's in the 2019 trial format: the format change is noted, the rest compared or not assessed. */
    @org.junit.jupiter.api.Test
    void lastYearInTheTrialFormat() {
        Draft thisYear = Draft.demo().set("year", 2021).replace("/title", "2023年", "2021年").replace("/preamble", "2023年", "2021年");
        Draft trial = WordingRobustnessTest.trialReport();
        io.restassured.path.json.JsonPath result = EveryRuleTest.validate(thisYear.with(trial, null));
        org.junit.jupiter.api.Assertions.assertEquals("FAIL", result.getString("findings.find { it.id == 'XY_FORMAT_STABLE:format' }.status"));
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), result.getList(
                "findings.findAll { (it.ruleId == 'XY_YOY_JUMP' || it.ruleId == 'XY_TEXT_DUPLICATION') && it.status == 'FAIL' }"));
    }

    @TestFactory
    Stream<DynamicTest> correctWordingRaisesNoFailure() {
        return correctTests(correct());
    }

    @TestFactory
    Stream<DynamicTest> wrongReportsStillFail() {
        return wrongTests(wrong());
    }

    /** One test per correct report, sent with last year's: none of its findings FAILs, and those in {@code read} PASS. */
    static Stream<DynamicTest> correctTests(List<Correct> cases) {
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(),
                () -> WordingRobustnessTest.assertCorrect(c.name(), c.draft().get().with(c.previous().get(), null), c.read())));
    }

    /** One test per wrong report, sent with last year's: its finding FAILs with the severity. */
    static Stream<DynamicTest> wrongTests(List<Wrong> cases) {
        return cases.stream().map(w -> DynamicTest.dynamicTest(w.name(),
                () -> WordingRobustnessTest.assertWrong(w.draft().get().with(w.previous().get(), null), w.finding(), w.severity())));
    }
}
