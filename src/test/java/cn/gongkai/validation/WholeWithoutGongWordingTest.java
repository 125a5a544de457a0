package cn.gongkai.validation;

import static cn.gongkai.validation.WordingRobustnessTest.ON_REQUEST;
import static cn.gongkai.validation.WordingRobustnessTest.OVERSIGHT;
import static cn.gongkai.validation.WordingRobustnessTest.PROACTIVE;
import static cn.gongkai.validation.WordingRobustnessTest.applications;
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
 * TXT_PARTS_SUM on a whole written without 共 (“主动公开政府信息63条，其中…”), read only when its count stands right before
 * 其中 or 包括 (a comma or colon between them at most). Correct reports: the lists that add up pass, and the sentences where which count the list is of is unclear (another
 * count before it, a change 较上年, an ordinal 第N期, 场次, items that may overlap, an approximate whole) raise no FAIL. Wrong
 * ones: parts that add up to more than the whole fail, at WARNING (a whole without 共 is a point for the reviewer, see TextChecks.PartsSum#atMostWarning). Built from the demo, its text rewritten.
 */
@QuarkusTest
class WholeWithoutGongWordingTest {

    static final String PLATFORMS = "/sections/part1/items/3/text";
    static final String NPC = "/sections/part6/items/2/text";

    /** The demo's part 一 (一) rewritten: its 共 whole gone, the list in {@code text} is the first the rule reads. */
    static Draft proactive(String text) {
        return Draft.demo().text(PROACTIVE, text);
    }

    /** {@code natural} applications of 自然人 and {@code organisations} of 商业企业, all granted; part 一 (二) says {@code text}. */
    static Draft byApplicant(int natural, int organisations, String text) {
        Draft draft = Draft.demo();
        for (String row : List.of("NEW", "R_GRANT", "R_TOTAL")) {
            draft.cell("table3", row, "NATURAL", natural).cell("table3", row, "BUSINESS", organisations).cell("table3", row, "TOTAL",
                    natural + organisations);
        }
        return draft.text(ON_REQUEST, text);
    }

    static List<Correct> correct() {
        return List.of(
                // read: the list adds up to the whole, or stays within it
                new Correct("主动公开63条，其中三类", () -> proactive("2023年，漕河镇主动公开政府信息63条，其中镇街动态25条、通知公告20条、其他信息18条。"),
                        List.of("TXT_PARTS_SUM:part1.PROACTIVE.1")),
                new Correct("政策解读8篇，其中图文、视频", () -> proactive("本年度发布政策解读8篇，其中图文解读5篇、视频解读3篇。"),
                        List.of("TXT_PARTS_SUM:part1.PROACTIVE.1")),
                new Correct("申请12件，其中自然人、法人", () -> byApplicant(10, 2, "本年度收到政府信息公开申请12件，其中自然人申请10件、法人或其他组织申请2件。"),
                        List.of("TXT_APP_COUNT:NEW", "TXT_PARTS_SUM:part1.ON_REQUEST.2")),
                new Correct("其中后逗号，逗号分项", () -> proactive("全年主动公开政府信息120条，其中，政策文件15条，工作动态90条，其他信息15条。"),
                        List.of("TXT_PARTS_SUM:part1.PROACTIVE.1")),
                new Correct("全角数字", () -> proactive("主动公开政府信息６３条，其中镇街动态２５条、其他信息３８条。"), List.of("TXT_PARTS_SUM:part1.PROACTIVE.1")),
                new Correct("中文数字", () -> proactive("本年度发布政策解读八篇，其中图文解读五篇、视频解读三篇。"), List.of("TXT_PARTS_SUM:part1.PROACTIVE.1")),
                new Correct("千位分隔", () -> proactive("全年发布政务信息1,300条，其中政务动态1,100条、通知公告100条、其他信息100条。"),
                        List.of("TXT_PARTS_SUM:part1.PROACTIVE.1")),
                new Correct("列出部分类别，合计少于总数", () -> proactive("全年主动公开政府信息63条，其中镇街动态25条、通知公告20条。"),
                        List.of("TXT_PARTS_SUM:part1.PROACTIVE.1")),
                new Correct("数量与其中之间无逗号", () -> proactive("全年主动公开政府信息63条其中镇街动态25条、其他信息38条。"),
                        List.of("TXT_PARTS_SUM:part1.PROACTIVE.1")),
                new Correct("数字与单位间空格", () -> proactive("全年主动公开政府信息63 条，其中镇街动态25 条、其他信息38 条。"),
                        List.of("TXT_PARTS_SUM:part1.PROACTIVE.1")),
                new Correct("一段两处分项", () -> proactive("全年主动公开政府信息63条，其中镇街动态25条、其他信息38条。发布政策解读8篇，其中图文解读5篇、视频解读3篇。"),
                        List.of("TXT_PARTS_SUM:part1.PROACTIVE.1", "TXT_PARTS_SUM:part1.PROACTIVE.2")),
                new Correct("分项后另述转载", () -> proactive("全年主动公开政府信息63条，其中镇街动态25条、其他信息38条，另转载上级信息12条。"),
                        List.of("TXT_PARTS_SUM:part1.PROACTIVE.1")),
                new Correct("分项各带占比，分号相连", () -> applications(rows("R_GRANT", 15, "R_PARTIAL", 5))
                        .text(ON_REQUEST, "本年度受理政府信息公开申请20件，其中予以公开15件，占75%；部分公开5件，占25%。"),
                        List.of("TXT_APP_COUNT:NEW", "TXT_PARTS_SUM:part1.ON_REQUEST.2")),
                new Correct("办理结果含上年结转", () -> applications(rows("CARRY_IN", 2, "R_GRANT", 10, "R_PARTIAL", 4))
                        .text(ON_REQUEST, "本年度收到政府信息公开申请12件，其中予以公开10件、部分公开4件，上年结转2件。"),
                        List.of("TXT_PARTS_SUM:part1.ON_REQUEST.2")),
                new Correct("服务点21个，其中两类", () -> Draft.demo().replace(PLATFORMS, "21个行政村实现了政务公开阵地全覆盖，",
                        "设立村级政务公开服务点21个，其中标准化服务点15个、简易服务点6个，"), List.of("TXT_PARTS_SUM:part1.PLATFORMS.2")),
                new Correct("人大建议5件，其中主办、协办", () -> Draft.demo().text(NPC, "2023年度，漕河镇办理人大代表建议5件，其中主办3件、协办2件，均已按期办结。"),
                        List.of("TXT_PARTS_SUM:part6.NPC_CPPCC.2")),
                new Correct("包括后列分项", () -> proactive("全年主动公开政府信息63条，包括镇街动态25条、通知公告20条、其他信息18条。"),
                        List.of("TXT_PARTS_SUM:part1.PROACTIVE.1")),
                new Correct("冒号后其中", () -> proactive("全年主动公开政府信息63条：其中镇街动态25条、其他信息38条。"), List.of("TXT_PARTS_SUM:part1.PROACTIVE.1")),
                new Correct("包括…在内", () -> proactive("全年主动公开政府信息63条，包括图片新闻20条、视频信息10条在内的各类信息均经三审三校。"),
                        List.of("TXT_PARTS_SUM:part1.PROACTIVE.1")),
                new Correct("按季度列出", () -> proactive("全年主动公开政府信息63条，其中第一季度15条、第二季度16条、第三季度14条、第四季度18条。"),
                        List.of("TXT_PARTS_SUM:part1.PROACTIVE.1")),
                new Correct("一是、二是各带分项", () -> proactive("一是主动公开政府信息63条，其中镇街动态25条、其他信息38条；二是发布政策解读8篇，其中图文解读5篇、视频解读3篇。"),
                        List.of("TXT_PARTS_SUM:part1.PROACTIVE.1", "TXT_PARTS_SUM:part1.PROACTIVE.2")),
                new Correct("两套逗号分项以分号相隔", () -> proactive("全年通过政府网站发布信息63条，其中，政务动态32条，通知公告31条；通过政务新媒体发布信息120条，"
                        + "其中微信公众号80条，微博40条。"), List.of("TXT_PARTS_SUM:part1.PROACTIVE.1")),
                new Correct("按方式分项后按申请人分项", () -> byApplicant(10, 2, "本年度收到政府信息公开申请12件，其中网上申请8件、当面申请3件、信函申请1件，"
                        + "自然人申请10件、法人或其他组织申请2件。"), List.of("TXT_PARTS_SUM:part1.ON_REQUEST.2")),
                new Correct("民生实事项目12个", () -> Draft.demo().text(NPC, "2023年度，漕河镇实施民生实事项目12个，其中已完工10个、在建2个，均已公开进展情况。"),
                        List.of("TXT_PARTS_SUM:part6.NPC_CPPCC.2")),
                new Correct("中文数字两篇", () -> proactive("本年度发布政策解读两篇，其中图文解读一篇、视频解读一篇。"), List.of("TXT_PARTS_SUM:part1.PROACTIVE.1")),
                new Correct("月份开头的总数", () -> proactive("12月主动公开政府信息8条，其中镇街动态5条、通知公告3条。"), List.of("TXT_PARTS_SUM:part1.PROACTIVE.1")),
                new Correct("共计在后，由共的读法读取", () -> byApplicant(10, 2, "本年度收到政府信息公开申请共计12件，其中自然人申请10件、法人或其他组织申请2件。"),
                        List.of("TXT_PARTS_SUM:part1.ON_REQUEST.2")),

                // not read, or read and left open: no FAIL
                new Correct("新收与上年结转之后的其中", () -> applications(rows("CARRY_IN", 2, "R_GRANT", 8, "R_PARTIAL", 4))
                        .text(ON_REQUEST, "本年度新收政府信息公开申请10件，上年结转2件，其中予以公开8件、部分公开4件。"), List.of("TXT_APP_COUNT:NEW")),
                new Correct("结转下年度之后的其中", () -> applications(rows("R_GRANT", 8, "R_PARTIAL", 2, "CARRY_OUT", 2))
                        .text(ON_REQUEST, "本年度收到政府信息公开申请12件，结转下年度2件，其中予以公开8件、部分公开2件。"), List.of("TXT_APP_COUNT:NEW")),
                new Correct("较上年增加后的其中", () -> proactive("全年主动公开政府信息63条，较上年增加15条，其中政策文件10条、工作动态8条。"), List.of()),
                new Correct("同比减少后的其中", () -> applications(rows("R_GRANT", 10, "R_DENY_THIRD_PARTY", 2))
                        .text(ON_REQUEST, "本年度受理政府信息公开申请12件，同比减少3件，其中予以公开10件、不予公开2件。"), List.of("TXT_APP_COUNT:NEW")),
                new Correct("第N期后的其中", () -> proactive("全年编印《漕河镇政务》至第6期，其中专刊4期、增刊3期。"), List.of()),
                new Correct("场次后的其中", () -> Draft.demo().replace(OVERSIGHT, "一是落实长效机制，",
                        "一是落实长效机制，开展政务公开宣传活动12场次，其中进村入户宣讲8场、集中宣讲6场，"), List.of()),
                new Correct("两类件数后的其中（无共）", () -> Draft.demo().text(NPC,
                        "2023年度，漕河镇办理人大代表建议12件、政协委员提案8件，其中主办件15件、协办件5件，办结率100%。"), List.of()),
                new Correct("其中属于前一分句", () -> applications(rows("R_GRANT", 10, "R_DENY_THIRD_PARTY", 2))
                        .text(ON_REQUEST, "本年度受理政府信息公开申请12件，均在法定期限内答复，其中予以公开10件、不予公开2件。"), List.of("TXT_APP_COUNT:NEW")),
                new Correct("分项为发布渠道", () -> proactive("全年主动公开政府信息63条，其中通过政府网站发布63条、通过微信公众号发布40条。"), List.of()),
                new Correct("分项为涉及事项，可能交叉", () -> applications(rows("R_GRANT", 12))
                        .text(ON_REQUEST, "本年度收到政府信息公开申请12件，其中涉及土地征收的8件、涉及房屋拆迁的6件。"), List.of("TXT_APP_COUNT:NEW")),
                new Correct("分项为关于事项，可能交叉", () -> applications(rows("R_GRANT", 12))
                        .text(ON_REQUEST, "本年度收到政府信息公开申请12件，其中关于征地补偿的8件、关于规划许可的6件。"), List.of("TXT_APP_COUNT:NEW")),
                new Correct("解读按主体与形式两种口径", () -> proactive("本年度发布政策解读8篇，其中主要负责同志解读2篇、图文解读5篇、视频解读3篇。"), List.of()),
                new Correct("新闻发布会按出席人员", () -> Draft.demo().replace(OVERSIGHT, "一是落实长效机制，",
                        "一是落实长效机制，召开新闻发布会3场，其中主要负责同志出席2场、分管负责同志出席3场，"), List.of()),
                new Correct("包括之后又有其中", () -> proactive("全年主动公开政府信息63条，包括本级信息和转载信息，其中镇街动态25条、其他信息38条。"), List.of()),
                new Correct("括号里的其中", () -> byApplicant(10, 2, "本年度收到政府信息公开申请12件（其中自然人申请10件、法人或其他组织申请2件）。"), List.of("TXT_APP_COUNT:NEW")),
                new Correct("余数后的其中", () -> proactive("全年发布信息60余条，其中镇街动态25条、其他信息38条。"), List.of()),
                new Correct("以上后的其中", () -> proactive("全年主动公开政府信息60条以上，其中镇街动态25条、其他信息38条。"), List.of()),
                new Correct("逗号分项中夹同比", () -> proactive("全年主动公开政府信息63条，其中政策文件10条，比上年增加2条，工作动态53条。"), List.of()),
                new Correct("其中后为件数与办理情况", () -> applications(rows("R_GRANT", 12))
                        .text(ON_REQUEST, "本年度受理政府信息公开申请12件，其中11件当月办结、1件延期答复。"), List.of("TXT_APP_COUNT:NEW")),
                new Correct("分别为", () -> byApplicant(10, 2, "本年度收到政府信息公开申请12件，其中自然人和法人分别为10件、2件。"), List.of("TXT_APP_COUNT:NEW")),
                new Correct("门户网站与公众号两个渠道", () -> proactive("本年度主动公开政府信息63条，其中通过“中国·兖州”政府门户网站发布63条、"
                        + "通过“漕河发布”微信公众号发布40条。"), List.of()),
                new Correct("约数后的其中", () -> Draft.demo().replace(OVERSIGHT, "一是落实长效机制，",
                        "一是落实长效机制，发放政务公开宣传材料约500份，其中政策明白纸300份、宣传手册250份，"), List.of()),
                new Correct("分项为其他单位", () -> proactive("全年发布政务信息63条，其中图片新闻10组、视频5个。"), List.of()),
                new Correct("其中只列一项并写占比", () -> applications(rows("R_GRANT", 10, "R_DENY_THIRD_PARTY", 2))
                        .text(ON_REQUEST, "本年度受理政府信息公开申请12件，其中予以公开10件，占83.3%。"), List.of("TXT_APP_COUNT:NEW")),
                new Correct("按申请人后又按结果", () -> applications(rows("R_GRANT", 5))
                        .text(ON_REQUEST, "本年度收到政府信息公开申请5件，其中自然人申请5件，予以公开5件。"), List.of("TXT_APP_COUNT:NEW")),
                new Correct("百分率后的其中", () -> proactive("全年信息按时发布率100%，其中政策文件15条、工作动态50条。"), List.of()),
                new Correct("年份后的其中", () -> proactive("信息发布工作贯穿2023年，其中上半年发布信息30条、下半年发布信息35条。"), List.of()),
                new Correct("其中后为件数不带名称", () -> applications(rows("R_GRANT", 10, "CARRY_OUT", 2))
                        .text(ON_REQUEST, "本年度收到政府信息公开申请12件，其中10件已办结，2件结转下年度办理。"), List.of("TXT_APP_COUNT:NEW")));
    }

    static List<Wrong> wrong() {
        return List.of(
                new Wrong("分项合计多1", () -> proactive("2023年，漕河镇主动公开政府信息63条，其中镇街动态25条、通知公告20条、其他信息19条。"),
                        "TXT_PARTS_SUM:part1.PROACTIVE.1", "WARNING"),
                new Wrong("政策解读分项多1", () -> proactive("本年度发布政策解读8篇，其中图文解读5篇、视频解读4篇。"), "TXT_PARTS_SUM:part1.PROACTIVE.1", "WARNING"),
                new Wrong("申请人分项超过总数", () -> byApplicant(10, 2, "本年度收到政府信息公开申请12件，其中自然人申请10件、法人或其他组织申请3件。"),
                        "TXT_PARTS_SUM:part1.ON_REQUEST.2", "WARNING"),
                new Wrong("其中后逗号，前两项已超过总数", () -> proactive("全年主动公开政府信息120条，其中，政策文件35条，工作动态90条。"),
                        "TXT_PARTS_SUM:part1.PROACTIVE.1", "WARNING"),
                new Wrong("全角数字分项超过总数", () -> proactive("主动公开政府信息６３条，其中镇街动态２５条、其他信息３９条。"), "TXT_PARTS_SUM:part1.PROACTIVE.1", "WARNING"),
                new Wrong("中文数字分项超过总数", () -> proactive("本年度发布政策解读八篇，其中图文解读五篇、视频解读四篇。"), "TXT_PARTS_SUM:part1.PROACTIVE.1", "WARNING"),
                new Wrong("千位分隔分项超过总数", () -> proactive("全年发布政务信息1,300条，其中政务动态1,200条、通知公告100条、其他信息100条。"),
                        "TXT_PARTS_SUM:part1.PROACTIVE.1", "WARNING"),
                new Wrong("总数漏计一项", () -> proactive("全年主动公开政府信息63条，其中镇街动态25条、通知公告20条、其他信息18条、政策解读5条。"),
                        "TXT_PARTS_SUM:part1.PROACTIVE.1", "WARNING"),
                new Wrong("包括分项超过总数", () -> proactive("全年主动公开政府信息63条，包括镇街动态25条、通知公告20条、其他信息19条。"),
                        "TXT_PARTS_SUM:part1.PROACTIVE.1", "WARNING"),
                new Wrong("冒号后其中分项超过总数", () -> proactive("全年主动公开政府信息63条：其中镇街动态25条、其他信息39条。"), "TXT_PARTS_SUM:part1.PROACTIVE.1", "WARNING"),
                new Wrong("按季度列出多1", () -> proactive("全年主动公开政府信息63条，其中第一季度15条、第二季度16条、第三季度14条、第四季度19条。"),
                        "TXT_PARTS_SUM:part1.PROACTIVE.1", "WARNING"),
                new Wrong("二是的分项超过总数", () -> proactive("一是主动公开政府信息63条，其中镇街动态25条、其他信息38条；二是发布政策解读8篇，其中图文解读5篇、视频解读4篇。"),
                        "TXT_PARTS_SUM:part1.PROACTIVE.2", "WARNING"),
                new Wrong("民生实事项目分项超过总数", () -> Draft.demo().text(NPC, "2023年度，漕河镇实施民生实事项目12个，其中已完工10个、在建3个，均已公开进展情况。"),
                        "TXT_PARTS_SUM:part6.NPC_CPPCC.2", "WARNING"),
                new Wrong("无逗号分项超过总数", () -> proactive("全年主动公开政府信息63条其中镇街动态25条、其他信息40条。"), "TXT_PARTS_SUM:part1.PROACTIVE.1", "WARNING"),
                new Wrong("办理结果超过总数", () -> applications(rows("R_GRANT", 10, "R_PARTIAL", 2))
                        .text(ON_REQUEST, "本年度收到政府信息公开申请12件，其中予以公开10件、部分公开3件。"), "TXT_PARTS_SUM:part1.ON_REQUEST.2", "WARNING"),
                new Wrong("空格分项超过总数", () -> proactive("全年主动公开政府信息63 条，其中镇街动态25 条、其他信息40 条。"), "TXT_PARTS_SUM:part1.PROACTIVE.1", "WARNING"),
                new Wrong("一段第二处分项超过总数", () -> proactive("全年主动公开政府信息63条，其中镇街动态25条、其他信息38条。发布政策解读8篇，其中图文解读5篇、视频解读4篇。"),
                        "TXT_PARTS_SUM:part1.PROACTIVE.2", "WARNING"),
                new Wrong("分项占比分号相连超过总数", () -> applications(rows("R_GRANT", 15, "R_PARTIAL", 5))
                        .text(ON_REQUEST, "本年度受理政府信息公开申请20件，其中予以公开15件，占75%；部分公开6件，占30%。"), "TXT_PARTS_SUM:part1.ON_REQUEST.2", "WARNING"),
                new Wrong("服务点分项超过总数", () -> Draft.demo().replace(PLATFORMS, "21个行政村实现了政务公开阵地全覆盖，",
                        "设立村级政务公开服务点21个，其中标准化服务点15个、简易服务点7个，"), "TXT_PARTS_SUM:part1.PLATFORMS.2", "WARNING"),
                new Wrong("人大建议分项超过总数", () -> Draft.demo().text(NPC, "2023年度，漕河镇办理人大代表建议5件，其中主办3件、协办3件，均已按期办结。"),
                        "TXT_PARTS_SUM:part6.NPC_CPPCC.2", "WARNING"),
                new Wrong("共段落后另有无共分项超过总数", () -> Draft.demo().replace(PROACTIVE, "其他信息16条。",
                        "其他信息16条。发布政策解读8篇，其中图文解读5篇、视频解读4篇。"), "TXT_PARTS_SUM:part1.PROACTIVE.2", "WARNING"));
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
