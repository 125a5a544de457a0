package cn.gongkai.validation;

import static cn.gongkai.validation.WordingRobustnessTest.GENERAL;
import static cn.gongkai.validation.WordingRobustnessTest.ON_REQUEST;
import static cn.gongkai.validation.WordingRobustnessTest.OVERSIGHT;
import static cn.gongkai.validation.WordingRobustnessTest.PART4;
import static cn.gongkai.validation.WordingRobustnessTest.PROACTIVE;
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
 * Wordings taken from published reports (区/县 governments and their offices, 市/区 departments, 乡镇 and 街道; 2020–2024
 * reports in both formats), each adapted to the demo: the pattern kept (verb, order, punctuation, units, 其中/各 lists, line
 * breaks), names and numbers changed so the tables agree. The comment before a case names the kind of report it came from.
 */
@QuarkusTest
class PublishedWordingTest {

    static final String DEMO_PERIOD = "本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。";
    static final String TOWNSHIP = "济宁市兖州区漕河镇人民政府";


    /** The demo with its statistical period written as {@code sentence}. */
    static Draft period(String sentence) {
        return Draft.demo().replace("/preamble", DEMO_PERIOD, sentence);
    }

    static Draft title(Draft draft, String title) {
        return draft.text("/title", title);
    }

    /** The demo as the report of another agency: its name, and its title and preamble naming it. */
    static Draft renamed(String name, String title) {
        return Draft.demo().set("agencyName", name).text("/title", title).replace("/preamble", TOWNSHIP, name);
    }

    static List<Correct> correct() {
        return List.of(
                // STR_STAT_PERIOD
                // 街道 2023, 2021 format
                new Correct("报告中所列数据的统计期限", () -> period("报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。"),
                        List.of("STR_STAT_PERIOD:period")),
                // 街道 2023
                new Correct("各项数据的统计期限，止日不写年", () -> period("本年度报告中各项数据的统计期限自2023年1月1日起至12月31日止。"),
                        List.of("STR_STAT_PERIOD:period")),
                // 街道 2023 (杭州)
                new Correct("统计期限为…至12月31日", () -> period("本报告中所列数据统计期限为2023年1月1日至12月31日。"), List.of("STR_STAT_PERIOD:period")),
                // 管委会 2022
                new Correct("统计期为", () -> period("报告中所列数据统计期为2023年1月1日至2023年12月31日。"), List.of("STR_STAT_PERIOD:period")),
                // 县直部门 2021
                new Correct("本年报…从…起至…止", () -> period("本年报中所列数据的统计期限从2023年1月1日起至2023年12月31日止。"),
                        List.of("STR_STAT_PERIOD:period")),
                // 县政府 2021
                new Correct("使用数据统计期限为", () -> period("本报告中使用数据统计期限为2023年1月1日至12月31日。"), List.of("STR_STAT_PERIOD:period")),
                // 区直部门 2022
                new Correct("统计时限，长横线", () -> period("报告所列数据的统计时限为2023年1月1日—2023年12月31日。"), List.of("STR_STAT_PERIOD:period")),
                // 县直部门 2021
                new Correct("从…起到…止", () -> period("本报告中所列数据的统计期限从2023年1月1日起到2023年12月31日止。"), List.of("STR_STAT_PERIOD:period")),
                // 乡政府 2023, numbers typed with spaces
                new Correct("日期中夹空格", () -> period("本报告中所列数据的统计期限自 2023年 1 月 1 日起至2023年 12 月 31 日止。"),
                        List.of("STR_STAT_PERIOD:period")),
                // 区政府 2024
                new Correct("统计数据的期限，起止间逗号", () -> period("本报告所列统计数据的期限自2023年1月1日起，至2023年12月31日止。"),
                        List.of("STR_STAT_PERIOD:period")),
                // 市政府部门 2020: no word for the period at all
                new Correct("所列数据自…起至…止（无统计二字）", () -> period("《年报》所列数据自2023年1月1日起至2023年12月31日止。"),
                        List.of("STR_STAT_PERIOD:period")),
                // 区政府办 2022: the period as what the report covers
                new Correct("内容涵盖…期间", () -> period("内容涵盖" + TOWNSHIP + "2023年1月1日至12月31日期间的政府信息公开工作情况。"),
                        List.of("STR_STAT_PERIOD:period")),
                // 乡政府 2023: 至 left out; not read, and no error
                new Correct("起止之间漏写至", () -> period("本年度报告中所列数据统计期限从2023年1月1日12月31日。"), List.of()),
                // 市直部门 2022: 年 left out of both dates; not read, and no error
                new Correct("漏写年字", () -> period("本报告中所列数据的统计期限自20231月1日起至202312月31日止。"), List.of()),
                // STR_AGENCY_YEAR
                // 街道 2023: the title broken inside a word
                new Correct("标题在词中断行", () -> title(Draft.demo(), TOWNSHIP + "2023年度政府\n信息公开工作年度报告"), List.of("STR_AGENCY_YEAR:title")),
                // 镇政府 2022: year first, 镇政府
                new Correct("年份在前、镇政府", () -> title(Draft.demo(), "2023年度漕河镇政府信息公开工作年度报告"), List.of("STR_AGENCY_YEAR:title")),
                // 镇政府 2022: year first, 人民政府信息公开 run together
                new Correct("年份在前、人民政府信息公开连写", () -> title(Draft.demo(), "2023年漕河镇人民政府信息公开工作年度报告"),
                        List.of("STR_AGENCY_YEAR:title")),
                // 县+镇 2022: county and town on one line, year on the next
                new Correct("县镇名一行、年份另起", () -> title(Draft.demo(), "兖州区漕河镇人民政府\n2023年政府信息公开工作年度报告"),
                        List.of("STR_AGENCY_YEAR:title")),
                // 市直部门 2022: the bureau's official short name
                new Correct("市场监管局简称", () -> renamed("济宁市兖州区市场监督管理局", "2023年兖州区市场监管局政府信息公开工作年度报告"),
                        List.of("STR_AGENCY_YEAR:title")),
                // 街道 2023: the 街道 without 办事处
                new Correct("街道不写办事处", () -> renamed("济宁市兖州区鼓楼街道办事处", "鼓楼街道2023年度政府信息公开工作年度报告")
                        .replace(OVERSIGHT, "纳入全镇党委", "纳入街道党工委"),
                        List.of("STR_AGENCY_YEAR:title")),
                // 街道 2023: the preamble names the report it introduces
                new Correct("前言以书名号写报告名", () -> Draft.demo().replace("/preamble", "本报告由" + TOWNSHIP + "按照",
                        "编制《漕河镇人民政府2023年度政府信息公开工作年度报告》。本报告按照"), List.of("STR_AGENCY_YEAR:title", "STR_AGENCY_YEAR:preamble")),
                // TXT_NO_APPLICATION_CLAIM
                // 街道 2023
                new Correct("未收到依申请公开来信", () -> Draft.demo().text(ON_REQUEST, "2023年，全年未收到依申请公开来信，无意见投诉情况。"),
                        List.of("TXT_NO_APPLICATION_CLAIM:NEW")),
                // 街道 2023
                new Correct("未收到公众关于政府信息公开的申请", () -> Draft.demo().text(ON_REQUEST, "2023年度，漕河镇人民政府未收到公众关于政府信息公开的申请。"),
                        List.of("TXT_NO_APPLICATION_CLAIM:NEW")),
                // 街道 2023: no 年 after the year
                new Correct("2023全年未收到", () -> Draft.demo().text(ON_REQUEST, "2023全年未收到政府信息公开申请。"), List.of("TXT_NO_APPLICATION_CLAIM:NEW")),
                // 街道 2023
                new Correct("未收到依申请公开的信息申请，受理0件、办结0件", () -> Draft.demo().text(ON_REQUEST,
                        "2023年，漕河镇未收到依申请公开的信息申请，受理依申请公开0件、办结0件。"), List.of("TXT_NO_APPLICATION_CLAIM:NEW", "TXT_APP_COUNT:NEW")),
                // 区直部门 2022
                new Correct("部门未收到申请", () -> ReportTypeWordingTest.department(Draft.demo()).text(ON_REQUEST,
                        "2023年，兖州区市场监督管理局未收到政府信息公开申请。"), List.of("TXT_NO_APPLICATION_CLAIM:NEW")),
                // 镇政府 2022
                new Correct("未收到依申请公开政府信息申请", () -> Draft.demo().text(ON_REQUEST, "2023年未收到依申请公开政府信息申请。"),
                        List.of("TXT_NO_APPLICATION_CLAIM:NEW")),
                // 镇政府 2022: a list of zeros, no final stop
                new Correct("依申请公开0件、公开0件、复议0件", () -> Draft.demo().text(ON_REQUEST,
                        "2023年我镇全年共收到依申请公开0件，公开0件，不予公开0件，因政府信息依申请公开引起行政复议0件，行政诉讼0件"),
                        List.of("TXT_NO_APPLICATION_CLAIM:NEW", "TXT_NO_CASE_CLAIM:REVIEW", "TXT_NO_CASE_CLAIM:LITIGATION")),
                // 镇政府 2022
                new Correct("未收到任何形式的依申请公开", () -> Draft.demo().text(ON_REQUEST, "2023年度我镇未收到任何形式的依申请公开政府信息。"),
                        List.of("TXT_NO_APPLICATION_CLAIM:NEW")),
                // 县直部门 2021: none from 法人, while 自然人 applied
                new Correct("未收到法人或者其他组织的申请（自然人有申请）", () -> applications(rows("R_GRANT", 2)).text(ON_REQUEST,
                        "2023年度，未收到法人或者其他组织对依申请公开政府信息的申请。"), List.of()),
                // 县直部门 2021
                new Correct("未收到依申请公开件，无因申请提出的复议诉讼", () -> Draft.demo().text(ON_REQUEST,
                        "本年度未收到依申请公开件，无因政府信息公开申请提出的行政复议、行政诉讼、情况。"),
                        List.of("TXT_NO_APPLICATION_CLAIM:NEW", "TXT_NO_CASE_CLAIM:REVIEW", "TXT_NO_CASE_CLAIM:LITIGATION")),
                // 县直部门 2021: 申请公开事项, not read, no error
                new Correct("未收到申请公开事项", () -> Draft.demo().text(ON_REQUEST, "2023年我镇未收到申请公开事项。"), List.of()),
                // 乡政府 2023: 条 as the unit
                new Correct("受理依申请公开政府信息数量共计0条", () -> Draft.demo().text(ON_REQUEST, "2023年我镇受理依申请公开政府信息数量共计0条。"),
                        List.of("TXT_NO_APPLICATION_CLAIM:NEW")),
                // 乡政府 2023
                new Correct("今年以来未收到", () -> Draft.demo().text(ON_REQUEST, "今年以来我镇未收到政府信息公开申请。"), List.of("TXT_NO_APPLICATION_CLAIM:NEW")),
                // TXT_APP_COUNT
                // 街道 2023: the count before the noun, then the carry-over the same way
                new Correct("共收到12件信息依申请公开，剩余2件结转", () -> cases(applications(rows("R_GRANT", 10, "CARRY_OUT", 2)), "RV_UPHELD", 2)
                        .text(ON_REQUEST, "2023年，漕河镇共收到12件信息依申请公开，其中10件已经按时按规完成答复，剩余2件结转下年度继续办理。"
                                + "因政府信息公开引发行政复议2件、行政诉讼0件。"),
                        List.of("TXT_APP_COUNT:NEW", "TXT_NO_CASE_CLAIM:LITIGATION", "TXT_REVIEW_LIT_COUNT:REVIEW")),
                // 区政府办 2022: 份 and the count before the noun
                new Correct("共收到26份政府信息依申请公开件", () -> applications(rows("R_GRANT", 24, "R_OTHER_OTHER", 2)).text(ON_REQUEST,
                        "2023年，漕河镇共收到26份政府信息依申请公开件，其中申请人自行撤销2件，依法依规答复处理24件，办结率100%。"),
                        List.of("TXT_APP_COUNT:NEW")),
                // 区政府办 2022: 份, results in the next sentence
                new Correct("共收到8份申请，其中另起一句列结果", () -> applications(rows("R_GRANT", 2, "R_PARTIAL", 2, "R_DENY_PROCESS", 1,
                        "R_UNABLE_NOINFO", 2, "R_OTHER_OTHER", 1)).text(ON_REQUEST, "2023年，漕河镇共收到8份政府信息公开申请，均为自然人申请。"
                                + "其中，予以公开2件，部分公开2件，属于四类过程性信息1件，本机关不掌握相关政府信息2件，其他1件（申请人自主撤销）。无下年度结转。"),
                        List.of("TXT_APP_COUNT:NEW", "TXT_RESULT_COUNTS:R_GRANT", "TXT_RESULT_COUNTS:R_PARTIAL")),
                // 县直部门 2021
                new Correct("收到政府信息依申请公开办理事项1件", () -> ReportTypeWordingTest.department(applications(rows("R_GRANT", 1))).text(ON_REQUEST,
                        "2023年，我局收到政府信息依申请公开办理事项1件，已在规定时间内办结答复。"), List.of("TXT_APP_COUNT:NEW")),
                // 县政府办 2021
                new Correct("共办理申请21件。其中网络申请、书面申请", () -> applications(rows("R_GRANT", 21)).text(ON_REQUEST,
                        "2023年，漕河镇共办理政府信息公开申请21件。其中，网络申请14件，书面申请7件。"), List.of("TXT_APP_COUNT:NEW")),
                // 乡政府 2023
                new Correct("收到依申请公开件1件，未出现被诉讼、复议", () -> applications(rows("R_GRANT", 1)).text(ON_REQUEST,
                        "2023年我镇收到依申请公开件1件，均在规定时间内规范答复，未出现被行政诉讼、行政复议情况。"),
                        List.of("TXT_APP_COUNT:NEW", "TXT_NO_CASE_CLAIM:REVIEW", "TXT_NO_CASE_CLAIM:LITIGATION")),
                // 乡政府 2023
                new Correct("收到申请1件，引发复议0件、诉讼0件，尚未有", () -> applications(rows("R_GRANT", 1)).text(ON_REQUEST,
                        "2023年，漕河镇人民政府收到政府信息公开申请1件，已按时按规定答复。政府信息公开申请引发行政复议0件，引发行政诉讼0件。"
                                + "本级政府尚未有政府信息公开方面的行政复议和行政诉讼，未收到信息公开举报投诉案件。"),
                        List.of("TXT_APP_COUNT:NEW", "TXT_NO_CASE_CLAIM:REVIEW", "TXT_NO_CASE_CLAIM:LITIGATION")),
                // 市直部门 2022: 例 as the unit; 行政复议、诉讼 sharing 行政
                new Correct("受理依申请政府信息公开事项17例，未发生复议、诉讼", () -> ReportTypeWordingTest.department(applications(rows("R_GRANT", 17)))
                        .text(ON_REQUEST, "2023年我局共受理依申请政府信息公开事项17例，全部按时办结。未发生政府信息公开行政复议、诉讼问题。"),
                        List.of("TXT_APP_COUNT:NEW", "TXT_NO_CASE_CLAIM:REVIEW", "TXT_NO_CASE_CLAIM:LITIGATION")),
                // 县直部门 2022: 行政复议和诉讼 with 1 case of each
                new Correct("行政复议和诉讼各1件", () -> cases(Draft.demo(), "RV_UPHELD", 1, "LD_UPHELD", 1).text(PART4,
                        "本年度发生政府信息公开行政复议和诉讼各1件，均维持原行政行为。"), List.of("TXT_REVIEW_LIT_COUNT:REVIEW")),
                // 市直部门 2022
                new Correct("未发生因…而被申请复议或被提起诉讼的情形", () -> ReportTypeWordingTest.department(Draft.demo()).text(GENERAL,
                        "2023年，我局依法、规范、稳妥地对依申请公开信息作出答复和处理，未发生因政府信息公开工作而被申请行政复议或被提起行政诉讼的情形。"),
                        List.of("TXT_NO_CASE_CLAIM:REVIEW", "TXT_NO_CASE_CLAIM:LITIGATION")),
                // 区直部门 2022: the counts before the results
                new Correct("对其中3件予以公开，1件部分公开", () -> ReportTypeWordingTest.department(applications(rows("R_GRANT", 3, "R_PARTIAL", 1,
                        "R_DENY_QUERY", 1))).text(ON_REQUEST, "今年共收到政府信息公开申请5件，对其中3件予以公开，1件部分公开，1件不公开并告知行政查询途径。"),
                        List.of("TXT_APP_COUNT:NEW")),
                // 市政府办 2024: 自然人申请/法人申请 parts; 答复…（含上年度转结）; 引起的复议、诉讼
                new Correct("受理申请，其中自然人申请、法人申请；答复含上年度转结", () -> {
                    Draft draft = applications(rows("CARRY_IN", 3, "R_GRANT", 15, "R_PARTIAL", 5, "R_DENY_THIRD_PARTY", 2, "R_UNABLE_NOINFO", 18,
                            "R_OTHER_OTHER", 4, "CARRY_OUT", 4));
                    ReportTypeWordingTest.byApplicant(draft, "NEW", "NATURAL", 40, "BUSINESS", 5);
                    ReportTypeWordingTest.byApplicant(draft, "R_GRANT", "NATURAL", 10, "BUSINESS", 5);
                    ReportTypeWordingTest.byApplicant(draft, "R_TOTAL", "NATURAL", 39, "BUSINESS", 5);
                    return cases(draft, "RV_UPHELD", 2, "LD_UPHELD", 1).text(ON_REQUEST, "2023年，共受理政府信息公开申请45件，其中自然人申请40件，"
                            + "法人或其他组织申请5件。答复政府信息公开申请44件（含上年度转结申请3件，另有4件申请转结下年度继续办理），均按规定在法定期内予以答复。"
                            + "所有答复件中，予以公开及部分公开的20件；不予公开的2件；因本机关不掌握等原因无法提供的18件；其他处理4件。"
                            + "因政府信息公开引起的行政复议2件、行政诉讼1件。");
                }, List.of("TXT_APP_COUNT:NEW", "TXT_RESULT_COUNTS:UNABLE", "TXT_REVIEW_LIT_COUNT:REVIEW", "TXT_REVIEW_LIT_COUNT:LITIGATION")),
                // 区政府 2024: 全区受理依申请公开件
                new Correct("全区受理依申请公开件，办结，其中", () -> ReportTypeWordingTest.district(applications(rows("R_GRANT", 17, "R_PARTIAL", 3,
                        "R_DENY_THIRD_PARTY", 2, "R_UNABLE_NOINFO", 3))).text(ON_REQUEST,
                                "2023年，全区受理依申请公开件25件，办结25件，其中予以公开17件、部分公开3件、不予公开2件、无法提供3件。"),
                        List.of("TXT_APP_COUNT:NEW", "TXT_RESULT_COUNTS:R_GRANT", "TXT_RESULT_COUNTS:DENY")),
                // 县级市 2024: 逾期未补正 counted apart from 其他处理
                new Correct("逾期未补正另列，其他处理为其余", () -> applications(rows("R_GRANT", 11, "R_PARTIAL", 5, "R_DENY_THIRD_PARTY", 4,
                        "R_UNABLE_NOINFO", 6, "R_OTHER_NO_CORRECTION", 2, "R_OTHER_OTHER", 2, "CARRY_OUT", 3)).text(ON_REQUEST,
                                "全年共受理依申请公开事项33件，均按照规定程序和时限进行了妥善处理。其中，予以公开11件，部分公开5件，不予公开4件，无法提供6件，"
                                        + "不予处理0件，逾期未补正2件，其他处理2件，结转下年度继续办理3件。"),
                        List.of("TXT_APP_COUNT:NEW", "TXT_RESULT_COUNTS:REJECT", "TXT_RESULT_COUNTS:OTHER", "TXT_RESULT_COUNTS:CARRY_OUT",
                                "TXT_PARTS_SUM:part1.ON_REQUEST.2")),
                // the same kind of 其他处理 in brackets after it is part of it
                new Correct("其他处理（含逾期未补正）", () -> applications(rows("R_GRANT", 11, "R_OTHER_NO_CORRECTION", 2, "R_OTHER_OTHER", 2)).text(ON_REQUEST,
                        "全年共受理依申请公开事项15件，其中予以公开11件，其他处理4件（含逾期未补正2件）。"), List.of("TXT_RESULT_COUNTS:OTHER")),
                // the long applicant description of real reports
                new Correct("通过网上申请、信函、当面等方式提出的申请", () -> applications(rows("R_GRANT", 5)).text(ON_REQUEST,
                        "2023年，漕河镇共收到公民、法人和其他组织通过网上申请、信函、当面等方式提出的政府信息公开申请5件，均已按时答复。"),
                        List.of("TXT_APP_COUNT:NEW")),
                new Correct("法人或其他组织提出的申请3件", () -> {
                    Draft draft = applications(rows("R_GRANT", 3));
                    for (String row : List.of("NEW", "R_GRANT", "R_TOTAL")) {
                        ReportTypeWordingTest.byApplicant(draft, row, "NATURAL", 0, "BUSINESS", 3);
                    }
                    return draft.text(ON_REQUEST, "2023年，漕河镇收到法人或其他组织提出的政府信息公开申请3件，均予以公开。");
                }, List.of("TXT_APP_COUNT:NEW")),
                // 各 lists
                new Correct("自然人和法人各申请2件", () -> {
                    Draft draft = applications(rows("R_GRANT", 4));
                    for (String row : List.of("NEW", "R_GRANT", "R_TOTAL")) {
                        ReportTypeWordingTest.byApplicant(draft, row, "NATURAL", 2, "BUSINESS", 2);
                    }
                    return draft.text(ON_REQUEST, "全年共收到政府信息公开申请4件，其中自然人和法人各申请2件，均予以公开。");
                }, List.of("TXT_APP_COUNT:NEW")),
                new Correct("予以公开、部分公开各2件（各读作两项）", () -> applications(rows("R_GRANT", 2, "R_PARTIAL", 2)).text(ON_REQUEST,
                        "全年共收到政府信息公开申请4件，予以公开、部分公开各2件。"), List.of("TXT_RESULT_COUNTS:R_GRANT", "TXT_RESULT_COUNTS:R_PARTIAL")),
                new Correct("各类、各村不是各N件", () -> Draft.demo().text(PROACTIVE, "本年度共发布各类信息65条，其中各村公开栏更新信息40条、其他信息25条。"),
                        List.of("TXT_PARTS_SUM:part1.PROACTIVE.1")),
                new Correct("行政复议、行政诉讼各1件", () -> cases(Draft.demo(), "RV_UPHELD", 1, "LD_UPHELD", 1).text(PART4,
                        "本年度因政府信息公开引发行政复议、行政诉讼各1件，均维持原行政行为。"),
                        List.of("TXT_REVIEW_LIT_COUNT:REVIEW", "TXT_REVIEW_LIT_COUNT:LITIGATION")),
                // TXT_NO_CASE_CLAIM in part 一
                // 乡政府 2023: in the 主动公开 item
                new Correct("无政府信息公开申请行政复议、行政诉讼", () -> Draft.demo().text(PROACTIVE, "2023年全镇主动公开信息共计70条，无政府信息公开申请行政复议、行政诉讼。"),
                        List.of("TXT_NO_CASE_CLAIM:REVIEW", "TXT_NO_CASE_CLAIM:LITIGATION")),
                // 区直部门 2022, in 监督保障
                new Correct("年度无复议诉讼的情况发生", () -> Draft.demo().replace(OVERSIGHT, "一是落实长效机制，", "年度无行政复议、行政诉讼的情况发生。一是落实长效机制，"),
                        List.of("TXT_NO_CASE_CLAIM:REVIEW", "TXT_NO_CASE_CLAIM:LITIGATION")),
                // TXT_PARTS_SUM
                // 街道 2023: no 共 before the whole
                new Correct("主动公开63条，其中，逗号分项", () -> Draft.demo().text(PROACTIVE, "2023年，通过政府门户网站，主动公开政府信息48条，其中，组织机构类信息12条，"
                        + "动态类信息25条，本级及下属事业单位预决算信息5条，工作报告信息1条，其他信息5条。"), List.of()),
                // 区政府办 2022: commas and 、 mixed
                new Correct("逗号与顿号混用的分项", () -> ReportTypeWordingTest.district(Draft.demo()).text(PROACTIVE, "全年共主动公开政府信息320条，其中行政规范性文件6条，"
                        + "政策解读8条，政府文件15条，通知公告40条、建议提案5条、政府公报3条、政府工作报告1条、兖州要闻62条、其他信息180条。"),
                        List.of("TXT_PARTS_SUM:part1.PROACTIVE.1")),
                // 镇政府 2022: a colon instead of 其中
                new Correct("总数N条：分项", () -> Draft.demo().text(PROACTIVE, "全年共主动公开政府信息总数90条：基层政务公开领域信息60条，工作动态18条，预算决算4条，"
                        + "应急预案3条，政策文件2条，其他政府信息3条。"), List.of("TXT_PARTS_SUM:part1.PROACTIVE.1")),
                // 镇政府 2022: 包括 instead of 其中, last year's annual report among the items
                new Correct("包括…，上年年报1条", () -> Draft.demo().text(PROACTIVE, "2023年，共主动公开政府信息24条，包括领导信息类1条、机构职能类2条、工作动态类6条、"
                        + "规范性文件类2条、财政预决算类3条、处罚强制类9条、2022年信息公开年报1条。"), List.of("TXT_YEAR_SCOPE:YEAR", "TXT_PARTS_SUM:part1.PROACTIVE.1")),
                // a 包括 that names kinds, and a 其中 that counts them
                new Correct("包括…等内容，其中", () -> Draft.demo().text(PROACTIVE, "2023年，共主动公开政府信息65条，包括机构职能、财政预决算等内容，"
                        + "其中机构职能5条、财政预决算3条、其他信息57条。"), List.of("TXT_PARTS_SUM:part1.PROACTIVE.1")),
                // 县直部门 2021: 其中：, an ordinal (第七次) inside an item
                new Correct("其中：含序数的分项", () -> Draft.demo().text(PROACTIVE, "2023年通过政府网站共主动公开信息73条，其中：统计数据12条，工作动态信息21条，"
                        + "第七次全国人口普查专题专栏信息1条，重要会议信息4条，公示公告信息2条，其他信息33条。"), List.of("TXT_PARTS_SUM:part1.PROACTIVE.1")),
                // 县直部门 2021
                new Correct("以来公开98条，其中新媒体、门户网站", () -> Draft.demo().text(PROACTIVE, "2023年以来共公开政府信息98条，公开信息主要包括机构职能、财政预决算等内容，"
                        + "其中，微信等新媒体发布66条，在门户网站公开信息32条。"), List.of("TXT_PARTS_SUM:part1.PROACTIVE.1")),
                // 区直部门 2021: items in another unit (篇)
                new Correct("合计76条。其中4篇、5篇", () -> Draft.demo().text(PROACTIVE, "2023年，漕河镇主动公开政府信息合计76条。其中，规范性文件4篇，政策解读5篇。"),
                        List.of()),
                // 市政府部门 2020
                new Correct("共计发布183条。其中，发布…类", () -> Draft.demo().text(PROACTIVE, "漕河镇通过政府网站及时做好信息公开，共计发布信息96条。其中，发布工作动态类60条、"
                        + "应急指挥部公告20条、人事类1条、机关建设类信息1条、学习参阅类信息2条、其他信息12条。"), List.of("TXT_PARTS_SUM:part1.PROACTIVE.1")),
                // 乡政府 2023
                new Correct("主动公开和更新各类政府信息，其中", () -> Draft.demo().text(PROACTIVE, "2023年，漕河镇共主动公开和更新各类政府信息40条，其中公告公示6条，人事任免1条，"
                        + "规划计划4条，财政信息2条，组织机构25条，其他业务信息2条。"), List.of("TXT_PARTS_SUM:part1.PROACTIVE.1")),
                // 乡政府 2023: nested lists (内有, 其中) separated by ；
                new Correct("嵌套分项", () -> Draft.demo().text(PROACTIVE, "2023年度共新增主动公开政府信息44条。其中机构类信息16条，内有领导成员8条、机构职能4条、"
                        + "机构概况1条、直属单位或下属机构3条；工作类信息10条，其中镇街动态4条、计划总结2条、通知公告4条；政策文件类信息3条；民生事项类信息9条；"
                        + "财政管理类信息6条，其中部门预决算2条、专项经费4条。"), List.of("TXT_PARTS_SUM:part1.PROACTIVE.1")),
                // the same, the first kind more than half the whole: its own items are no items of the whole
                new Correct("嵌套分项（首项过半）", () -> Draft.demo().text(PROACTIVE, "2023年度共新增主动公开政府信息30条。其中机构类信息20条，内有领导成员10条、"
                        + "机构职能4条、机构概况1条、直属单位或下属机构5条；工作类信息4条；政策文件类信息2条；民生事项类信息2条；财政管理类信息2条。"),
                        List.of("TXT_PARTS_SUM:part1.PROACTIVE.1")),
                // 区政府部门 2022, and many more: the same information counted once per channel, with 、 or ；
                new Correct("分渠道发布，合计超过总数", () -> Draft.demo().text(PROACTIVE, "全年共主动公开政府信息200条，其中通过政府网站发布150条、"
                        + "通过政务新媒体发布120条。"), List.of()),
                new Correct("分渠道发布（分号），合计超过总数", () -> Draft.demo().text(PROACTIVE, "全年共发布信息300条：政府网站发布200条；"
                        + "微信公众号发布180条；政务微博发布90条。"), List.of()),
                // results counted under the year's new applications, some of them answering applications carried in
                new Correct("共收到申请N件，其中各办理结果（含上年结转的）", () -> applications(rows("R_GRANT", 20,
                        "R_PARTIAL", 5, "R_DENY_THIRD_PARTY", 3, "R_UNABLE_NOINFO", 4, "R_REJECT_REPEAT", 2, "CARRY_IN", 4)).text(ON_REQUEST,
                        "全年共收到政府信息公开申请30件，其中予以公开20件、部分公开5件、不予公开3件、无法提供4件、不予处理2件。"),
                        List.of("TXT_PARTS_SUM:part1.ON_REQUEST.2")),
                // a ；-list, then another count enumerated with 、: that is no item of the list
                new Correct("其中…；办结、结转", () -> applications(rows("R_GRANT", 18, "CARRY_OUT", 2))
                        .text(ON_REQUEST, "全年共收到政府信息公开申请20件，其中自然人申请20件；办结18件、结转下年度2件。"), List.of()),
                // 乡政府 2023: approximate counts (余)
                new Correct("200余条，其他200余条", () -> Draft.demo().text(PROACTIVE, "2023年度我镇共主动公开政府信息200余条，其中单位机构设置信息2条，领导类信息11条，"
                        + "财政类信息2条，安全生产、应急管理类信息28条，公共服务清单27条，其他200余条。"), List.of()),
                // 乡政府 2023
                new Correct("主动公开总数，其中两个平台", () -> Draft.demo().text(PROACTIVE, "截至2023年12月31日，政务信息主动公开总数共80条，其中在区政府信息公开网站公开政府信息55条，"
                        + "政务微信公开政府信息25条。"), List.of("TXT_PARTS_SUM:part1.PROACTIVE.1")),
                // 区政府 2024
                new Correct("共发布信息，其中：三类", () -> ReportTypeWordingTest.district(Draft.demo()).text(PROACTIVE,
                        "区政府门户网站共发布信息12345条，其中：概况类45条、政务动态类5300条、信息公开目录类7000条。"), List.of("TXT_PARTS_SUM:part1.PROACTIVE.1")),
                // 市政府办 2024: 其中 naming some kinds only
                new Correct("其中只列几类", () -> Draft.demo().text(PROACTIVE, "2023年，通过政府网站共发布政府动态类信息520条，其中文件15条，政策解读10条，"
                        + "政府工作报告1条，人大代表建议及政协提案办理信息5条，财政预决算信息2条。"), List.of()),
                // 直辖市 2022: parts in brackets
                new Correct("（含新制定、修改、废止）", () -> ReportTypeWordingTest.district(Draft.demo()).text(PROACTIVE,
                        "2023年，共主动公开区政府行政规范性文件13件（含新制定5件，修改4件，废止4件），其他文件60件。"), List.of()),
                // TXT_YEAR_SCOPE
                // 县直部门 2021: this year's budget and last year's final accounts, published this year
                new Correct("公开本年预算和上年决算", () -> Draft.demo().text(PROACTIVE, "按照财政局相关要求，公开了我镇2023年度财政预算、2022年度决算报告、"
                        + "2023年“三公”经费预算和2022年度“三公”经费决算报告。"), List.of("TXT_YEAR_SCOPE:YEAR")),
                // 市政府部门 2020
                new Correct("发布上年度政府信息公开年报", () -> Draft.demo().text(PROACTIVE, "按规定及时发布漕河镇2022年度政府信息公开工作年度报告，集中发布建议提案办理情况。"),
                        List.of("TXT_YEAR_SCOPE:YEAR")),
                // 乡政府 2023
                new Correct("出台本年度实施方案", () -> Draft.demo().text(PROACTIVE, "出台《漕河镇人民政府2023年度政务公开工作实施方案》，坚定不移地推进信息公开制度建设。"),
                        List.of("TXT_YEAR_SCOPE:YEAR")),
                // 区政府 2024: deadlines without a year
                new Correct("1月31日前公开年度报告", () -> ReportTypeWordingTest.district(Draft.demo()).text(PROACTIVE,
                        "1月31日前公开了区直各部门及乡镇街道的年度报告；2月20日前公开了区本级的年度报告。"), List.of("TXT_YEAR_SCOPE:YEAR", "TXT_YEAR_SCOPE:SCOPE")));
    }

    static List<Wrong> wrong() {
        return List.of(
                new Wrong("统计数据的期限写成上年", () -> period("本报告所列统计数据的期限自2022年1月1日起，至2022年12月31日止。"), "STR_STAT_PERIOD:period", "WARNING"),
                new Wrong("所列数据自上年起止", () -> period("《年报》所列数据自2022年1月1日起至2022年12月31日止。"), "STR_STAT_PERIOD:period", "WARNING"),
                new Wrong("统计时限止日写错", () -> period("报告所列数据的统计时限为2023年1月1日—2023年11月30日。"), "STR_STAT_PERIOD:period", "WARNING"),
                new Wrong("标题写另一区的市场监管局", () -> renamed("济宁市兖州区市场监督管理局", "2023年任城区市场监管局政府信息公开工作年度报告"),
                        "STR_AGENCY_YEAR:title", "WARNING"),
                new Wrong("标题写另一街道", () -> renamed("济宁市兖州区鼓楼街道办事处", "酒仙桥街道2023年度政府信息公开工作年度报告"), "STR_AGENCY_YEAR:title", "WARNING"),
                new Wrong("标题年份在前而年份错", () -> title(Draft.demo(), "2022年漕河镇人民政府信息公开工作年度报告"), "STR_AGENCY_YEAR:title", "WARNING"),
                new Wrong("未收到公众关于申请而表中有", () -> applications(rows("R_GRANT", 3)).text(ON_REQUEST,
                        "2023年度，漕河镇人民政府未收到公众关于政府信息公开的申请。"), "TXT_NO_APPLICATION_CLAIM:NEW", "ERROR"),
                new Wrong("未收到任何形式的申请而表中有", () -> applications(rows("R_GRANT", 3)).text(ON_REQUEST, "2023年度我镇未收到任何形式的依申请公开政府信息。"),
                        "TXT_NO_APPLICATION_CLAIM:NEW", "ERROR"),
                new Wrong("份数在前而与表不符", () -> applications(rows("R_GRANT", 8)).text(ON_REQUEST, "2023年，漕河镇共收到9份政府信息公开申请，均为自然人申请。"),
                        "TXT_APP_COUNT:NEW", "WARNING"),
                new Wrong("件数在前而与表不符", () -> applications(rows("R_GRANT", 12)).text(ON_REQUEST, "2023年，漕河镇共收到13件信息依申请公开，均已按时答复。"),
                        "TXT_APP_COUNT:NEW", "WARNING"),
                new Wrong("长的申请人表述而与表不符", () -> applications(rows("R_GRANT", 5)).text(ON_REQUEST,
                        "2023年，漕河镇共收到公民、法人和其他组织通过网上申请、信函、当面等方式提出的政府信息公开申请6件。"), "TXT_APP_COUNT:NEW", "WARNING"),
                new Wrong("法人提出的申请而表中只有自然人", () -> applications(rows("R_GRANT", 3)).text(ON_REQUEST,
                        "2023年，漕河镇收到法人或其他组织提出的政府信息公开申请3件，均予以公开。"), "TXT_APP_COUNT:NEW", "WARNING"),
                new Wrong("受理申请17例而表中16", () -> ReportTypeWordingTest.department(applications(rows("R_GRANT", 16)))
                        .text(ON_REQUEST, "2023年我局共受理依申请政府信息公开事项17例，全部按时办结。"), "TXT_APP_COUNT:NEW", "WARNING"),
                new Wrong("逾期未补正另列而其他处理不符", () -> applications(rows("R_GRANT", 11, "R_OTHER_NO_CORRECTION", 2, "R_OTHER_OTHER", 3)).text(ON_REQUEST,
                        "全年共受理依申请公开事项16件。其中，予以公开11件，逾期未补正2件，其他处理2件。"), "TXT_RESULT_COUNTS:OTHER", "WARNING"),
                new Wrong("行政复议、行政诉讼各1件而诉讼2件", () -> cases(Draft.demo(), "RV_UPHELD", 1, "LD_UPHELD", 2).text(PART4,
                        "本年度因政府信息公开引发行政复议、行政诉讼各1件，均维持原行政行为。"), "TXT_REVIEW_LIT_COUNT:LITIGATION", "WARNING"),
                new Wrong("予以公开、部分公开各2件而部分公开1件", () -> applications(rows("R_GRANT", 2, "R_PARTIAL", 1)).text(ON_REQUEST,
                        "全年共收到政府信息公开申请3件，予以公开、部分公开各2件。"), "TXT_RESULT_COUNTS:R_PARTIAL", "WARNING"),
                new Wrong("未发生复议、诉讼而表中有诉讼", () -> cases(Draft.demo(), "LD_UPHELD", 1).text(ON_REQUEST,
                        "2023年漕河镇未收到政府信息公开申请。未发生政府信息公开行政复议、诉讼问题。"), "TXT_NO_CASE_CLAIM:LITIGATION", "ERROR"),
                new Wrong("第一部分写上年的活动（决算字样在后）", () -> Draft.demo().text(PROACTIVE, "2022年组织开展部门决算公开培训，全镇干部参加。"),
                        "TXT_YEAR_SCOPE:YEAR", "WARNING"),
                new Wrong("嵌套分项的各类超过总数", () -> Draft.demo().text(PROACTIVE, "2023年度共新增主动公开政府信息30条。其中机构类信息20条，内有领导成员10条、"
                        + "机构职能4条、机构概况1条、直属单位或下属机构5条；工作类信息6条；政策文件类信息2条；民生事项类信息2条；财政管理类信息2条。"),
                        "TXT_PARTS_SUM:part1.PROACTIVE.1", "ERROR"),
                new Wrong("办理结果超过新收与上年结转之和", () -> applications(rows("R_GRANT", 20,
                        "R_PARTIAL", 5, "R_DENY_THIRD_PARTY", 3, "R_UNABLE_NOINFO", 4, "R_REJECT_REPEAT", 2, "CARRY_IN", 4)).text(ON_REQUEST,
                        "全年共收到政府信息公开申请30件，其中予以公开20件、部分公开9件、不予公开3件、无法提供4件、不予处理2件。"),
                        "TXT_PARTS_SUM:part1.ON_REQUEST.2", "ERROR"),
                new Wrong("其中…；…超过总数，其后办结、结转另计", () -> applications(rows("R_GRANT", 18, "CARRY_OUT", 2))
                        .text(ON_REQUEST, "全年共收到政府信息公开申请20件，其中自然人申请15件；法人申请10件；办结18件、结转下年度2件。"),
                        "TXT_PARTS_SUM:part1.ON_REQUEST.2", "ERROR"),
                // channels mixed with kinds are kinds: the list must still fit its whole
                new Wrong("一个渠道混在分类中，分项超过总数", () -> Draft.demo().text(PROACTIVE, "全年共主动公开政府信息120条，其中政策文件30条、"
                        + "工作动态60条、政府网站专栏信息50条。"), "TXT_PARTS_SUM:part1.PROACTIVE.1", "ERROR"),
                new Wrong("冒号后的分项超过总数", () -> Draft.demo().text(PROACTIVE, "全年共主动公开政府信息总数90条：基层政务公开领域信息60条、工作动态18条、"
                        + "预算决算4条、应急预案3条、政策文件2条、其他政府信息13条。"), "TXT_PARTS_SUM:part1.PROACTIVE.1", "ERROR"),
                new Wrong("包括的分项少于总数（含其他）", () -> Draft.demo().text(PROACTIVE, "2023年，共主动公开政府信息30条，包括领导信息类1条、机构职能类2条、"
                        + "工作动态类6条、其他信息9条。"), "TXT_PARTS_SUM:part1.PROACTIVE.1", "WARNING"),
                new Wrong("办理结果含其他处理而超过总数", () -> applications(rows("R_GRANT", 11, "R_OTHER_OTHER", 2, "CARRY_OUT", 3)).text(ON_REQUEST,
                        "全年共受理依申请公开事项16件。其中予以公开11件、其他处理2件、结转下年度继续办理6件。"), "TXT_PARTS_SUM:part1.ON_REQUEST.2", "ERROR"),
                new Wrong("逗号顿号混用的分项超过总数", () -> ReportTypeWordingTest.district(Draft.demo()).text(PROACTIVE, "全年共主动公开政府信息320条，其中行政规范性文件6条，"
                        + "政策解读8条，政府文件15条，通知公告40条、建议提案5条、政府公报3条、政府工作报告1条、兖州要闻62条、其他信息190条。"),
                        "TXT_PARTS_SUM:part1.PROACTIVE.1", "ERROR"));
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
