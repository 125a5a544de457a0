package cn.gongkai.validation;

import static cn.gongkai.validation.ResultsReviewYearWordingTest.lastYear;
import static cn.gongkai.validation.WordingRobustnessTest.FEE;
import static cn.gongkai.validation.WordingRobustnessTest.ON_REQUEST;
import static cn.gongkai.validation.WordingRobustnessTest.OVERSIGHT;
import static cn.gongkai.validation.WordingRobustnessTest.PROACTIVE;
import static cn.gongkai.validation.WordingRobustnessTest.applications;
import static cn.gongkai.validation.WordingRobustnessTest.rows;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.gongkai.support.Draft;
import cn.gongkai.validation.ResultsReviewYearWordingTest.Correct;
import cn.gongkai.validation.ResultsReviewYearWordingTest.Wrong;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The rules the earlier audits tried least: part 六's items (STR_PART6_ITEMS) and fee (STR_PART6_FEE, TXT_FEE_STATEMENT,
 * TXT_FEE_CONSISTENCY), percentages (TXT_PERCENT), the format (STR_FORMAT_VERSION, XY_FORMAT_STABLE) and copied text
 * (XY_TEXT_DUPLICATION), on wordings of published reports: part 六 numbered 1. or 一是 or run into one paragraph, headings
 * reworded or out of order, the fee in 零元, 0.00万元, a heading that answers itself, 收费告知书; shares rounded or cut to
 * two decimals, rates and changes beside them; part 六's stock answers repeated every year.
 */
@QuarkusTest
class PartSixPercentCrossYearWordingTest {

    static final String PART5 = "/sections/part5/text";
    static final String PART6 = "/sections/part6/text";
    static final String GENERAL = "/sections/part1/text";


    /** Part 六 as its own text alone, without items: how an import leaves items numbered 1. or 一是, or run together. */
    static Draft part6AsText(Draft draft, String text) {
        ((ArrayNode) draft.tree().at("/sections/part6/items")).removeAll();
        return draft.text(PART6, text);
    }

    /** Part 六's items with the headings given and no keys, as a local template or a pasted copy words them. */
    static Draft unkeyed(Draft draft, List<String> headings) {
        for (int i = 0; i < headings.size(); i++) {
            ((ObjectNode) draft.tree().at("/sections/part6/items/" + i)).remove("key");
            draft.text("/sections/part6/items/" + i + "/heading", headings.get(i));
        }
        return draft;
    }

    /** Moves part 六's first item (the fee) to the end. */
    static Draft feeItemLast(Draft draft) {
        ArrayNode items = (ArrayNode) draft.tree().at("/sections/part6/items");
        items.add(items.remove(0));
        return draft;
    }

    static Draft item(Draft draft, int index, String text) {
        return draft.text("/sections/part6/items/" + index + "/text", text);
    }

    /** Applications closed for an unpaid fee (表三 逾期未缴费), with the part 六 fee item given. */
    static Draft unpaid(int closed, String fee) {
        return applications(rows("R_GRANT", 2, "R_OTHER_NO_FEE", closed)).text(ON_REQUEST, "全年收到政府信息公开申请" + (2 + closed) + "件。")
                .text(FEE, fee);
    }

    /** Part 六 of a township with nothing to report: stock answers, the same each year but for the year. */
    static Draft stockPart6(Draft draft, int year) {
        item(draft, 0, year + "年度，漕河镇未收取政府信息公开信息处理费。");
        item(draft, 1, "漕河镇严格按照上级年度政务公开工作要点要求，认真抓好各项任务落实。");
        item(draft, 2, year + "年度，漕河镇未承办人大代表建议和政协委员提案。");
        item(draft, 3, "无。");
        item(draft, 4, "本年度无数据统计需要说明的事项。");
        item(draft, 5, "本年度无其他需要报告的事项。");
        return item(draft, 6, "无。");
    }

    static final String SEVEN_IN_ONE = "一是收取信息处理费情况。2023年度，漕河镇未收取政府信息公开信息处理费。二是落实上级年度政务公开工作要点情况。"
            + "漕河镇按照区政府安排部署，严格落实各项政务公开工作任务。三是人大代表建议和政协提案办理结果公开情况。本年度未收到人大代表建议和政协提案。"
            + "四是政务公开工作创新情况。打造“和为贵”群众会客厅，广泛收集群众意见。五是年度报告数据统计需要说明的事项。无。"
            + "六是本机关认为需要报告的其他事项。无。七是其他有关文件专门要求报告的事项。无。";

    static final String SEVEN_NUMBERED = "1.收取信息处理费情况\n2023年度，漕河镇未收取政府信息公开信息处理费。\n2.落实上级年度政务公开工作要点情况\n"
            + "漕河镇按照区政府安排部署，严格落实各项政务公开工作任务。\n3.人大代表建议和政协提案办理结果公开情况\n本年度未收到人大代表建议和政协提案。\n"
            + "4.政务公开工作创新情况\n打造“和为贵”群众会客厅，广泛收集群众意见。\n5.年度报告数据统计需要说明的事项\n无。\n6.本机关认为需要报告的其他事项\n无。\n"
            + "7.其他有关文件专门要求报告的事项\n无。";

    static final String SEVEN_RUN_TOGETHER = "（一）信息处理费收取情况：2023年度，漕河镇未收取信息处理费。（二）落实上级年度政务公开工作要点情况：严格落实各项任务。"
            + "（三）人大代表建议和政协提案办理结果公开情况：未收到人大代表建议和政协提案。（四）政务公开工作创新情况：打造“和为贵”群众会客厅。"
            + "（五）数据统计需要说明的事项：无。（六）其他需要报告的事项：无。（七）其他有关文件专门要求报告的事项：无。";

    static Draft trialReport(int year) {
        Draft trial = WordingRobustnessTest.trialReport().set("year", year).set("publishedOn", (year + 1) + "-01-20");
        return year == 2020 ? trial
                : trial.replace("/title", "2020年", year + "年").replace("/preamble", "2020年", year + "年").replace(GENERAL, "2020年", year + "年");
    }

    /** The demo report as the same town's report for another year: every 2023 of it changed. */
    static Draft demoFor(int year) {
        return Draft.of(Draft.demo().json().replace("2023", String.valueOf(year))).set("publishedOn", (year + 1) + "-01-20");
    }

    /** The 2019 trial format's single （六）其他处理 row left in a 2021-format 表三 (a hybrid). */
    static Draft hybrid(Draft draft) {
        return draft.cell("table3", "R_OTHER_UNSPLIT", "NATURAL", 0).cell("table3", "R_OTHER_UNSPLIT", "TOTAL", 0);
    }

    static List<Correct> correct() {
        return List.of(
                // STR_PART6_ITEMS
                new Correct("第六部分一是至七是合为一段", () -> part6AsText(Draft.demo(), SEVEN_IN_ONE),
                        List.of("STR_PART6_ITEMS:part6", "STR_PART6_FEE:INFO_FEE", "TXT_FEE_STATEMENT:part6")),
                new Correct("第六部分1.至7.分行（导入后无事项）", () -> part6AsText(Draft.demo(), SEVEN_NUMBERED),
                        List.of("STR_PART6_ITEMS:part6", "STR_PART6_FEE:INFO_FEE")),
                new Correct("第六部分（一）至（七）连写一段", () -> part6AsText(Draft.demo(), SEVEN_RUN_TOGETHER),
                        List.of("STR_PART6_ITEMS:part6", "TXT_FEE_STATEMENT:part6")),
                new Correct("事项标题改写、无编号键", () -> unkeyed(Draft.demo(), List.of("（一）依据《政府信息公开信息处理费管理办法》收取信息处理费的情况",
                        "（二）落实上级年度政务公开工作要点情况", "（三）人大代表建议和政协委员提案办理结果公开情况", "（四）政务公开工作创新情况",
                        "（五）年度报告数据统计需要说明的事项", "（六）本机关认为需要报告的其他事项", "（七）其他有关文件专门要求通过年度报告予以报告的事项")),
                        List.of("STR_PART6_ITEMS:part6", "STR_PART6_FEE:INFO_FEE", "TXT_FEE_STATEMENT:part6")),
                new Correct("信息处理费收取情况（标题）", () -> unkeyed(Draft.demo(), List.of("（一）信息处理费收取情况")),
                        List.of("STR_PART6_ITEMS:part6", "STR_PART6_FEE:INFO_FEE")),
                new Correct("信息处理费事项排在最后", () -> feeItemLast(Draft.demo()), List.of("STR_PART6_ITEMS:part6", "STR_PART6_FEE:INFO_FEE")),
                new Correct("无键事项次序颠倒", () -> unkeyed(feeItemLast(Draft.demo()), List.of("（一）落实上级年度政务公开工作要点情况",
                        "（二）人大代表建议和政协提案办理结果公开情况", "（三）政务公开工作创新情况", "（四）数据统计需要说明的事项", "（五）其他需要报告的事项",
                        "（六）其他有关文件专门要求报告的事项", "（七）收取信息处理费情况")), List.of("STR_PART6_ITEMS:part6", "STR_PART6_FEE:INFO_FEE")),
                new Correct("第六部分①至⑦分行", () -> part6AsText(Draft.demo(), SEVEN_NUMBERED.replace("1.", "①").replace("2.", "②").replace("3.", "③")
                        .replace("4.", "④").replace("5.", "⑤").replace("6.", "⑥").replace("7.", "⑦")), List.of("STR_PART6_ITEMS:part6")),
                new Correct("区局：第六部分一、至七、分行", () -> part6AsText(ReportTypeWordingTest.department(Draft.demo()), SEVEN_NUMBERED
                        .replace("1.", "一、").replace("2.", "二、").replace("3.", "三、").replace("4.", "四、").replace("5.", "五、").replace("6.", "六、")
                        .replace("7.", "七、").replace("漕河镇", "我局")), List.of("STR_PART6_ITEMS:part6", "TXT_FEE_STATEMENT:part6")),
                new Correct("事项标题后只写无", () -> item(item(Draft.demo(), 3, "无。"), 1, "无。"), List.of("STR_PART6_ITEMS:part6")),
                new Correct("2019格式第六部分无七个事项", () -> trialReport(2020).text(PART6, "本年度无其他需要报告的事项。"), List.of()),

                // TXT_FEE_STATEMENT / STR_PART6_FEE
                new Correct("收取信息处理费零元", () -> Draft.demo().text(FEE, "2023年度，漕河镇收取信息处理费零元。"),
                        List.of("TXT_FEE_STATEMENT:part6", "STR_PART6_FEE:INFO_FEE")),
                new Correct("0.00万元", () -> Draft.demo().text(FEE, "本年度收取信息处理费0.00万元。"), List.of("TXT_FEE_STATEMENT:part6")),
                new Correct("收取金额0.12万元", () -> Draft.demo().text(FEE, "本年度按件计收信息处理费4件，收取金额0.12万元，已全额上缴国库。"),
                        List.of("TXT_FEE_STATEMENT:part6", "STR_PART6_FEE:INFO_FEE")),
                new Correct("未产生信息处理费", () -> Draft.demo().text(FEE, "本年度未产生信息处理费。"), List.of("TXT_FEE_STATEMENT:part6")),
                new Correct("不存在收取信息处理费情况（无“的”）", () -> Draft.demo().text(FEE, "2023年度，漕河镇不存在收取信息处理费情况。"),
                        List.of("TXT_FEE_STATEMENT:part6")),
                new Correct("信息处理费收取金额：0元", () -> Draft.demo().text(FEE, "信息处理费收取金额：0元。"), List.of("TXT_FEE_STATEMENT:part6")),
                new Correct("共计1,250元", () -> Draft.demo().text(FEE, "本年度依据《政府信息公开信息处理费管理办法》收取信息处理费3笔，共计1,250元。"),
                        List.of("TXT_FEE_STATEMENT:part6")),
                new Correct("区局：我局未收取", () -> ReportTypeWordingTest.department(Draft.demo()).text(FEE, "2023年度，我局未收取政府信息公开信息处理费。"),
                        List.of("TXT_FEE_STATEMENT:part6", "STR_PART6_FEE:INFO_FEE")),
                new Correct("标题后写明“未收取”（标题即答）", () -> unkeyed(Draft.demo(), List.of("（一）收取信息处理费情况：本年度未收取信息处理费"))
                        .text(FEE, ""), List.of("TXT_FEE_STATEMENT:part6", "STR_PART6_FEE:INFO_FEE")),
                new Correct("收费在（一），未收取其他费用在（六）", () -> item(Draft.demo().text(FEE, "本年度收取信息处理费200元。"), 5,
                        "除信息处理费外，本机关依申请公开工作未收取其他任何费用。"), List.of("TXT_FEE_STATEMENT:part6")),
                new Correct("（一）写无，（六）写明未收取", () -> item(Draft.demo().text(FEE, "无。"), 5, "本年度未收取政府信息公开信息处理费。"),
                        List.of("TXT_FEE_STATEMENT:part6", "STR_PART6_FEE:INFO_FEE")),
                new Correct("收取信息处理费0次", () -> Draft.demo().text(FEE, "2023年度，漕河镇收取信息处理费0次。"), List.of("TXT_FEE_STATEMENT:part6")),
                new Correct("无需收取", () -> Draft.demo().text(FEE, "本年度申请均在免费范围内，无需收取信息处理费。"), List.of("TXT_FEE_STATEMENT:part6")),
                new Correct("信息处理费与表二行政事业性收费并述", () -> Draft.demo().text(FEE,
                        "本年度未收取政府信息公开信息处理费。表二所列行政事业性收费1.5万元为本机关依法收取的其他收费。")
                        .cell("table2", "ADMIN_FEE", "AMOUNT_WAN", "1.5"), List.of("TXT_FEE_STATEMENT:part6")),

                // TXT_FEE_CONSISTENCY
                new Correct("发出收费告知书", () -> unpaid(1, "本年度向1名申请人发出《信息处理费收费告知书》，申请人逾期未付费，未实际收取信息处理费。"),
                        List.of("TXT_FEE_CONSISTENCY:R_OTHER_NO_FEE", "TXT_FEE_STATEMENT:part6")),
                new Correct("收取0.03万元", () -> unpaid(1, "本年度收取信息处理费0.03万元，另有1件申请人逾期未按通知要求付费。"),
                        List.of("TXT_FEE_CONSISTENCY:R_OTHER_NO_FEE", "TXT_FEE_STATEMENT:part6")),
                new Correct("缴费通知书", () -> unpaid(2, "本年度发出《政府信息公开信息处理费缴费通知书》2份，申请人均逾期未缴费，未实际收取费用。"),
                        List.of("TXT_FEE_CONSISTENCY:R_OTHER_NO_FEE")),
                new Correct("收费说明写在（五）数据统计事项", () -> item(unpaid(1, "本年度未收取信息处理费。"), 4,
                        "表三中“申请人逾期未按收费通知要求缴纳费用”1件，系申请人收到收费通知后未在规定期限内缴纳。"),
                        List.of("TXT_FEE_CONSISTENCY:R_OTHER_NO_FEE")),

                // TXT_PERCENT
                new Correct("占比75%", () -> applications(rows("R_GRANT", 15, "R_PARTIAL", 5)).text(ON_REQUEST,
                        "全年共收到政府信息公开申请20件，其中予以公开15件，占比75%。"), List.of("TXT_PERCENT:part1.ON_REQUEST.1")),
                new Correct("两位小数66.67%", () -> applications(rows("R_GRANT", 2, "R_PARTIAL", 1)).text(ON_REQUEST,
                        "全年共收到政府信息公开申请3件，其中予以公开2件，占66.67%。"), List.of("TXT_PERCENT:part1.ON_REQUEST.1")),
                new Correct("截断66.6%", () -> applications(rows("R_GRANT", 2, "R_PARTIAL", 1)).text(ON_REQUEST,
                        "全年共收到政府信息公开申请3件，其中予以公开2件，占66.6%。"), List.of("TXT_PERCENT:part1.ON_REQUEST.1")),
                new Correct("括注百分比", () -> applications(rows("R_GRANT", 8, "R_PARTIAL", 4)).text(ON_REQUEST,
                        "全年共收到政府信息公开申请12件，其中予以公开8件（66.7%）、部分公开4件（33.3%）。"),
                        List.of("TXT_PERCENT:part1.ON_REQUEST.1", "TXT_PERCENT:part1.ON_REQUEST.2")),
                new Correct("占申请总数的75.00%", () -> applications(rows("R_GRANT", 30, "R_PARTIAL", 10)).text(ON_REQUEST,
                        "全年共收到政府信息公开申请40件，其中予以公开30件，占申请总数的75.00%。"), List.of("TXT_PERCENT:part1.ON_REQUEST.1")),
                new Correct("共处理（含上年结转）的占比", () -> applications(rows("CARRY_IN", 2, "R_GRANT", 15, "R_PARTIAL", 5)).text(ON_REQUEST,
                        "全年共处理政府信息公开申请20件（含上年结转2件），予以公开15件，占75%。"), List.of("TXT_PERCENT:part1.ON_REQUEST.1")),
                new Correct("无“共”的总数：申请20件，其中…占75%", () -> applications(rows("R_GRANT", 15, "R_PARTIAL", 5)).text(ON_REQUEST,
                        "2023年收到政府信息公开申请20件，其中予以公开15件，占75%；部分公开5件，占25%。"),
                        List.of("TXT_PERCENT:part1.ON_REQUEST.1", "TXT_PERCENT:part1.ON_REQUEST.2")),
                new Correct("无“共”的总数：主动公开63条，其中…占比", () -> Draft.demo().text(PROACTIVE,
                        "主动公开政府信息63条，其中镇街动态25条，占39.7%，通知公告38条，占60.3%。"),
                        List.of("TXT_PERCENT:part1.PROACTIVE.1", "TXT_PERCENT:part1.PROACTIVE.2")),
                new Correct("无“共”，较上年增加后的其中不是总数", () -> applications(rows("R_GRANT", 15, "R_PARTIAL", 5)).text(ON_REQUEST,
                        "2023年收到政府信息公开申请20件，较上年增加8件，其中予以公开15件，占75%。"), List.of()),
                new Correct("占比达75%", () -> applications(rows("R_GRANT", 15, "R_PARTIAL", 5)).text(ON_REQUEST,
                        "全年共收到政府信息公开申请20件，其中予以公开15件，占比达75%。"), List.of("TXT_PERCENT:part1.ON_REQUEST.1")),
                new Correct("区政府：全区申请的占比", () -> ReportTypeWordingTest.district(applications(rows("R_GRANT", 120, "R_PARTIAL", 36)))
                        .text(ON_REQUEST, "全区共收到政府信息公开申请156件，其中予以公开120件，占76.9%；部分公开36件，占23.1%。"),
                        List.of("TXT_PERCENT:part1.ON_REQUEST.1", "TXT_PERCENT:part1.ON_REQUEST.2")),
                new Correct("2019格式：予以公开占60%", () -> trialReport(2020).replace(GENERAL, "其中予以公开3件，", "其中予以公开3件，占60%，"),
                        List.of("TXT_PERCENT:part1.1")),
                new Correct("分别占75%、25%", () -> applications(rows("R_GRANT", 15, "R_PARTIAL", 5)).text(ON_REQUEST,
                        "全年共收到政府信息公开申请20件，其中予以公开15件、部分公开5件，分别占75%、25%。"), List.of("TXT_PERCENT:part1.ON_REQUEST.2")),
                new Correct("同比增长12.5%", () -> applications(rows("R_GRANT", 9)).text(ON_REQUEST,
                        "全年共收到政府信息公开申请9件，同比增长12.5%。"), List.of("TXT_APP_COUNT:NEW")),
                new Correct("较上年下降、百分点", () -> applications(rows("R_GRANT", 8)).text(ON_REQUEST,
                        "全年共收到政府信息公开申请8件，较上年的10件下降了20%，公开比例提高5个百分点。"), List.of("TXT_APP_COUNT:NEW")),
                new Correct("近百分之百与千分比", () -> Draft.demo().text(PROACTIVE,
                        "全年共发布信息65条，政府网站信息更新及时率近百分之百，错敏信息率低于0.5‰。"), List.of()),
                new Correct("表中没有的百分比（政策解读占比）", () -> Draft.demo().text(PROACTIVE,
                        "本年度共发布信息65条，其中政策解读15条，占23.1%，图文解读比例达到60%以上。"), List.of("TXT_PERCENT:part1.PROACTIVE.1")),
                new Correct("建议提案办结率、满意率", () -> item(Draft.demo(), 2,
                        "2023年度，漕河镇共承办人大代表建议5件、政协提案3件，办结率100%，满意率98.5%。"), List.of()),
                new Correct("网站访问量同比增长", () -> Draft.demo().text(PROACTIVE,
                        "全年共发布信息65条，网站访问量达12.6万人次，同比增长8.6%，其中移动端访问占六成以上。"), List.of()),

                // XY_TEXT_DUPLICATION
                new Correct("第六部分每年同样的固定表述", () -> stockPart6(Draft.demo(), 2023), () -> stockPart6(lastYear(), 2022),
                        List.of("XY_TEXT_DUPLICATION:part1", "XY_TEXT_DUPLICATION:part5")),
                new Correct("第一部分同样的开头语，其余重写", () -> Draft.demo().text(GENERAL,
                        "2023年，漕河镇深入贯彻落实《中华人民共和国政府信息公开条例》，坚持以公开为常态、不公开为例外，围绕镇党委、政府中心工作，扎实推进政务公开工作。"),
                        () -> lastYear().text(GENERAL, "2022年，漕河镇深入贯彻落实《中华人民共和国政府信息公开条例》，坚持以公开为常态、不公开为例外，"
                                + "以乡村振兴为抓手，重点做好涉农补贴、村级财务和征地拆迁信息公开。"),
                        List.of("XY_TEXT_DUPLICATION:part5")),

                new Correct("区局：第六部分固定答复每年相同", () -> stockPart6(ReportTypeWordingTest.department(Draft.demo()), 2023),
                        () -> stockPart6(ReportTypeWordingTest.department(lastYear()), 2022), List.of("XY_TEXT_DUPLICATION:part5")),

                // XY_FORMAT_STABLE
                new Correct("上年、本年均为2021格式", () -> Draft.demo(), ResultsReviewYearWordingTest::lastYear, List.of("XY_FORMAT_STABLE:format")),
                new Correct("上年2019报告未写格式（按年度为试行格式）", () -> trialReport(2020), () -> {
                    Draft previous = trialReport(2019).text(GENERAL, "2019年，漕河镇以新修订的《条例》施行为契机，调整政务公开领导小组，"
                            + "梳理主动公开基本目录，全年收到政府信息公开申请5件，上年结转1件，已全部依法答复。");
                    previous.tree().remove("format");
                    return previous;
                }, List.of("XY_FORMAT_STABLE:format", "STR_FORMAT_VERSION:format")),

                // STR_FORMAT_VERSION
                new Correct("未写格式的2023年度报告", () -> {
                    Draft draft = Draft.demo();
                    draft.tree().remove("format");
                    return draft;
                }, List.of("STR_FORMAT_VERSION:format")),
                new Correct("2020年度报告用试行格式", () -> trialReport(2020), List.of("STR_FORMAT_VERSION:format")));
    }

    static List<Wrong> wrong() {
        return List.of(
                // STR_PART6_ITEMS
                new Wrong("第六部分只写收费一句", () -> part6AsText(Draft.demo(), "2023年度，漕河镇未收取政府信息公开信息处理费。"), "STR_PART6_ITEMS:part6",
                        "WARNING"),
                new Wrong("一是至三是，缺四项", () -> part6AsText(Draft.demo(), SEVEN_IN_ONE.substring(0, SEVEN_IN_ONE.indexOf("四是"))),
                        "STR_PART6_ITEMS:part6", "WARNING"),
                new Wrong("1.至7.中缺人大建议项", () -> part6AsText(Draft.demo(), SEVEN_NUMBERED.replace("3.人大代表建议和政协提案办理结果公开情况\n本年度未收到人大代表建议和政协提案。\n", "")),
                        "STR_PART6_ITEMS:part6", "WARNING"),
                new Wrong("无键事项缺创新项", () -> unkeyed(Draft.demo(), List.of("（一）信息处理费收取情况", "（二）落实上级年度政务公开工作要点情况",
                        "（三）人大代表建议和政协提案办理结果公开情况", "（四）数据统计需要说明的事项", "（五）其他需要报告的事项", "（六）其他有关文件专门要求报告的事项"))
                        .removeItem("part6", 6), "STR_PART6_ITEMS:part6", "WARNING"),

                // TXT_FEE_STATEMENT / STR_PART6_FEE
                new Wrong("详见附件", () -> Draft.demo().text(FEE, "本年度信息处理费收取情况详见附件。"), "TXT_FEE_STATEMENT:part6", "ERROR"),
                new Wrong("已按规定收取而无金额", () -> Draft.demo().text(FEE, "本年度已按规定收取信息处理费。"), "TXT_FEE_STATEMENT:part6", "ERROR"),
                // the fee item answers only 无: it likely means none, but does not say so; a warning (it was an ERROR)
                new Wrong("（一）标题后只写无，其他各项也无", () -> item(Draft.demo().text(FEE, "无。"), 5, "本年度无其他需要报告的事项。"),
                        "STR_PART6_FEE:INFO_FEE", "WARNING"),
                new Wrong("（一）标题后只写暂无", () -> Draft.demo().text(FEE, "暂无"), "TXT_FEE_STATEMENT:part6", "WARNING"),
                new Wrong("第六部分整段只写无（无收费事项）", () -> part6AsText(Draft.demo(), "无。"), "TXT_FEE_STATEMENT:part6", "ERROR"),
                new Wrong("收取信息处理费10次而无金额", () -> Draft.demo().text(FEE, "本年度收取信息处理费10次。"), "TXT_FEE_STATEMENT:part6", "ERROR"),
                new Wrong("第六部分别处只称不收取办事费用", () -> item(Draft.demo().text(FEE, "本机关严格执行《政府信息公开信息处理费管理办法》。"), 3,
                        "推行帮办代办服务，群众办事不收取任何费用。"), "TXT_FEE_STATEMENT:part6", "ERROR"),
                new Wrong("第六部分别处只称无违规收费", () -> item(Draft.demo().text(FEE, "按规定执行。"), 5, "本机关不存在违规收费行为。"), "TXT_FEE_STATEMENT:part6",
                        "ERROR"),
                new Wrong("标题即答而只写依据", () -> unkeyed(Draft.demo(), List.of("（一）收取信息处理费情况：严格执行管理办法")).text(FEE, ""),
                        "TXT_FEE_STATEMENT:part6", "ERROR"),

                // TXT_FEE_CONSISTENCY
                new Wrong("逾期未缴费2件而只称未收取", () -> unpaid(2, "本年度未收取信息处理费。"), "TXT_FEE_CONSISTENCY:R_OTHER_NO_FEE", "WARNING"),
                new Wrong("逾期未缴费而只提政府信息公开告知书", () -> unpaid(1, "本年度未收取信息处理费，依法向申请人出具《政府信息公开告知书》。"),
                        "TXT_FEE_CONSISTENCY:R_OTHER_NO_FEE", "WARNING"),

                // TXT_PERCENT
                new Wrong("无“共”：申请20件，其中予以公开15件，占80%", () -> applications(rows("R_GRANT", 15, "R_PARTIAL", 5)).text(ON_REQUEST,
                        "2023年收到政府信息公开申请20件，其中予以公开15件，占80%。"), "TXT_PERCENT:part1.ON_REQUEST.1", "WARNING"),
                new Wrong("占比80%而15/20", () -> applications(rows("R_GRANT", 15, "R_PARTIAL", 5)).text(ON_REQUEST,
                        "全年共收到政府信息公开申请20件，其中予以公开15件，占比80%。"), "TXT_PERCENT:part1.ON_REQUEST.1", "WARNING"),
                new Wrong("两位小数66.33%", () -> applications(rows("R_GRANT", 2, "R_PARTIAL", 1)).text(ON_REQUEST,
                        "全年共收到政府信息公开申请3件，其中予以公开2件，占66.33%。"), "TXT_PERCENT:part1.ON_REQUEST.1", "WARNING"),
                new Wrong("占比不符而其后另有比例", () -> Draft.demo().text(PROACTIVE,
                        "本年度共发布信息65条，其中政策解读15条，占30%，图文解读比例达到60%以上。"), "TXT_PERCENT:part1.PROACTIVE.1", "WARNING"),
                new Wrong("分别占而第二个不符", () -> applications(rows("R_GRANT", 15, "R_PARTIAL", 5)).text(ON_REQUEST,
                        "全年共收到政府信息公开申请20件，其中予以公开15件、部分公开5件，分别占75%、30%。"), "TXT_PERCENT:part1.ON_REQUEST.2", "WARNING"),
                new Wrong("括注百分比不符", () -> applications(rows("R_GRANT", 8, "R_PARTIAL", 4)).text(ON_REQUEST,
                        "全年共收到政府信息公开申请12件，其中予以公开8件（60%）、部分公开4件（33.3%）。"), "TXT_PERCENT:part1.ON_REQUEST.1", "WARNING"),

                // XY_TEXT_DUPLICATION
                new Wrong("第五部分照抄而改几个字", () -> Draft.demo(), () -> lastYear().text(PART5, Draft.demo().at(PART5).asText()
                        .replace("2023年", "2022年").replace("有待提升", "还需提高").replace("人员流动较大", "人员变动频繁")),
                        "XY_TEXT_DUPLICATION:part5", "WARNING"),
                new Wrong("第一部分照抄而段落调换", () -> Draft.demo(), () -> {
                    String general = Draft.demo().at(GENERAL).asText().replace("2023", "2022");
                    int half = general.indexOf('。') + 1;
                    return lastYear().text(GENERAL, general.substring(half) + general.substring(0, half));
                }, "XY_TEXT_DUPLICATION:part1", "WARNING"),
                new Wrong("固定表述之外照抄创新做法", () -> item(stockPart6(Draft.demo(), 2023), 3, Draft.demo().at("/sections/part6/items/3/text").asText()),
                        () -> item(stockPart6(lastYear(), 2022), 3, Draft.demo().at("/sections/part6/items/3/text").asText()),
                        "XY_TEXT_DUPLICATION:part6", "WARNING"),

                new Wrong("第六部分一是至七是整段照抄", () -> part6AsText(Draft.demo(), SEVEN_IN_ONE),
                        () -> part6AsText(lastYear(), SEVEN_IN_ONE.replace("2023", "2022")), "XY_TEXT_DUPLICATION:part6", "WARNING"),

                // XY_FORMAT_STABLE
                new Wrong("2022年度报告而上年仍用试行格式", () -> demoFor(2022), () -> trialReport(2021), "XY_FORMAT_STABLE:format", "INFO"),
                new Wrong("2021年度报告而上年为试行格式", () -> demoFor(2021), () -> trialReport(2020), "XY_FORMAT_STABLE:format", "INFO"),

                // STR_FORMAT_VERSION
                new Wrong("标为2021格式而表三留有试行格式的其他处理单行", () -> hybrid(Draft.demo()), "STR_FORMAT_VERSION:format", "WARNING"),
                new Wrong("标为试行格式而表二为2021格式的收费金额", () -> trialReport(2020).cell("table2", "ADMIN_FEE", "AMOUNT_WAN", 0),
                        "STR_FORMAT_VERSION:format", "WARNING"),
                new Wrong("2023年度报告用试行格式", () -> trialReport(2023), "STR_FORMAT_VERSION:format", "WARNING"));
    }

    @TestFactory
    Stream<DynamicTest> correctWordingRaisesNoFailure() {
        return ResultsReviewYearWordingTest.correctTests(correct());
    }

    @TestFactory
    Stream<DynamicTest> wrongReportsStillFail() {
        return ResultsReviewYearWordingTest.wrongTests(wrong());
    }
}
