package cn.gongkai.validation;

import static cn.gongkai.validation.WholeWithoutGongWordingTest.PLATFORMS;
import static cn.gongkai.validation.WordingRobustnessTest.GENERAL;
import static cn.gongkai.validation.WordingRobustnessTest.ON_REQUEST;
import static cn.gongkai.validation.WordingRobustnessTest.OVERSIGHT;
import static cn.gongkai.validation.WordingRobustnessTest.PROACTIVE;
import static cn.gongkai.validation.WordingRobustnessTest.applications;
import static cn.gongkai.validation.WordingRobustnessTest.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import cn.gongkai.support.Draft;
import cn.gongkai.validation.WordingRobustnessTest.Correct;
import cn.gongkai.validation.WordingRobustnessTest.Wrong;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * TXT_YEAR_SCOPE in a township's report (the demo, 漕河镇 of 兖州区), which names its district rightly all the time: it
 * warns only where 全区 (全县, 全市) is claimed as the scope of the town's own work or figures (“在全区范围内开展…”,
 * “全区共受理申请…”, “组织全区各镇街…”), the sign of a text copied from the district's report; never where the town follows,
 * attends, is ranked in or quotes the district. A district's own 全区 never warns. And a caption or heading line without 。
 * (“图为…专区” then a line break) is a sentence of its own, so that rules no longer read it, nor quote it, with the next.
 */
@QuarkusTest
class TownshipScopeAndCaptionTest {

    static final String SCOPE = "TXT_YEAR_SCOPE:SCOPE";
    static final String PRIORITIES = "/sections/part6/items/1/text";
    static final String INNOVATION = "/sections/part6/items/3/text";
    static final String PART5 = "/sections/part5/text";
    static final String SUBDISTRICT = "济宁市兖州区鼓楼街道办事处";
    static final String DISTRICT = "济宁市兖州区人民政府";

    /** The demo (a town) with {@code text} at {@code pointer}; no level sent: the name tells it is a 镇. */
    static Draft town(String pointer, String text) {
        return Draft.demo().text(pointer, text);
    }

    /** The demo as another agency's report, its level sent with the report. */
    static Draft as(String name, String level, String scope, String pointer, String text) {
        return Draft.demo().set("agencyName", name).set("agencyLevel", level).set("scope", scope)
                .text("/title", name + "2023年政府信息公开工作年度报告").replace("/preamble", "济宁市兖州区漕河镇人民政府", name).text(pointer, text);
    }

    static Correct correct(String name, String pointer, String text) {
        return new Correct(name, () -> town(pointer, text), List.of(SCOPE));
    }

    static Wrong wrong(String name, String pointer, String text) {
        return new Wrong(name, () -> town(pointer, text), SCOPE, "WARNING");
    }

    static List<Correct> correctTownships() {
        return List.of(
                // the district's plans, meetings and requirements the town follows
                correct("按照全区统一部署", GENERAL, "按照全区统一部署，漕河镇扎实推进基层政务公开标准化规范化建设。"),
                correct("根据全区工作安排", OVERSIGHT, "根据全区政务公开工作安排，本镇按时完成年度报告编制。"),
                correct("按全区要求", OVERSIGHT, "按全区要求，漕河镇于1月20日前完成年报编制发布。"),
                correct("落实全区推进会议精神", OVERSIGHT, "落实全区政务公开工作推进会议精神，及时调整政务公开工作领导小组。"),
                correct("对照全区考核细则", OVERSIGHT, "对照全区政务公开考核细则，逐项查漏补缺。"),
                correct("执行全区制度后另述发布条数", PROACTIVE, "严格执行全区政务公开“三审三校”制度要求，本年度发布信息65条。"),
                correct("依托全区统一平台发布信息", PROACTIVE, "依托全区统一的政务公开平台发布信息63条。"),
                correct("全区统一使用平台", PROACTIVE, "根据区里安排，全区统一使用政务公开平台发布信息，漕河镇全年发布65条。"),
                correct("全区会议召开后", OVERSIGHT, "全区政务公开工作会议召开后，漕河镇第一时间召开专题会议进行传达部署。"),
                correct("全区培训班共举办3期", OVERSIGHT, "全区政务公开培训班共举办3期，漕河镇均派员参加。"),
                correct("全区开展行动，本镇借此完善", OVERSIGHT, "2023年，全区开展政务公开标准化提升行动，漕河镇以此为契机，对照标准完善了21个村级公开栏。"),
                correct("全区要点印发后", PRIORITIES, "2023年全区政务公开工作要点印发后，漕河镇制定任务清单28项。"),
                correct("落实区政府办公室印发的全区要点", PRIORITIES, "漕河镇认真落实区政府办公室印发的全区政务公开工作要点，完成年度任务32项。"),
                // training and events of the district the town attends or hosts
                correct("参加全区培训2次", OVERSIGHT, "一是强化业务提升，镇政务公开专员参加全区政务公开业务培训2次。"),
                correct("参加了全区工作会议", OVERSIGHT, "3月，镇党委副书记参加了全区政务公开工作会议，会后及时传达学习会议精神。"),
                correct("在全区会议上发言", OVERSIGHT, "镇主要负责同志在全区政务公开工作会议上作典型发言。"),
                correct("承办全区观摩会1场", INNOVATION, "漕河镇承办了全区政务公开现场观摩会1场，展示“网格化+政务公开”工作成效。"),
                correct("全区推进会在本镇召开", INNOVATION, "全区政务公开工作现场推进会在漕河镇召开，与会人员120人。"),
                correct("参与全区政务公开日", INNOVATION, "漕河镇积极参与全区“政务公开日”活动，组织群众走进政务大厅。"),
                correct("收看全区培训会", OVERSIGHT, "组织镇村干部收看全区政务公开视频培训会，参训人员86人次。"),
                correct("参加全区培训3人", OVERSIGHT, "镇政务公开工作人员3人参加全区集中培训。"),
                correct("参加全区竞赛获奖", OVERSIGHT, "漕河镇组织政务公开专员参加全区业务竞赛，获三等奖1项。"),
                correct("配合全区专项检查", OVERSIGHT, "积极配合全区政府信息公开申请办理情况专项检查。"),
                // the district's rankings, assessments and awards
                correct("在全区考核中位列第二", OVERSIGHT, "在全区政务公开工作考核中，漕河镇位列第二。"),
                correct("综合考评全区排名第三", OVERSIGHT, "漕河镇政务公开工作综合考评全区排名第三。"),
                correct("得分位居全区第一", OVERSIGHT, "漕河镇政务公开第三方评估得分位居全区第一。"),
                correct("在全区评估中得分", OVERSIGHT, "镇政务公开工作在全区政务公开第三方评估中得分95分。"),
                correct("在全区21个镇街中位居第三", OVERSIGHT, "在全区21个镇街中，漕河镇政务公开考核成绩位居第三。"),
                correct("全区21个镇街中率先", OVERSIGHT, "全区21个镇街中，漕河镇率先完成政务公开专区标准化建设。"),
                correct("在全区率先", OVERSIGHT, "本镇在全区率先实现村级政务公开栏全覆盖。"),
                correct("走在全区前列", PLATFORMS, "镇便民服务中心政务公开专区建设走在全区前列。"),
                correct("居全区镇街前列", PLATFORMS, "漕河镇政务新媒体“漕河发布”关注人数达1.2万人，居全区镇街前列。"),
                correct("被评为全区先进", OVERSIGHT, "漕河镇被评为全区政务公开工作先进单位。"),
                correct("获得全区通报表扬", OVERSIGHT, "漕河镇政务公开工作获得全区通报表扬。"),
                correct("入选全区优秀案例", INNOVATION, "漕河镇“和为贵”群众会客厅案例入选全区政务公开优秀案例。"),
                correct("作为全区首批示范点", INNOVATION, "漕河镇政务公开专区作为全区首批示范点，接待观摩12次。"),
                correct("全区唯一试点", INNOVATION, "漕河镇作为全区唯一入选省级试点的乡镇，开展试点工作3项。"),
                correct("全区第一个示范点", INNOVATION, "全区第一个村级政务公开示范点落户漕河镇。"),
                correct("全区考核采取百分制", OVERSIGHT, "全区政务公开考核采取百分制，漕河镇得分96分。"),
                correct("占全区总量", PROACTIVE, "漕河镇主动公开信息数量占全区镇街信息总量的12%。"),
                correct("高于全区平均", GENERAL, "漕河镇的政务公开满意度高于全区平均水平。"),
                correct("与全区先进镇街相比", PART5, "与全区先进镇街相比，漕河镇政务公开专区利用率仍有差距。"),
                correct("争创全区示范镇", PART5, "下一步，漕河镇将积极争创全区政务公开示范镇。"),
                // the district promoting or studying the town's work
                correct("做法在全区范围内推广", INNOVATION, "我镇“政务公开+网格化”经验做法在全区范围内推广。"),
                correct("被全区各镇街学习借鉴", INNOVATION, "漕河镇做法被全区各镇街学习借鉴。"),
                correct("全区各镇街来镇观摩", INNOVATION, "全区各镇街政务公开工作人员来我镇观摩学习。"),
                correct("接待全区各镇街观摩团", INNOVATION, "我镇政务公开专区接待全区各镇街观摩团3批次。"),
                correct("向全区推介", INNOVATION, "向全区推介漕河镇“和为贵”群众会客厅经验。"),
                // the district's bodies acting, the district's documents quoted, the district as context
                correct("区政务公开办在全区范围内督查", OVERSIGHT, "区政务公开办在全区范围内开展政务公开督查，漕河镇顺利通过检查。"),
                correct("区政务公开办组织全区各镇街检查", OVERSIGHT, "区政务公开办组织全区各镇街开展交叉检查，漕河镇检查发现问题3个并全部整改。"),
                correct("在全区各部门支持下", OVERSIGHT, "在全区各部门的大力支持下，漕河镇政务公开工作稳步推进。"),
                correct("区委区政府重视，全区上下", GENERAL, "区委、区政府高度重视政务公开工作，全区上下形成合力。"),
                correct("引用全区实施方案", GENERAL, "漕河镇认真贯彻落实《兖州区2023年政务公开工作要点》和《全区政务公开标准化规范化建设实施方案》要求。"),
                correct("引用全区考核办法", OVERSIGHT, "按照《全区政务公开工作考核办法》，漕河镇自评得分98分。"),
                correct("全区共有21个镇街", GENERAL, "全区共有21个镇街，漕河镇是其中人口最多的镇。"),
                correct("全区申请数量下降，本镇未收到", ON_REQUEST, "全区政府信息公开申请数量较上年下降，漕河镇全年未收到申请。"),
                correct("全区政务新媒体矩阵转发", PROACTIVE, "本年度通过“兖州发布”等全区政务新媒体矩阵转发信息120条。"),
                correct("全区域覆盖", PLATFORMS, "漕河镇实现政务公开阵地全区域覆盖。"),
                correct("报送全区月报", OVERSIGHT, "漕河镇按时报送全区政务公开工作月报12期。"),
                // the district's work or figure as the context of the town's own, the town named in another clause
                correct("全区组织督查，漕河镇均通过", OVERSIGHT, "全区组织开展政务公开督查2次，漕河镇均顺利通过。"),
                correct("全区共开展活动，漕河镇承办其中", OVERSIGHT, "全区共开展政务公开宣传活动30余场，漕河镇承办其中5场。"),
                correct("全区开展活动，本镇参与", INNOVATION, "全区开展“政务公开日”活动12次，本镇参与4次。"),
                correct("区政务公开办组织全区培训，漕河镇均参加", OVERSIGHT, "区政务公开办全年组织全区业务培训4次，漕河镇均按时参加。"),
                correct("全区共确定示范点，漕河镇名列其中", INNOVATION, "全区共确定政务公开示范点10个，漕河镇便民服务中心名列其中。"),
                correct("全区培训会上发言", OVERSIGHT, "全区政务公开业务培训会上，漕河镇作交流发言。"),
                correct("成绩列全区第4名", OVERSIGHT, "漕河镇被区政务公开办通报表扬，成绩列全区第4名。"),
                correct("全区满意度测评中", OVERSIGHT, "全区政务公开满意度测评中，漕河镇满意度达98%。"),
                correct("在全区首创", INNOVATION, "漕河镇在全区首创“政务公开+网格化”模式。"),
                correct("融入全区改革", PLATFORMS, "漕河镇积极融入全区“一网通办”改革，线上办理事项320件。"),
                correct("在全区镇街中率先达到", PLATFORMS, "漕河镇村级公开栏覆盖率在全区镇街中率先达到100%。"),
                correct("经验在全市推广", OVERSIGHT, "漕河镇政务公开工作经验在全市推广。"),
                correct("参加全市视频会议", OVERSIGHT, "镇长参加全市政务公开工作视频会议。"),
                new Correct("街道：全区督查，鼓楼街道均通过", () -> as(SUBDISTRICT, "SUBDISTRICT", "AGENCY", OVERSIGHT,
                        "全区共开展政务公开督查3次，鼓楼街道均顺利通过。"), List.of(SCOPE)),
                // a subdistrict and a township sent with their level
                new Correct("街道：在全区考核中位列第一", () -> as(SUBDISTRICT, "SUBDISTRICT", "AGENCY", OVERSIGHT, "鼓楼街道在全区政务公开考核中位列第一。"),
                        List.of(SCOPE)),
                new Correct("镇（报送层级）：参加全区培训", () -> town(OVERSIGHT, "参加全区政务公开培训3次。").set("agencyLevel", "TOWNSHIP"), List.of(SCOPE)));
    }

    /** A district government's report: 全区 is its own scope, whatever it claims. */
    static List<Correct> correctDistricts() {
        return List.of(
                new Correct("区政府：全区各级行政机关共开展培训", () -> as(DISTRICT, "COUNTY_GOVERNMENT", "REGION", OVERSIGHT, "2023年，全区各级行政机关共开展政务公开培训56场。"),
                        List.of(SCOPE)),
                new Correct("区政府：在全区范围内开展", () -> as(DISTRICT, "COUNTY_GOVERNMENT", "REGION", OVERSIGHT, "在全区范围内开展政务公开培训12场。"),
                        List.of(SCOPE)),
                new Correct("区政府：组织全区各镇街", () -> as(DISTRICT, "COUNTY_GOVERNMENT", "REGION", OVERSIGHT, "组织全区各镇街、各部门开展政务公开自查。"),
                        List.of(SCOPE)),
                new Correct("区政府：在全市考核中", () -> as(DISTRICT, "COUNTY_GOVERNMENT", "REGION", OVERSIGHT, "我区政务公开工作在全市考核中位列第一。"),
                        List.of(SCOPE)),
                new Correct("区政府（本级）：全区政务公开工作会议", () -> as(DISTRICT, "COUNTY_GOVERNMENT", "AGENCY", OVERSIGHT,
                        "区政府办公室组织召开全区政务公开工作会议，部署全年工作。"), List.of(SCOPE)));
    }

    static List<Wrong> wrongTownships() {
        return List.of(
                // the district as the range of the town's work
                wrong("在全区范围内开展培训", OVERSIGHT, "在全区范围内开展政务公开业务培训3场。"),
                wrong("在全区范围内推行", INNOVATION, "在全区范围内推行“政务公开+网格化”工作模式。"),
                wrong("按照要求，在全区范围内推进", GENERAL, "按照条例要求，在全区范围内全面推进基层政务公开标准化规范化建设。"),
                wrong("漕河镇在全区范围内组织培训", OVERSIGHT, "漕河镇在全区范围内组织开展政务公开培训5场。"),
                wrong("在全区范围内推行标准目录", OVERSIGHT, "在全区范围内全面推行政务公开标准目录。"),
                new Wrong("街道：在全区范围内开展", () -> as(SUBDISTRICT, "SUBDISTRICT", "AGENCY", OVERSIGHT, "鼓楼街道在全区范围内开展“政务公开日”活动。"),
                        SCOPE, "WARNING"),
                // the district's units and bodies as the town's own
                wrong("组织全区各镇街自查", OVERSIGHT, "组织全区各镇街开展政务公开自查。"),
                wrong("指导全区各镇街", OVERSIGHT, "指导全区各镇街完善政务公开专区建设。"),
                wrong("全区各部门均未收到", ON_REQUEST, "全区各部门均未收到政府信息公开申请。"),
                wrong("纳入全区党委学习", OVERSIGHT, "把条例纳入全区党委理论学习中心组学习议题。"),
                // the town named in the claiming clause itself: a subject replaced, 全区 left (漕河镇 for 兖州区)
                wrong("漕河镇组织全区各镇街", OVERSIGHT, "漕河镇组织全区各镇街开展政务公开自查。"),
                // the district's figures as the town's
                wrong("全区共受理申请", ON_REQUEST, "2023年，全区共受理政府信息公开申请12件。"),
                wrong("全区各级行政机关共收到", ON_REQUEST, "2023年，全区各级行政机关共收到政府信息公开申请156件。"),
                wrong("全区主动公开千位分隔", PROACTIVE, "本年度，全区主动公开各类政府信息3,456条，其中政策文件102条。"),
                wrong("全区累计发布解读", PROACTIVE, "本年度全区累计发布政策解读56篇。"),
                wrong("全区答复率", ON_REQUEST, "全区依申请公开答复率达到100%。"),
                new Wrong("镇（报送层级）：全市主动公开", () -> town(PROACTIVE, "2023年，全市主动公开政府信息2,345条。").set("agencyLevel", "TOWNSHIP"),
                        SCOPE, "WARNING"),
                new Wrong("县属镇：全县共受理", () -> as("济宁市汶上县南旺镇人民政府", "TOWNSHIP", "AGENCY", ON_REQUEST, "全县共受理政府信息公开申请8件。"), SCOPE, "WARNING"));
    }

    @TestFactory
    Stream<DynamicTest> townshipsNamingTheirDistrictRaiseNoWarning() {
        return WordingRobustnessTest.correctTests(correctTownships());
    }

    @TestFactory
    Stream<DynamicTest> districtsSayingTheirOwnScopeRaiseNoWarning() {
        return WordingRobustnessTest.correctTests(correctDistricts());
    }

    @TestFactory
    Stream<DynamicTest> townshipsClaimingTheDistrictWarn() {
        return WordingRobustnessTest.wrongTests(wrongTownships());
    }

    /**
     * The district's count of applications beside the town's is no copy: TXT_YEAR_SCOPE passes. (TXT_APP_COUNT, another
     * rule, still reads the 156 as the town's count and warns against its table.)
     */
    @Test
    void theDistrictsCountBesideTheTownsIsNoCopy() {
        JsonPath result = EveryRuleTest.validate(town(OVERSIGHT, "全区共受理政府信息公开申请156件，其中漕河镇12件。").json());
        assertEquals("PASS", result.getString("findings.find { it.id == '" + SCOPE + "' }.status"));
    }

    // captions and headings

    static final String CAPTION = "图为漕河镇便民服务中心政务公开专区";

    static List<Correct> correctCaptions() {
        return List.of(
                new Correct("图注后接主动公开分项", () -> town(PROACTIVE, CAPTION + "\n2023年，漕河镇主动公开政府信息63条，其中镇街动态25条、其他信息38条。"),
                        List.of("TXT_PARTS_SUM:part1.PROACTIVE.1")),
                // the caption's 共…12块 was read as the whole of the list after it, which then went unread
                new Correct("图注中的共N块不再混入分项", () -> town(PROACTIVE, "图片：镇政务公开专区共设置展板12块\n全年主动公开政府信息63条，其中镇街动态25条、其他信息38条。"),
                        List.of("TXT_PARTS_SUM:part1.PROACTIVE.1")),
                new Correct("无标记图注后接分项", () -> town(PLATFORMS, "漕河镇持续优化政府信息公开平台建设。\n政务大厅政务公开专区\n"
                        + "2023年，漕河镇设立村级政务公开服务点21个，其中标准化服务点15个、简易服务点6个。"), List.of("TXT_PARTS_SUM:part1.PLATFORMS.2")),
                new Correct("小标题后接未收到申请", () -> town(ON_REQUEST, "（二）依法做好依申请公开\n2023年度，漕河镇未收到政府信息公开申请。"),
                        List.of("TXT_NO_APPLICATION_CLAIM:NEW")),
                new Correct("镇：图注写全区会议", () -> town(OVERSIGHT, "图为全区政务公开工作会议现场\n2023年，漕河镇召开政务公开工作推进会4次。"), List.of(SCOPE)));
    }

    static List<Wrong> wrongCaptions() {
        return List.of(
                // a wrapped sentence is still read whole: an item's mark is no heading when its line holds a claim
                new Wrong("编号行中换行而表中有申请", () -> applications(rows("R_GRANT", 3)).text(ON_REQUEST, "（二）本年度未收到\n政府信息公开申请。"),
                        "TXT_NO_APPLICATION_CLAIM:NEW", "ERROR"),
                new Wrong("图注后分项超过总数", () -> town(PROACTIVE, CAPTION + "\n2023年，漕河镇共发布信息65条，其中镇街动态25条、其他信息45条。"),
                        "TXT_PARTS_SUM:part1.PROACTIVE.1", "ERROR"));
    }

    @TestFactory
    Stream<DynamicTest> captionsAreSentencesOfTheirOwn() {
        return Stream.concat(WordingRobustnessTest.correctTests(correctCaptions()), WordingRobustnessTest.wrongTests(wrongCaptions()));
    }

    /** The finding quotes the sentence, not the caption before it (it quoted “图为…专区\n2023年，…” as one). */
    @Test
    void aFindingNoLongerQuotesTheCaption() {
        JsonPath result = EveryRuleTest.validate(town(PROACTIVE, CAPTION + "\n2023年，漕河镇主动公开政府信息63条，其中镇街动态25条、其他信息38条。").json());
        assertEquals("2023年，漕河镇主动公开政府信息63条，其中镇街动态25条、其他信息38条。",
                result.getString("findings.find { it.id == 'TXT_PARTS_SUM:part1.PROACTIVE.1' }.text.sentence"));
    }

    /** A fee heading in part 六's own text, now a sentence of its own, still gives the line after it its fee. */
    @Test
    void aFeeHeadingLineStillReadsWithItsAnswer() {
        JsonPath result = EveryRuleTest.validate(WordingRobustnessTest.part6AsText("（一）收取信息处理费情况\n本年度未收取。").json());
        assertEquals("PASS", result.getString("findings.find { it.id == 'TXT_FEE_STATEMENT:part6' }.status"));
        assertEquals("本年度未收取。", result.getString("findings.find { it.id == 'TXT_FEE_STATEMENT:part6' }.text.sentence"));
    }

    /** Which lines end a sentence: captions and headings do; wrapped lines of a sentence do not. */
    @Test
    void captionAndHeadingLinesEndTheirSentenceWrappedLinesDoNot() {
        List<List<String>> cases = List.of(
                List.of(CAPTION + "\n2023年，漕河镇主动公开政府信息63条。", CAPTION + "\n", "2023年，漕河镇主动公开政府信息63条。"),
                List.of("本年度共发布信息65条。\n" + CAPTION + "\n全年未收取费用。", "本年度共发布信息65条。", CAPTION + "\n", "全年未收取费用。"),
                List.of("图1 漕河镇政务公开专区\n本年度共发布信息65条。", "图1 漕河镇政务公开专区\n", "本年度共发布信息65条。"),
                List.of("附图：政务公开专区\n本年度共发布信息65条。", "附图：政务公开专区\n", "本年度共发布信息65条。"),
                List.of("表1 主动公开情况\n本年度共发布信息65条。", "表1 主动公开情况\n", "本年度共发布信息65条。"),
                List.of("[图片]\n本年度共发布信息65条。", "[图片]\n", "本年度共发布信息65条。"),
                List.of("（一）加大主动公开力度\n2023年度，漕河镇积极完善政府信息公开制度。", "（一）加大主动公开力度\n", "2023年度，漕河镇积极完善政府信息公开制度。"),
                List.of("一、总体情况\n2023年，漕河镇扎实推进政务公开。", "一、总体情况\n", "2023年，漕河镇扎实推进政务公开。"),
                List.of("政府网站信息发布情况\n本年度共发布信息65条。", "政府网站信息发布情况\n", "本年度共发布信息65条。"),
                // wrapped: one sentence
                List.of("2023年度，漕河镇未收到\n政府信息公开申请。", "2023年度，漕河镇未收到\n政府信息公开申请。"),
                List.of("本年度共收到政府信息公开\n申请5件。", "本年度共收到政府信息公开\n申请5件。"),
                List.of("（一）本年度共收到政府信息\n公开申请5件。", "（一）本年度共收到政府信息\n公开申请5件。"),
                List.of("漕河镇全面公开财政预算执行情况\n和民生实事项目进展情况。", "漕河镇全面公开财政预算执行情况\n和民生实事项目进展情况。"),
                List.of("图文并茂的政策解读\n深受群众欢迎。", "图文并茂的政策解读\n深受群众欢迎。"),
                List.of("表明了漕河镇\n政务公开工作的成效。", "表明了漕河镇\n政务公开工作的成效。"),
                List.of("镇政务大厅\n设有政务公开专区。", "镇政务大厅\n设有政务公开专区。"),
                List.of("镇政务公开专区\n设有展板12块。", "镇政务公开专区\n设有展板12块。"),
                List.of("（一）收取信息处理费情况：\n本年度未收取。", "（一）收取信息处理费情况：\n本年度未收取。"),
                List.of("图为\n漕河镇便民服务中心。", "图为\n漕河镇便民服务中心。"));
        for (List<String> c : cases) {
            List<String> sentences = Sentence.split(new NarrativeText("part1", false, null, null, c.get(0), "/sections/part1/text")).stream()
                    .map(Sentence::text).toList();
            assertEquals(c.subList(1, c.size()), sentences, c.get(0));
        }
    }
}
