package cn.gongkai.validation;

import static cn.gongkai.validation.TownshipScopeAndCaptionTest.DISTRICT;
import static cn.gongkai.validation.TownshipScopeAndCaptionTest.SUBDISTRICT;
import static cn.gongkai.validation.WordingRobustnessTest.ON_REQUEST;
import static cn.gongkai.validation.WordingRobustnessTest.OVERSIGHT;
import static cn.gongkai.validation.WordingRobustnessTest.PART3;
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
 * TXT_APP_COUNT and TXT_RESULT_COUNTS on counts that are not the year's own 新收: averages (月均, 每周), other years (去年, 2022年),
 * several years (累计, 以来, 近三年), part of the year (上半年, 截至11月底, 第四季度), one way or kind of application (通过信函,
 * 涉及征地, 上级转办), other counts after 申请 (咨询), and in a township's report the district's figures (“全区共受理申请156件，
 * 其中漕河镇12件”: the town's 12 is read). Correct reports: no FAIL, the year's count still read and PASS. Wrong ones (the year's
 * or the town's own count off by one) fail at WARNING. Built from the demo: 12 applications, all granted.
 */
@QuarkusTest
class OtherCountsWordingTest {

    static final String NEW = "TXT_APP_COUNT:NEW";
    static final String GRANT = "TXT_RESULT_COUNTS:R_GRANT";
    static final String YEARS_COUNT = "2023年度，漕河镇共收到政府信息公开申请12件，均已依法答复。";

    /** Twelve applications, all granted; part 一 (二) says {@code onRequest}. */
    static Draft twelve(String onRequest) {
        return applications(rows("R_GRANT", 12)).text(ON_REQUEST, onRequest);
    }

    /** Twelve applications, part 一 (二) stating them, and part 三 saying {@code text} (no rule of years reads part 三). */
    static Draft beside(String text) {
        return twelve(YEARS_COUNT).text(PART3, text);
    }

    static Correct besides(String name, String text) {
        return new Correct(name, () -> beside(text), List.of(NEW));
    }

    /** A correct report whose part 一 (二) says {@code text}, the year's (or the town's) count in it read and agreeing. */
    static Correct reads(String name, String text) {
        return new Correct(name, () -> twelve(text), List.of(NEW));
    }

    static Wrong wrong(String name, String text) {
        return new Wrong(name, () -> twelve(text), NEW, "WARNING");
    }

    /** The demo as another agency's report (a 街道, the district), with {@code count} applications, all granted. */
    static Draft as(String agency, String level, int count, String text) {
        // the demo's 全镇党委 is a town's word, not a 街道's
        return TownshipScopeAndCaptionTest.as(agency, level, null, ON_REQUEST, text).replace(OVERSIGHT, "全镇党委", "街道党工委")
                .applicant("NEW", "NATURAL", count)
                .applicant("R_GRANT", "NATURAL", count).applicant("R_TOTAL", "NATURAL", count);
    }

    static List<Correct> correct() {
        return List.of(
                // averages: FAILed before (the average read as the year's 新收)
                besides("月均", "本年度收到政府信息公开申请12件，月均收到政府信息公开申请1件。"),
                besides("月均在前", "本年度月均收到政府信息公开申请1件，全年共收到政府信息公开申请12件。"),
                besides("日均", "本年度日均受理政府信息公开申请0.5件。"),
                besides("平均每月", "平均每月收到政府信息公开申请1件。"),
                besides("每月约", "每月收到政府信息公开申请约1件。"),
                besides("每周", "每周受理政府信息公开申请2件左右。"),
                besides("月平均", "全年收到政府信息公开申请12件，月平均受理申请1件。"),
                besides("平均每季度", "平均每季度收到政府信息公开申请3件。"),
                besides("申请后月均", "收到政府信息公开申请月均1件。"),
                besides("近三年年均", "近三年年均收到政府信息公开申请10件。"),
                besides("平均每个工作日", "本年度收到政府信息公开申请12件，平均每个工作日受理申请0.05件。"),
                // other years and changes: FAILed before, but 较上年减少, 同比增加 (never read)
                besides("去年", "去年收到政府信息公开申请10件。"),
                besides("上年度", "上年度收到政府信息公开申请8件。"),
                besides("2022年", "2022年收到政府信息公开申请6件。"),
                besides("2022年，开头分句", "2022年，漕河镇收到政府信息公开申请6件。"),
                besides("上年在后一分句", "本年度收到政府信息公开申请12件，上年收到申请10件。"),
                besides("较上年减少", "本年度收到政府信息公开申请12件，较上年减少2件。"),
                besides("同比增加", "本年度收到政府信息公开申请12件，同比增加3件。"),
                besides("比上年多收到", "本年度比上年多收到政府信息公开申请3件。"),
                besides("较上年多受理", "较上年多受理政府信息公开申请2件。"),
                besides("去年全年，今年", "去年全年共收到政府信息公开申请10件，今年共收到12件。"),
                besides("2022年度与2023年度", "2022年度共受理政府信息公开申请6件，2023年度共受理政府信息公开申请12件。"),
                besides("与上年相比", "与上年收到政府信息公开申请10件相比，本年度收到12件。"),
                besides("上年同期", "上年同期收到政府信息公开申请10件。"),
                besides("往年每年", "往年每年收到政府信息公开申请5件左右。"),
                // several years, part of the year: FAILed before
                besides("2021年至2023年累计", "2021年至2023年累计收到政府信息公开申请30件。"),
                besides("修订施行以来累计", "自《条例》修订施行以来，累计收到政府信息公开申请45件。"),
                besides("历年", "历年共收到政府信息公开申请50件。"),
                besides("近三年", "近三年共收到政府信息公开申请30件。"),
                besides("前三季度", "前三季度收到政府信息公开申请9件，第四季度收到3件。"),
                besides("上半年", "上半年收到政府信息公开申请5件，下半年收到7件。"),
                besides("截至11月底", "截至11月底，共收到政府信息公开申请10件。"),
                besides("12月份", "12月份收到政府信息公开申请3件。"),
                besides("第四季度", "第四季度受理政府信息公开申请3件。"),
                besides("自2019年以来", "自2019年以来累计收到政府信息公开申请60件。"),
                besides("累计办理", "本年度收到政府信息公开申请12件，累计办理政府信息公开申请35件。"),
                // some of the applications, or other counts: FAILed before
                besides("其中开头的句子", "本年度收到政府信息公开申请12件。其中通过网上申请平台收到申请8件。"),
                besides("网站与信函两个渠道", "通过政府网站收到政府信息公开申请8件，通过信函收到政府信息公开申请4件。"),
                besides("网上申请系统", "本年度通过网上申请系统受理政府信息公开申请8件。"),
                besides("涉及征地拆迁", "本年度收到涉及征地拆迁的政府信息公开申请5件。"),
                besides("上级转办", "收到上级转办的政府信息公开申请2件。"),
                besides("依申请公开咨询", "办理依申请公开咨询30件。"),
                besides("申请咨询电话", "收到信息公开申请咨询电话30件。"),
                besides("协助区政府办理", "协助区政府办理政府信息公开申请3件。"),
                besides("配合区直部门答复", "配合区直部门答复政府信息公开申请3件。"),
                besides("各村（社区）", "各村（社区）共收到政府信息公开申请3件。"),
                besides("镇属各单位", "镇属各单位共受理政府信息公开申请5件。"),
                // other matters: not read before either
                besides("代收", "区政务服务中心代收政府信息公开申请3件。"),
                besides("代收并转办", "代收并转办政府信息公开申请3件。"),
                besides("接待咨询人次", "接待政府信息公开咨询56人次，受理政府信息公开申请12件。"),
                besides("信访件", "受理群众信访45件，收到政府信息公开申请12件。"),
                besides("人大建议政协提案", "办理人大代表建议5件、政协委员提案3件。"),
                besides("信访申请", "受理信访申请3件。"),
                besides("政务服务申请", "收到政务服务申请1200件。"),
                besides("低保申请", "受理低保申请20件。"),
                // the year's count still read
                reads("今年以来", "今年以来，共收到政府信息公开申请12件。"),
                reads("1月至12月", "2023年1月至12月，共收到政府信息公开申请12件。"),
                reads("本年度累计", "本年度，累计收到政府信息公开申请12件。"),
                reads("截至12月31日", "截至2023年12月31日，共收到政府信息公开申请12件。"),
                reads("一季度至四季度", "一季度至四季度共收到政府信息公开申请12件。"),
                reads("与2022年相比，2023年", "与2022年相比，2023年收到政府信息公开申请12件。"),
                reads("依申请公开平台", "本年度通过依申请公开平台收到政府信息公开申请12件。"),
                reads("上半年、下半年共", "上半年、下半年共收到政府信息公开申请12件。"),
                reads("本镇及所属各村", "本镇及所属各村共收到政府信息公开申请12件。"),
                reads("多种渠道", "通过网上、信函等方式共收到政府信息公开申请12件。"),
                reads("去年一分句，今年一分句", "去年收到政府信息公开申请10件，今年收到政府信息公开申请12件。"),
                reads("月均在后", "本年度收到政府信息公开申请12件，月均1件。"),
                // a township's report: the district's count FAILed before; the town's own is read
                reads("全区，其中漕河镇", "全区共受理政府信息公开申请156件，其中漕河镇12件。"),
                reads("全区，我镇受理", "全区共受理政府信息公开申请156件，我镇受理12件。"),
                reads("全区各镇街，漕河镇收到", "全区各镇街共收到政府信息公开申请156件，漕河镇收到政府信息公开申请12件。"),
                reads("全区，漕河镇收到，占比", "全区共收到政府信息公开申请156件，漕河镇收到12件，占7.7%。"),
                reads("兖州区，其中漕河镇", "兖州区共受理政府信息公开申请156件，其中漕河镇12件。"),
                reads("全区，其中本镇", "全区共收到政府信息公开申请156件，其中本镇12件。"),
                reads("全区，其中漕河镇收到申请", "全区共收到政府信息公开申请156件，其中漕河镇收到申请12件。"),
                reads("全县，其中漕河镇", "全县共受理政府信息公开申请156件，其中漕河镇12件。"),
                reads("按照全区部署，本年度件数，后称漕河镇", "按照全区统一部署，本年度共收到政府信息公开申请12件，漕河镇均依法按时答复。"),
                reads("全区结果，漕河镇受理", "全区共受理政府信息公开申请156件，其中予以公开120件，漕河镇受理12件。"),
                new Correct("全区答复，漕河镇答复", () -> twelve(YEARS_COUNT).text(PART3, "全区共答复政府信息公开申请150件，漕河镇答复12件。"), List.of(NEW)),
                new Correct("街道：全区，其中鼓楼街道", () -> as(SUBDISTRICT, "SUBDISTRICT", 12, "全区共受理政府信息公开申请156件，其中鼓楼街道12件。"),
                        List.of(NEW)),
                // a district's report reads its 全区 as before
                new Correct("区政府：全区，其中漕河镇", () -> as(DISTRICT, "COUNTY_GOVERNMENT", 156, "全区共受理政府信息公开申请156件，其中漕河镇12件。"),
                        List.of(NEW)),
                new Correct("区政府：全区各部门、各镇街", () -> as(DISTRICT, "COUNTY_GOVERNMENT", 156, "全区各部门、各镇街共受理政府信息公开申请156件。"),
                        List.of(NEW)),
                // results of another year
                new Correct("去年予以公开，今年予以公开", () -> twelve(YEARS_COUNT).text(PART3, "去年予以公开10件。今年予以公开12件。"), List.of(NEW, GRANT)));
    }

    static List<Wrong> wrong() {
        return List.of(
                wrong("年度件数错，旁有月均", "本年度收到政府信息公开申请13件，月均收到政府信息公开申请1件。"),
                wrong("月均在前，年度件数错", "本年度月均收到政府信息公开申请1件，全年共收到政府信息公开申请13件。"),
                wrong("月平均在后，年度件数错", "全年收到政府信息公开申请13件，月平均受理申请1件。"),
                wrong("去年之后，今年件数错", "去年收到政府信息公开申请10件，今年收到政府信息公开申请13件。"),
                wrong("年度件数错，后述上年", "本年度收到政府信息公开申请13件，上年收到申请10件。"),
                wrong("今年以来件数错", "今年以来，共收到政府信息公开申请13件。"),
                wrong("1月至12月件数错", "2023年1月至12月，共收到政府信息公开申请13件。"),
                wrong("截至12月31日件数错", "截至2023年12月31日，共收到政府信息公开申请13件。"),
                wrong("本年度累计件数错", "本年度，累计收到政府信息公开申请13件。"),
                wrong("多种渠道件数错", "通过网上、信函等方式共收到政府信息公开申请13件。"),
                wrong("镇：其中漕河镇件数错", "全区共受理政府信息公开申请156件，其中漕河镇13件。"),
                wrong("镇：漕河镇受理件数错", "全区共受理政府信息公开申请156件，漕河镇受理政府信息公开申请13件。"),
                wrong("镇：其中我镇件数错", "全区共收到政府信息公开申请156件，其中我镇13件。"),
                wrong("镇：全区结果后漕河镇件数错", "全区共受理政府信息公开申请156件，其中予以公开120件，漕河镇受理13件。"),
                wrong("镇：按照全区部署后件数错", "按照全区统一部署，本年度共收到政府信息公开申请13件，漕河镇均依法按时答复。"),
                wrong("镇：兖州区后漕河镇件数错", "兖州区共受理政府信息公开申请156件，其中漕河镇13件。"),
                new Wrong("街道：其中鼓楼街道件数错", () -> as(SUBDISTRICT, "SUBDISTRICT", 12, "全区共受理政府信息公开申请156件，其中鼓楼街道13件。"),
                        NEW, "WARNING"),
                new Wrong("区政府：全区件数错", () -> as(DISTRICT, "COUNTY_GOVERNMENT", 156, "全区共受理政府信息公开申请157件，其中漕河镇12件。"),
                        NEW, "WARNING"),
                new Wrong("区政府：全区各部门件数错", () -> as(DISTRICT, "COUNTY_GOVERNMENT", 156, "全区各部门、各镇街共受理政府信息公开申请155件。"),
                        NEW, "WARNING"),
                wrong("本镇及所属各村件数错", "本镇及所属各村共收到政府信息公开申请13件。"),
                wrong("上半年、下半年共件数错", "上半年、下半年共收到政府信息公开申请13件。"),
                new Wrong("今年予以公开件数错", () -> twelve(YEARS_COUNT).text(PART3, "去年予以公开10件。今年予以公开11件。"), GRANT, "WARNING"));
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
