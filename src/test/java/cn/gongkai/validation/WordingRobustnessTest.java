package cn.gongkai.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import cn.gongkai.support.Draft;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The narrative and structure rules on wording that real reports use: each correct report here has tables
 * that agree with its text, and must raise no FAIL at all (least of all an ERROR); a few wrong ones show the
 * rules still fail when the text and the tables disagree. Counts are written the ways offices write them:
 * 共收到…, 受理…, lists with 、 and ，, 其中, 1,234, 二十五, 两, full-width ３, 较上年, 未经复议, 尚未审结, 无法提供, 零.
 */
@QuarkusTest
class WordingRobustnessTest {

    static final String GENERAL = "/sections/part1/text";
    static final String PROACTIVE = "/sections/part1/items/0/text";
    static final String ON_REQUEST = "/sections/part1/items/1/text";
    static final String OVERSIGHT = "/sections/part1/items/4/text";
    static final String PART3 = "/sections/part3/text";
    static final String PART4 = "/sections/part4/text";
    static final String FEE = "/sections/part6/items/0/text";

    /**
     * A correct report: no finding FAILs. {@code read}: findings that must PASS, so the wording is read and
     * agrees, not merely skipped.
     */
    record Correct(String name, Supplier<Draft> draft, List<String> read) {
    }

    /** A wrong report: the finding FAILs with the severity. */
    record Wrong(String name, Supplier<Draft> draft, String finding, String severity) {
    }

    /**
     * The demo report with 表三 filled in the 自然人 column (and 总计) from the result rows given; 新收 is
     * what balances them: 新收 + 上年结转 = 总计 + 结转下年度.
     */
    static Draft applications(Map<String, Integer> rows) {
        Draft draft = Draft.demo();
        int results = 0;
        for (Map.Entry<String, Integer> row : rows.entrySet()) {
            draft.applicant(row.getKey(), "NATURAL", row.getValue());
            if (row.getKey().startsWith("R_")) {
                results += row.getValue();
            }
        }
        int carryIn = rows.getOrDefault("CARRY_IN", 0);
        int carryOut = rows.getOrDefault("CARRY_OUT", 0);
        return draft.applicant("R_TOTAL", "NATURAL", results).applicant("NEW", "NATURAL", results + carryOut - carryIn);
    }

    static Map<String, Integer> rows(Object... pairs) {
        Map<String, Integer> rows = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            rows.put((String) pairs[i], (Integer) pairs[i + 1]);
        }
        return rows;
    }

    /** Five applications, all granted; the demo's “未收到依申请公开” replaced by a count. */
    static Draft five(String onRequest) {
        return applications(rows("R_GRANT", 5)).text(ON_REQUEST, onRequest);
    }

    /** 表四 with the given columns, each group's 总计 their sum. */
    static Draft cases(Draft draft, Object... pairs) {
        Map<String, Integer> totals = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            String column = (String) pairs[i];
            draft.cell("table4", "CASES", column, pairs[i + 1]);
            totals.merge(column.substring(0, 2) + "_TOTAL", (Integer) pairs[i + 1], Integer::sum);
        }
        totals.forEach((column, total) -> draft.cell("table4", "CASES", column, total));
        return draft;
    }

    static List<Correct> correct() {
        return List.of(
                // TXT_NO_APPLICATION_CLAIM: a negation or a zero about some applications is no claim that there were none
                new Correct("无超期答复的申请", () -> five("2023年度，漕河镇共收到政府信息公开申请5件，均在法定期限内答复，无超期答复的政府信息公开申请。"),
                        List.of("TXT_APP_COUNT:NEW")),
                new Correct("未按期答复的申请", () -> five("全年受理政府信息公开申请5件，不存在未按期答复的政府信息公开申请。"), List.of("TXT_APP_COUNT:NEW")),
                new Correct("无法提供的申请", () -> five("本年度共收到政府信息公开申请5件。对无法提供的政府信息公开申请，均依法告知申请人理由。"),
                        List.of("TXT_APP_COUNT:NEW")),
                new Correct("因申请引发复议0件", () -> five("全年收到政府信息公开申请5件，因政府信息公开申请引发行政复议0件、行政诉讼0件。"),
                        List.of("TXT_APP_COUNT:NEW")),
                new Correct("无因申请引发的复议", () -> five("全年收到政府信息公开申请5件，无因政府信息公开申请引发的行政复议。"), List.of("TXT_APP_COUNT:NEW")),
                new Correct("上年结转0件", () -> five("本年度新收政府信息公开申请5件，上年结转政府信息公开申请0件。"), List.of("TXT_APP_COUNT:NEW")),
                new Correct("依申请公开被纠错0件", () -> five("本年度收到政府信息公开申请5件，依申请公开答复被纠错0件。"), List.of("TXT_APP_COUNT:NEW")),
                new Correct("新收0件，上年结转1件", () -> applications(rows("CARRY_IN", 1, "R_GRANT", 1))
                        .text(ON_REQUEST, "2023年度，漕河镇新收政府信息公开申请0件，上年结转1件，已于1月办结并予以公开。"),
                        List.of("TXT_NO_APPLICATION_CLAIM:NEW")),
                new Correct("申请零件", () -> Draft.demo().text(ON_REQUEST, "2023年度，漕河镇收到政府信息公开申请共计零件。"),
                        List.of("TXT_NO_APPLICATION_CLAIM:NEW", "TXT_NO_APPLICATION_CLAIM:CARRY_IN")),
                new Correct("申请十件", () -> applications(rows("R_GRANT", 10)).text(ON_REQUEST, "全年共收到政府信息公开申请十件，均予以公开。"),
                        List.of("TXT_APP_COUNT:NEW")),

                // TXT_APP_COUNT
                new Correct("新收15件，上年结转3件，共处理18件", () -> applications(rows("CARRY_IN", 3, "R_GRANT", 18))
                        .text(ON_REQUEST, "本年度新收政府信息公开申请15件，上年结转3件，共处理18件。"), List.of("TXT_APP_COUNT:NEW")),
                new Correct("共处理申请18件（含上年结转）", () -> applications(rows("CARRY_IN", 3, "R_GRANT", 18))
                        .text(ON_REQUEST, "全年共处理政府信息公开申请18件（含上年结转3件）。"), List.of("TXT_APP_COUNT:NEW")),
                new Correct("较上年增加2件", () -> applications(rows("R_GRANT", 12))
                        .text(ON_REQUEST, "本年度受理政府信息公开申请数量较上年增加2件，达到12件，均已办结。"), List.of()),
                new Correct("千位分隔", () -> applications(rows("R_GRANT", 1234)).text(ON_REQUEST, "全年共收到政府信息公开申请1,234件。"),
                        List.of("TXT_APP_COUNT:NEW")),
                new Correct("全角数字", () -> applications(rows("R_GRANT", 12)).text(ON_REQUEST, "全年共收到政府信息公开申请１２件，均予以公开。"),
                        List.of("TXT_APP_COUNT:NEW")),
                new Correct("二十五件", () -> applications(rows("R_GRANT", 25)).text(ON_REQUEST, "全年共收到政府信息公开申请二十五件。"),
                        List.of("TXT_APP_COUNT:NEW")),
                new Correct("两件", () -> applications(rows("R_GRANT", 2)).text(ON_REQUEST, "全年受理政府信息公开申请两件，均予以公开。"),
                        List.of("TXT_APP_COUNT:NEW")),
                new Correct("收到行政复议申请、信访举报投诉类申请", () -> cases(five("本年度收到政府信息公开申请5件，收到行政复议申请1件，"
                        + "收到信访举报投诉类申请2件。"), "RV_UPHELD", 1), List.of("TXT_APP_COUNT:NEW")),
                new Correct("依申请公开一项下的申请", () -> five("全年共收到申请5件，均已按时答复。"), List.of("TXT_APP_COUNT:NEW")),

                // TXT_RESULT_COUNTS
                new Correct("予以公开（含部分公开）", () -> applications(rows("R_GRANT", 6, "R_PARTIAL", 2, "R_DENY_THIRD_PARTY", 2))
                        .text(ON_REQUEST, "全年共收到政府信息公开申请10件，予以公开（含部分公开）8件，不予公开2件。"),
                        List.of("TXT_APP_COUNT:NEW", "TXT_RESULT_COUNTS:GRANT_AND_PARTIAL", "TXT_RESULT_COUNTS:DENY")),
                new Correct("不予以公开", () -> applications(rows("R_GRANT", 6, "R_DENY_THIRD_PARTY", 2))
                        .text(ON_REQUEST, "全年共收到政府信息公开申请8件，予以公开6件，不予以公开2件。"),
                        List.of("TXT_RESULT_COUNTS:R_GRANT")),
                new Correct("办理结果一一列出", () -> applications(rows("R_GRANT", 5, "R_PARTIAL", 2, "R_DENY_PROCESS", 1, "R_UNABLE_NOINFO", 2, "CARRY_OUT", 1))
                        .text(ON_REQUEST, "全年共收到政府信息公开申请11件，其中予以公开5件、部分公开2件、不予公开1件、无法提供2件，结转下年度1件。"),
                        List.of("TXT_RESULT_COUNTS:R_GRANT", "TXT_RESULT_COUNTS:UNABLE", "TXT_RESULT_COUNTS:CARRY_OUT")),
                new Correct("主动公开的予以公开", () -> five("全年共收到政府信息公开申请5件，予以公开5件。").text(PROACTIVE,
                        "本年度主动公开政府信息120条，对涉及群众切身利益的重大决策予以公开12件。通过政府网站予以公开规范性文件8件。"),
                        List.of("TXT_RESULT_COUNTS:R_GRANT")),
                new Correct("总体情况中的主动公开", () -> five("全年共收到政府信息公开申请5件。").text(GENERAL,
                        "2023年，漕河镇主动公开政府信息，对重大决策事项予以公开12件。"), List.of("TXT_APP_COUNT:NEW")),

                // TXT_NO_CASE_CLAIM and TXT_REVIEW_LIT_COUNT
                new Correct("纠错率和败诉率均为0", () -> cases(Draft.demo(), "RV_UPHELD", 2, "LD_UPHELD", 1)
                        .text(PART4, "本年度被申请行政复议2件、被提起行政诉讼1件，行政复议纠错率和行政诉讼败诉率均为0。"),
                        List.of("TXT_REVIEW_LIT_COUNT:REVIEW", "TXT_REVIEW_LIT_COUNT:LITIGATION")),
                new Correct("因逾期未答复被申请复议", () -> cases(Draft.demo(), "RV_CORRECTED", 1)
                        .text(PART4, "因逾期未答复被申请行政复议1件，结果纠正。"), List.of("TXT_REVIEW_LIT_COUNT:REVIEW")),
                new Correct("尚未审结的行政诉讼", () -> cases(Draft.demo(), "LA_UPHELD", 1, "LA_PENDING", 1)
                        .text(PART4, "本年度尚未审结的行政诉讼案件1件，结果维持的1件。"), List.of()),
                new Correct("未经复议直接起诉", () -> cases(Draft.demo(), "LD_PENDING", 1)
                        .text(PART4, "本年度未经行政复议直接提起行政诉讼1件，尚未审结。"), List.of("TXT_REVIEW_LIT_COUNT:LITIGATION")),
                new Correct("行政复议维持、纠正", () -> cases(Draft.demo(), "RV_UPHELD", 1, "RV_CORRECTED", 1)
                        .text(PART4, "行政复议结果维持1件、结果纠正1件。"), List.of()),
                new Correct("复议诉讼均为零", () -> Draft.demo().text(PART4, "本年度行政复议、行政诉讼案件均为零。"),
                        List.of("TXT_NO_CASE_CLAIM:REVIEW", "TXT_NO_CASE_CLAIM:LITIGATION")),

                // TXT_PARTS_SUM
                new Correct("分项后另述上年结转", () -> applications(rows("CARRY_IN", 2, "R_GRANT", 17))
                        .text(ON_REQUEST, "全年共收到政府信息公开申请15件，其中自然人14件、法人或其他组织1件，上年结转2件。"),
                        List.of("TXT_APP_COUNT:NEW")),
                new Correct("括号内细项", () -> applications(rows("R_GRANT", 8, "R_PARTIAL", 2, "R_DENY_THIRD_PARTY", 2, "R_DENY_PROCESS", 1,
                        "R_UNABLE_NOINFO", 2)).text(ON_REQUEST, "全年共收到政府信息公开申请15件，其中予以公开8件、部分公开2件、不予公开3件（保护第三方合法权益2件、"
                                + "属于四类过程性信息1件）、无法提供2件。"),
                        List.of("TXT_APP_COUNT:NEW", "TXT_PARTS_SUM:part1.ON_REQUEST.2")),
                new Correct("千位分隔的分项", () -> Draft.demo().replace(PROACTIVE, "本年度漕河镇通过政府网站共发布65条信息，政府网站建设较往年公开力度更大。"
                        + "其中镇街动态25条、政府工作报告落实6条、镇街文件6条、组织管理5条、招考录用4条、机构职能1条、部门财政预算1条、通知公告1条、其他信息16条。",
                        "本年度共发布政府信息1,300条，其中政务动态1,100条、通知公告100条、其他信息100条。"),
                        List.of("TXT_PARTS_SUM:part1.PROACTIVE.1")),
                new Correct("逗号分项后另述转载", () -> Draft.demo().text(PROACTIVE, "本年度共发布信息65条，其中政务动态40条，通知公告25条，另转载信息3条。"),
                        List.of("TXT_PARTS_SUM:part1.PROACTIVE.1")),
                new Correct("逗号分项后另述转载（分项少于总数）", () -> Draft.demo().text(PROACTIVE,
                        "本年度共发布信息65条，其中政务动态40条，通知公告20条，另转载信息10条。"), List.of("TXT_PARTS_SUM:part1.PROACTIVE.1")),
                new Correct("逗号分项后另述办结", () -> applications(rows("R_GRANT", 15)).text(ON_REQUEST,
                        "全年共收到政府信息公开申请15件，其中自然人14件，法人或其他组织1件，办结15件。"), List.of("TXT_APP_COUNT:NEW")),
                new Correct("逗号分项止于何处不明", () -> Draft.demo().text(PROACTIVE, "本年度共发布信息65条，其中政务动态40条，通知公告20条，转载信息10条。"),
                        List.of()),
                new Correct("逗号分项止于其他", () -> Draft.demo().text(PROACTIVE, "本年度共发布信息65条，其中政务动态40条，其他信息25条，转载信息3条。"),
                        List.of("TXT_PARTS_SUM:part1.PROACTIVE.1")),
                new Correct("全角数字的分项", () -> Draft.demo().replace(PROACTIVE, "共发布65条", "共发布６５条").replace(PROACTIVE, "其他信息16条", "其他信息１６条"),
                        List.of("TXT_PARTS_SUM:part1.PROACTIVE.1")),

                // TXT_PERCENT
                new Correct("同比增长", () -> applications(rows("R_GRANT", 15, "R_DENY_THIRD_PARTY", 5))
                        .text(ON_REQUEST, "全年共收到政府信息公开申请20件。予以公开15件，同比增长25%。"), List.of("TXT_APP_COUNT:NEW")),
                new Correct("按时答复率", () -> applications(rows("R_GRANT", 10, "R_DENY_THIRD_PARTY", 5))
                        .text(ON_REQUEST, "全年共收到政府信息公开申请15件，其中予以公开10件，按时答复率100%。"), List.of("TXT_APP_COUNT:NEW")),
                new Correct("占比（全角）", () -> applications(rows("R_GRANT", 2, "CARRY_OUT", 1))
                        .text(ON_REQUEST, "全年共收到政府信息公开申请3件，其中予以公开2件，占６６．７％。"), List.of("TXT_PERCENT:part1.ON_REQUEST.1")),

                // TXT_YEAR_SCOPE
                new Correct("条例（2019年修订）", () -> Draft.demo().text(GENERAL,
                        "漕河镇认真贯彻落实《中华人民共和国政府信息公开条例》（2019年修订），推进基层政务公开标准化规范化建设。"), List.of("TXT_YEAR_SCOPE:YEAR")),
                new Correct("健全市场", () -> Draft.demo().replace(OVERSIGHT, "一是落实长效机制，", "一是落实长效机制，进一步健全市场主体信息公示制度，"),
                        List.of("TXT_YEAR_SCOPE:SCOPE")),
                new Correct("文号与日期", () -> Draft.demo().replace(OVERSIGHT, "一是落实长效机制，",
                        "一是落实长效机制，按照国办公开办函〔2021〕30号要求于12月31日前完成年报编制，"), List.of("TXT_YEAR_SCOPE:YEAR")),

                // TXT_FEE_STATEMENT / STR_PART6_FEE
                new Correct("未向申请人收取", () -> Draft.demo().text(FEE, "2023年度，漕河镇未向申请人收取信息处理费。"),
                        List.of("TXT_FEE_STATEMENT:part6", "STR_PART6_FEE:INFO_FEE")),
                new Correct("免收", () -> Draft.demo().text(FEE, "本年度依申请公开工作均免收信息处理费。"), List.of("TXT_FEE_STATEMENT:part6")),
                new Correct("不涉及", () -> Draft.demo().text(FEE, "本年度不涉及信息处理费收取。"), List.of("TXT_FEE_STATEMENT:part6")),
                new Correct("收取金额（元）", () -> Draft.demo().text(FEE, "本年度共收取信息处理费1,200元。"), List.of("TXT_FEE_STATEMENT:part6")),

                // TXT_FEE_CONSISTENCY
                new Correct("发出收取通知、逾期未缴费", () -> applications(rows("R_OTHER_NO_FEE", 1)).text(ON_REQUEST, "全年收到政府信息公开申请1件。")
                        .text(FEE, "本年度向申请人发出信息处理费收取通知1件，申请人逾期未缴费，未实际收取信息处理费。"), List.of("TXT_FEE_CONSISTENCY:R_OTHER_NO_FEE")),

                // STR_STAT_PERIOD
                new Correct("全角的统计期限", () -> Draft.demo().replace("/preamble", "自2023年1月1日起至2023年12月31日止", "自２０２３年１月１日起至２０２３年１２月３１日止"),
                        List.of("STR_STAT_PERIOD:period")),
                new Correct("中文数字的统计期限", () -> Draft.demo().replace("/preamble", "自2023年1月1日起至2023年12月31日止",
                        "为二〇二三年一月一日至二〇二三年十二月三十一日"), List.of("STR_STAT_PERIOD:period")),

                // STR_SIX_PARTS: the heading variants of FORMAT §2
                new Correct("标题变体", () -> Draft.demo().text("/sections/part5/heading", "五、政府信息公开工作存在的主要问题及改进情况")
                        .text("/sections/part4/heading", "四、政府信息公开行政复议和行政诉讼情况").text("/sections/part1/heading", "一．总体情况")
                        .text("/sections/part6/heading", "六、其它需要报告的事项"), List.of("STR_SIX_PARTS:parts")),
                new Correct("第一部分式标题", () -> Draft.demo().text("/sections/part1/heading", "第一部分 总体情况")
                        .text("/sections/part5/heading", "第五部分　存在的主要问题及改进情况"), List.of("STR_SIX_PARTS:parts")),

                // STR_AGENCY_YEAR: official titles often write the year digit by digit in Chinese
                new Correct("中文数字的标题年份", () -> Draft.demo().replace("/title", "2023年", "二〇二三年"), List.of("STR_AGENCY_YEAR:title")),
                new Correct("零写作年份", () -> Draft.demo().replace("/title", "2023年", "二零二三年度"), List.of("STR_AGENCY_YEAR:title")),

                // third audit: TXT_NO_APPLICATION_CLAIM
                new Correct("未收到公民、法人和其他组织提出的申请", () -> Draft.demo().text(ON_REQUEST,
                        "本年度，漕河镇未收到公民、法人和其他组织提出的政府信息公开申请。"), List.of("TXT_NO_APPLICATION_CLAIM:NEW")),
                new Correct("未发生申请逾期答复情况", () -> five("全年共收到政府信息公开申请5件，均按时答复，未发生政府信息公开申请逾期答复情况。"),
                        List.of("TXT_APP_COUNT:NEW")),
                new Correct("无依申请公开答复被纠错情况", () -> five("本年度共受理政府信息公开申请5件，无依申请公开答复被纠错情况。"),
                        List.of("TXT_APP_COUNT:NEW")),
                new Correct("依申请公开数量为0", () -> Draft.demo().text(ON_REQUEST, "2023年度，漕河镇依申请公开政府信息数量为0。"),
                        List.of("TXT_NO_APPLICATION_CLAIM:NEW")),
                new Correct("没有收到申请，无上年结转", () -> Draft.demo().text(ON_REQUEST, "本年度没有收到政府信息公开申请，无上年结转申请。"),
                        List.of("TXT_NO_APPLICATION_CLAIM:NEW")),
                new Correct("无依申请公开事项", () -> Draft.demo().text(ON_REQUEST, "本年度我镇无依申请公开事项。"), List.of("TXT_NO_APPLICATION_CLAIM:NEW")),

                // third audit: TXT_NO_CASE_CLAIM
                new Correct("未发生复议纠错和诉讼败诉", () -> cases(Draft.demo(), "RV_UPHELD", 2).text(PART4,
                        "本年度因政府信息公开被申请行政复议2件，均维持原行政行为，未发生行政复议被纠错和行政诉讼败诉的情况。"),
                        List.of("TXT_REVIEW_LIT_COUNT:REVIEW")),
                new Correct("复议1件，未发生诉讼", () -> cases(Draft.demo(), "RV_UPHELD", 1).text(PART4, "本年度发生政府信息公开行政复议1件，未发生行政诉讼。"),
                        List.of("TXT_NO_CASE_CLAIM:LITIGATION", "TXT_REVIEW_LIT_COUNT:REVIEW")),
                new Correct("未发生因政府信息公开引起的复议诉讼", () -> Draft.demo().text(PART4, "本年度未发生因政府信息公开引起的行政复议、行政诉讼。"),
                        List.of("TXT_NO_CASE_CLAIM:REVIEW", "TXT_NO_CASE_CLAIM:LITIGATION")),
                new Correct("被申请复议0件、被起诉0件", () -> Draft.demo().text(PART4, "全年因政府信息公开工作被申请行政复议0件、被提起行政诉讼0件。"),
                        List.of("TXT_NO_CASE_CLAIM:REVIEW", "TXT_NO_CASE_CLAIM:LITIGATION")),
                new Correct("复议2起，其中维持、纠正", () -> cases(Draft.demo(), "RV_UPHELD", 1, "RV_CORRECTED", 1)
                        .text(PART4, "全年共发生政府信息公开行政复议案件2起，其中结果维持1起、结果纠正1起。"), List.of("TXT_REVIEW_LIT_COUNT:REVIEW")),

                // third audit: TXT_APP_COUNT and TXT_RESULT_COUNTS
                new Correct("共办理20件，其中新收、上年结转", () -> applications(rows("CARRY_IN", 3, "R_GRANT", 20))
                        .text(ON_REQUEST, "全年共办理政府信息公开申请20件，其中本年新收17件，上年结转3件。"),
                        List.of("TXT_APP_COUNT:NEW", "TXT_PARTS_SUM:part1.ON_REQUEST.2")),
                new Correct("依申请公开事项十二件，办结率", () -> applications(rows("R_GRANT", 12)).text(ON_REQUEST, "全年共受理依申请公开事项十二件，办结率100%。"),
                        List.of("TXT_APP_COUNT:NEW")),
                new Correct("其中另起一句，括号注明情形", () -> applications(rows("R_GRANT", 3, "R_PARTIAL", 1, "R_DENY_INTERNAL", 1, "R_REJECT_PETITION", 1))
                        .text(ON_REQUEST, "全年共收到政府信息公开申请6件。其中，予以公开3件，部分公开1件，不予公开1件（属于三类内部事务信息），"
                                + "不予处理1件（信访举报投诉类申请）。"),
                        List.of("TXT_APP_COUNT:NEW", "TXT_RESULT_COUNTS:R_GRANT", "TXT_RESULT_COUNTS:DENY", "TXT_RESULT_COUNTS:REJECT",
                                "TXT_PARTS_SUM:part1.ON_REQUEST.2")),
                new Correct("结转至下年度继续办理", () -> applications(rows("R_GRANT", 3, "CARRY_OUT", 2))
                        .text(ON_REQUEST, "全年共收到政府信息公开申请5件，已办结3件，结转至下年度继续办理2件。"),
                        List.of("TXT_APP_COUNT:NEW", "TXT_RESULT_COUNTS:CARRY_OUT")),
                new Correct("中文数字的办理结果", () -> applications(rows("R_GRANT", 10, "R_PARTIAL", 2))
                        .text(ON_REQUEST, "全年共收到政府信息公开申请十二件，其中予以公开十件、部分公开两件。"),
                        List.of("TXT_APP_COUNT:NEW", "TXT_RESULT_COUNTS:R_GRANT", "TXT_RESULT_COUNTS:R_PARTIAL", "TXT_PARTS_SUM:part1.ON_REQUEST.2")),

                // third audit: TXT_PARTS_SUM
                new Correct("其中后冒号", () -> Draft.demo().text(PROACTIVE, "本年度共主动公开政府信息386条，其中：机构职能12条、政策文件45条、工作动态260条、其他69条。"),
                        List.of("TXT_PARTS_SUM:part1.PROACTIVE.1")),
                new Correct("其中后逗号、千位分隔", () -> Draft.demo().text(PROACTIVE,
                        "全年通过政府网站共发布信息2,345条，其中，政府文件45条，政策解读300条，工作动态2,000条。"), List.of("TXT_PARTS_SUM:part1.PROACTIVE.1")),
                new Correct("两类件数后的其中", () -> Draft.demo().text("/sections/part6/items/2/text",
                        "2023年度，漕河镇共办理人大代表建议12件、政协委员提案8件，其中主办件15件、协办件5件，办结率100%。"), List.of()),

                // third audit: TXT_PERCENT
                new Correct("分项各带占比", () -> applications(rows("R_GRANT", 15, "R_PARTIAL", 5))
                        .text(ON_REQUEST, "全年共收到政府信息公开申请20件，其中予以公开15件，占75%；部分公开5件，占25%。"),
                        List.of("TXT_PARTS_SUM:part1.ON_REQUEST.2", "TXT_PERCENT:part1.ON_REQUEST.1", "TXT_PERCENT:part1.ON_REQUEST.2",
                                "TXT_RESULT_COUNTS:R_GRANT")),
                new Correct("占全部申请的", () -> applications(rows("R_GRANT", 18, "R_DENY_THIRD_PARTY", 2))
                        .text(ON_REQUEST, "全年共收到政府信息公开申请20件，其中予以公开18件，占全部申请的90%。"), List.of("TXT_PERCENT:part1.ON_REQUEST.1")),

                // third audit: TXT_YEAR_SCOPE
                new Correct("在全区考核中", () -> Draft.demo().replace(OVERSIGHT, "一是落实长效机制，", "一是落实长效机制，在全区政务公开工作考核中位列前茅，"),
                        List.of("TXT_YEAR_SCOPE:SCOPE")),
                new Correct("按照全区统一部署", () -> Draft.demo().replace(OVERSIGHT, "一是落实长效机制，", "一是落实长效机制，按照全区统一部署，"),
                        List.of("TXT_YEAR_SCOPE:SCOPE")),

                // third audit: TXT_FEE_STATEMENT, TXT_FEE_CONSISTENCY
                new Correct("不存在收取信息处理费的情况", () -> Draft.demo().text(FEE, "本年度不存在收取信息处理费的情况。"),
                        List.of("TXT_FEE_STATEMENT:part6", "STR_PART6_FEE:INFO_FEE")),
                new Correct("收取金额0.00元", () -> Draft.demo().text(FEE, "本年度信息处理费收取金额为0.00元。"), List.of("TXT_FEE_STATEMENT:part6")),
                new Correct("未收取任何费用", () -> Draft.demo().text(FEE, "2023年，漕河镇依申请公开工作未收取任何费用。"), List.of("TXT_FEE_STATEMENT:part6")),
                new Correct("发出收费通知、逾期未缴纳", () -> applications(rows("R_OTHER_NO_FEE", 1)).text(ON_REQUEST, "全年收到政府信息公开申请1件。")
                        .text(FEE, "本年度向1名申请人发出收费通知，申请人逾期未缴纳，未实际收取信息处理费。"),
                        List.of("TXT_FEE_CONSISTENCY:R_OTHER_NO_FEE", "TXT_FEE_STATEMENT:part6")),

                // third audit: STR_SIX_PARTS
                new Correct("标题无编号", () -> Draft.demo().text("/sections/part1/heading", "总体情况").text("/sections/part2/heading", "主动公开政府信息情况")
                        .text("/sections/part3/heading", "收到和处理政府信息公开申请情况").text("/sections/part4/heading", "政府信息公开行政复议、行政诉讼情况")
                        .text("/sections/part5/heading", "存在的主要问题及改进情况").text("/sections/part6/heading", "其他需要报告的事项"),
                        List.of("STR_SIX_PARTS:parts")),
                new Correct("阿拉伯数字编号的标题", () -> Draft.demo().text("/sections/part1/heading", "1、总体情况")
                        .text("/sections/part2/heading", "2. 主动公开政府信息情况").text("/sections/part3/heading", "3．收到和处理政府信息公开申请情况"),
                        List.of("STR_SIX_PARTS:parts")),
                new Correct("全角半角混排、空格的标题", () -> Draft.demo().text("/sections/part1/heading", "一、 总体情况 ")
                        .text("/sections/part4/heading", "四、因政府信息公开工作被申请行政复议、提起行政诉讼情况")
                        .text("/sections/part6/heading", "六．其他需要报告的事项"), List.of("STR_SIX_PARTS:parts")),

                // third audit: STR_STAT_PERIOD, STR_AGENCY_YEAR
                new Correct("统计期限短横线", () -> Draft.demo().replace("/preamble", "自2023年1月1日起至2023年12月31日止", "为2023年1月1日–2023年12月31日"),
                        List.of("STR_STAT_PERIOD:period")),
                new Correct("统计期限为年度（括号注日期）", () -> Draft.demo().replace("/preamble", "统计期限自2023年1月1日起至2023年12月31日止",
                        "统计期限为2023年度（2023年1月1日至12月31日）"), List.of("STR_STAT_PERIOD:period")),
                new Correct("关于年度情况的报告", () -> Draft.demo().text("/title", "济宁市兖州区漕河镇人民政府关于2023年度政府信息公开工作情况的报告"),
                        List.of("STR_AGENCY_YEAR:title")),
                new Correct("标题分行、全角年份", () -> Draft.demo().text("/title", "济宁市兖州区漕河镇人民政府\n２０２３年政府信息公开工作年度报告"),
                        List.of("STR_AGENCY_YEAR:title")),

                // fourth audit: TXT_PERCENT
                new Correct("办结率100%", () -> applications(rows("R_GRANT", 10, "R_DENY_THIRD_PARTY", 2))
                        .text(ON_REQUEST, "全年共收到政府信息公开申请12件，均在法定期限内办结，办结率100%。"), List.of("TXT_APP_COUNT:NEW")),
                new Correct("予以公开X件占X%（无逗号）", () -> applications(rows("R_GRANT", 9, "R_PARTIAL", 3))
                        .text(ON_REQUEST, "全年共收到政府信息公开申请12件，其中予以公开9件占75%，部分公开3件占25%。"),
                        List.of("TXT_PERCENT:part1.ON_REQUEST.1", "TXT_PERCENT:part1.ON_REQUEST.2", "TXT_PARTS_SUM:part1.ON_REQUEST.2")),
                new Correct("满意度不是占比", () -> Draft.demo().replace(OVERSIGHT, "三是强化业务提升，",
                        "三是强化业务提升，全年共组织政务公开培训5次，其中专题培训2次，参训人员满意度达98%。"), List.of()),
                new Correct("占比指另一分项", () -> applications(rows("R_GRANT", 20))
                        .text(ON_REQUEST, "全年共收到政府信息公开申请20件，其中网上申请18件、当面申请2件，网上申请占比90%。"),
                        List.of("TXT_APP_COUNT:NEW", "TXT_PARTS_SUM:part1.ON_REQUEST.2")),
                new Correct("占已办结申请的", () -> applications(rows("R_GRANT", 12, "R_DENY_THIRD_PARTY", 4, "CARRY_OUT", 4))
                        .text(ON_REQUEST, "全年共收到政府信息公开申请20件，已办结16件，其中予以公开12件，占已办结申请的75%。"),
                        List.of("TXT_APP_COUNT:NEW", "TXT_RESULT_COUNTS:R_GRANT")),
                new Correct("较上年同期增长", () -> applications(rows("R_GRANT", 12))
                        .text(ON_REQUEST, "本年度共收到政府信息公开申请12件，较上年同期增长20%。"), List.of("TXT_APP_COUNT:NEW")),

                // fourth audit: TXT_RESULT_COUNTS
                new Correct("分别为", () -> applications(rows("R_GRANT", 8, "R_PARTIAL", 2, "R_DENY_THIRD_PARTY", 1))
                        .text(ON_REQUEST, "全年共收到政府信息公开申请11件，予以公开、部分公开、不予公开分别为8件、2件、1件。"), List.of("TXT_APP_COUNT:NEW")),
                new Correct("各N件", () -> applications(rows("R_GRANT", 2, "R_PARTIAL", 2))
                        .text(ON_REQUEST, "全年共收到政府信息公开申请4件，予以公开、部分公开各2件。"), List.of("TXT_APP_COUNT:NEW")),
                new Correct("结转下一年度继续办理", () -> applications(rows("R_GRANT", 4, "CARRY_OUT", 1))
                        .text(ON_REQUEST, "全年共收到政府信息公开申请5件，办结4件，结转下一年度继续办理1件。"),
                        List.of("TXT_APP_COUNT:NEW", "TXT_RESULT_COUNTS:CARRY_OUT")),
                new Correct("申请人撤回申请", () -> applications(rows("R_GRANT", 5, "R_OTHER_OTHER", 1))
                        .text(ON_REQUEST, "全年共收到政府信息公开申请6件，予以公开5件，申请人撤回申请1件。"),
                        List.of("TXT_APP_COUNT:NEW", "TXT_RESULT_COUNTS:R_GRANT")),

                // fourth audit: TXT_REVIEW_LIT_COUNT and TXT_NO_CASE_CLAIM
                new Correct("行政复议和行政诉讼共N件", () -> cases(Draft.demo(), "RV_UPHELD", 2, "LA_UPHELD", 1).text(PART4,
                        "本年度因政府信息公开被申请行政复议和提起行政诉讼共3件，其中行政复议2件、行政诉讼1件，均维持原行政行为。"),
                        List.of("TXT_REVIEW_LIT_COUNT:REVIEW")),
                new Correct("复议诉讼分别为", () -> cases(Draft.demo(), "RV_UPHELD", 1).text(PART4, "本年度政府信息公开行政复议、行政诉讼案件分别为1件、0件。"),
                        List.of()),
                new Correct("行政复议X件其中维持X件", () -> cases(Draft.demo(), "RV_UPHELD", 2, "RV_CORRECTED", 1)
                        .text(PART4, "本年度收到行政复议3件，其中维持2件、纠正1件。"), List.of("TXT_REVIEW_LIT_COUNT:REVIEW")),
                new Correct("行政诉讼1起，判决驳回", () -> cases(Draft.demo(), "LD_UPHELD", 1)
                        .text(PART4, "本年度发生政府信息公开行政诉讼1起，经法院审理判决驳回原告诉讼请求。"), List.of("TXT_REVIEW_LIT_COUNT:LITIGATION")),
                new Correct("复议申请撤回终止", () -> cases(Draft.demo(), "RV_OTHER", 1)
                        .text(PART4, "全年收到行政复议申请1件，因申请人撤回申请，复议机关终止审理。"), List.of("TXT_REVIEW_LIT_COUNT:REVIEW")),
                new Correct("未收到复议申请，未被提起诉讼", () -> Draft.demo().text(PART4, "本年度本机关未收到行政复议申请，未被提起行政诉讼。"),
                        List.of("TXT_NO_CASE_CLAIM:REVIEW", "TXT_NO_CASE_CLAIM:LITIGATION")),

                // fourth audit: TXT_APP_COUNT
                new Correct("当面申请、网络申请", () -> applications(rows("R_GRANT", 12))
                        .text(ON_REQUEST, "全年共收到政府信息公开申请12件，其中当面申请2件、网络申请10件。"),
                        List.of("TXT_APP_COUNT:NEW", "TXT_PARTS_SUM:part1.ON_REQUEST.2")),
                new Correct("其中分渠道收到申请", () -> applications(rows("R_GRANT", 12))
                        .text(ON_REQUEST, "全年共收到政府信息公开申请12件，其中通过网络平台收到申请10件，通过信函方式收到申请2件。"),
                        List.of("TXT_APP_COUNT:NEW")),
                new Correct("政务大厅受理各类申请事项", () -> five("全年共收到政府信息公开申请5件。").replace("/sections/part1/items/3/text",
                        "漕河镇持续优化政府信息公开平台建设，", "漕河镇持续优化政府信息公开平台建设，政务服务大厅全年共受理各类申请事项3,000件，办结率100%。"),
                        List.of("TXT_APP_COUNT:NEW")),

                // fourth audit: TXT_FEE_STATEMENT, TXT_FEE_CONSISTENCY
                new Correct("信息处理费：无", () -> Draft.demo().text(FEE, "信息处理费收取情况：无。"), List.of("TXT_FEE_STATEMENT:part6")),
                new Correct("收取总额为0", () -> Draft.demo().text(FEE, "本年度收取信息处理费总额为0。"), List.of("TXT_FEE_STATEMENT:part6")),
                new Correct("无信息处理费收取情况", () -> Draft.demo().text(FEE, "本年度无信息处理费收取情况。"), List.of("TXT_FEE_STATEMENT:part6")),
                new Correct("按件计收", () -> Draft.demo().text(FEE, "本年度按件计收信息处理费2笔，共计300元。"), List.of("TXT_FEE_STATEMENT:part6")),
                new Correct("按照管理办法收取合计", () -> Draft.demo().text(FEE,
                        "按照《政府信息公开信息处理费管理办法》，本年度共向3名申请人收取信息处理费合计1,500元。"),
                        List.of("TXT_FEE_STATEMENT:part6", "STR_PART6_FEE:INFO_FEE")),
                new Correct("逾期未交纳", () -> applications(rows("R_OTHER_NO_FEE", 1)).text(ON_REQUEST, "全年收到政府信息公开申请1件。")
                        .text(FEE, "本年度未收取信息处理费。有1件申请因申请人逾期未交纳信息处理费而终止处理。"),
                        List.of("TXT_FEE_CONSISTENCY:R_OTHER_NO_FEE", "TXT_FEE_STATEMENT:part6")),
                new Correct("收费通知书", () -> applications(rows("R_OTHER_NO_FEE", 1)).text(ON_REQUEST, "全年收到政府信息公开申请1件。")
                        .text(FEE, "本年度发出《信息处理费收费通知书》1份，申请人未按期缴纳，未实际收取费用。"),
                        List.of("TXT_FEE_CONSISTENCY:R_OTHER_NO_FEE", "TXT_FEE_STATEMENT:part6")),

                // fourth audit: part 六 items named as local templates shorten them, without catalogue keys
                new Correct("第六部分简写事项标题", () -> shortPart6Headings(Draft.demo()), List.of("STR_PART6_ITEMS:part6", "STR_PART6_FEE:INFO_FEE")),
                new Correct("人大建议政协提案办理", () -> Draft.demo().text("/sections/part6/items/2/text",
                        "2023年度，漕河镇共承办人大代表建议3件、政协委员提案2件，均已按期办结，办结率100%，答复满意率100%。"), List.of()),
                new Correct("本年度无其他需要报告的事项", () -> Draft.demo().text("/sections/part6/items/5/text", "本年度无其他需要报告的事项。"),
                        List.of("STR_PART6_ITEMS:part6")),

                // fourth audit: STR_PART5_NONEMPTY, STR_SIX_PARTS
                new Correct("问题与措施简述", () -> Draft.demo().text("/sections/part5/text", "问题：公开内容不够全面。措施：加强业务培训。"),
                        List.of("STR_PART5_NONEMPTY:part5")),
                new Correct("存在的不足及改进措施", () -> Draft.demo().text("/sections/part5/heading", "五、存在的不足及改进措施"), List.of("STR_SIX_PARTS:parts")),
                new Correct("存在的主要问题和改进措施", () -> Draft.demo().text("/sections/part5/heading", "五、存在的主要问题和改进措施"),
                        List.of("STR_SIX_PARTS:parts")),

                // fourth audit: STR_STAT_PERIOD, STR_DEADLINE, STR_AGENCY_YEAR
                new Correct("统计时间至12月31日", () -> Draft.demo().replace("/preamble", "统计期限自2023年1月1日起至2023年12月31日止",
                        "统计时间为2023年1月1日至12月31日"), List.of("STR_STAT_PERIOD:period")),
                new Correct("1月31日公布", () -> Draft.demo().set("publishedOn", "2024-01-31"), List.of("STR_DEADLINE:published")),
                new Correct("标题省略上级地名", () -> Draft.demo().text("/title", "漕河镇人民政府2023年政府信息公开工作年度报告"), List.of("STR_AGENCY_YEAR:title")),
                new Correct("标题省略市名、年度在前", () -> Draft.demo().text("/title", "2023年度兖州区漕河镇人民政府政府信息公开工作年度报告"),
                        List.of("STR_AGENCY_YEAR:title")),
                new Correct("前言省略上级地名", () -> Draft.demo().replace("/preamble", "济宁市兖州区漕河镇人民政府", "漕河镇人民政府"),
                        List.of("STR_AGENCY_YEAR:preamble")),

                // from a review: a fee of 依申请公开 is no count of applications; 分别 pairs numbers in order; 办理 with 上年结转 after
                new Correct("依申请公开信息处理费为0", () -> five("全年共收到政府信息公开申请5件。").text(FEE, "本年度依申请公开信息处理费为0。"),
                        List.of("TXT_APP_COUNT:NEW", "TXT_FEE_STATEMENT:part6")),
                new Correct("复议诉讼分别为0件、1件", () -> cases(Draft.demo(), "LD_UPHELD", 1).text(PART4, "本年度政府信息公开行政复议、行政诉讼案件分别为0件、1件。"),
                        List.of()),
                new Correct("办理17件，上年结转3件，合计20件", () -> applications(rows("CARRY_IN", 3, "R_GRANT", 20))
                        .text(ON_REQUEST, "全年办理政府信息公开申请17件，上年结转3件，合计20件。"), List.of("TXT_APP_COUNT:NEW")),

                // fourth audit: TXT_PARTS_SUM with an item in another unit; TXT_YEAR_SCOPE with a start year
                new Correct("分项含另一单位", () -> Draft.demo().text(PROACTIVE, "本年度共发布信息65条，其中政务动态40条、图片新闻10组、其他信息15条。"), List.of()),
                new Correct("自某年起", () -> Draft.demo().replace(OVERSIGHT, "三是强化业务提升，", "三是强化业务提升，自2021年起每年举办政务公开开放日活动，"),
                        List.of("TXT_YEAR_SCOPE:YEAR")));
    }

    /** Part 六's items as a local template heads them, sent without catalogue keys (a free sub-heading has none). */
    static Draft shortPart6Headings(Draft draft) {
        List<String> headings = List.of("（一）收取信息处理费情况", "（二）落实上级年度政务公开工作要点情况", "（三）人大代表建议和政协提案办理结果公开情况",
                "（四）政务公开工作创新情况", "（五）年度报告数据统计需要说明的事项", "（六）其他需要报告的事项", "（七）其他有关文件专门要求报告的事项");
        for (int i = 0; i < headings.size(); i++) {
            ((com.fasterxml.jackson.databind.node.ObjectNode) draft.tree().at("/sections/part6/items/" + i)).remove("key");
            draft.text("/sections/part6/items/" + i + "/heading", headings.get(i));
        }
        return draft;
    }

    static List<Wrong> wrong() {
        return List.of(
                new Wrong("称未收到申请而表中有", () -> applications(rows("R_GRANT", 3)).text(ON_REQUEST, "本年度未收到政府信息公开申请。"),
                        "TXT_NO_APPLICATION_CLAIM:NEW", "ERROR"),
                new Wrong("称申请共计0件而表中有", () -> applications(rows("R_GRANT", 3)).text(ON_REQUEST, "本年度收到政府信息公开申请共计0件。"),
                        "TXT_NO_APPLICATION_CLAIM:NEW", "ERROR"),
                new Wrong("称复议诉讼均为0件而表中有", () -> cases(Draft.demo(), "RV_UPHELD", 1).text(PART4, "本年度行政复议、行政诉讼案件均为0件。"),
                        "TXT_NO_CASE_CLAIM:REVIEW", "ERROR"),
                new Wrong("称未发生行政诉讼而表中有", () -> cases(Draft.demo(), "LD_PENDING", 1).text(PART4, "本年度未发生政府信息公开行政诉讼。"),
                        "TXT_NO_CASE_CLAIM:LITIGATION", "ERROR"),
                new Wrong("新收件数与表不符", () -> applications(rows("CARRY_IN", 3, "R_GRANT", 18))
                        .text(ON_REQUEST, "本年度新收政府信息公开申请16件，上年结转3件，共处理19件。"), "TXT_APP_COUNT:NEW", "WARNING"),
                new Wrong("不予以公开件数与表不符", () -> applications(rows("R_GRANT", 6, "R_DENY_THIRD_PARTY", 2))
                        .text(ON_REQUEST, "全年共收到政府信息公开申请8件，予以公开6件，不予以公开3件。"), "TXT_RESULT_COUNTS:DENY", "WARNING"),
                new Wrong("直接起诉件数与表不符", () -> cases(Draft.demo(), "LD_PENDING", 1).text(PART4, "本年度未经行政复议直接提起行政诉讼2件。"),
                        "TXT_REVIEW_LIT_COUNT:LITIGATION", "WARNING"),
                new Wrong("另有复议申请而信息公开申请件数不符", () -> cases(five("本年度收到政府信息公开申请6件，收到行政复议申请1件。"), "RV_UPHELD", 1),
                        "TXT_APP_COUNT:NEW", "WARNING"),
                new Wrong("予以公开件数与表不符", () -> five("全年共收到政府信息公开申请5件，予以公开4件。").text(PROACTIVE, "本年度主动公开政府信息120条。"),
                        "TXT_RESULT_COUNTS:R_GRANT", "WARNING"),
                new Wrong("逗号分项另述前已超过总数", () -> Draft.demo().text(PROACTIVE, "本年度共发布信息65条，其中政务动态40条，通知公告30条，另转载信息3条。"),
                        "TXT_PARTS_SUM:part1.PROACTIVE.1", "ERROR"),
                new Wrong("逗号分项超过总数", () -> Draft.demo().text(PROACTIVE, "本年度共发布信息65条，其中政务动态40条，通知公告30条。"),
                        "TXT_PARTS_SUM:part1.PROACTIVE.1", "ERROR"),
                new Wrong("括号外分项超过总数", () -> applications(rows("R_GRANT", 9, "R_PARTIAL", 2, "R_DENY_THIRD_PARTY", 2, "R_DENY_PROCESS", 1,
                        "R_UNABLE_NOINFO", 1)).text(ON_REQUEST, "全年共收到政府信息公开申请15件，其中予以公开9件、部分公开2件、不予公开3件（保护第三方合法权益2件、"
                                + "属于四类过程性信息1件）、无法提供2件。"),
                        "TXT_PARTS_SUM:part1.ON_REQUEST.2", "ERROR"),
                new Wrong("千位分隔的分项少于总数", () -> Draft.demo().replace(PROACTIVE, "本年度漕河镇通过政府网站共发布65条信息，政府网站建设较往年公开力度更大。"
                        + "其中镇街动态25条、政府工作报告落实6条、镇街文件6条、组织管理5条、招考录用4条、机构职能1条、部门财政预算1条、通知公告1条、其他信息16条。",
                        "本年度共发布政府信息1,300条，其中政务动态1,000条、通知公告100条、其他信息100条。"),
                        "TXT_PARTS_SUM:part1.PROACTIVE.1", "WARNING"),
                new Wrong("占比算错", () -> applications(rows("R_GRANT", 2, "CARRY_OUT", 1))
                        .text(ON_REQUEST, "全年共收到政府信息公开申请3件，其中予以公开2件，占７０％。"), "TXT_PERCENT:part1.ON_REQUEST.1", "WARNING"),
                new Wrong("第一部分写上年", () -> Draft.demo().text(GENERAL, "2022年，漕河镇认真贯彻落实《中华人民共和国政府信息公开条例》（2019年修订）。"),
                        "TXT_YEAR_SCOPE:YEAR", "WARNING"),
                new Wrong("镇报告写全市", () -> Draft.demo().replace(OVERSIGHT, "纳入全镇党委", "纳入全市党委"), "TXT_YEAR_SCOPE:SCOPE", "WARNING"),
                // the fee item's bare 无 likely means none collected but does not say so: a warning (eighth audit)
                new Wrong("未说明信息处理费", () -> Draft.demo().text(FEE, "无。"), "TXT_FEE_STATEMENT:part6", "WARNING"),
                new Wrong("逾期未缴费而第六部分未提", () -> applications(rows("R_OTHER_NO_FEE", 1)).text(ON_REQUEST, "全年收到政府信息公开申请1件。"),
                        "TXT_FEE_CONSISTENCY:R_OTHER_NO_FEE", "WARNING"),

                // third audit
                new Wrong("称未收到公民、法人提出的申请而表中有", () -> applications(rows("R_GRANT", 3)).text(ON_REQUEST,
                        "本年度，漕河镇未收到公民、法人和其他组织提出的政府信息公开申请。"), "TXT_NO_APPLICATION_CLAIM:NEW", "ERROR"),
                new Wrong("称依申请公开数量为0而表中有", () -> applications(rows("R_GRANT", 3)).text(ON_REQUEST, "2023年度，漕河镇依申请公开政府信息数量为0。"),
                        "TXT_NO_APPLICATION_CLAIM:NEW", "ERROR"),
                new Wrong("称无依申请公开事项而表中有", () -> applications(rows("R_GRANT", 2)).text(ON_REQUEST, "本年度我镇无依申请公开事项。"),
                        "TXT_NO_APPLICATION_CLAIM:NEW", "ERROR"),
                new Wrong("称被申请复议0件而表中有", () -> cases(Draft.demo(), "RV_UPHELD", 1).text(PART4, "全年因政府信息公开工作被申请行政复议0件、被提起行政诉讼0件。"),
                        "TXT_NO_CASE_CLAIM:REVIEW", "ERROR"),
                new Wrong("称被起诉0件而表中有", () -> cases(Draft.demo(), "LA_UPHELD", 1).text(PART4, "全年因政府信息公开工作被申请行政复议0件、被提起行政诉讼0件。"),
                        "TXT_NO_CASE_CLAIM:LITIGATION", "ERROR"),
                new Wrong("称未发生因信息公开引起的诉讼而表中有", () -> cases(Draft.demo(), "LD_UPHELD", 1).text(PART4, "本年度未发生因政府信息公开引起的行政复议、行政诉讼。"),
                        "TXT_NO_CASE_CLAIM:LITIGATION", "ERROR"),
                new Wrong("称复议0件而表中有（未发生复议纠错另句）", () -> cases(Draft.demo(), "RV_UPHELD", 1).text(PART4,
                        "本年度未发生政府信息公开行政复议。未发生行政诉讼败诉情况。"), "TXT_NO_CASE_CLAIM:REVIEW", "ERROR"),
                new Wrong("其中后冒号分项超过总数", () -> Draft.demo().text(PROACTIVE, "本年度共主动公开政府信息386条，其中：机构职能12条、政策文件45条、工作动态260条、其他80条。"),
                        "TXT_PARTS_SUM:part1.PROACTIVE.1", "ERROR"),
                new Wrong("中文数字分项超过总数", () -> applications(rows("R_GRANT", 10, "R_PARTIAL", 3))
                        .text(ON_REQUEST, "全年共收到政府信息公开申请十二件，其中予以公开十件、部分公开三件。"), "TXT_PARTS_SUM:part1.ON_REQUEST.2", "ERROR"),
                new Wrong("共办理件数与新收加结转不符", () -> applications(rows("CARRY_IN", 3, "R_GRANT", 20))
                        .text(ON_REQUEST, "全年共办理政府信息公开申请21件，其中本年新收17件，上年结转3件。"), "TXT_APP_COUNT:NEW", "WARNING"),
                new Wrong("占全部申请的比例算错", () -> applications(rows("R_GRANT", 18, "R_DENY_THIRD_PARTY", 2))
                        .text(ON_REQUEST, "全年共收到政府信息公开申请20件，其中予以公开18件，占全部申请的80%。"), "TXT_PERCENT:part1.ON_REQUEST.1", "WARNING"),
                new Wrong("只写依据未写收取情况", () -> Draft.demo().text(FEE, "本机关严格执行《政府信息公开信息处理费管理办法》。"), "TXT_FEE_STATEMENT:part6",
                        "ERROR"),
                new Wrong("第五、六部分标题互换", () -> Draft.demo().text("/sections/part5/heading", "其他需要报告的事项")
                        .text("/sections/part6/heading", "存在的主要问题及改进情况"), "STR_SIX_PARTS:parts", "ERROR"),
                new Wrong("标题编号与部分不符", () -> Draft.demo().text("/sections/part2/heading", "3、主动公开政府信息情况"), "STR_SIX_PARTS:parts", "ERROR"),
                new Wrong("镇报告写全区党委", () -> Draft.demo().replace(OVERSIGHT, "纳入全镇党委", "纳入全区党委"), "TXT_YEAR_SCOPE:SCOPE", "WARNING"),
                // 市场监督管理局 is a district's bureau here: the 市 of 市场 is no place
                new Wrong("区市场监管局报告写全市", () -> Draft.demo().set("agencyName", "济宁市兖州区市场监督管理局")
                        .replace(OVERSIGHT, "纳入全镇党委", "纳入全市党委"), "TXT_YEAR_SCOPE:SCOPE", "WARNING"),
                new Wrong("统计期限写上年", () -> Draft.demo().replace("/preamble", "自2023年1月1日起至2023年12月31日止", "自2022年1月1日起至2022年12月31日止"),
                        "STR_STAT_PERIOD:period", "WARNING"),

                // fourth audit
                new Wrong("占比算错（另一分项）", () -> applications(rows("R_GRANT", 20))
                        .text(ON_REQUEST, "全年共收到政府信息公开申请20件，其中网上申请18件、当面申请2件，网上申请占比80%。"), "TXT_PERCENT:part1.ON_REQUEST.1", "WARNING"),
                new Wrong("无法提供件数与表不符", () -> applications(rows("R_GRANT", 3, "R_UNABLE_NOINFO", 2))
                        .text(ON_REQUEST, "全年共收到政府信息公开申请5件，予以公开3件，因本机关不掌握相关信息无法提供1件。"), "TXT_RESULT_COUNTS:UNABLE", "WARNING"),
                new Wrong("称被起诉1件而表中无", () -> cases(Draft.demo(), "RV_UPHELD", 1).text(PART4, "本年度被申请行政复议1件，被提起行政诉讼1件。"),
                        "TXT_REVIEW_LIT_COUNT:LITIGATION", "WARNING"),
                new Wrong("称未收到复议申请而表中有", () -> cases(Draft.demo(), "RV_UPHELD", 1).text(PART4, "本年度本机关未收到行政复议申请，未被提起行政诉讼。"),
                        "TXT_NO_CASE_CLAIM:REVIEW", "ERROR"),
                new Wrong("分渠道后总数与表不符", () -> applications(rows("R_GRANT", 12))
                        .text(ON_REQUEST, "全年共收到政府信息公开申请13件，其中通过网络平台收到申请10件，通过信函方式收到申请3件。"), "TXT_APP_COUNT:NEW", "WARNING"),
                new Wrong("只称无违规收费", () -> Draft.demo().text(FEE, "本机关严格按照《政府信息公开信息处理费管理办法》规定执行，无违规收费行为。"),
                        "TXT_FEE_STATEMENT:part6", "ERROR"),
                new Wrong("只称无信息处理费投诉", () -> Draft.demo().text(FEE, "本年度无因信息处理费引发的投诉。"), "STR_PART6_FEE:INFO_FEE", "ERROR"),
                new Wrong("第六部分简写标题缺一项", () -> shortPart6Headings(Draft.demo()).removeItem("part6", 3), "STR_PART6_ITEMS:part6", "WARNING"),
                // an ordinal (第3季度) is no item counted in another unit: the list still sums short
                new Wrong("分项含序数仍少于总数", () -> Draft.demo().text(PROACTIVE, "本年度共发布信息65条，其中政务动态40条、第3季度专题信息10条、其他信息5条。"),
                        "TXT_PARTS_SUM:part1.PROACTIVE.1", "WARNING"),
                // from a review: a share the nearest counts do not give, whatever other pair of the sentence would
                new Wrong("部分公开占比写错", () -> applications(rows("R_GRANT", 15, "R_PARTIAL", 5))
                        .text(ON_REQUEST, "全年共收到政府信息公开申请20件，其中予以公开15件，部分公开5件，占75%。"), "TXT_PERCENT:part1.ON_REQUEST.1", "WARNING"),
                new Wrong("不予公开占比写错", () -> applications(rows("R_GRANT", 10, "R_PARTIAL", 5, "R_DENY_THIRD_PARTY", 5))
                        .text(ON_REQUEST, "全年共收到政府信息公开申请20件，其中予以公开10件、部分公开5件、不予公开5件，不予公开占50%。"),
                        "TXT_PERCENT:part1.ON_REQUEST.1", "WARNING"),
                // violations and complaints are not what was collected
                new Wrong("只称不存在违规收费", () -> Draft.demo().text(FEE, "本机关严格按照《政府信息公开信息处理费管理办法》规定执行，不存在违规收费行为。"),
                        "TXT_FEE_STATEMENT:part6", "ERROR"),
                new Wrong("只称信息处理费投诉为0", () -> Draft.demo().text(FEE, "本年度因信息处理费引发的投诉为0。"), "STR_PART6_FEE:INFO_FEE", "ERROR"),
                new Wrong("只称未发生违规收费", () -> Draft.demo().text(FEE, "本年度未发生违规收费行为。"), "TXT_FEE_STATEMENT:part6", "ERROR"),
                new Wrong("只称无收费投诉", () -> Draft.demo().text(FEE, "本年度无收费投诉。"), "TXT_FEE_STATEMENT:part6", "ERROR"),
                // a department is not named by a shortened name: every district has one of that name
                new Wrong("标题写另一区的住建局", () -> Draft.demo().set("agencyName", "济宁市兖州区住房和城乡建设局")
                        .text("/title", "济宁市任城区住房和城乡建设局2023年政府信息公开工作年度报告"), "STR_AGENCY_YEAR:title", "WARNING"),
                new Wrong("标题写另一区的城管局", () -> Draft.demo().set("agencyName", "济宁市兖州区城市管理局")
                        .text("/title", "济宁市任城区城市管理局2023年政府信息公开工作年度报告"), "STR_AGENCY_YEAR:title", "WARNING"),
                new Wrong("第五部分标题写成工作展望", () -> Draft.demo().text("/sections/part5/heading", "五、工作展望"), "STR_SIX_PARTS:parts", "ERROR"),
                new Wrong("未收到申请与其他事项并列", () -> applications(rows("R_GRANT", 3))
                        .text(ON_REQUEST, "本年度未收到政府信息公开申请、未发生行政复议和行政诉讼。"), "TXT_NO_APPLICATION_CLAIM:NEW", "ERROR"),
                new Wrong("未发生复议诉讼及被纠错", () -> cases(Draft.demo(), "RV_UPHELD", 1).text(PART4, "本年度未发生行政复议、行政诉讼及被纠错的情况。"),
                        "TXT_NO_CASE_CLAIM:REVIEW", "ERROR"),
                new Wrong("第一部分写起草年份", () -> Draft.demo().replace(OVERSIGHT, "三是强化业务提升，", "三是强化业务提升，2022年起草并印发政务公开工作制度3项，"),
                        "TXT_YEAR_SCOPE:YEAR", "WARNING"),
                // the part's own heading (六、其他需要报告的事项) is no item, however like item （六） it reads
                new Wrong("第六部分简写标题缺第六项", () -> shortPart6Headings(Draft.demo()).removeItem("part6", 5), "STR_PART6_ITEMS:part6", "WARNING"),
                new Wrong("第五部分只写暂无", () -> Draft.demo().text("/sections/part5/text", "暂无。"), "STR_PART5_NONEMPTY:part5", "WARNING"),
                new Wrong("第五部分标题写成第六部分的", () -> Draft.demo().text("/sections/part5/heading", "五、其他需要报告的事项"), "STR_SIX_PARTS:parts", "ERROR"),
                new Wrong("2月1日公布", () -> Draft.demo().set("publishedOn", "2024-02-01"), "STR_DEADLINE:published", "WARNING"),
                new Wrong("标题写上级政府", () -> Draft.demo().text("/title", "兖州区人民政府2023年政府信息公开工作年度报告"), "STR_AGENCY_YEAR:title", "WARNING"),
                new Wrong("标题写另一镇", () -> Draft.demo().text("/title", "新兖镇人民政府2023年政府信息公开工作年度报告"), "STR_AGENCY_YEAR:title", "WARNING"),
                // a shortened name is cut where a place ends, not inside one: 兖州区's 州 leaves “区市场监督管理局”, which another
                // district's bureau contains as well (a copied report)
                new Wrong("标题写另一区的同名部门", () -> Draft.demo().set("agencyName", "济宁市兖州区市场监督管理局")
                        .text("/title", "济宁市任城区市场监督管理局2023年政府信息公开工作年度报告"), "STR_AGENCY_YEAR:title", "WARNING"),
                new Wrong("分项含另一单位而超过总数", () -> Draft.demo().text(PROACTIVE, "本年度共发布信息65条，其中政务动态50条、图片新闻10组、其他信息20条。"),
                        "TXT_PARTS_SUM:part1.PROACTIVE.1", "ERROR"),
                new Wrong("第一部分写上年（非起始年）", () -> Draft.demo().replace(OVERSIGHT, "三是强化业务提升，", "三是强化业务提升，2022年举办政务公开开放日活动，"),
                        "TXT_YEAR_SCOPE:YEAR", "WARNING"));
    }

    @TestFactory
    Stream<DynamicTest> correctWordingRaisesNoFailure() {
        return correctTests(correct());
    }

    /** One test per correct report: none of its findings FAILs, and those in {@code read} PASS. */
    static Stream<DynamicTest> correctTests(List<Correct> cases) {
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> assertCorrect(c.name(), c.draft().get().json(), c.read())));
    }

    /** No finding of the body's validation FAILs, and those in {@code read} PASS (the wording was read and agrees). */
    static void assertCorrect(String name, String body, List<String> read) {
        JsonPath result = EveryRuleTest.validate(body);
        List<Object> failures = result.getList("findings.findAll { it.status == 'FAIL' }");
        assertEquals(List.of(), failures, name);
        assertTrue(result.getBoolean("valid"), name);
        for (String id : read) {
            assertEquals("PASS", result.getString("findings.find { it.id == '" + id + "' }.status"),
                    id + " in " + result.getList("findings.findAll { it.id == '" + id + "' }"));
        }
    }

    /** The finding of the body's validation FAILs with the severity. */
    static void assertWrong(String body, String id, String severity) {
        JsonPath result = EveryRuleTest.validate(body);
        Map<String, Object> finding = result.getMap("findings.find { it.id == '" + id + "' }");
        assertEquals("FAIL", finding == null ? null : finding.get("status"), id + ": " + finding);
        assertEquals(severity, finding.get("severity"), String.valueOf(finding));
    }

    /** The demo with part 六 written as one text, its seven items gone. */
    static Draft part6AsText(String text) {
        Draft draft = Draft.demo();
        for (int i = 6; i >= 0; i--) {
            draft.removeItem("part6", i);
        }
        return draft.text("/sections/part6/text", text);
    }

    /** Part 六 written as its fee sentence alone, as many reports write it: the fee is stated (its seven items still warn). */
    @org.junit.jupiter.api.Test
    void part6AsOneFeeSentence() {
        JsonPath result = EveryRuleTest.validate(part6AsText("2023年度，漕河镇未收取政府信息公开信息处理费。").json());
        assertEquals("PASS", result.getString("findings.find { it.id == 'STR_PART6_FEE:INFO_FEE' }.status"));
        assertEquals("PASS", result.getString("findings.find { it.id == 'TXT_FEE_STATEMENT:part6' }.status"));
        // and without the sentence it still fails
        JsonPath without = EveryRuleTest.validate(part6AsText("无。").json());
        assertEquals("FAIL", without.getString("findings.find { it.id == 'STR_PART6_FEE:INFO_FEE' }.status"));
    }

    /** No level given: a county government's name (…区人民政府) has until 03-31, a town's (…镇人民政府) until 01-31. */
    @org.junit.jupiter.api.Test
    void deadlineOfAGovernmentNamedOnly() {
        JsonPath district = EveryRuleTest.validate(Draft.demo().set("agencyName", "济宁市兖州区人民政府").set("publishedOn", "2024-03-20").json());
        assertEquals("PASS", district.getString("findings.find { it.id == 'STR_DEADLINE:published' }.status"));
        JsonPath town = EveryRuleTest.validate(Draft.demo().set("publishedOn", "2024-03-20").json());
        assertEquals("FAIL", town.getString("findings.find { it.id == 'STR_DEADLINE:published' }.status"));
        assertTrue(AgencyName.isCountyOrAboveGovernment("济宁市人民政府"));
        assertTrue(!AgencyName.isCountyOrAboveGovernment("济宁市人民政府办公室") && !AgencyName.isCountyOrAboveGovernment("兖州区漕河镇人民政府")
                && !AgencyName.isCountyOrAboveGovernment("兖州区鼓楼街道办事处"));
    }

    /**
     * A report in the 2019 trial format (for 2020), built from the served catalogue: consistent tables with the single
     * （六）其他处理 row, signed 本年增/减, a 采购总金额, and the wording of 2019-era reports (part 六 “无”, no fee item).
     * It fails no rule; the rules it exercises pass.
     */
    /**
     * A consistent 2019 trial-format report for 2020, from the served catalogue: five new applications and one carried in,
     * 3 granted, 1 partly, 1 其他处理 (the single row), 1 carried out; one 行政复议 upheld; part 六 “无”.
     */
    static Draft trialReport() {
        Map<String, Object> table2 = cn.gongkai.support.CatalogueTables.filled("trial-2019", "table2", cell -> switch (cell.column()) {
            case "CHANGE" -> cell.row().equals("LICENSING") ? -3 : 2;
            case "PREV_ITEMS" -> 12;
            case "PROCUREMENT_AMOUNT" -> new java.math.BigDecimal("36.5");
            case "PROJECTS" -> 4;
            default -> cell.row().equals("RULES") ? 0 : 5;
        });
        Map<String, Integer> table3Totals = Map.of("NEW", 5, "CARRY_IN", 1, "R_GRANT", 3, "R_PARTIAL", 1, "R_OTHER_UNSPLIT", 1, "R_TOTAL", 5,
                "CARRY_OUT", 1);
        Map<String, Object> table3 = cn.gongkai.support.CatalogueTables.filled("trial-2019", "table3",
                cell -> cell.column().equals("NATURAL") || cell.column().equals("TOTAL") ? table3Totals.getOrDefault(cell.row(), 0) : 0);
        Map<String, Object> table4 = cn.gongkai.support.CatalogueTables.filled("trial-2019", "table4",
                cell -> cell.column().equals("RV_UPHELD") || cell.column().equals("RV_TOTAL") ? 1 : 0);
        Map<String, Object> sections = new LinkedHashMap<>();
        sections.put("part1", Map.of("heading", "一、总体情况", "text", "2020年，漕河镇认真贯彻落实新修订的《中华人民共和国政府信息公开条例》，"
                + "全年共收到政府信息公开申请5件，上年结转1件，其中予以公开3件，部分公开1件，其他处理1件，结转下年度1件。"));
        sections.put("part2", Map.of("heading", "二、主动公开政府信息情况", "text", ""));
        sections.put("table2", table2);
        sections.put("part3", Map.of("heading", "三、收到和处理政府信息公开申请情况", "text", ""));
        sections.put("table3", table3);
        sections.put("part4", Map.of("heading", "四、政府信息公开行政复议、行政诉讼情况", "text", "本年度被申请行政复议1件，结果维持；未发生行政诉讼。"));
        sections.put("table4", table4);
        sections.put("part5", Map.of("heading", "五、存在的主要问题及改进情况", "text",
                "一是信息公开的及时性有待提高；二是政策解读形式较为单一。下一步将加强培训，丰富解读形式。"));
        sections.put("part6", Map.of("heading", "六、其他需要报告的事项", "text", "无。"));
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("year", 2020);
        report.put("format", "trial-2019");
        report.put("agencyName", "济宁市兖州区漕河镇人民政府");
        report.put("title", "济宁市兖州区漕河镇人民政府2020年政府信息公开工作年度报告");
        report.put("preamble", "本报告由济宁市兖州区漕河镇人民政府根据《中华人民共和国政府信息公开条例》要求编制。本报告中所列数据的统计期限自2020年1月1日起至2020年12月31日止。");
        report.put("publishedOn", "2021-01-25");
        report.put("sections", sections);
        return Draft.of(new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(report).toString());
    }

    @org.junit.jupiter.api.Test
    void consistentTrialFormatReport() {
        JsonPath result = EveryRuleTest.validate(trialReport().json());
        assertEquals(List.of(), result.getList("findings.findAll { it.status == 'FAIL' }"));
        for (String id : List.of("APP_BALANCE:TOTAL", "APP_RESULT_SUM:TOTAL", "STR_TABLE_SHAPE:tables", "STR_FORMAT_VERSION:format", "STR_SIX_PARTS:parts",
                "TXT_APP_COUNT:NEW", "TXT_RESULT_COUNTS:OTHER", "TXT_RESULT_COUNTS:CARRY_OUT", "TXT_REVIEW_LIT_COUNT:REVIEW", "TXT_NO_CASE_CLAIM:LITIGATION",
                "STR_STAT_PERIOD:period", "STR_AGENCY_YEAR:title", "STR_DEADLINE:published", "STR_PART5_NONEMPTY:part5")) {
            assertEquals("PASS", result.getString("findings.find { it.id == '" + id + "' }.status"), id + " in "
                    + result.getList("findings.findAll { it.id == '" + id + "' }"));
        }
        // the 2021 format's part 六 rules do not apply to it
        assertEquals(List.of(), result.getList("findings.findAll { it.ruleId == 'TXT_FEE_STATEMENT' || it.ruleId == 'STR_PART6_FEE' }"));
    }

    /** Last year's report (2022) beside this year's demo: parts rewritten pass; part 五 copied with the year changed warns. */
    @org.junit.jupiter.api.Test
    void crossYearTextAndJumps() {
        Draft lastYear = Draft.demo().set("year", 2022).replace("/title", "2023年", "2022年")
                .text("/sections/part1/text", "2022年，漕河镇以贯彻落实新修订的《条例》为主线，围绕乡村振兴和营商环境优化，统筹推进决策、执行、管理、服务、结果公开。")
                .text(PROACTIVE, "全年通过政府网站发布各类信息52条，重点公开了财政预决算、惠民惠农补贴发放和重大建设项目批准实施信息。")
                .text("/sections/part5/text", "上一年度存在的主要问题是政务公开专栏更新不及时、解读材料形式单一、基层工作人员业务水平参差不齐。"
                        + "针对上述问题，我们建立了周调度制度，组织了三期专题培训，并在各村设立了公开栏。")
                .text("/sections/part6/items/3/text", "探索建立“村务公开日”制度，每月固定一天集中公开村级财务收支、低保评议和项目建设情况，接受群众监督。")
                .applicant("NEW", "NATURAL", 8).applicant("R_GRANT", "NATURAL", 8).applicant("R_TOTAL", "NATURAL", 8);
        Draft thisYear = applications(rows("R_GRANT", 12)).text(ON_REQUEST, "全年共收到政府信息公开申请12件，较上年增加4件。");
        JsonPath rewritten = EveryRuleTest.validate(thisYear.with(lastYear, null));
        for (String id : List.of("XY_TEXT_DUPLICATION:part1", "XY_TEXT_DUPLICATION:part5", "XY_TEXT_DUPLICATION:part6", "XY_YOY_JUMP:NEW")) {
            assertEquals("PASS", rewritten.getString("findings.find { it.id == '" + id + "' }.status"), id);
        }
        assertEquals(List.of(), rewritten.getList("findings.findAll { it.status == 'FAIL' }"));
        String part5 = Draft.demo().at("/sections/part5/text").asText();
        JsonPath copied = EveryRuleTest.validate(thisYear.with(lastYear.copy().text("/sections/part5/text", part5.replace("2023年", "2022年"))
                .applicant("NEW", "NATURAL", 2).applicant("R_GRANT", "NATURAL", 2).applicant("R_TOTAL", "NATURAL", 2), null));
        assertEquals("FAIL", copied.getString("findings.find { it.id == 'XY_TEXT_DUPLICATION:part5' }.status"));
        assertEquals("WARNING", copied.getString("findings.find { it.id == 'XY_TEXT_DUPLICATION:part5' }.severity"));
        assertEquals("FAIL", copied.getString("findings.find { it.id == 'XY_YOY_JUMP:NEW' }.status"));
        assertEquals("INFO", copied.getString("findings.find { it.id == 'XY_YOY_JUMP:NEW' }.severity"));
    }

    @TestFactory
    Stream<DynamicTest> wrongReportsStillFail() {
        return wrongTests(wrong());
    }

    /** One test per wrong report: its finding FAILs with the severity. */
    static Stream<DynamicTest> wrongTests(List<Wrong> cases) {
        return cases.stream().map(w -> DynamicTest.dynamicTest(w.name(), () -> assertWrong(w.draft().get().json(), w.finding(), w.severity())));
    }
}
