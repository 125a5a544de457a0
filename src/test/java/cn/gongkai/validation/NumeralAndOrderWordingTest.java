package cn.gongkai.validation;

import static cn.gongkai.validation.PublishedWordingTest.TOWNSHIP;
import static cn.gongkai.validation.PublishedWordingTest.period;
import static cn.gongkai.validation.WordingRobustnessTest.ON_REQUEST;
import static cn.gongkai.validation.WordingRobustnessTest.OVERSIGHT;
import static cn.gongkai.validation.WordingRobustnessTest.applications;
import static cn.gongkai.validation.WordingRobustnessTest.cases;
import static cn.gongkai.validation.WordingRobustnessTest.rows;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import cn.gongkai.support.Draft;
import cn.gongkai.validation.WordingRobustnessTest.Correct;
import cn.gongkai.validation.WordingRobustnessTest.Wrong;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Four wordings the narrative rules read: percentages in Chinese numerals (占比百分之八十, 百分之十二点五) for TXT_PERCENT; a count
 * before its result word (“收到申请10件，对其中8件予以公开、2件不予公开”) and the answered applications (“全年共答复政府信息公开申请98件”,
 * 表三 办理结果总计) for TXT_RESULT_COUNTS; the period as what the report covers (“内容涵盖…2023年1月1日至12月31日期间”) for
 * STR_STAT_PERIOD. Correct reports: no FAIL, and the named findings PASS; near-misses (百分之百 as a figure of speech, 其中 of a
 * part of the applications, 答复 of another count) stay unread. Wrong ones fail at WARNING, those rules' severity.
 */
@QuarkusTest
class NumeralAndOrderWordingTest {

    static final String PERCENT_1 = "TXT_PERCENT:part1.ON_REQUEST.1";
    static final String PERIOD = "STR_STAT_PERIOD:period";

    /** 20 applications: {@code granted} granted, the rest refused (第三方合法权益); part 一 (二) says {@code text}. */
    static Draft twenty(int granted, String text) {
        return applications(rows("R_GRANT", granted, "R_DENY_THIRD_PARTY", 20 - granted)).text(ON_REQUEST, text);
    }

    /** 6 applications of 自然人 (4 granted, 2 refused) and 4 of 商业企业 (all granted): 10, 8 granted. */
    static Draft naturalAndBusiness(String text) {
        Draft draft = Draft.demo().text(ON_REQUEST, text);
        draft.cell("table3", "NEW", "NATURAL", 6).cell("table3", "NEW", "BUSINESS", 4).cell("table3", "NEW", "TOTAL", 10);
        draft.cell("table3", "R_GRANT", "NATURAL", 4).cell("table3", "R_GRANT", "BUSINESS", 4).cell("table3", "R_GRANT", "TOTAL", 8);
        draft.cell("table3", "R_DENY_THIRD_PARTY", "NATURAL", 2).cell("table3", "R_DENY_THIRD_PARTY", "TOTAL", 2);
        return draft.cell("table3", "R_TOTAL", "NATURAL", 6).cell("table3", "R_TOTAL", "BUSINESS", 4).cell("table3", "R_TOTAL", "TOTAL", 10);
    }

    static List<Correct> correct() {
        return List.of(
                // 1. TXT_PERCENT in Chinese numerals: read
                new Correct("占比百分之八十", () -> twenty(16, "全年共收到政府信息公开申请20件，其中予以公开16件，占比百分之八十。"),
                        List.of(PERCENT_1, "TXT_RESULT_COUNTS:R_GRANT")),
                new Correct("占百分之二十五", () -> twenty(5, "全年共收到政府信息公开申请20件，其中予以公开5件，占百分之二十五。"), List.of(PERCENT_1)),
                new Correct("百分之十二点五", () -> applications(rows("R_GRANT", 1, "R_DENY_THIRD_PARTY", 7))
                        .text(ON_REQUEST, "全年共收到政府信息公开申请8件，其中予以公开1件，占百分之十二点五。"), List.of(PERCENT_1)),
                new Correct("全角：百分之８０", () -> twenty(16, "全年共收到政府信息公开申请２０件，其中予以公开１６件，占比百分之８０。"), List.of(PERCENT_1)),
                new Correct("全角：百分之１２．５", () -> applications(rows("R_GRANT", 1, "R_DENY_THIRD_PARTY", 7))
                        .text(ON_REQUEST, "全年共收到政府信息公开申请８件，其中予以公开１件，占百分之１２．５。"), List.of(PERCENT_1)),
                new Correct("截断：百分之六十六点六", () -> applications(rows("R_GRANT", 2, "R_DENY_THIRD_PARTY", 1))
                        .text(ON_REQUEST, "全年共收到政府信息公开申请3件，其中予以公开2件，占百分之六十六点六。"), List.of(PERCENT_1)),
                new Correct("中文数字件数与百分比", () -> twenty(2, "全年共收到政府信息公开申请二十件，其中予以公开两件，占比百分之十。"), List.of(PERCENT_1)),
                new Correct("两项各带中文百分比", () -> applications(rows("R_GRANT", 15, "R_PARTIAL", 5))
                        .text(ON_REQUEST, "全年共收到政府信息公开申请20件，其中予以公开15件，占百分之七十五；部分公开5件，占百分之二十五。"),
                        List.of(PERCENT_1, "TXT_PERCENT:part1.ON_REQUEST.2")),
                new Correct("占全部申请的百分之九十", () -> twenty(18, "全年共收到政府信息公开申请20件，其中予以公开18件，占全部申请的百分之九十。"),
                        List.of(PERCENT_1)),
                new Correct("占比百分之百", () -> applications(rows("R_GRANT", 5)).text(ON_REQUEST, "全年共收到政府信息公开申请5件，其中予以公开5件，占比百分之百。"),
                        List.of(PERCENT_1)),
                // 1. near-misses: not read
                new Correct("百分之百作修辞，紧跟分项", () -> twenty(15, "全年共收到政府信息公开申请20件，其中予以公开15件，百分之百按时答复。"),
                        List.of("TXT_APP_COUNT:NEW")),
                new Correct("百分之百作修辞，无总数", () -> Draft.demo().replace(OVERSIGHT, "一是落实长效机制，", "一是落实长效机制，做到政务公开百分之百全覆盖，"),
                        List.of()),
                new Correct("答复率百分之百", () -> twenty(15, "全年共收到政府信息公开申请20件，其中予以公开15件，按时答复率百分之百。"), List.of()),
                new Correct("同比增长百分之二十五", () -> twenty(15, "全年共收到政府信息公开申请20件。予以公开15件，同比增长百分之二十五。"), List.of()),
                new Correct("百分之八十以上（约数）", () -> twenty(17, "全年共收到政府信息公开申请20件，其中予以公开17件，占比百分之八十以上。"), List.of()),
                new Correct("满意度百分之九十八", () -> Draft.demo().replace(OVERSIGHT, "三是强化业务提升，",
                        "三是强化业务提升，全年共组织政务公开培训5次，其中专题培训2次，参训人员满意度达百分之九十八。"), List.of()),

                // 2. TXT_RESULT_COUNTS, the count before the result word: read
                new Correct("对其中8件予以公开、2件不予公开", () -> twenty(18, "本年度收到政府信息公开申请20件，对其中18件予以公开、2件不予公开。"),
                        List.of("TXT_RESULT_COUNTS:R_GRANT", "TXT_RESULT_COUNTS:DENY", "TXT_APP_COUNT:NEW")),
                new Correct("其中8件予以公开，2件部分公开", () -> applications(rows("R_GRANT", 8, "R_PARTIAL", 2))
                        .text(ON_REQUEST, "本年度收到政府信息公开申请10件，其中8件予以公开，2件部分公开。"),
                        List.of("TXT_RESULT_COUNTS:R_GRANT", "TXT_RESULT_COUNTS:R_PARTIAL")),
                new Correct("中文数字：对其中八件予以公开、两件不予公开", () -> applications(rows("R_GRANT", 8, "R_DENY_SECRET", 2))
                        .text(ON_REQUEST, "本年度收到政府信息公开申请十件，对其中八件予以公开、两件不予公开。"),
                        List.of("TXT_RESULT_COUNTS:R_GRANT", "TXT_RESULT_COUNTS:DENY")),
                new Correct("全角：对其中８件予以公开", () -> applications(rows("R_GRANT", 8, "R_DENY_SECRET", 2))
                        .text(ON_REQUEST, "本年度收到政府信息公开申请１０件，对其中８件予以公开、２件不予公开。"),
                        List.of("TXT_RESULT_COUNTS:R_GRANT", "TXT_RESULT_COUNTS:DENY")),
                new Correct("依法予以公开、无法提供、不予处理", () -> applications(rows("R_GRANT", 6, "R_UNABLE_NOINFO", 3, "R_REJECT_REPEAT", 1))
                        .text(ON_REQUEST, "全年共收到政府信息公开申请10件，对其中6件依法予以公开、3件无法提供、1件不予处理。"),
                        List.of("TXT_RESULT_COUNTS:R_GRANT", "TXT_RESULT_COUNTS:UNABLE", "TXT_RESULT_COUNTS:REJECT")),
                new Correct("对其中的", () -> applications(rows("R_GRANT", 8, "R_PARTIAL", 2))
                        .text(ON_REQUEST, "本年度收到政府信息公开申请10件，对其中的8件予以公开、2件部分公开。"),
                        List.of("TXT_RESULT_COUNTS:R_GRANT", "TXT_RESULT_COUNTS:R_PARTIAL")),
                new Correct("只列一项", () -> applications(rows("R_GRANT", 8, "CARRY_OUT", 2))
                        .text(ON_REQUEST, "本年度收到政府信息公开申请10件，对其中8件予以公开，其余2件结转下年度继续办理。"),
                        List.of("TXT_RESULT_COUNTS:R_GRANT")),
                new Correct("第二项带原因（不读）", () -> applications(rows("R_GRANT", 8, "R_DENY_THIRD_PARTY", 2))
                        .text(ON_REQUEST, "本年度收到政府信息公开申请10件，其中8件予以公开，2件因涉及第三方合法权益不予公开。"),
                        List.of("TXT_RESULT_COUNTS:R_GRANT")),
                new Correct("予以公开含部分公开", () -> applications(rows("R_GRANT", 6, "R_PARTIAL", 2, "R_DENY_SECRET", 2))
                        .text(ON_REQUEST, "本年度收到政府信息公开申请10件，其中8件予以公开（含部分公开2件），2件不予公开。"),
                        List.of("TXT_RESULT_COUNTS:R_GRANT", "TXT_RESULT_COUNTS:R_PARTIAL")),
                // 2. near-misses: 其中 of another count, or an item that is not one result
                // 表三 with 2 (TXT_APP_COUNT reads 月均…2件 as the year's, a reading of its own): the 1 is not read as the 2 granted
                new Correct("其中之前是月均件数", () -> applications(rows("R_GRANT", 2))
                        .text(ON_REQUEST, "本年度月均收到政府信息公开申请2件，对其中1件予以公开。"), List.of()),
                new Correct("其中之前是建议件数", () -> twenty(18, "本年度收到政府信息公开申请20件，收到人大代表建议6件，对其中4件予以公开。"),
                        List.of("TXT_APP_COUNT:NEW")),
                new Correct("其中之前是网上申请（部分）", () -> twenty(18, "本年度收到政府信息公开申请20件，其中网上申请6件，对其中4件予以公开、2件不予公开。"),
                        List.of("TXT_APP_COUNT:NEW")),
                new Correct("其中之前是自然人申请（部分）", () -> naturalAndBusiness("本年度收到自然人提出的政府信息公开申请6件，对其中4件予以公开、2件不予公开。"),
                        List.of("TXT_APP_COUNT:NEW")),
                new Correct("其中之前是上年结转", () -> applications(rows("CARRY_IN", 2, "R_GRANT", 10, "R_DENY_SECRET", 2))
                        .text(ON_REQUEST, "本年度新收政府信息公开申请10件，上年结转2件，对其中1件予以公开、1件不予公开。"), List.of("TXT_APP_COUNT:NEW")),
                // 表三 with 10 new applications, as TXT_APP_COUNT reads 去年收到…10件 as this year's (a reading of its own)
                new Correct("其中之前是去年件数", () -> applications(rows("R_GRANT", 7, "R_DENY_SECRET", 3))
                        .text(ON_REQUEST, "去年收到政府信息公开申请10件，对其中8件予以公开。"), List.of()),
                new Correct("予以公开或部分公开合计", () -> applications(rows("R_GRANT", 5, "R_PARTIAL", 3, "R_DENY_SECRET", 2))
                        .text(ON_REQUEST, "本年度收到政府信息公开申请10件，对其中8件予以公开或部分公开、2件不予公开。"), List.of("TXT_APP_COUNT:NEW")),

                // 3. 答复…申请N件: 表三 办理结果总计 (R_TOTAL), read
                new Correct("全年共答复申请", () -> applications(rows("R_GRANT", 10, "R_DENY_SECRET", 2))
                        .text(ON_REQUEST, "全年共答复政府信息公开申请12件。"), List.of("TXT_RESULT_COUNTS:R_TOTAL")),
                new Correct("答复数少于收到数（结转下年）", () -> applications(rows("R_GRANT", 10, "CARRY_OUT", 2))
                        .text(ON_REQUEST, "本年度收到政府信息公开申请12件，全年共答复政府信息公开申请10件，2件结转下年度办理。"),
                        List.of("TXT_RESULT_COUNTS:R_TOTAL", "TXT_APP_COUNT:NEW")),
                new Correct("答复数含上年结转", () -> applications(rows("CARRY_IN", 2, "R_GRANT", 12))
                        .text(ON_REQUEST, "本年度新收政府信息公开申请10件，上年结转2件，全年共答复申请12件。"),
                        List.of("TXT_RESULT_COUNTS:R_TOTAL", "TXT_APP_COUNT:NEW")),
                new Correct("中文数字答复", () -> applications(rows("R_GRANT", 10, "R_DENY_SECRET", 2))
                        .text(ON_REQUEST, "全年共答复政府信息公开申请十二件。"), List.of("TXT_RESULT_COUNTS:R_TOTAL")),
                new Correct("依法答复", () -> applications(rows("R_GRANT", 12)).text(ON_REQUEST, "2023年度，漕河镇依法答复政府信息公开申请12件，均在法定期限内办结。"),
                        List.of("TXT_RESULT_COUNTS:R_TOTAL")),
                new Correct("答复自然人申请（自然人列）", () -> naturalAndBusiness("本年度答复自然人提出的政府信息公开申请6件、企业申请4件。"),
                        List.of("TXT_RESULT_COUNTS:R_TOTAL")),
                // 3. near-misses: 答复 of another count
                new Correct("收到并答复（收到数）", () -> applications(rows("R_GRANT", 10, "CARRY_OUT", 2))
                        .text(ON_REQUEST, "本年度收到并答复政府信息公开申请12件。"), List.of("TXT_APP_COUNT:NEW")),
                new Correct("按时答复（部分）", () -> applications(rows("R_GRANT", 12))
                        .text(ON_REQUEST, "本年度按时答复政府信息公开申请9件，延期答复3件。"), List.of()),
                new Correct("尚未答复", () -> applications(rows("R_GRANT", 10, "CARRY_OUT", 2))
                        .text(ON_REQUEST, "本年度收到政府信息公开申请12件，截至年底尚未答复的政府信息公开申请2件。"), List.of("TXT_APP_COUNT:NEW")),
                new Correct("答复行政复议申请", () -> cases(applications(rows("R_GRANT", 5)), "RV_UPHELD", 1)
                        .text(ON_REQUEST, "本年度收到政府信息公开申请5件，答复行政复议申请1件。"), List.of("TXT_APP_COUNT:NEW")),
                new Correct("其中答复（部分）", () -> applications(rows("R_GRANT", 12))
                        .text(ON_REQUEST, "全年共收到政府信息公开申请12件，其中答复网上政府信息公开申请8件。"), List.of("TXT_APP_COUNT:NEW")),
                new Correct("累计答复（历年）", () -> applications(rows("R_GRANT", 12))
                        .text(ON_REQUEST, "条例实施以来，漕河镇累计答复政府信息公开申请150件。"), List.of()),
                new Correct("答复转办的申请（部分）", () -> applications(rows("R_GRANT", 12))
                        .text(ON_REQUEST, "本年度收到政府信息公开申请12件，答复上级转办的政府信息公开申请3件。"), List.of("TXT_APP_COUNT:NEW")),
                new Correct("答复涉及征地的申请（部分）", () -> applications(rows("R_GRANT", 12))
                        .text(ON_REQUEST, "全年共答复涉及征地拆迁的政府信息公开申请8件。"), List.of()),
                new Correct("法定时限内答复（部分）", () -> applications(rows("R_GRANT", 10, "CARRY_OUT", 2))
                        .text(ON_REQUEST, "本年度在法定时限内答复政府信息公开申请9件。"), List.of()),
                new Correct("上年度答复（比较）", () -> applications(rows("R_GRANT", 12))
                        .text(ON_REQUEST, "本年度收到政府信息公开申请12件，上年度答复政府信息公开申请10件。"), List.of("TXT_APP_COUNT:NEW")),
                new Correct("答复申请人", () -> applications(rows("R_GRANT", 12))
                        .text(ON_REQUEST, "本年度收到政府信息公开申请12件，均已书面答复申请人。"), List.of("TXT_APP_COUNT:NEW")),

                // 4. STR_STAT_PERIOD as what the report covers: read
                new Correct("内容涵盖…期间", () -> period("本报告内容涵盖2023年1月1日至12月31日期间的政府信息公开工作情况。"), List.of(PERIOD)),
                new Correct("内容涵盖机关名…期间", () -> period("内容涵盖" + TOWNSHIP + "2023年1月1日至12月31日期间的政府信息公开工作情况。"),
                        List.of(PERIOD)),
                new Correct("内容涵盖（中文数字）", () -> period("本报告内容涵盖二〇二三年一月一日至十二月三十一日期间的政府信息公开工作情况。"),
                        List.of(PERIOD)),
                new Correct("内容涵盖（全角）", () -> period("本报告内容涵盖２０２３年１月１日至２０２３年１２月３１日期间的政府信息公开工作情况。"),
                        List.of(PERIOD)),
                // 4. near-miss: 内容涵盖 of something else, outside the preamble and with no 统计
                new Correct("专栏内容涵盖（非统计期限）", () -> period("本报告电子版可在门户网站查阅。").replace(OVERSIGHT, "一是落实长效机制，",
                        "一是落实长效机制，专栏内容涵盖2023年1月1日至6月30日期间发布的政策文件，"), List.of()));
    }

    static List<Wrong> wrong() {
        return List.of(
                // 1. TXT_PERCENT
                new Wrong("占比百分之七十（应为八十）", () -> twenty(16, "全年共收到政府信息公开申请20件，其中予以公开16件，占比百分之七十。"), PERCENT_1, "WARNING"),
                new Wrong("占百分之二十（应为二十五）", () -> twenty(5, "全年共收到政府信息公开申请20件，其中予以公开5件，占百分之二十。"), PERCENT_1, "WARNING"),
                new Wrong("百分之十二点八（应为十二点五）", () -> applications(rows("R_GRANT", 1, "R_DENY_THIRD_PARTY", 7))
                        .text(ON_REQUEST, "全年共收到政府信息公开申请8件，其中予以公开1件，占百分之十二点八。"), PERCENT_1, "WARNING"),
                new Wrong("全角：百分之７０", () -> twenty(16, "全年共收到政府信息公开申请２０件，其中予以公开１６件，占比百分之７０。"), PERCENT_1, "WARNING"),
                new Wrong("第二项百分比算错", () -> applications(rows("R_GRANT", 15, "R_PARTIAL", 5))
                        .text(ON_REQUEST, "全年共收到政府信息公开申请20件，其中予以公开15件，占百分之七十五；部分公开5件，占百分之三十。"),
                        "TXT_PERCENT:part1.ON_REQUEST.2", "WARNING"),
                new Wrong("占全部申请的百分之八十（应为九十）", () -> twenty(18, "全年共收到政府信息公开申请20件，其中予以公开18件，占全部申请的百分之八十。"),
                        PERCENT_1, "WARNING"),

                // 2. TXT_RESULT_COUNTS, count before the result word
                new Wrong("不予公开件数与表不符", () -> applications(rows("R_GRANT", 7, "R_DENY_SECRET", 3))
                        .text(ON_REQUEST, "本年度收到政府信息公开申请10件，对其中8件予以公开、2件不予公开。"), "TXT_RESULT_COUNTS:DENY", "WARNING"),
                new Wrong("只列予以公开一项且不符", () -> applications(rows("R_GRANT", 7, "R_DENY_SECRET", 3))
                        .text(ON_REQUEST, "本年度收到政府信息公开申请10件，对其中8件予以公开。"), "TXT_RESULT_COUNTS:R_GRANT", "WARNING"),
                new Wrong("写不予公开、表为部分公开", () -> applications(rows("R_GRANT", 8, "R_PARTIAL", 2))
                        .text(ON_REQUEST, "本年度收到政府信息公开申请10件，其中8件予以公开，2件不予公开。"), "TXT_RESULT_COUNTS:DENY", "WARNING"),
                new Wrong("中文数字：无法提供件数不符", () -> applications(rows("R_GRANT", 6, "R_UNABLE_NOINFO", 2, "R_REJECT_REPEAT", 2))
                        .text(ON_REQUEST, "全年共收到政府信息公开申请十件，对其中六件依法予以公开、三件无法提供。"), "TXT_RESULT_COUNTS:UNABLE", "WARNING"),

                // 3. 答复…申请N件 against 办理结果总计
                new Wrong("答复数写成收到数（有结转下年）", () -> applications(rows("R_GRANT", 10, "CARRY_OUT", 2))
                        .text(ON_REQUEST, "全年共答复政府信息公开申请12件。"), "TXT_RESULT_COUNTS:R_TOTAL", "WARNING"),
                new Wrong("中文数字答复数不符", () -> applications(rows("R_GRANT", 10, "CARRY_OUT", 2))
                        .text(ON_REQUEST, "全年共答复政府信息公开申请十二件。"), "TXT_RESULT_COUNTS:R_TOTAL", "WARNING"),
                new Wrong("答复数漏计上年结转", () -> applications(rows("CARRY_IN", 2, "R_GRANT", 12))
                        .text(ON_REQUEST, "本年度新收政府信息公开申请10件，上年结转2件，全年共答复申请10件。"), "TXT_RESULT_COUNTS:R_TOTAL", "WARNING"),
                new Wrong("答复自然人申请数不符", () -> naturalAndBusiness("本年度答复自然人提出的政府信息公开申请8件。"), "TXT_RESULT_COUNTS:R_TOTAL",
                        "WARNING"),

                // 4. STR_STAT_PERIOD
                new Wrong("内容涵盖上年", () -> period("本报告内容涵盖2022年1月1日至12月31日期间的政府信息公开工作情况。"), PERIOD, "WARNING"),
                new Wrong("内容涵盖半年", () -> period("内容涵盖" + TOWNSHIP + "2023年1月1日至6月30日期间的政府信息公开工作情况。"), PERIOD, "WARNING"),
                new Wrong("内容涵盖（中文数字）上年", () -> period("本报告内容涵盖二〇二二年一月一日至十二月三十一日期间的政府信息公开工作情况。"), PERIOD,
                        "WARNING"));
    }

    @TestFactory
    Stream<DynamicTest> correctWordingRaisesNoFailure() {
        return WordingRobustnessTest.correctTests(correct());
    }

    @TestFactory
    Stream<DynamicTest> wrongReportsStillFail() {
        return WordingRobustnessTest.wrongTests(wrong());
    }
}
