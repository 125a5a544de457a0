package cn.gongkai.validation;

import static cn.gongkai.validation.WordingRobustnessTest.FEE;
import static cn.gongkai.validation.WordingRobustnessTest.ON_REQUEST;
import static cn.gongkai.validation.WordingRobustnessTest.OVERSIGHT;
import static cn.gongkai.validation.WordingRobustnessTest.PART3;
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
 * Correct reports written to probe the ERROR rules (TXT_NO_APPLICATION_CLAIM, TXT_NO_CASE_CLAIM, TXT_PARTS_SUM,
 * TXT_FEE_STATEMENT, STR_PART6_FEE): wordings that mention applications, cases, fees or 共…其中 without making the
 * claim or list the rule looks for. Each raised a false ERROR before; the Wrong cases keep each loosened check failing.
 */
@QuarkusTest
class ErrorRuleProbeTest {

    static final String PART5 = "/sections/part5/text";
    static final String FEE_HEADING = "/sections/part6/items/0/heading";


    /** The demo with {@code count} applications from 商业企业 (法人或其他组织), all granted. */
    static Draft organisations(int count) {
        return Draft.demo().applicant("NEW", "BUSINESS", count).applicant("R_GRANT", "BUSINESS", count).applicant("R_TOTAL", "BUSINESS", count);
    }

    /** Three applications, all granted, said so in part 一 (二), and {@code more} after it. */
    static Draft three(String more) {
        return applications(rows("R_GRANT", 3)).text(ON_REQUEST, "2023年收到政府信息公开申请3件，均予以公开。" + more);
    }

    static List<Correct> correct() {
        return List.of(
                // TXT_NO_APPLICATION_CLAIM: the claim is another year's
                new Correct("与上年度未收到申请相比", () -> applications(rows("R_GRANT", 2)).text(ON_REQUEST,
                        "与上年度未收到政府信息公开申请相比，2023年收到申请2件，均予以公开。"), List.of()),
                new Correct("2022年度未收到，2023年收到3件", () -> applications(rows("R_GRANT", 3)).text(ON_REQUEST, "2023年收到政府信息公开申请3件，均予以公开。").text(PART3,
                        "2022年度漕河镇未收到政府信息公开申请，2023年收到3件，均予以公开。"), List.of()),
                new Correct("第五部分：因往年未收到申请", () -> applications(rows("R_GRANT", 2)).text(ON_REQUEST, "2023年收到政府信息公开申请2件，均予以公开。")
                        .replace(PART5, "一方面，", "一方面，因往年未收到政府信息公开申请，工作人员对依申请公开办理流程不够熟悉。"), List.of()),
                // TXT_NO_APPLICATION_CLAIM: none from one kind of applicant, while the other applied
                new Correct("未收到法人或者其他组织提出的申请（自然人有申请）", () -> applications(rows("R_GRANT", 3)).text(ON_REQUEST,
                        "2023年收到自然人提出的政府信息公开申请3件，未收到法人或者其他组织提出的政府信息公开申请。"), List.of("TXT_NO_APPLICATION_CLAIM:NEW")),
                new Correct("未收到自然人提出的申请（法人有申请）", () -> organisations(2).text(ON_REQUEST,
                        "2023年收到法人提出的政府信息公开申请2件，均予以公开；未收到自然人提出的政府信息公开申请。"), List.of("TXT_NO_APPLICATION_CLAIM:NEW")),
                // TXT_NO_APPLICATION_CLAIM: a negation of something about the applications, not of them
                new Correct("无依申请公开结转下年度", () -> three("全镇依申请公开事项均已办结，无依申请公开结转下年度。"), List.of()),
                new Correct("无依申请公开不予公开情况", () -> three("无依申请公开不予公开情况。"), List.of()),
                new Correct("全年无依申请公开办理超时情况", () -> three("全年无依申请公开办理超时情况。"), List.of()),
                new Correct("收费事项：未产生依申请公开信息处理费", () -> three("").text(FEE, "2023年度漕河镇未产生依申请公开信息处理费。"),
                        List.of("TXT_FEE_STATEMENT:part6")),
                new Correct("第五部分：未形成依申请公开工作规范", () -> three("").replace(PART5, "一方面，", "一方面，依申请公开数量少，未形成依申请公开工作规范。"),
                        List.of()),
                new Correct("未收到以信函方式提出的申请，收到网上申请3件", () -> applications(rows("R_GRANT", 3)).text(ON_REQUEST,
                        "2023年未收到以信函方式提出的政府信息公开申请，收到网上申请3件，均予以公开。"), List.of()),
                // TXT_NO_APPLICATION_CLAIM: none received by other units, a negated negation, a condition, none besides these, part of the year
                new Correct("教育局报告：局属各学校未收到申请", () -> applications(rows("R_GRANT", 3)).set("agencyName", "济宁市兖州区教育局")
                        .set("title", "济宁市兖州区教育局2023年政府信息公开工作年度报告")
                        .set("preamble", "本报告由济宁市兖州区教育局根据《中华人民共和国政府信息公开条例》要求编制。本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。")
                        .text(ON_REQUEST, "本局2023年收到政府信息公开申请3件，均予以公开。局属各学校未收到政府信息公开申请。"), List.of()),
                new Correct("所属事业单位未收到申请", () -> three("所属事业单位未收到政府信息公开申请。"), List.of()),
                new Correct("镇属各村未收到申请", () -> three("镇属各村（社区）未收到政府信息公开申请。"), List.of()),
                new Correct("区政府报告：全区各镇街均未收到申请", () -> three("全区各镇街均未收到政府信息公开申请。").set("agencyName", "济宁市兖州区人民政府")
                        .set("title", "济宁市兖州区人民政府2023年政府信息公开工作年度报告")
                        .set("preamble", "本报告由济宁市兖州区人民政府根据《中华人民共和国政府信息公开条例》要求编制。本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。"),
                        List.of()),
                new Correct("区人社局等12个部门未收到申请", () -> three("区人社局、区医保局等12个部门未收到政府信息公开申请。"), List.of()),
                new Correct("不是没有收到申请", () -> three("不是没有收到政府信息公开申请，而是数量较少。"), List.of()),
                new Correct("不能说未收到申请就放松", () -> three("不能说未收到政府信息公开申请就放松依申请公开工作。"), List.of()),
                new Correct("第五部分：即使未收到申请也将培训", () -> three("").replace(PART5, "一方面，", "一方面，即使未收到政府信息公开申请，也将加强依申请公开培训。"),
                        List.of()),
                new Correct("除上述3件外未收到其他申请", () -> three("除上述3件外，未收到其他政府信息公开申请。"), List.of()),
                new Correct("下半年未收到申请", () -> three("下半年未收到政府信息公开申请。"), List.of()),
                new Correct("第六部分：未收到上级对申请办理的督办件", () -> three("").text("/sections/part6/items/4/text",
                        "本年度未收到上级对政府信息公开申请办理的督办件。"), List.of()),
                new Correct("未收到申请表格式的意见", () -> three("未收到政府信息公开申请表格式的意见。"), List.of()),
                new Correct("申请人未收到申请回执的问题已整改", () -> three("申请人未收到政府信息公开申请回执的问题已整改。"), List.of()),
                new Correct("无申请材料丢失情况", () -> three("无政府信息公开申请材料丢失情况。"), List.of()),
                new Correct("未发生申请登记遗漏", () -> three("未发生政府信息公开申请登记遗漏。"), List.of()),
                // TXT_NO_CASE_CLAIM: a claim about one kind of suit, or of reviews of one cause
                new Correct("无直接起诉的行政诉讼，而有复议后起诉", () -> cases(Draft.demo(), "LA_UPHELD", 1).text(PART4,
                        "本年度无直接起诉的政府信息公开行政诉讼。"), List.of("TXT_NO_CASE_CLAIM:LITIGATION")),
                new Correct("未发生因信息处理费引发的行政复议，而有行政复议", () -> cases(Draft.demo(), "RV_UPHELD", 1).text(PART4,
                        "本年度未发生因信息处理费引发的行政复议。"), List.of()),
                // TXT_NO_CASE_CLAIM: a negation of who decided or what came of the cases
                new Correct("无行政复议机关责令重新答复的情况", () -> cases(Draft.demo(), "RV_UPHELD", 1).text(PART4,
                        "2023年发生行政复议1件，维持原答复，无行政复议机关责令重新答复的情况。"), List.of()),
                new Correct("无行政复议申请人不服复议决定提起行政诉讼", () -> cases(Draft.demo(), "RV_UPHELD", 1).text(PART4,
                        "2023年发生行政复议1件，结果维持，无行政复议申请人不服复议决定提起行政诉讼的情况。"), List.of("TXT_NO_CASE_CLAIM:LITIGATION")),
                new Correct("未发生行政复议变更原行政行为", () -> cases(Draft.demo(), "RV_UPHELD", 1).text(PART4,
                        "2023年发生行政复议1件，未发生行政复议变更原行政行为情况。"), List.of()),
                new Correct("无行政复议确认违法情况", () -> cases(Draft.demo(), "RV_UPHELD", 1).text(PART4, "全年行政复议1件，无行政复议确认违法情况。"), List.of()),
                new Correct("无行政诉讼二审案件", () -> cases(Draft.demo(), "LD_UPHELD", 1).text(PART4,
                        "2023年行政诉讼1件，一审判决维持，双方均未上诉，无行政诉讼二审案件。"), List.of()),
                new Correct("尚未审结，无行政复议决定", () -> cases(Draft.demo(), "RV_PENDING", 1).text(PART4, "2023年行政复议1件，尚未审结，无行政复议决定。"),
                        List.of()),
                // TXT_NO_CASE_CLAIM: another year's
                new Correct("2022年未发生复议，2023年1件", () -> cases(Draft.demo(), "RV_UPHELD", 1).text(PART4,
                        "2022年未发生政府信息公开行政复议，2023年发生行政复议1件，结果维持。"), List.of()),
                new Correct("第五部分：往年未发生行政复议", () -> cases(Draft.demo(), "RV_UPHELD", 1).text(PART4, "2023年发生行政复议1件，结果维持。")
                        .replace(PART5, "一方面，", "一方面，往年未发生行政复议，应诉经验不足。"), List.of()),
                new Correct("没有出现因答复超期引发的行政复议，而有行政复议", () -> cases(Draft.demo(), "RV_UPHELD", 1).text(PART4,
                        "2023年发生行政复议1件，结果维持，没有出现因答复超期引发的行政复议。"), List.of()),
                new Correct("未收到行政复议答复通知书以外的文书", () -> cases(Draft.demo(), "RV_UPHELD", 1).text(PART4,
                        "2023年发生行政复议1件，结果维持，未收到行政复议答复通知书以外的其他文书。"), List.of()),
                new Correct("第五部分：无行政复议案例汇编", () -> cases(Draft.demo(), "RV_UPHELD", 1).text(PART4, "2023年发生行政复议1件，结果维持。")
                        .replace(PART5, "一方面，", "一方面，对行政复议案件的分析总结不够，无行政复议案例汇编。"), List.of()),
                new Correct("复议未进入行政诉讼程序，另有诉讼1件", () -> cases(Draft.demo(), "LD_UPHELD", 1, "RV_UPHELD", 1).text(PART4,
                        "行政复议1件，结果维持，未进入行政诉讼程序；另有行政诉讼1件，一审维持。"), List.of()),
                // TXT_NO_CASE_CLAIM: other units' cases, a negated negation, none besides this one
                new Correct("本机关复议1件，各部门未发生复议", () -> cases(Draft.demo(), "RV_UPHELD", 1).text(PART4,
                        "2023年本机关发生行政复议1件，结果维持；各部门未发生政府信息公开行政复议。"), List.of()),
                new Correct("并非未发生行政复议", () -> cases(Draft.demo(), "RV_UPHELD", 1).text(PART4,
                        "并非未发生行政复议，2023年发生行政复议1件，结果维持。"), List.of()),
                new Correct("除1件行政复议外未发生其他", () -> cases(Draft.demo(), "RV_UPHELD", 1).text(PART4,
                        "除1件行政复议外，未发生其他行政复议、行政诉讼。"), List.of()),
                // TXT_NO_APPLICATION_CLAIM: a zero counted by another body for the agency, not the agency's own
                new Correct("尚未答复申请2件（结转下年度）", () -> applications(rows("R_GRANT", 3, "CARRY_OUT", 2)).text(ON_REQUEST,
                        "2023年，本机关收到政府信息公开申请5件，已答复3件，均予以公开；截至12月31日，尚未答复政府信息公开申请2件，结转下年度办理。"),
                        List.of()),
                new Correct("区政务服务中心代收申请0件，本机关收到3件", () -> applications(rows("R_GRANT", 3)).text(ON_REQUEST,
                        "2023年，本机关收到政府信息公开申请3件，均予以公开；区政务服务中心代收政府信息公开申请0件。"), List.of("TXT_APP_COUNT:NEW")),
                // TXT_PARTS_SUM: kinds that overlap (one 解读 by the head of the agency may be a video too), left open
                new Correct("共开展政策解读12次，其中负责人、图文、视频解读14次", () -> Draft.demo().text(PROACTIVE,
                        "全年共开展政策解读12次，其中主要负责人解读3次、图文解读6次、视频解读5次。"), List.of()),
                // TXT_PARTS_SUM: a whole that is no exact count
                new Correct("共发布信息约60条，分项63条", () -> Draft.demo().text(PROACTIVE, "全年共发布信息约60条，其中镇街动态25条、其他信息38条。"),
                        List.of()),
                new Correct("共发放宣传材料500份以上，分项550份", () -> Draft.demo().text(OVERSIGHT,
                        "全年共发放政务公开宣传材料500份以上，其中政策明白纸300份、宣传手册250份。"), List.of()),
                // TXT_PARTS_SUM: a statement about the same applications after the list
                new Correct("；上述申请中4件通过网上提交", () -> applications(rows("R_GRANT", 4, "CARRY_OUT", 1)).text(ON_REQUEST,
                        "2023年共收到政府信息公开申请5件，其中予以公开4件，1件结转下年度办理；上述申请中4件通过网上提交。"), List.of()),
                // TXT_PARTS_SUM: applications divided by applicant, then by result
                new Correct("其中自然人申请5件，予以公开5件", () -> applications(rows("R_GRANT", 5)).text(ON_REQUEST,
                        "2023年共收到政府信息公开申请5件，其中自然人申请5件，予以公开5件。"), List.of()),
                new Correct("其中自然人5件，当面申请2件、网上申请3件", () -> applications(rows("R_GRANT", 5)).text(ON_REQUEST,
                        "2023年共收到政府信息公开申请5件，其中自然人5件，当面申请2件、网上申请3件。"), List.of()),
                new Correct("申请人无须缴纳信息处理费", () -> Draft.demo().text(FEE, "2023年度，申请人无须缴纳信息处理费。"),
                        List.of("TXT_FEE_STATEMENT:part6", "STR_PART6_FEE:INFO_FEE")),
                // STR_SIX_PARTS: the year in a heading, and 依申请公开 for part 三
                new Correct("一、2023年政府信息公开工作总体情况", () -> Draft.demo().text("/sections/part1/heading", "一、2023年政府信息公开工作总体情况"),
                        List.of("STR_SIX_PARTS:parts")),
                new Correct("三、依申请公开政府信息情况", () -> Draft.demo().text("/sections/part3/heading", "三、依申请公开政府信息情况"), List.of("STR_SIX_PARTS:parts")),
                // TXT_FEE_STATEMENT, STR_PART6_FEE: the fee left to the item's heading
                new Correct("标题写信息处理费，正文只写未收取", () -> Draft.demo().text(FEE_HEADING, "（一）收取信息处理费情况").text(FEE, "2023年未收取。"),
                        List.of("TXT_FEE_STATEMENT:part6", "STR_PART6_FEE:INFO_FEE")),
                new Correct("收取信息处理费情况：0", () -> Draft.demo().text(FEE, "收取信息处理费情况：0。"),
                        List.of("TXT_FEE_STATEMENT:part6", "STR_PART6_FEE:INFO_FEE")),
                new Correct("未对申请人收取任何费用", () -> Draft.demo().text(FEE, "本年度未对政府信息公开申请人收取任何费用。"),
                        List.of("TXT_FEE_STATEMENT:part6", "STR_PART6_FEE:INFO_FEE")),
                new Correct("依申请公开的政府信息均免费提供", () -> Draft.demo().text(FEE, "2023年度，漕河镇依申请公开的政府信息均免费提供。"),
                        List.of("TXT_FEE_STATEMENT:part6", "STR_PART6_FEE:INFO_FEE")),
                // STR_SIX_PARTS: parts numbered with bracketed numerals
                new Correct("（一）总体情况", () -> Draft.demo().text("/sections/part1/heading", "（一）总体情况"), List.of("STR_SIX_PARTS:parts")),
                new Correct("规定标题，正文只写本年度未收取", () -> Draft.demo().text(FEE, "本年度未收取。"),
                        List.of("TXT_FEE_STATEMENT:part6", "STR_PART6_FEE:INFO_FEE")));
    }

    static List<Wrong> wrong() {
        return List.of(
                new Wrong("2023年未收到申请，另写2022年收到", () -> applications(rows("R_GRANT", 3)).text(PART3,
                        "2023年未收到政府信息公开申请，2022年收到2件。"), "TXT_NO_APPLICATION_CLAIM:NEW", "ERROR"),
                new Wrong("与上年度相比，本年度未收到", () -> applications(rows("R_GRANT", 2)).text(ON_REQUEST,
                        "与上年度相比，本年度未收到政府信息公开申请。"), "TXT_NO_APPLICATION_CLAIM:NEW", "ERROR"),
                new Wrong("与往年一样未收到", () -> applications(rows("R_GRANT", 2)).text(ON_REQUEST, "与往年一样未收到政府信息公开申请。"),
                        "TXT_NO_APPLICATION_CLAIM:NEW", "ERROR"),
                new Wrong("未收到法人提出的申请而法人有申请", () -> organisations(2).text(ON_REQUEST,
                        "2023年未收到法人或者其他组织提出的政府信息公开申请。"), "TXT_NO_APPLICATION_CLAIM:NEW", "ERROR"),
                new Wrong("未收到自然人提出的申请而自然人有申请", () -> applications(rows("R_GRANT", 3)).text(ON_REQUEST,
                        "2023年未收到自然人提出的政府信息公开申请。"), "TXT_NO_APPLICATION_CLAIM:NEW", "ERROR"),
                new Wrong("未收到申请，另一分句说未收取信息处理费", () -> three("").text(ON_REQUEST, "本年度未收到政府信息公开申请，未收取信息处理费。"),
                        "TXT_NO_APPLICATION_CLAIM:NEW", "ERROR"),
                new Wrong("未收到以任何方式提出的申请而表中有", () -> three("").text(ON_REQUEST, "2023年未收到以任何方式提出的政府信息公开申请。"),
                        "TXT_NO_APPLICATION_CLAIM:NEW", "ERROR"),
                new Wrong("本机关及所属单位均未收到而表中有", () -> three("").text(ON_REQUEST, "2023年本机关及所属单位均未收到政府信息公开申请。"),
                        "TXT_NO_APPLICATION_CLAIM:NEW", "ERROR"),
                new Wrong("未收到公民、法人或其他组织提出的申请而表中有", () -> three("").text(ON_REQUEST,
                        "2023年未收到公民、法人或其他组织提出的政府信息公开申请。"), "TXT_NO_APPLICATION_CLAIM:NEW", "ERROR"),
                new Wrong("未收到申请，另一分句不是没有开展工作", () -> three("").text(ON_REQUEST,
                        "2023年未收到政府信息公开申请，不是没有开展依申请公开工作。"), "TXT_NO_APPLICATION_CLAIM:NEW", "ERROR"),
                new Wrong("未收到申请，下一句如收到将答复", () -> three("").text(ON_REQUEST,
                        "2023年未收到政府信息公开申请。如收到申请，将依法答复。"), "TXT_NO_APPLICATION_CLAIM:NEW", "ERROR"),
                new Wrong("各季度均未收到而表中有", () -> three("").text(ON_REQUEST, "2023年各季度均未收到政府信息公开申请。"),
                        "TXT_NO_APPLICATION_CLAIM:NEW", "ERROR"),
                new Wrong("上半年、下半年均未收到而表中有", () -> three("").text(ON_REQUEST, "2023年上半年、下半年均未收到政府信息公开申请。"),
                        "TXT_NO_APPLICATION_CLAIM:NEW", "ERROR"),
                new Wrong("未收到申请，未收到督办件", () -> three("").text(ON_REQUEST, "2023年未收到政府信息公开申请，未收到督办件。"),
                        "TXT_NO_APPLICATION_CLAIM:NEW", "ERROR"),
                new Wrong("未发生因依申请公开引发的行政复议而表中有", () -> cases(Draft.demo(), "RV_UPHELD", 1).text(PART4,
                        "本年度未发生因依申请公开答复引发的行政复议。"), "TXT_NO_CASE_CLAIM:REVIEW", "ERROR"),
                new Wrong("未收到申请，另一分句说申请材料", () -> three("").text(ON_REQUEST, "2023年未收到政府信息公开申请，申请材料模板已更新。"),
                        "TXT_NO_APPLICATION_CLAIM:NEW", "ERROR"),
                new Wrong("未发生复议，另一分句说程序", () -> cases(Draft.demo(), "RV_UPHELD", 1).text(PART4, "2023年未发生行政复议，应诉程序已完善。"),
                        "TXT_NO_CASE_CLAIM:REVIEW", "ERROR"),
                new Wrong("本机关及各部门均未发生复议而表中有", () -> cases(Draft.demo(), "RV_UPHELD", 1).text(PART4,
                        "2023年本机关及各部门均未发生政府信息公开行政复议。"), "TXT_NO_CASE_CLAIM:REVIEW", "ERROR"),
                new Wrong("未发生复议，另一分句并非不重视", () -> cases(Draft.demo(), "RV_UPHELD", 1).text(PART4,
                        "2023年未发生行政复议，并非不重视应诉工作。"), "TXT_NO_CASE_CLAIM:REVIEW", "ERROR"),
                new Wrong("无直接起诉的行政诉讼而表中有", () -> cases(Draft.demo(), "LD_UPHELD", 1).text(PART4,
                        "本年度无直接起诉的政府信息公开行政诉讼。"), "TXT_NO_CASE_CLAIM:LITIGATION", "ERROR"),
                new Wrong("未发生因政府信息公开引发的行政复议而表中有", () -> cases(Draft.demo(), "RV_UPHELD", 1).text(PART4,
                        "本年度未发生因政府信息公开引发的行政复议。"), "TXT_NO_CASE_CLAIM:REVIEW", "ERROR"),
                new Wrong("未发生行政复议、行政诉讼，另说无复议机关纠错", () -> cases(Draft.demo(), "RV_UPHELD", 1).text(PART4,
                        "2023年未发生行政复议、行政诉讼，无行政复议机关纠错情况。"), "TXT_NO_CASE_CLAIM:REVIEW", "ERROR"),
                new Wrong("按申请人、按方式，方式超过总数", () -> applications(rows("R_GRANT", 5)).text(ON_REQUEST,
                        "2023年共收到政府信息公开申请5件，其中自然人5件，当面申请4件、网上申请3件。"), "TXT_PARTS_SUM:part1.ON_REQUEST.2", "ERROR"),
                new Wrong("一、2023年后写第二部分的标题", () -> Draft.demo().text("/sections/part1/heading", "一、2023年主动公开政府信息情况"), "STR_SIX_PARTS:parts", "ERROR"),
                new Wrong("收费事项只说按规定缴纳", () -> Draft.demo().text(FEE, "2023年度，申请人按规定缴纳信息处理费。"), "TXT_FEE_STATEMENT:part6", "ERROR"),
                new Wrong("2022年发生复议，2023年未发生而表中有", () -> cases(Draft.demo(), "RV_UPHELD", 1).text(PART4,
                        "2022年发生政府信息公开行政复议1件，2023年未发生行政复议。"), "TXT_NO_CASE_CLAIM:REVIEW", "ERROR"),
                new Wrong("2022年、2023年均未发生复议而表中有", () -> cases(Draft.demo(), "RV_UPHELD", 1).text(PART4,
                        "2022年、2023年均未发生政府信息公开行政复议。"), "TXT_NO_CASE_CLAIM:REVIEW", "ERROR"),
                new Wrong("确数60条，分项63条", () -> Draft.demo().text(PROACTIVE, "全年共发布信息60条，其中镇街动态25条、其他信息38条。"),
                        "TXT_PARTS_SUM:part1.PROACTIVE.1", "ERROR"),
                new Wrong("确数500份，分项550份", () -> Draft.demo().text(PROACTIVE, "全年共发放政务公开宣传材料500份，其中政策明白纸300份、宣传手册250份。"),
                        "TXT_PARTS_SUM:part1.PROACTIVE.1", "ERROR"),
                new Wrong("按申请人、按结果，结果超过总数", () -> applications(rows("R_GRANT", 4, "R_PARTIAL", 3)).text(ON_REQUEST,
                        "2023年共收到政府信息公开申请5件，其中自然人申请5件，予以公开4件、部分公开3件。"), "TXT_PARTS_SUM:part1.ON_REQUEST.2", "ERROR"),
                new Wrong("按申请人、按结果，申请人超过总数", () -> applications(rows("R_GRANT", 5)).text(ON_REQUEST,
                        "2023年共收到政府信息公开申请5件，其中自然人申请6件，予以公开5件。"), "TXT_PARTS_SUM:part1.ON_REQUEST.2", "ERROR"),
                new Wrong("其中…超过总数，；上述另计", () -> applications(rows("R_GRANT", 4, "R_PARTIAL", 3)).text(ON_REQUEST,
                        "2023年共收到政府信息公开申请5件，其中予以公开4件、部分公开3件；上述申请中4件通过网上提交。"), "TXT_PARTS_SUM:part1.ON_REQUEST.2", "ERROR"),
                new Wrong("未对申请人的收费标准作调整", () -> Draft.demo().text(FEE, "本年度未对政府信息公开申请人的收费标准进行调整。"),
                        "TXT_FEE_STATEMENT:part6", "ERROR"),
                // “本年度无。” is the bare 无 of audit 8: a warning to write 未收取, not the error of a fee left unstated
                new Wrong("收费事项只写本年度无", () -> Draft.demo().text(FEE, "本年度无。"), "TXT_FEE_STATEMENT:part6", "WARNING"),
                new Wrong("收取情况冒号后未说明", () -> Draft.demo().text(FEE, "收取信息处理费情况：按规定执行。"), "TXT_FEE_STATEMENT:part6", "ERROR"),
                new Wrong("收费事项只写免费咨询", () -> Draft.demo().text(FEE, "2023年度，漕河镇为申请人提供免费咨询服务。"), "TXT_FEE_STATEMENT:part6", "ERROR"),
                new Wrong("（一）后写第二部分的标题", () -> Draft.demo().text("/sections/part1/heading", "（一）主动公开政府信息情况"), "STR_SIX_PARTS:parts", "ERROR"),
                new Wrong("标题写信息处理费，正文未说明收取", () -> Draft.demo().text(FEE_HEADING, "（一）收取信息处理费情况").text(FEE, "2023年严格按照规定执行。"),
                        "TXT_FEE_STATEMENT:part6", "ERROR"),
                new Wrong("标题写信息处理费，正文未说明收取（结构）", () -> Draft.demo().text(FEE_HEADING, "（一）收取信息处理费情况").text(FEE, "2023年严格按照规定执行。"),
                        "STR_PART6_FEE:INFO_FEE", "ERROR"),
                // “未收取” under another item's heading is not the fee's answer
                new Wrong("另一事项写未收取，收费事项未说明", () -> Draft.demo().text(FEE, "2023年严格按照规定执行。")
                        .text("/sections/part6/items/4/text", "2023年未收取。"), "TXT_FEE_STATEMENT:part6", "ERROR"));
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
