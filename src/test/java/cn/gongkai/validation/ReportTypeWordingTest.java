package cn.gongkai.validation;

import static cn.gongkai.validation.WordingRobustnessTest.FEE;
import static cn.gongkai.validation.WordingRobustnessTest.GENERAL;
import static cn.gongkai.validation.WordingRobustnessTest.ON_REQUEST;
import static cn.gongkai.validation.WordingRobustnessTest.OVERSIGHT;
import static cn.gongkai.validation.WordingRobustnessTest.PART4;
import static cn.gongkai.validation.WordingRobustnessTest.PROACTIVE;
import static cn.gongkai.validation.WordingRobustnessTest.applications;
import static cn.gongkai.validation.WordingRobustnessTest.cases;
import static cn.gongkai.validation.WordingRobustnessTest.five;
import static cn.gongkai.validation.WordingRobustnessTest.rows;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import cn.gongkai.support.Draft;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The narrative rules on reports of kinds the demo (a township, 2023) is not: a district department (no 规章,
 * applications from 法人, 行政复议 as respondent), a district government's whole-region report, a township with
 * nothing to report, a 2019 trial-format report, and text pasted from Word or HTML (spaces inside numbers, line
 * breaks inside sentences, ①/1. numbering, a missing 。). Correct reports raise no FAIL; wrong ones still fail.
 */
@QuarkusTest
class ReportTypeWordingTest {

    private static final String DEPARTMENT = "济宁市兖州区市场监督管理局";
    private static final String DISTRICT = "济宁市兖州区人民政府";

    /** A correct report, sent with the agency's level (null: none given). {@code read}: findings that must PASS. */
    record Correct(String name, Supplier<Draft> draft, String level, List<String> read) {
    }

    /** A wrong report: the finding FAILs with the severity. */
    record Wrong(String name, Supplier<Draft> draft, String level, String finding, String severity) {
    }

    /** The demo report as the district's 市场监督管理局 would send it. */
    static Draft department(Draft draft) {
        return renamed(draft, DEPARTMENT);
    }

    /** The demo report as the district government's whole-region (全区) report. */
    static Draft district(Draft draft) {
        return renamed(draft, DISTRICT).replace(OVERSIGHT, "纳入全镇党委", "纳入全区各单位");
    }

    private static Draft renamed(Draft draft, String name) {
        return draft.set("agencyName", name).text("/title", name + "2023年政府信息公开工作年度报告")
                .replace("/preamble", "济宁市兖州区漕河镇人民政府", name);
    }

    /** 表三 rows filled by applicant column (NATURAL, BUSINESS, …), each row's TOTAL the sum of its columns. */
    static Draft byApplicant(Draft draft, String row, Object... pairs) {
        int total = 0;
        for (int i = 0; i < pairs.length; i += 2) {
            draft.cell("table3", row, (String) pairs[i], pairs[i + 1]);
            total += (Integer) pairs[i + 1];
        }
        return draft.cell("table3", row, "TOTAL", total);
    }

    /** A department's twelve applications, nine from 自然人 and three from 商业企业, all granted. */
    static Draft departmentApplications(String onRequest) {
        Draft draft = department(Draft.demo());
        for (String row : List.of("NEW", "R_GRANT", "R_TOTAL")) {
            byApplicant(draft, row, "NATURAL", 9, "BUSINESS", 3);
        }
        return draft.text(ON_REQUEST, onRequest);
    }

    /** The consistent 2019 trial-format report of WordingRobustnessTest. */
    static Draft trial() {
        return WordingRobustnessTest.trialReport();
    }

    /** Part 六's items headed with another numbering (①, 1.) and sent without catalogue keys, as pasted from HTML. */
    static Draft part6Numbered(List<String> numbers) {
        Draft draft = Draft.demo();
        List<String> words = List.of("收取信息处理费情况", "落实上级年度政务公开工作要点情况", "人大代表建议和政协提案办理结果公开情况", "政务公开工作创新情况",
                "年度报告数据统计需要说明的事项", "其他需要报告的事项", "其他有关文件专门要求报告的事项");
        for (int i = 0; i < words.size(); i++) {
            ((com.fasterxml.jackson.databind.node.ObjectNode) draft.tree().at("/sections/part6/items/" + i)).remove("key");
            draft.text("/sections/part6/items/" + i + "/heading", numbers.get(i) + words.get(i));
        }
        return draft;
    }

    static List<Correct> correct() {
        return List.of(
                // a district department: applications from 法人, no 规章, 行政复议 as respondent
                new Correct("部门：自然人与法人分列", () -> departmentApplications(
                        "2023年，我局共收到政府信息公开申请12件，其中自然人申请9件、法人或其他组织申请3件，均已按期答复。"), "DEPARTMENT",
                        List.of("TXT_APP_COUNT:NEW", "STR_AGENCY_YEAR:title", "STR_AGENCY_YEAR:preamble")),
                new Correct("部门：另句称收到法人申请", () -> departmentApplications(
                        "全年共收到政府信息公开申请12件。收到法人提出的政府信息公开申请3件，主要涉及企业登记信息。"), "DEPARTMENT",
                        List.of("TXT_APP_COUNT:NEW", "TXT_APP_COUNT:NEW-2")),
                new Correct("部门：另句称收到商业企业申请", () -> departmentApplications(
                        "全年共收到政府信息公开申请12件。本年度收到商业企业提出的政府信息公开申请3件，较上年有所增加。"), "DEPARTMENT",
                        List.of("TXT_APP_COUNT:NEW", "TXT_APP_COUNT:NEW-2")),
                new Correct("部门：被申请复议、被起诉", () -> cases(department(Draft.demo()), "RV_UPHELD", 1, "RV_CORRECTED", 1, "LD_UPHELD", 1)
                        .text(PART4, "本年度我局因政府信息公开工作被申请行政复议2件，其中维持1件、纠正1件；以我局为被告的行政诉讼1件，法院判决驳回原告诉讼请求。"),
                        "DEPARTMENT", List.of("TXT_REVIEW_LIT_COUNT:REVIEW", "TXT_REVIEW_LIT_COUNT:LITIGATION")),
                new Correct("部门：作为被申请人", () -> cases(department(Draft.demo()), "RV_OTHER", 1)
                        .text(PART4, "本年度我局作为被申请人的政府信息公开行政复议案件1件，因申请人撤回申请终止审理。"), "DEPARTMENT",
                        List.of("TXT_REVIEW_LIT_COUNT:REVIEW")),
                new Correct("部门：不具有规章制定权", () -> department(Draft.demo()).text(PROACTIVE, "本局不具有规章制定权，本年度未制发行政规范性文件。"),
                        "DEPARTMENT", List.of("ACT_RULES_SCOPE:RULES")),
                new Correct("部门：全区市场监管系统", () -> department(Draft.demo()).replace(OVERSIGHT, "纳入全镇党委", "纳入全区市场监管系统"),
                        "DEPARTMENT", List.of("TXT_YEAR_SCOPE:SCOPE")),
                new Correct("部门：标题省略市名", () -> department(Draft.demo()).text("/title", "兖州区市场监督管理局2023年政府信息公开工作年度报告"),
                        "DEPARTMENT", List.of("STR_AGENCY_YEAR:title")),
                new Correct("部门：1月20日公布", () -> department(Draft.demo()).set("publishedOn", "2024-01-20"), "DEPARTMENT",
                        List.of("STR_DEADLINE:published")),

                // a district government's whole-region report: 全区 is its own scope
                new Correct("区政府：全区按单位分列", () -> district(applications(rows("R_GRANT", 150, "CARRY_OUT", 6))).text(ON_REQUEST,
                        "2023年，全区各级行政机关共收到政府信息公开申请156件，其中区政府办公室12件、区自然资源局45件、区住房和城乡建设局38件、各镇街61件。"),
                        "COUNTY_GOVERNMENT", List.of("TXT_APP_COUNT:NEW", "TXT_YEAR_SCOPE:SCOPE")),
                new Correct("区政府：全区主动公开千位分隔", () -> district(Draft.demo()).text(PROACTIVE,
                        "全区通过政府门户网站共主动公开政府信息12,345条，其中政策文件1,234条、政策解读456条、工作动态10,655条。"), "COUNTY_GOVERNMENT",
                        List.of("TXT_PARTS_SUM:part1.PROACTIVE.1")),
                new Correct("区政府：在全市考核中", () -> district(Draft.demo()).replace(OVERSIGHT, "一是落实长效机制，",
                        "一是落实长效机制，我区政务公开工作在全市考核中位列第一，"), "COUNTY_GOVERNMENT", List.of("TXT_YEAR_SCOPE:SCOPE")),
                new Correct("区政府：荣获全市先进", () -> district(Draft.demo()).replace(OVERSIGHT, "一是落实长效机制，",
                        "一是落实长效机制，我区荣获全市政务公开工作先进单位，"), "COUNTY_GOVERNMENT", List.of("TXT_YEAR_SCOPE:SCOPE")),
                new Correct("区政府（本级）：3月25日公布", () -> district(Draft.demo()).set("agencyName", DISTRICT + "（本级）")
                        .set("publishedOn", "2024-03-25"), null, List.of("STR_DEADLINE:published", "STR_AGENCY_YEAR:title", "STR_AGENCY_YEAR:preamble")),
                new Correct("区政府：标题简称区政府", () -> district(Draft.demo()).text("/title", "兖州区政府2023年政府信息公开工作年度报告"),
                        "COUNTY_GOVERNMENT", List.of("STR_AGENCY_YEAR:title")),
                new Correct("镇：标题简称镇政府", () -> Draft.demo().text("/title", "漕河镇政府2023年政府信息公开工作年度报告"), null,
                        List.of("STR_AGENCY_YEAR:title")),
                new Correct("区政府：全区复议诉讼与纠错率", () -> cases(district(Draft.demo()), "RV_UPHELD", 3, "RV_CORRECTED", 1, "LA_UPHELD", 2)
                        .text(PART4, "全区因政府信息公开工作被申请行政复议4件、被提起行政诉讼2件，行政复议纠错率25%。"), "COUNTY_GOVERNMENT",
                        List.of("TXT_REVIEW_LIT_COUNT:REVIEW", "TXT_REVIEW_LIT_COUNT:LITIGATION")),
                new Correct("区政府：较上年下降", () -> district(applications(rows("R_GRANT", 156))).text(ON_REQUEST,
                        "全区共收到政府信息公开申请156件，较上年下降8.2%。"), "COUNTY_GOVERNMENT", List.of("TXT_APP_COUNT:NEW")),

                // a township with nothing to report: the 无-style sentences
                new Correct("镇：未收到申请，亦未发生复议诉讼", () -> Draft.demo().text(ON_REQUEST,
                        "2023年，漕河镇未收到政府信息公开申请，亦未发生因政府信息公开申请引起的行政复议、行政诉讼。"), "TOWNSHIP",
                        List.of("TXT_NO_APPLICATION_CLAIM:NEW", "TXT_NO_CASE_CLAIM:REVIEW", "TXT_NO_CASE_CLAIM:LITIGATION")),
                new Correct("镇：申请数、复议数、诉讼数均为0", () -> Draft.demo().text(PART4, "本年度政府信息公开申请数、行政复议数、行政诉讼数均为0。"),
                        "TOWNSHIP", List.of("TXT_NO_CASE_CLAIM:REVIEW", "TXT_NO_CASE_CLAIM:LITIGATION")),
                new Correct("镇：无上年结转及结转下年度", () -> Draft.demo().text(ON_REQUEST, "本年度未收到政府信息公开申请，无上年结转及结转下年度的申请。"),
                        "TOWNSHIP", List.of("TXT_NO_APPLICATION_CLAIM:NEW")),
                new Correct("镇：依申请公开：0件", () -> Draft.demo().text(ON_REQUEST, "依申请公开：0件。"), "TOWNSHIP",
                        List.of("TXT_NO_APPLICATION_CLAIM:NEW")),
                new Correct("镇：本年度未发生复议诉讼情况", () -> Draft.demo().text(PART4, "本年度未发生政府信息公开行政复议、行政诉讼情况。"), "TOWNSHIP",
                        List.of("TXT_NO_CASE_CLAIM:REVIEW", "TXT_NO_CASE_CLAIM:LITIGATION")),
                new Correct("镇：复议诉讼情况：无", () -> Draft.demo().text(PART4, "行政复议、行政诉讼情况：无。"), "TOWNSHIP",
                        List.of("TXT_NO_CASE_CLAIM:REVIEW", "TXT_NO_CASE_CLAIM:LITIGATION")),
                new Correct("镇：本年度未发生依申请公开", () -> Draft.demo().text(ON_REQUEST, "本年度未发生依申请公开政府信息情况。"), "TOWNSHIP",
                        List.of("TXT_NO_APPLICATION_CLAIM:NEW")),
                new Correct("镇：未收到建议提案", () -> Draft.demo().text("/sections/part6/items/2/text", "2023年度，漕河镇未收到人大代表建议和政协提案。"),
                        "TOWNSHIP", List.of()),
                new Correct("镇：收取信息处理费0元", () -> Draft.demo().text(FEE, "本年度收取信息处理费0元。"), "TOWNSHIP",
                        List.of("TXT_FEE_STATEMENT:part6")),

                // the 2019 trial format
                new Correct("2019格式：主动公开分项", () -> trial().text(GENERAL,
                        "2020年，漕河镇共主动公开政府信息86条，其中政策文件10条、工作动态60条、其他信息16条。全年共收到政府信息公开申请5件。"), null,
                        List.of("TXT_PARTS_SUM:part1.1", "TXT_APP_COUNT:NEW")),
                new Correct("2019格式：标题变体", () -> trial().text("/sections/part4/heading", "四、因政府信息公开工作被申请行政复议和提起行政诉讼情况")
                        .text("/sections/part5/heading", "五、政府信息公开工作存在的主要问题及改进情况"), null, List.of("STR_SIX_PARTS:parts")),
                new Correct("2019格式：其他处理括号注明撤回", () -> trial().text(GENERAL,
                        "全年共收到政府信息公开申请5件，上年结转1件，其中予以公开3件，部分公开1件，其他处理1件（申请人撤回申请），结转下年度1件。"), null,
                        List.of("TXT_RESULT_COUNTS:OTHER", "TXT_RESULT_COUNTS:R_GRANT")),
                new Correct("2019格式：第六部分未收取费用", () -> trial().text("/sections/part6/text", "本年度未收取政府信息公开相关费用。无其他需要报告的事项。"),
                        null, List.of()),
                new Correct("2019格式：新制作、新公开、本年增减", () -> trial().text(GENERAL,
                        "2020年，漕河镇新制作规范性文件5件，新公开5件，对外公开总数量5件；行政许可事项本年增/减-3项。与2019年相比，申请数量增长25%。"), null,
                        List.of("TXT_YEAR_SCOPE:YEAR")),

                // text pasted from Word or HTML
                new Correct("数字中的空格", () -> applications(rows("R_GRANT", 12)).text(ON_REQUEST, "全年共收到政府信息公开申请1 2件，均予以公开。"), null,
                        List.of("TXT_APP_COUNT:NEW")),
                new Correct("数字与单位间的空格", () -> applications(rows("R_GRANT", 12)).text(ON_REQUEST, "全年共收到政府信息公开申请12 件，予以公开12 件。"),
                        null, List.of("TXT_APP_COUNT:NEW", "TXT_RESULT_COUNTS:R_GRANT")),
                new Correct("不换行空格", () -> applications(rows("R_GRANT", 12)).text(ON_REQUEST, "全年共收到政府信息公开申请\u00a012\u00a0件。"), null,
                        List.of("TXT_APP_COUNT:NEW")),
                new Correct("句中换行", () -> applications(rows("R_GRANT", 12)).text(ON_REQUEST, "全年共收到政府信息公开申请\n12件，均予以公开。"), null,
                        List.of("TXT_APP_COUNT:NEW")),
                new Correct("否定句中换行", () -> Draft.demo().text(ON_REQUEST, "2023年度，漕河镇未收到\n政府信息公开申请。"), null,
                        List.of("TXT_NO_APPLICATION_CLAIM:NEW")),
                new Correct("缺少句末句号", () -> five("全年共收到政府信息公开申请5件，均予以公开"), null, List.of("TXT_APP_COUNT:NEW")),
                new Correct("段落间缺句号", () -> five("全年共收到政府信息公开申请5件\n予以公开5件"), null,
                        List.of("TXT_APP_COUNT:NEW", "TXT_RESULT_COUNTS:R_GRANT")),
                new Correct("全角逗号作千位分隔", () -> applications(rows("R_GRANT", 1234)).text(ON_REQUEST, "全年共收到政府信息公开申请1，234件。"), null,
                        List.of("TXT_APP_COUNT:NEW")),
                new Correct("①编号的第六部分事项", () -> part6Numbered(List.of("①", "②", "③", "④", "⑤", "⑥", "⑦")), null,
                        List.of("STR_PART6_ITEMS:part6", "STR_PART6_FEE:INFO_FEE")),
                new Correct("1.编号的第六部分事项", () -> part6Numbered(List.of("1.", "2.", "3.", "4.", "5.", "6.", "7.")), null,
                        List.of("STR_PART6_ITEMS:part6", "STR_PART6_FEE:INFO_FEE")),
                new Correct("(一)半角编号的第六部分事项", () -> part6Numbered(List.of("(一)", "(二)", "(三)", "(四)", "(五)", "(六)", "(七)")), null,
                        List.of("STR_PART6_ITEMS:part6", "STR_PART6_FEE:INFO_FEE")),

                // open ends of the fourth audit
                new Correct("分别为（逐项读）", () -> applications(rows("R_GRANT", 8, "R_PARTIAL", 2, "R_DENY_THIRD_PARTY", 1))
                        .text(ON_REQUEST, "全年共收到政府信息公开申请11件，予以公开、部分公开、不予公开分别为8件、2件、1件。"), null,
                        List.of("TXT_APP_COUNT:NEW", "TXT_RESULT_COUNTS:R_GRANT", "TXT_RESULT_COUNTS:R_PARTIAL", "TXT_RESULT_COUNTS:DENY")),
                // what the fixes must leave alone: a line that starts an item still ends a sentence, counts that do not
                // pair with a 分别 list are not read, two kinds of applicants together are all of them
                new Correct("小标题换行后称未收到申请", () -> Draft.demo().text(ON_REQUEST, "（二）依申请公开情况\n本年度未收到政府信息公开申请。"), null,
                        List.of("TXT_NO_APPLICATION_CLAIM:NEW")),
                new Correct("一是、二是分行", () -> cases(Draft.demo(), "LD_UPHELD", 1).text(PART4, "一是本年度未发生政府信息公开行政复议\n二是本年度被提起行政诉讼1件"),
                        null, List.of("TXT_NO_CASE_CLAIM:REVIEW", "TXT_REVIEW_LIT_COUNT:LITIGATION")),
                new Correct("分别为而件数多于事项", () -> applications(rows("R_GRANT", 8, "R_PARTIAL", 2, "R_DENY_THIRD_PARTY", 1))
                        .text(ON_REQUEST, "全年共收到政府信息公开申请11件，予以公开、部分公开分别为8件、2件、1件。"), null, List.of("TXT_APP_COUNT:NEW")),
                new Correct("部门：自然人和法人提出的申请", () -> departmentApplications("本年度收到自然人和法人提出的政府信息公开申请12件。"), "DEPARTMENT",
                        List.of("TXT_APP_COUNT:NEW")),
                new Correct("占全部N件的", () -> applications(rows("R_GRANT", 10, "R_DENY_THIRD_PARTY", 10))
                        .text(ON_REQUEST, "全年共收到政府信息公开申请20件，其中予以公开10件，占全部20件的50%。"), null, List.of("TXT_PERCENT:part1.ON_REQUEST.1")));
    }

    static List<Wrong> wrong() {
        return List.of(
                new Wrong("部门：商业企业申请件数与表不符", () -> departmentApplications(
                        "全年共收到政府信息公开申请12件。本年度收到商业企业提出的政府信息公开申请4件。"), "DEPARTMENT", "TXT_APP_COUNT:NEW-2", "WARNING"),
                new Wrong("部门：3月20日公布", () -> department(Draft.demo()).set("publishedOn", "2024-03-20"), "DEPARTMENT", "STR_DEADLINE:published",
                        "WARNING"),
                new Wrong("部门：区局报告写全市", () -> department(Draft.demo()).replace(OVERSIGHT, "纳入全镇党委", "纳入全市市场监管系统"), "DEPARTMENT",
                        "TXT_YEAR_SCOPE:SCOPE", "WARNING"),
                new Wrong("区政府：全区件数与表不符", () -> district(applications(rows("R_GRANT", 156))).text(ON_REQUEST, "全区共收到政府信息公开申请160件。"),
                        "COUNTY_GOVERNMENT", "TXT_APP_COUNT:NEW", "WARNING"),
                new Wrong("区政府：区报告写全县", () -> district(Draft.demo()).replace(OVERSIGHT, "纳入全区各单位", "纳入全县各单位"), "COUNTY_GOVERNMENT",
                        "TXT_YEAR_SCOPE:SCOPE", "WARNING"),
                new Wrong("区政府：标题简称写另一区", () -> district(Draft.demo()).text("/title", "任城区政府2023年政府信息公开工作年度报告"),
                        "COUNTY_GOVERNMENT", "STR_AGENCY_YEAR:title", "WARNING"),
                new Wrong("镇：标题简称写另一镇", () -> Draft.demo().text("/title", "新兖镇政府2023年政府信息公开工作年度报告"), null,
                        "STR_AGENCY_YEAR:title", "WARNING"),
                new Wrong("区政府（本级）：4月2日公布", () -> district(Draft.demo()).set("agencyName", DISTRICT + "（本级）").set("publishedOn", "2024-04-02"),
                        null, "STR_DEADLINE:published", "WARNING"),
                new Wrong("镇（本级）：3月20日公布", () -> Draft.demo().set("agencyName", "济宁市兖州区漕河镇人民政府（本级）").set("publishedOn", "2024-03-20"),
                        null, "STR_DEADLINE:published", "WARNING"),
                new Wrong("镇：称无申请无复议而表中有复议", () -> cases(Draft.demo(), "RV_UPHELD", 1).text(ON_REQUEST,
                        "2023年，漕河镇未收到政府信息公开申请，亦未发生因政府信息公开申请引起的行政复议、行政诉讼。"), "TOWNSHIP", "TXT_NO_CASE_CLAIM:REVIEW", "ERROR"),
                new Wrong("镇：称复议诉讼情况：无而表中有", () -> cases(Draft.demo(), "LD_UPHELD", 1).text(PART4, "行政复议、行政诉讼情况：无。"), "TOWNSHIP",
                        "TXT_NO_CASE_CLAIM:LITIGATION", "ERROR"),
                new Wrong("镇：称依申请公开：0件而表中有", () -> applications(rows("R_GRANT", 2)).text(ON_REQUEST, "依申请公开：0件。"), "TOWNSHIP",
                        "TXT_NO_APPLICATION_CLAIM:NEW", "ERROR"),
                new Wrong("2019格式：其他处理件数与表不符", () -> trial().replace(GENERAL, "其他处理1件", "其他处理2件"), null, "TXT_RESULT_COUNTS:OTHER", "WARNING"),
                new Wrong("2019格式：2月20日公布", () -> trial().set("publishedOn", "2021-02-20"), null, "STR_DEADLINE:published", "WARNING"),
                new Wrong("数字中的空格而与表不符", () -> applications(rows("R_GRANT", 12)).text(ON_REQUEST, "全年共收到政府信息公开申请1 3件。"), null,
                        "TXT_APP_COUNT:NEW", "WARNING"),
                new Wrong("句中换行而与表不符", () -> applications(rows("R_GRANT", 12)).text(ON_REQUEST, "全年共收到政府信息公开申请\n13件。"), null,
                        "TXT_APP_COUNT:NEW", "WARNING"),
                new Wrong("否定句中换行而表中有", () -> applications(rows("R_GRANT", 3)).text(ON_REQUEST, "2023年度，漕河镇未收到\n政府信息公开申请。"), null,
                        "TXT_NO_APPLICATION_CLAIM:NEW", "ERROR"),
                new Wrong("分别为（逐项读）而与表不符", () -> applications(rows("R_GRANT", 8, "R_PARTIAL", 2, "R_DENY_THIRD_PARTY", 1))
                        .text(ON_REQUEST, "全年共收到政府信息公开申请11件，予以公开、部分公开、不予公开分别为8件、3件、1件。"), null, "TXT_RESULT_COUNTS:R_PARTIAL",
                        "WARNING"),
                new Wrong("占全部N件的比例算错", () -> applications(rows("R_GRANT", 10, "R_DENY_THIRD_PARTY", 10))
                        .text(ON_REQUEST, "全年共收到政府信息公开申请20件，其中予以公开10件，占全部20件的60%。"), null, "TXT_PERCENT:part1.ON_REQUEST.1", "WARNING"),
                new Wrong("占比算错而另一分项恰合", () -> applications(rows("R_GRANT", 10, "R_DENY_THIRD_PARTY", 10)).text(ON_REQUEST,
                        "全年共收到政府信息公开申请20件，其中网上申请12件、当面申请8件。予以公开10件，占60%。"), null, "TXT_PERCENT:part1.ON_REQUEST.1", "WARNING"));
    }

    private static String body(Draft draft, String level) {
        return level == null ? draft.json() : draft.with(null, level);
    }

    @TestFactory
    Stream<DynamicTest> correctWordingRaisesNoFailure() {
        return correct().stream().map(c -> DynamicTest.dynamicTest(c.name(),
                () -> WordingRobustnessTest.assertCorrect(c.name(), body(c.draft().get(), c.level()), c.read())));
    }

    @TestFactory
    Stream<DynamicTest> wrongReportsStillFail() {
        return wrong().stream().map(w -> DynamicTest.dynamicTest(w.name(),
                () -> WordingRobustnessTest.assertWrong(body(w.draft().get(), w.level()), w.finding(), w.severity())));
    }
}
