package cn.gongkai.validation;

import static cn.gongkai.validation.WholeWithoutGongWordingTest.NPC;
import static cn.gongkai.validation.WholeWithoutGongWordingTest.PLATFORMS;
import static cn.gongkai.validation.WholeWithoutGongWordingTest.byApplicant;
import static cn.gongkai.validation.WordingRobustnessTest.ON_REQUEST;
import static cn.gongkai.validation.WordingRobustnessTest.OVERSIGHT;
import static cn.gongkai.validation.WordingRobustnessTest.PART3;
import static cn.gongkai.validation.WordingRobustnessTest.PART4;
import static cn.gongkai.validation.WordingRobustnessTest.PROACTIVE;
import static cn.gongkai.validation.WordingRobustnessTest.applications;
import static cn.gongkai.validation.WordingRobustnessTest.cases;
import static cn.gongkai.validation.WordingRobustnessTest.rows;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import cn.gongkai.support.Draft;
import cn.gongkai.validation.WordingRobustnessTest.Correct;
import cn.gongkai.validation.WordingRobustnessTest.Wrong;
import io.quarkus.test.junit.QuarkusTest;

/**
 * An adversarial hunt for false ERRORs of TXT_PARTS_SUM (and false WARNINGs of TXT_PERCENT) from the whole written without 共
 * (“主动公开政府信息63条，其中…”): correct reports where a count stands before 其中 or 包括 but its list is no partition of it
 * (overlapping kinds, another dimension, a rate or an approximate whole, cumulative counts, channels, nested lists), in parts
 * 一 to 六. Wrong ones: lists that do divide the whole and exceed it still fail (at WARNING: see TextChecks.PartsSum#atMostWarning). Built from the demo, its text rewritten.
 */
@QuarkusTest
class BareWholeProbeTest {

    static final String PART5 = "/sections/part5/text";

    static Draft p(String text) {
        return Draft.demo().text(PROACTIVE, text);
    }

    static Draft req(Map<String, Integer> rows, String text) {
        return applications(rows).text(ON_REQUEST, text);
    }

    static Draft oversight(String text) {
        return Draft.demo().replace(OVERSIGHT, "一是落实长效机制，", "一是落实长效机制，" + text);
    }

    static List<Correct> correct() {
        return List.of(
                // overlapping kinds or another dimension in one list
                new Correct("原创与转载加类别", () -> p("全年发布信息63条，其中原创信息40条、转载信息23条、图文信息30条。"), List.of()),
                new Correct("门户网站与爱山东APP", () -> p("全年主动公开政府信息63条，其中通过门户网站发布63条、通过“爱山东”APP发布20条。"), List.of()),
                new Correct("公开栏与网上", () -> p("全年主动公开政府信息63条，其中公开栏张贴20条、网上发布63条。"), List.of()),
                new Correct("线上线下", () -> p("全年主动公开政府信息63条，其中线上公开63条、线下公开30条。"), List.of()),
                new Correct("政务服务大厅与网站", () -> p("全年主动公开政府信息63条，其中政务服务大厅电子屏滚动发布30条、政府网站发布63条。"), List.of()),
                new Correct("重点领域与惠民惠农交叉", () -> p("全年主动公开政府信息63条，包括重点领域信息45条、惠民惠农信息30条。"), List.of()),
                new Correct("一把手解读", () -> p("本年度发布政策解读8篇，其中一把手解读2篇、图文解读5篇、视频解读3篇。"), List.of()),
                new Correct("镇长解读", () -> p("本年度发布政策解读8篇，其中镇长解读2篇、图文解读5篇、视频解读3篇。"), List.of()),
                new Correct("书记带头解读", () -> p("本年度发布政策解读8篇，其中党委书记带头解读2篇、图文解读5篇、视频解读3篇。"), List.of()),
                new Correct("依申请后又有延期答复", () -> req(rows("R_GRANT", 10, "R_DENY_THIRD_PARTY", 2),
                        "本年度收到政府信息公开申请12件，其中予以公开10件、不予公开2件、延期答复1件。"), List.of("TXT_APP_COUNT:NEW")),
                new Correct("依申请后又有转主动公开", () -> req(rows("R_GRANT", 10, "R_DENY_THIRD_PARTY", 2),
                        "本年度收到政府信息公开申请12件，其中予以公开10件、不予公开2件、依申请公开转主动公开3件。"), List.of("TXT_APP_COUNT:NEW")),
                new Correct("个人与企业，再按方式", () -> byApplicant(10, 2,
                        "本年度收到政府信息公开申请12件，其中个人申请10件、企业申请2件、网上申请8件。"), List.of("TXT_APP_COUNT:NEW")),
                new Correct("群众与书面申请", () -> byApplicant(10, 2,
                        "本年度收到政府信息公开申请12件，其中群众申请10件、企业申请2件、书面申请4件。"), List.of("TXT_APP_COUNT:NEW")),
                new Correct("线上线下申请与自然人", () -> byApplicant(10, 2,
                        "本年度收到政府信息公开申请12件，其中线上申请8件、线下申请4件、自然人申请10件。"), List.of("TXT_APP_COUNT:NEW")),
                new Correct("受理而不写申请，结果含上年结转", () -> req(rows("CARRY_IN", 1, "R_GRANT", 4, "R_PARTIAL", 1, "R_OTHER_OTHER", 1),
                        "依申请公开方面，全年受理5件，其中予以公开4件、部分公开1件、其他处理1件。"), List.of()),
                new Correct("新收而不写申请，结果含上年结转", () -> req(rows("CARRY_IN", 2, "R_GRANT", 10, "R_PARTIAL", 2),
                        "本年度新收10件，其中予以公开10件、部分公开2件，均按期答复。"), List.of()),
                new Correct("分项含历年累计", () -> p("本年度主动公开政府信息63条，其中政策文件10条，截至目前累计公开政策文件1,200条。"), List.of()),
                new Correct("分项后累计", () -> p("本年度主动公开政府信息63条，其中政策文件10条、工作动态53条，累计公开信息1,200条。"),
                        List.of("TXT_PARTS_SUM:part1.PROACTIVE.1")),
                new Correct("逗号分项含累计", () -> p("本年度主动公开政府信息63条，其中工作动态53条，累计发布工作动态800条。"), List.of()),
                new Correct("历年分项", () -> p("本年度更新政府信息公开目录信息63条，其中规范性文件3条，历年规范性文件总数达到120条。"), List.of()),
                new Correct("包含为内嵌分项", () -> p("全年发布信息63条，其中工作动态40条，包含图片新闻20条、视频新闻10条，通知公告23条。"),
                        List.of()),
                new Correct("内含为内嵌分项", () -> p("全年发布信息63条，其中工作动态40条，内含图片新闻20条、视频新闻10条，通知公告23条。"),
                        List.of()),
                new Correct("其中有为内嵌分项", () -> p("全年发布信息63条，其中工作动态40条，其中有图片新闻20条、视频新闻10条，通知公告23条。"),
                        List.of()),
                new Correct("分项带括号细分", () -> p("全年发布信息63条，其中工作动态40条（图片新闻20条、视频新闻10条）、通知公告23条。"),
                        List.of("TXT_PARTS_SUM:part1.PROACTIVE.1")),
                new Correct("超过后的约数", () -> p("全年发布信息超60条，其中镇街动态25条、其他信息38条。"), List.of()),
                new Correct("不少于", () -> p("全年发布信息不少于60条，其中镇街动态25条、其他信息38条。"), List.of()),
                new Correct("至少", () -> p("全年发布信息至少60条，其中镇街动态25条、其他信息38条。"), List.of()),
                new Correct("突破", () -> p("全年发布信息突破60条，其中镇街动态25条、其他信息38条。"), List.of()),
                new Correct("六十余条", () -> p("全年发布信息六十余条，其中镇街动态25条、其他信息38条。"), List.of()),
                new Correct("60多条", () -> p("全年发布信息60多条，其中镇街动态25条、其他信息38条。"), List.of()),
                new Correct("范围", () -> p("每月发布信息4至6条，其中镇街动态3条、通知公告2条、其他信息1条。"), List.of()),
                new Correct("月均后全年分项", () -> p("政府网站月均更新信息5条，其中全年发布政策文件12条、工作动态48条。"), List.of()),
                new Correct("每月后全年分项", () -> p("每月更新政务公开栏信息5条，其中全年张贴政策文件12条、工作动态48条。"), List.of()),
                new Correct("平均每期", () -> p("平均每期刊发信息6条，其中全年刊发政策解读10条、工作动态40条。"), List.of()),

                // numbers inside labels
                new Correct("十四五规划", () -> p("全年主动公开政府信息63条，其中“十四五”规划相关信息5条、其他信息58条。"),
                        List.of("TXT_PARTS_SUM:part1.PROACTIVE.1")),
                new Correct("2023年标签", () -> p("全年主动公开政府信息63条，其中2023年度预算信息3条、工作动态60条。"), List.of()),
                new Correct("12345热线", () -> oversight("办理12345热线转办件63件，其中12345热线工单50件、市长信箱13件，"), List.of()),
                new Correct("3个工作日", () -> req(rows("R_GRANT", 12), "本年度收到政府信息公开申请12件，其中3个工作日内答复10件、5个工作日内答复12件。"),
                        List.of("TXT_APP_COUNT:NEW")),
                new Correct("书名号里的数字", () -> oversight("发放宣传资料500份，其中《2023年政务公开工作要点》解读200份、《条例》单行本300份，"), List.of()),
                new Correct("书名号里的件数", () -> oversight("转发文件12件，其中《关于做好3件民生实事的通知》等通知8件、其他文件4件，"), List.of()),
                new Correct("第一季度", () -> p("全年主动公开政府信息63条，其中第一季度15条、第二季度16条、第三季度14条、第四季度18条。"),
                        List.of("TXT_PARTS_SUM:part1.PROACTIVE.1")),
                new Correct("一季度无第", () -> p("全年主动公开政府信息63条，其中一季度15条、二季度16条、三季度14条、四季度18条。"), List.of()),
                new Correct("两个清单", () -> p("全年主动公开政府信息63条，其中“两个清单”信息5条、“一网通办”信息8条、其他信息50条。"),
                        List.of("TXT_PARTS_SUM:part1.PROACTIVE.1")),
                new Correct("两个中心个数", () -> Draft.demo().replace(PLATFORMS, "21个行政村实现了政务公开阵地全覆盖，",
                        "设立政务公开服务点21个，其中“一站式”服务点15个、“两个中心”服务点6个，"), List.of()),
                new Correct("二十五条中文数字", () -> p("全年主动公开政府信息六十三条，其中镇街动态二十五条、其他信息三十八条。"),
                        List.of("TXT_PARTS_SUM:part1.PROACTIVE.1")),
                new Correct("两篇", () -> p("本年度发布政策解读两篇，其中图文解读一篇、视频解读一篇。"), List.of("TXT_PARTS_SUM:part1.PROACTIVE.1")),
                new Correct("全角数字", () -> p("全年主动公开政府信息６３条，其中镇街动态２５条、其他信息３８条。"), List.of("TXT_PARTS_SUM:part1.PROACTIVE.1")),
                new Correct("三八妇女节", () -> p("全年主动公开政府信息63条，其中“三八”妇女节活动信息3条、其他信息60条。"), List.of()),

                // other units, percentages, 同比 after items
                new Correct("分项后带占比", () -> req(rows("R_GRANT", 10, "R_DENY_THIRD_PARTY", 2),
                        "本年度收到政府信息公开申请12件，其中予以公开10件，占83.3%，不予公开2件，占16.7%。"), List.of("TXT_APP_COUNT:NEW")),
                new Correct("分项带同比括号", () -> req(rows("R_GRANT", 10, "R_DENY_THIRD_PARTY", 2),
                        "本年度收到政府信息公开申请12件，其中予以公开10件（同比增加3件）、不予公开2件（同比减少1件）。"), List.of("TXT_APP_COUNT:NEW")),
                new Correct("分项后同比", () -> p("全年主动公开政府信息63条，其中政策文件10条，同比增加5条，工作动态53条，同比增加12条。"), List.of()),
                new Correct("点击量次", () -> p("全年发布政策解读8篇，其中图文解读5篇、视频解读3篇，阅读量达1,200次。"), List.of("TXT_PARTS_SUM:part1.PROACTIVE.1")),
                new Correct("条与次混用", () -> oversight("开展政务公开培训3次，其中线上培训2次、线下培训1次、参训120人次，"), List.of()),
                new Correct("件与条混用", () -> p("全年主动公开政府信息63条，其中政策文件10件、工作动态53条。"), List.of()),
                new Correct("人次为单位", () -> oversight("接待群众查阅150人次，其中现场查阅100人次、电话咨询80人次，"), List.of()),

                // 其中 of a later clause, of another count
                new Correct("其中属于办结", () -> req(rows("R_GRANT", 10, "R_DENY_THIRD_PARTY", 2),
                        "本年度收到政府信息公开申请12件，已全部办结，其中予以公开10件、不予公开2件。"), List.of("TXT_APP_COUNT:NEW")),
                new Correct("两个分句两个其中", () -> req(rows("R_GRANT", 10, "R_DENY_THIRD_PARTY", 2),
                        "本年度收到政府信息公开申请12件，其中自然人申请12件；办结12件，其中予以公开10件、不予公开2件。"), List.of("TXT_APP_COUNT:NEW")),
                new Correct("其中后先述答复期限", () -> req(rows("R_GRANT", 12),
                        "本年度收到政府信息公开申请12件，其中按期答复12件、当场答复3件。"), List.of("TXT_APP_COUNT:NEW")),
                new Correct("办结与其中", () -> req(rows("R_GRANT", 10, "R_PARTIAL", 2),
                        "本年度办结政府信息公开申请12件，其中予以公开10件、部分公开2件，网上申请9件。"), List.of()),
                new Correct("冒号后其中按渠道", () -> p("全年主动公开政府信息63条：其中政府网站63条、微信公众号40条、微博20条。"), List.of()),
                new Correct("括号里的包括", () -> p("全年主动公开政府信息63条（包括镇街动态25条、其他信息38条），"
                        + "其中政府网站发布63条、政务新媒体发布50条。"), List.of()),
                new Correct("换行在句中", () -> p("全年主动公开政府信息63条，\n其中镇街动态25条、其他信息38条。"), List.of()),
                new Correct("数字后换行其中", () -> p("全年主动公开政府信息63条\n其中镇街动态25条、其他信息38条。"), List.of()),
                new Correct("包括种类无数量", () -> p("全年主动公开政府信息63条，包括政策文件、工作动态等，其中政策文件10条、工作动态53条。"), List.of()),
                new Correct("包括后为文件名", () -> p("全年主动公开政府信息63条，包括《2023年政府工作报告》等重要文件5件、其他信息58条。"), List.of()),
                new Correct("第四部分复议结果", () -> cases(Draft.demo(), "RV_UPHELD", 1, "RV_CORRECTED", 1)
                        .text(PART4, "本年度被申请行政复议2件，其中结果维持1件、结果纠正1件，涉及信息公开答复2件。"), List.of()),
                new Correct("第四部分复议与诉讼", () -> cases(Draft.demo(), "RV_UPHELD", 2, "LD_UPHELD", 1)
                        .text(PART4, "本年度被申请行政复议2件，其中维持2件；被提起行政诉讼1件，其中维持1件。"), List.of()),
                new Correct("第四部分复议含诉讼", () -> cases(Draft.demo(), "RV_UPHELD", 2, "LA_UPHELD", 1)
                        .text(PART4, "本年度被申请行政复议2件，其中维持2件、复议后提起行政诉讼1件。"), List.of()),
                new Correct("第五部分问题整改", () -> Draft.demo().text(PART5, "上年度发现问题5个，其中已整改4个、正在整改1个，涉及信息更新不及时的3个。"),
                        List.of()),
                new Correct("第六部分建议提案", () -> Draft.demo().text(NPC, "2023年度，漕河镇办理人大代表建议5件，其中主办3件、协办2件、已办结5件。"),
                        List.of()),
                new Correct("第六部分建议提案答复", () -> Draft.demo().text(NPC, "2023年度，漕河镇办理人大代表建议5件，其中主办3件、协办2件，代表满意5件。"),
                        List.of("TXT_PARTS_SUM:part6.NPC_CPPCC.2")),
                new Correct("第三部分文字", () -> applications(rows("R_GRANT", 10, "R_DENY_THIRD_PARTY", 2))
                        .text(ON_REQUEST, "本年度收到政府信息公开申请12件，均已按期答复。").text(PART3, "本年度收到政府信息公开申请12件，其中予以公开10件、不予公开2件、涉及第三方2件。"), List.of()),
                new Correct("全镇口径", () -> p("全镇各部门主动公开政府信息1,200条，其中镇政府网站发布800条、镇政府网站与部门网站同步发布600条。"),
                        List.of()),
                new Correct("全镇本级与部门", () -> p("全镇主动公开政府信息1,200条，其中镇本级400条、镇直部门600条、各村200条。"),
                        List.of("TXT_PARTS_SUM:part1.PROACTIVE.1")),
                new Correct("部门报告", () -> p("本局主动公开政府信息120条，其中行政许可信息60条、行政处罚信息40条、其他信息20条。"),
                        List.of("TXT_PARTS_SUM:part1.PROACTIVE.1")),
                new Correct("三审三校后的其中", () -> p("全年经三审三校发布信息63条，其中镇街动态25条、其他信息38条。"), List.of("TXT_PARTS_SUM:part1.PROACTIVE.1")),
                new Correct("会议审议", () -> oversight("召开党委会研究政务公开工作2次，其中专题研究1次、会议内容涉及政务公开2次，"), List.of()),
                new Correct("宣传活动人数", () -> oversight("开展政务公开进村入户宣传活动12场，其中覆盖21个行政村、发放资料500份，"), List.of()),
                new Correct("培训期数与人数", () -> oversight("举办培训班3期，其中镇机关干部参加2期、村干部参加3期，"), List.of()),
                new Correct("人员参加次数", () -> oversight("召开新闻发布会3场，其中镇长参加2场、分管副镇长参加3场，"), List.of()),
                new Correct("部门转载", () -> p("全年主动公开政府信息63条，其中本级发布50条、转载上级信息13条、被市级采用10条。"), List.of()),
                new Correct("回应关切", () -> oversight("回应社会关切20次，其中通过新闻发布会回应5次、网上回应15次、同时在公开栏回应5次，"), List.of()),
                new Correct("包括后为分别", () -> req(rows("R_GRANT", 10, "R_DENY_THIRD_PARTY", 2),
                        "本年度收到政府信息公开申请12件，包括自然人和法人申请，分别为10件、2件。"), List.of("TXT_APP_COUNT:NEW")),
                new Correct("主动公开栏目", () -> p("全年更新“法定主动公开内容”栏目信息63条，其中“政策文件”栏目10条、“工作动态”栏目53条，"
                        + "“重点领域”栏目同步展示20条。"), List.of()),
                new Correct("试行格式", () -> WordingRobustnessTest.trialReport().text("/sections/part1/text",
                        "2020年，漕河镇全年收到政府信息公开申请5件，其中予以公开3件、部分公开1件、其他处理1件，上年结转1件，结转下年度1件。"), List.of()),
                new Correct("试行格式受理", () -> WordingRobustnessTest.trialReport().text("/sections/part1/text",
                        "2020年，漕河镇依申请公开方面，受理5件，其中予以公开3件、部分公开1件、其他处理1件，结转下年度1件。"), List.of()),

                // TXT_PERCENT with the whole without 共
                new Correct("子总数的占比", () -> req(rows("R_GRANT", 12, "R_PARTIAL", 8),
                        "本年度收到政府信息公开申请20件，其中网上申请16件、当面申请4件；网上申请中予以公开12件，占75%。"), List.of()),
                new Correct("分项合计的公开比例", () -> req(rows("R_GRANT", 12, "R_PARTIAL", 3, "R_DENY_THIRD_PARTY", 5),
                        "本年度收到政府信息公开申请20件，其中予以公开12件、部分公开3件，公开及部分公开的占75%。"), List.of()),
                new Correct("公开比例100%", () -> req(rows("R_GRANT", 15, "R_PARTIAL", 5),
                        "本年度收到政府信息公开申请20件，其中予以公开15件、部分公开5件，公开比例100%。"), List.of()),
                new Correct("占另一总数", () -> req(rows("R_GRANT", 15, "R_PARTIAL", 5),
                        "本年度收到政府信息公开申请20件，其中予以公开15件，占全部办结件数的83.3%。"), List.of()),
                new Correct("办结率", () -> req(rows("R_GRANT", 15, "R_PARTIAL", 5),
                        "本年度收到政府信息公开申请20件，其中予以公开15件、部分公开5件，按时办结率100%。"), List.of()),
                new Correct("占比为分项占比", () -> req(rows("R_GRANT", 15, "R_PARTIAL", 5),
                        "本年度收到政府信息公开申请20件，其中予以公开15件，占75%，部分公开5件，占25%。"), List.of("TXT_PERCENT:part1.ON_REQUEST.1")),
                new Correct("网上申请占比", () -> req(rows("R_GRANT", 15, "R_PARTIAL", 5),
                        "本年度收到政府信息公开申请20件，其中网上申请18件、当面申请2件，网上申请占比90%。"), List.of()),
                new Correct("主动公开占比另一基数", () -> p("全年主动公开政府信息63条，其中政策解读8条，占同类信息总量的5%。"), List.of()),
                new Correct("嵌套其中的占比", () -> req(rows("R_GRANT", 12, "R_PARTIAL", 8),
                        "本年度收到政府信息公开申请20件，其中网上申请16件，其中予以公开12件，占75%。"), List.of()),
                new Correct("同比后的百分比", () -> req(rows("R_GRANT", 15, "R_PARTIAL", 5),
                        "本年度收到政府信息公开申请20件，其中予以公开15件，同比增长25%。"), List.of()));
    }

    /** A second round of probes. */
    static List<Correct> more() {
        return List.of(
                new Correct("网站与带引号的公众号", () -> p("全年主动公开政府信息63条，其中政府网站发布63条、“漕河镇发布”发布40条。"), List.of()),
                new Correct("网站与带引号的账号，逗号", () -> p("全年主动公开政府信息63条，其中政府网站63条，“漕河发布”40条，“漕河镇人民政府”头条号30条。"), List.of()),
                new Correct("调整目录事项", () -> p("全年调整主动公开目录事项63项，其中新增40项、修改13项、删除10项。"), List.of("TXT_PARTS_SUM:part1.PROACTIVE.1")),
                new Correct("冒号分号两种口径", () -> byApplicant(10, 2, "本年度收到政府信息公开申请12件，其中：自然人10件；法人2件；予以公开12件。"), List.of()),
                new Correct("冒号逗号分号两种口径", () -> req(rows("R_GRANT", 10, "R_DENY_THIRD_PARTY", 2),
                        "本年度收到政府信息公开申请12件，其中：自然人10件，法人2件；予以公开10件，不予公开2件。"), List.of()),
                new Correct("分号分项两种口径主动公开", () -> p("全年主动公开政府信息63条，其中：政策文件10条；工作动态53条；政府网站发布63条；微信公众号发布40条。"), List.of()),
                new Correct("同比增加后的占比", () -> req(rows("R_GRANT", 16, "R_PARTIAL", 4),
                        "本年度收到政府信息公开申请20件，其中予以公开16件，同比增加4件，占80%。"), List.of()),
                new Correct("一次性告知", () -> req(rows("R_GRANT", 8),
                        "本年度收到政府信息公开申请8件，其中一次性告知5件、当场答复3件、按期答复8件。"), List.of()),
                new Correct("发布量万条", () -> p("全年发布各类信息1.2万条，其中政务动态8000条、其他信息5000条。"), List.of()),
                new Correct("括号含转载后的其中", () -> p("全年主动公开政府信息63条（含转载12条），其中原创51条、转载12条、图文信息40条。"), List.of()),
                new Correct("办结含结转", () -> req(rows("CARRY_IN", 2, "R_GRANT", 12, "R_DENY_THIRD_PARTY", 2),
                        "本年度办结政府信息公开申请14件（含上年结转2件），其中予以公开12件、不予公开2件。"), List.of()),
                new Correct("分项以及", () -> p("全年主动公开政府信息63条，其中镇街动态25条以及其他信息40条。"), List.of()),
                new Correct("二十大标签", () -> p("全年主动公开政府信息63条，其中学习宣传党的二十大精神信息10条、其他信息53条。"),
                        List.of("TXT_PARTS_SUM:part1.PROACTIVE.1")),
                new Correct("上下半年与季度", () -> p("全年主动公开政府信息63条，其中上半年30条、下半年33条，第四季度18条。"), List.of()),
                new Correct("分项后述访问量", () -> p("全年主动公开政府信息63条，其中镇街动态25条、其他信息38条，总浏览量12000次。"), List.of("TXT_PARTS_SUM:part1.PROACTIVE.1")),
                new Correct("区政府办与部门受理", () -> req(rows("R_GRANT", 12),
                        "本年度收到政府信息公开申请12件，其中镇政府办公室受理3件、各站所受理9件，各村协助办理5件。"), List.of()),
                new Correct("其中均为", () -> req(rows("R_GRANT", 12), "本年度收到政府信息公开申请12件，其中均为自然人申请，予以公开12件。"), List.of()),
                new Correct("建议提案与主办", () -> Draft.demo().text(NPC,
                        "2023年度，漕河镇办理建议提案8件，其中人大代表建议5件、政协委员提案3件，其中主办6件、协办2件。"), List.of()),
                new Correct("建议采纳", () -> Draft.demo().text(NPC, "2023年度，漕河镇办理人大代表建议5件，其中主办3件、协办2件、采纳4件。"), List.of()),
                new Correct("政策解读形式与渠道", () -> p("本年度发布政策解读8篇，其中图文解读5篇、视频解读3篇、在政府网站发布8篇。"), List.of()),
                new Correct("培训人次", () -> oversight("开展业务培训3次，其中培训镇村干部120人次、网上培训2次，"), List.of()),
                new Correct("依申请占比并列申请人", () -> req(rows("R_GRANT", 15, "R_PARTIAL", 5),
                        "本年度收到政府信息公开申请20件，其中自然人申请16件，占80%，法人申请4件，占20%。"), List.of()),
                new Correct("满意度百分比", () -> req(rows("R_GRANT", 15, "R_PARTIAL", 5),
                        "本年度收到政府信息公开申请20件，其中予以公开15件、部分公开5件，申请人满意度95%。"), List.of()),
                new Correct("律师属于自然人", () -> byApplicant(10, 2,
                        "本年度收到政府信息公开申请12件，其中自然人申请10件、法人或其他组织申请2件、律师申请1件。"), List.of()),
                new Correct("按申请内容", () -> req(rows("R_GRANT", 12),
                        "本年度收到政府信息公开申请12件，其中申请公开征地信息5件、申请公开规划信息4件、申请公开财政信息5件。"), List.of()),
                new Correct("占比为比重", () -> req(rows("R_GRANT", 15, "R_PARTIAL", 5),
                        "本年度收到政府信息公开申请20件，其中予以公开15件，比重较上年提高10%。"), List.of()));
    }

    static List<Wrong> wrong() {
        return List.of(
                new Wrong("十四五规划多1", () -> p("全年主动公开政府信息63条，其中“十四五”规划相关信息5条、其他信息59条。"), "TXT_PARTS_SUM:part1.PROACTIVE.1", "WARNING"),
                new Wrong("季度多1", () -> p("全年主动公开政府信息63条，其中第一季度15条、第二季度16条、第三季度14条、第四季度19条。"),
                        "TXT_PARTS_SUM:part1.PROACTIVE.1", "WARNING"),
                new Wrong("中文数字多", () -> p("全年主动公开政府信息六十三条，其中镇街动态二十五条、其他信息三十九条。"), "TXT_PARTS_SUM:part1.PROACTIVE.1", "WARNING"),
                new Wrong("分项后累计，分项多", () -> p("本年度主动公开政府信息63条，其中政策文件11条、工作动态53条，累计公开信息1,200条。"),
                        "TXT_PARTS_SUM:part1.PROACTIVE.1", "WARNING"),
                new Wrong("括号细分，分项多", () -> p("全年发布信息63条，其中工作动态41条（图片新闻20条、视频新闻10条）、通知公告23条。"),
                        "TXT_PARTS_SUM:part1.PROACTIVE.1", "WARNING"),
                new Wrong("全镇本级与部门多", () -> p("全镇主动公开政府信息1,200条，其中镇本级400条、镇直部门600条、各村300条。"),
                        "TXT_PARTS_SUM:part1.PROACTIVE.1", "WARNING"),
                new Wrong("部门报告多", () -> p("本局主动公开政府信息120条，其中行政许可信息60条、行政处罚信息40条、其他信息21条。"),
                        "TXT_PARTS_SUM:part1.PROACTIVE.1", "WARNING"),
                new Wrong("两个清单多", () -> p("全年主动公开政府信息63条，其中“两个清单”信息5条、“一网通办”信息8条、其他信息51条。"),
                        "TXT_PARTS_SUM:part1.PROACTIVE.1", "WARNING"),
                new Wrong("三审三校后多", () -> p("全年经三审三校发布信息63条，其中镇街动态25条、其他信息39条。"), "TXT_PARTS_SUM:part1.PROACTIVE.1", "WARNING"),
                new Wrong("建议分项多", () -> Draft.demo().text(NPC, "2023年度，漕河镇办理人大代表建议5件，其中主办3件、协办3件，代表满意5件。"),
                        "TXT_PARTS_SUM:part6.NPC_CPPCC.2", "WARNING"),
                new Wrong("申请结果多", () -> req(rows("R_GRANT", 10, "R_DENY_THIRD_PARTY", 2),
                        "本年度收到政府信息公开申请12件，其中予以公开10件（同比增加3件）、不予公开3件（同比减少1件）。"), "TXT_PARTS_SUM:part1.ON_REQUEST.2", "WARNING"),
                new Wrong("办结与结转多", () -> req(rows("R_GRANT", 10, "CARRY_OUT", 2),
                        "本年度收到政府信息公开申请12件，其中已办结10件、结转下年度3件。"), "TXT_PARTS_SUM:part1.ON_REQUEST.2", "WARNING"),
                new Wrong("包含内嵌，分项多", () -> p("全年发布信息63条，其中工作动态41条，包含图片新闻20条、视频新闻10条，通知公告23条。"),
                        "TXT_PARTS_SUM:part1.PROACTIVE.1", "WARNING"),
                new Wrong("受理而不写申请，超过新收与结转", () -> req(rows("CARRY_IN", 1, "R_GRANT", 4, "R_PARTIAL", 1, "R_OTHER_OTHER", 1),
                        "依申请公开方面，全年受理5件，其中予以公开4件、部分公开2件、其他处理1件。"), "TXT_PARTS_SUM:part1.ON_REQUEST.2", "WARNING"),
                new Wrong("个人与企业多", () -> byApplicant(10, 2, "本年度收到政府信息公开申请12件，其中个人申请10件、企业申请3件。"),
                        "TXT_PARTS_SUM:part1.ON_REQUEST.2", "WARNING"),
                new Wrong("复议分项多，分号后诉讼另列", () -> cases(Draft.demo(), "RV_UPHELD", 2, "LD_UPHELD", 1)
                        .text(PART4, "本年度被申请行政复议2件，其中维持2件、纠正1件；被提起行政诉讼1件，其中维持1件。"), "TXT_PARTS_SUM:part4.2", "WARNING"),
                new Wrong("渠道之外的分项多", () -> p("全年主动公开政府信息63条，其中政策文件10条、工作动态54条，均在政府网站发布。"),
                        "TXT_PARTS_SUM:part1.PROACTIVE.1", "WARNING"),
                new Wrong("同比之后的占比仍错", () -> req(rows("R_GRANT", 16, "R_PARTIAL", 4),
                        "本年度收到政府信息公开申请20件，其中予以公开16件，占70%，同比增加4件。"), "TXT_PERCENT:part1.ON_REQUEST.1", "WARNING"),
                new Wrong("占比仍错", () -> req(rows("R_GRANT", 15, "R_PARTIAL", 5),
                        "本年度收到政府信息公开申请20件，其中予以公开15件，占70%，部分公开5件，占25%。"), "TXT_PERCENT:part1.ON_REQUEST.1", "WARNING"));
    }

    @TestFactory
    Stream<DynamicTest> correctWordingRaisesNoFailure() {
        return WordingRobustnessTest.correctTests(correct());
    }

    @TestFactory
    Stream<DynamicTest> moreCorrectWordingRaisesNoFailure() {
        return WordingRobustnessTest.correctTests(more());
    }

    @TestFactory
    Stream<DynamicTest> wrongReportsStillFail() {
        return WordingRobustnessTest.wrongTests(wrong());
    }
}
