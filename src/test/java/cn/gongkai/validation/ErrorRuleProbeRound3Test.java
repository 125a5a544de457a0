package cn.gongkai.validation;

import static cn.gongkai.validation.ErrorRuleProbeTest.three;
import static cn.gongkai.validation.WordingRobustnessTest.FEE;
import static cn.gongkai.validation.WordingRobustnessTest.ON_REQUEST;
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
 * Round 3 of the probes of the ERROR rules (after ErrorRuleProbeTest and BareWholeProbeTest). Of 190 correct reports probed, 68
 * got an ERROR before this round's fixes; all of those are kept here, with 60 of the others as a sample: correct reports whose
 * wording negates or zeroes something near 申请 or 行政复议/行政诉讼 without claiming none, 共…其中 lists that are no
 * division of the whole, part 六 fee wordings and heading variants of the six parts.
 */
@QuarkusTest
class ErrorRuleProbeRound3Test {

    static final String PART5 = "/sections/part5/text";

    /** Two applications granted, one still being handled at the year's end, and {@code more} after part 一 (二)'s count. */
    static Draft pending(String more) {
        return applications(rows("R_GRANT", 2, "CARRY_OUT", 1)).text(ON_REQUEST, "2023年收到政府信息公开申请3件，予以公开2件，结转下年度1件。" + more);
    }

    /** One 行政复议 (upheld) and one 行政诉讼 brought directly (upheld), said so, and {@code more}. */
    static Draft oneOfEach(String more) {
        return cases(Draft.demo(), "RV_UPHELD", 1, "LD_UPHELD", 1).text(PART4, "2023年发生行政复议1件、行政诉讼1件，结果均为维持。" + more);
    }

    /** The demo with the part's heading replaced. */
    static Draft heading(String part, String heading) {
        return Draft.demo().text("/sections/" + part + "/heading", heading);
    }

    /** The demo's 65 items of information (part 一 (一)) written as {@code text}. */
    static Draft proactive(String text) {
        return Draft.demo().text(PROACTIVE, text);
    }

    static List<Correct> correct() {
        return List.of(
                // TXT_NO_APPLICATION_CLAIM: pending, answered, transferred, rejected, withdrawn
                new Correct("尚未办结政府信息公开申请1件", () -> pending("截至12月31日，尚未办结政府信息公开申请1件。"), List.of()),
                new Correct("未办结的申请结转下年度", () -> pending("未办结的政府信息公开申请1件已结转下年度办理。"), List.of()),
                new Correct("未驳回任何申请", () -> three("本年度未驳回任何政府信息公开申请。"), List.of()),
                new Correct("申请人未撤回申请", () -> three("申请人未撤回政府信息公开申请。"), List.of()),
                new Correct("无申请人撤回申请的情况", () -> three("无申请人撤回政府信息公开申请的情况。"), List.of()),
                new Correct("未转送其他机关", () -> three("本年度未向其他行政机关转送政府信息公开申请。"), List.of()),
                new Correct("未拒收申请", () -> three("窗口未拒收政府信息公开申请。"), List.of()),
                new Correct("从未拒绝申请", () -> three("漕河镇从未拒绝政府信息公开申请。"), List.of()),
                new Correct("未予答复的申请0件", () -> three("未予答复的政府信息公开申请0件。"), List.of()),
                new Correct("逾期未答复的申请为0", () -> three("逾期未答复的政府信息公开申请为0。"), List.of()),
                new Correct("被退回的申请0件", () -> three("被退回的政府信息公开申请0件。"), List.of()),
                new Correct("撤回的申请0件", () -> three("申请人撤回的政府信息公开申请0件。"), List.of()),
                new Correct("转办的申请0件", () -> three("转办政府信息公开申请0件。"), List.of()),
                new Correct("申请被退回0件", () -> three("政府信息公开申请被退回0件。"), List.of()),
                new Correct("申请中涉密0件", () -> three("政府信息公开申请中涉密0件。"), List.of()),
                // 未涉及, 未出现…情形, 未发生…申请人…
                new Correct("均未涉及申请内容需补正的情形", () -> three("均未涉及政府信息公开申请内容需补正的情形。"), List.of()),
                new Correct("未出现依申请公开泄密情形", () -> three("未出现依申请公开泄密情形。"), List.of()),
                new Correct("未发生申请人重复提交申请的情况", () -> three("未发生申请人重复提交政府信息公开申请的情况。"), List.of()),
                new Correct("未发生申请人因申请提起复议", () -> three("未发生申请人因政府信息公开申请提起行政复议的情况。"), List.of()),
                // 无一…, 不存在…, 从未…, double negations
                new Correct("无一件申请未按时办结", () -> three("无一件政府信息公开申请未按时办结。"), List.of()),
                new Correct("无一件申请被纠错", () -> three("无一件政府信息公开申请被纠错。"), List.of()),
                new Correct("不存在无故拖延办理申请的情况", () -> three("不存在无故拖延办理政府信息公开申请的情况。"), List.of()),
                new Correct("没有一件申请没有答复", () -> three("没有一件政府信息公开申请没有答复。"), List.of()),
                new Correct("无需另行提交申请", () -> three("群众可直接在专区查阅，无需另行提交政府信息公开申请。"), List.of()),
                new Correct("无纸化受理申请", () -> three("推行无纸化受理政府信息公开申请。"), List.of()),
                new Correct("无差别受理申请", () -> three("坚持无差别受理政府信息公开申请。"), List.of()),
                new Correct("第五部分：未按规定登记申请", () -> three("").replace(PART5, "一方面，", "一方面，个别工作人员未按规定登记政府信息公开申请。"),
                        List.of()),
                new Correct("第五部分：未及时受理申请的问题", () -> three("").replace(PART5, "一方面，", "一方面，存在未及时受理政府信息公开申请的问题。"),
                        List.of()),
                // other units, other years
                new Correct("便民服务中心未收到申请", () -> three("镇便民服务中心未收到政府信息公开申请，均由党政办统一受理。"), List.of()),
                new Correct("村级未收到申请", () -> three("村级未收到政府信息公开申请。"), List.of()),
                new Correct("2024年1月至今未收到申请", () -> three("2024年1月至今未收到政府信息公开申请。"), List.of()),
                new Correct("第三部分：2021、2022年连续两年未收到", () -> three("").text(WordingRobustnessTest.PART3,
                        "2021年、2022年连续两年未收到政府信息公开申请。"), List.of()),
                new Correct("此前未收到申请", () -> three("此前漕河镇未收到过政府信息公开申请。"), List.of()),
                new Correct("第三部分：2019年至2022年未收到", () -> three("").text(WordingRobustnessTest.PART3,
                        "2019年至2022年未收到政府信息公开申请。"), List.of()),
                // 未收到…以外的, questions, titles
                new Correct("未收到申请以外的诉求", () -> three("未收到政府信息公开申请以外的信息公开诉求。"), List.of()),
                new Correct("问句：为什么未收到申请", () -> three("").replace(PART5, "一方面，", "一方面，往年为何未收到政府信息公开申请？宣传不够是主要原因。"),
                        List.of()),
                new Correct("标题式：关于未收到申请的分析", () -> three("").replace(PART5, "一方面，", "一方面，《关于未收到政府信息公开申请原因的分析》指出宣传不足。"),
                        List.of()),
                new Correct("未经审核不得答复", () -> three("未经审核不得答复政府信息公开申请。"), List.of()),
                new Correct("问句：为何未收到更多申请", () -> three("").replace(PART5, "一方面，", "一方面，为何未收到更多政府信息公开申请？宣传不够是主要原因。"),
                        List.of()),
                // a negated subject or a zero followed by words of a kind of application or a thing about them
                new Correct("未收到申请方面的咨询", () -> three("未收到政府信息公开申请方面的咨询。"), List.of()),
                new Correct("无申请需要补正", () -> three("无政府信息公开申请需要补正的情况。"), List.of()),
                new Correct("无依申请公开涉及第三方", () -> three("无依申请公开涉及第三方的情况。"), List.of()),
                new Correct("无依申请公开办件积压", () -> three("无依申请公开办件积压。"), List.of()),
                new Correct("未发生依申请公开泄密事件", () -> three("未发生依申请公开泄密事件。"), List.of()),
                new Correct("没有申请被驳回", () -> three("没有政府信息公开申请被驳回。"), List.of()),
                new Correct("依申请公开信息泄露0件", () -> three("依申请公开信息泄露0件。"), List.of()),
                new Correct("依申请公开办理超时0件", () -> three("依申请公开办理超时0件。"), List.of()),
                new Correct("依申请公开需补正0件", () -> three("依申请公开需补正0件。"), List.of()),
                new Correct("申请涉及第三方0件", () -> three("政府信息公开申请涉及第三方0件。"), List.of()),
                new Correct("申请征求第三方意见0件", () -> three("政府信息公开申请征求第三方意见0件。"), List.of()),
                // TXT_NO_CASE_CLAIM
                new Correct("申请人认为未获答复申请行政复议", () -> cases(Draft.demo(), "RV_UPHELD", 1).text(PART4,
                        "申请人认为未获答复申请行政复议，经审理维持原答复。"), List.of()),
                new Correct("仍有未结的行政诉讼", () -> cases(Draft.demo(), "LD_PENDING", 1).text(PART4, "截至年底，仍有未结的行政诉讼案件。"), List.of()),
                new Correct("无负责人未出庭应诉的行政诉讼", () -> oneOfEach("无负责人未出庭应诉的行政诉讼案件。"), List.of()),
                new Correct("无超期提交行政复议答复", () -> oneOfEach("均按期提交答复材料，无超期提交行政复议答复的情况。"), List.of()),
                new Correct("未发生涉及征地拆迁的行政复议", () -> oneOfEach("全年未发生涉及征地拆迁的行政复议。"), List.of()),
                new Correct("2024年以来未发生行政复议", () -> oneOfEach("2024年以来未发生行政复议。"), List.of()),
                new Correct("此前未发生过行政诉讼", () -> oneOfEach("此前未发生过政府信息公开行政诉讼。"), List.of()),
                new Correct("村委会未发生行政诉讼", () -> oneOfEach("各村委会未发生行政诉讼。"), List.of()),
                new Correct("原答复未被行政复议纠错", () -> oneOfEach("原答复未被行政复议纠错。"), List.of()),
                new Correct("无行政诉讼败诉情况", () -> oneOfEach("无行政诉讼败诉情况。"), List.of()),
                new Correct("未被起诉的行政复议", () -> oneOfEach("未被提起行政诉讼的行政复议1件。"), List.of()),
                new Correct("未出现行政诉讼二审", () -> oneOfEach("当事人未上诉，未出现行政诉讼二审。"), List.of()),
                new Correct("未发生因泄露隐私引发的行政复议", () -> oneOfEach("未发生因泄露个人隐私引发的行政复议。"), List.of()),
                new Correct("未发生行政复议数量上升", () -> oneOfEach("与上年持平，未发生行政复议数量上升。"), List.of()),
                new Correct("区司法局作为复议机关", () -> oneOfEach("本镇作为复议机关未受理行政复议。"), List.of()),
                new Correct("行政诉讼未开庭", () -> cases(Draft.demo(), "LD_PENDING", 1).text(PART4, "2023年被提起行政诉讼1件，截至年底行政诉讼尚未开庭。"),
                        List.of()),
                new Correct("未发生行政复议应诉不力", () -> oneOfEach("未发生行政复议应诉不力问题。"), List.of()),
                new Correct("复议机关未作出决定的1件", () -> cases(Draft.demo(), "RV_PENDING", 1).text(PART4, "2023年行政复议1件，行政复议机关未作出决定的1件。"),
                        List.of()),
                new Correct("未发生复议诉讼以外的纠纷", () -> oneOfEach("未发生行政复议、行政诉讼以外的其他纠纷。"), List.of()),
                new Correct("没有行政诉讼的二审案件", () -> oneOfEach("没有行政诉讼的二审案件。"), List.of()),
                // TXT_PARTS_SUM
                new Correct("其中后冒号、分号", () -> proactive("本年度共发布信息65条，其中：政务动态40条；通知公告25条。"), List.of()),
                new Correct("同比在前", () -> proactive("本年度共发布信息65条，同比增长8.3%，其中政务动态40条、通知公告25条。"), List.of()),
                new Correct("主办协办办结", () -> proactive("全年共办理人大代表建议5件，其中主办3件、协办2件、已全部办结5件。"), List.of()),
                new Correct("另计的转发", () -> proactive("本年度共发布信息65条，其中政务动态40条、通知公告25条、上级信息30条另计。"), List.of()),
                new Correct("分项下一句未完", () -> proactive("本年度共发布信息65条，其中政务动态40条。通知公告25条，其他0条。"), List.of()),
                // TXT_FEE_STATEMENT
                new Correct("收费：情况为“零”", () -> Draft.demo().text(FEE, "2023年度信息处理费收取情况为“零”。"), List.of()),
                new Correct("收费：未超过标准不予收费", () -> Draft.demo().text(FEE, "因申请人申请公开的数量未超过规定标准，不予收费。"), List.of()),
                new Correct("收费：0.00万元", () -> Draft.demo().text(FEE, "信息处理费收取金额：0.00万元。"), List.of()),
                // STR_SIX_PARTS
                new Correct("标题：四、…情况及存在的主要问题", () -> heading("part4", "四、政府信息公开行政复议、行政诉讼情况（附表）"), List.of()),
                new Correct("标题：六、其他需要报告的事项（含信息处理费）", () -> heading("part6", "六、其他需要报告的事项（含信息处理费收取情况）"), List.of()),
                new Correct("分项带冒号的细项", () -> proactive("本年度共发布信息65条，其中政务动态40条：图片新闻20条、文字新闻20条；通知公告25条。"), List.of()),
                new Correct("分项后包括细项", () -> proactive("本年度共发布信息65条，其中政务动态40条，包括图片新闻20条、文字新闻20条；通知公告25条。"), List.of()),
                new Correct("分项内占比", () -> proactive("本年度共发布信息65条，其中政务动态40条，占61.5%；通知公告25条，占38.5%。"), List.of()),
                new Correct("分项近", () -> proactive("本年度共发布信息65条，其中政务动态近40条、通知公告20余条。"), List.of()),
                new Correct("总数余条", () -> proactive("本年度共发布信息60余条，其中政务动态40条、通知公告25条。"), List.of()),
                new Correct("分项按季度", () -> proactive("本年度共发布信息65条，其中第一季度15条、第二季度20条、第三季度15条、第四季度15条。"), List.of()),
                new Correct("分项后合计", () -> proactive("本年度共发布信息65条，其中政务动态40条，通知公告25条，合计65条。"), List.of()),
                new Correct("分项后较上年", () -> proactive("本年度共发布信息65条，其中政务动态40条、通知公告25条，较上年增加10条。"), List.of()),
                new Correct("分项按形式交叉", () -> proactive("本年度共发布信息65条，其中文字信息65条、配图信息40条。"), List.of()),
                new Correct("一件事", () -> proactive("全年共办理“高效办成一件事”120件，其中企业开办50件、新生儿出生70件。"), List.of()),
                new Correct("一次告知单", () -> proactive("全年共发放“一次告知单”200份，其中村级发放120份、镇级发放80份。"), List.of()),
                new Correct("分项计人次", () -> proactive("全年共举办培训5期，其中集中培训2期、线上培训3期，参训人员共计200人次。"), List.of()),
                new Correct("申请：共…其中括号", () -> applications(rows("R_GRANT", 3)).text(ON_REQUEST, "全年共收到政府信息公开申请3件（其中自然人2件、法人1件），均予以公开。"),
                        List.of()),
                new Correct("申请：结果含占比", () -> applications(rows("R_GRANT", 2, "R_PARTIAL", 1)).text(ON_REQUEST,
                        "全年共收到政府信息公开申请3件，其中予以公开2件，占66.7%，部分公开1件，占33.3%。"), List.of()),
                new Correct("复议诉讼：共…其中复议和诉讼交叉", () -> cases(Draft.demo(), "RV_UPHELD", 2, "LA_UPHELD", 1).text(PART4,
                        "共发生行政复议2件，其中维持2件，复议后起诉1件。"), List.of()),
                new Correct("分项篇和条", () -> proactive("本年度共发布信息65条，其中政策解读10篇、政务动态40条、通知公告25条。"), List.of()),
                new Correct("分项中列举以上", () -> proactive("本年度共发布信息65条，其中政务动态40条以上、通知公告25条左右。"), List.of()),
                // TXT_FEE_STATEMENT / STR_PART6_FEE
                new Correct("收费：不存在收费情况", () -> Draft.demo().text(FEE, "2023年度，不存在收费情况。"), List.of("TXT_FEE_STATEMENT:part6")),
                new Correct("收费：依规免收", () -> Draft.demo().text(FEE, "依规免收信息处理费。"), List.of("TXT_FEE_STATEMENT:part6")),
                new Correct("收费：免于收费", () -> Draft.demo().text(FEE, "按照规定，本机关对申请人免于收费。"), List.of()),
                new Correct("收费：均不收费", () -> Draft.demo().text(FEE, "本年度政府信息公开申请均不收费。"), List.of()),
                new Correct("收费：信息处理费已免除", () -> Draft.demo().text(FEE, "2023年度信息处理费均已免除。"), List.of()),
                new Correct("收费：一律免费", () -> Draft.demo().text(FEE, "本机关依申请提供政府信息，信息处理费一律免费。"), List.of()),
                new Correct("收费：未计收", () -> Draft.demo().text(FEE, "本年度未对申请人计收信息处理费。"), List.of()),
                new Correct("收费：未征收", () -> Draft.demo().text(FEE, "本年度未征收信息处理费。"), List.of()),
                new Correct("收费：0.00元", () -> Draft.demo().text(FEE, "本年度收取信息处理费0.00元。"), List.of("TXT_FEE_STATEMENT:part6")),
                new Correct("收费：未产生", () -> Draft.demo().text(FEE, "本年度未产生信息处理费。"), List.of("TXT_FEE_STATEMENT:part6")),
                new Correct("收费：不予收取", () -> Draft.demo().text(FEE, "对申请人的政府信息公开申请，本机关不予收取信息处理费。"), List.of()),
                new Correct("收费：未向任何申请人收费", () -> Draft.demo().text(FEE, "本年度未向任何申请人收取信息处理费。"), List.of()),
                new Correct("收费：金额为零元", () -> Draft.demo().text(FEE, "本年度收取信息处理费金额为零元。"), List.of()),
                new Correct("收费：没有产生任何费用", () -> Draft.demo().text(FEE, "本年度依申请公开工作没有产生任何费用。"), List.of()),
                new Correct("收费：均免费", () -> Draft.demo().text(FEE, "本年度依申请提供的政府信息均免费。"), List.of()),
                // STR_SIX_PARTS
                new Correct("标题：第一部分 总体情况", () -> heading("part1", "第一部分 总体情况"), List.of("STR_SIX_PARTS:parts")),
                new Correct("标题：一．总体情况", () -> heading("part1", "一．总体情况"), List.of("STR_SIX_PARTS:parts")),
                new Correct("标题：一、 总 体 情 况", () -> heading("part1", "一、　总 体 情 况"), List.of("STR_SIX_PARTS:parts")),
                new Correct("标题：１．总体情况", () -> heading("part1", "１．总体情况"), List.of("STR_SIX_PARTS:parts")),
                new Correct("标题：二、主动公开政府信息情况（附表）", () -> heading("part2", "二、主动公开政府信息情况（附表）"), List.of("STR_SIX_PARTS:parts")),
                new Correct("标题：三、收到和处理政府信息公开申请的情况", () -> heading("part3", "三、收到和处理政府信息公开申请的情况"), List.of("STR_SIX_PARTS:parts")),
                new Correct("标题：四、因政府信息公开工作被申请行政复议、提起行政诉讼的情况", () -> heading("part4",
                        "四、因政府信息公开工作被申请行政复议、提起行政诉讼的情况"), List.of("STR_SIX_PARTS:parts")),
                new Correct("标题：五、存在的主要问题及改进措施", () -> heading("part5", "五、存在的主要问题及改进措施"), List.of("STR_SIX_PARTS:parts")),
                new Correct("标题：五、政府信息公开工作存在的主要问题及改进情况", () -> heading("part5", "五、政府信息公开工作存在的主要问题及改进情况"),
                        List.of("STR_SIX_PARTS:parts")),
                new Correct("标题：六、其他需报告的事项", () -> heading("part6", "六、其他需报告的事项"), List.of("STR_SIX_PARTS:parts")),
                new Correct("标题：五、存在的主要问题及改进情况　　", () -> heading("part5", "五 、存在的主要问题及改进情况　　"), List.of("STR_SIX_PARTS:parts")),
                new Correct("标题：三、政府信息公开申请的收到和处理情况", () -> heading("part3", "三、政府信息公开申请的收到和处理情况"),
                        List.of("STR_SIX_PARTS:parts")));
    }

    /** Three applications, all granted, in 表三; part 一 (二) says only {@code claim}. */
    static Draft claimed(String claim) {
        return applications(rows("R_GRANT", 3)).text(ON_REQUEST, claim);
    }

    static List<Wrong> wrong() {
        String noApplications = "TXT_NO_APPLICATION_CLAIM:NEW";
        String review = "TXT_NO_CASE_CLAIM:REVIEW";
        String litigation = "TXT_NO_CASE_CLAIM:LITIGATION";
        String fee = "TXT_FEE_STATEMENT:part6";
        return List.of(
                // TXT_NO_APPLICATION_CLAIM: a negation of receiving, with 曾/有, 任何, or none between; a zero after 的; a wrapped line
                new Wrong("未曾收到申请而表中有", () -> claimed("本年度未曾收到政府信息公开申请。"), noApplications, "ERROR"),
                new Wrong("未有申请而表中有", () -> claimed("全年未有政府信息公开申请。"), noApplications, "ERROR"),
                new Wrong("未收到任何申请而表中有", () -> claimed("2023年度漕河镇未收到任何政府信息公开申请。"), noApplications, "ERROR"),
                new Wrong("无依申请公开事项而表中有", () -> claimed("本年度无依申请公开事项。"), noApplications, "ERROR"),
                new Wrong("新收的申请为0件而表中有", () -> claimed("本年度新收的政府信息公开申请为0件。"), noApplications, "ERROR"),
                new Wrong("截至12月31日收到申请0件而表中有", () -> claimed("截至12月31日，收到政府信息公开申请0件。"), noApplications, "ERROR"),
                new Wrong("公开与申请之间换行而表中有", () -> claimed("2023年度，漕河镇未收到政府信息公开\n申请。"), noApplications, "ERROR"),
                new Wrong("收到与政府之间换行而表中有", () -> claimed("2023年度，漕河镇未收到\n政府信息公开申请。"), noApplications, "ERROR"),
                // the years, units, titles and questions left unread stay read where the claim is the report year's and the body's
                new Wrong("2022年、2023年连续两年未收到而表中有", () -> claimed("2022年、2023年连续两年未收到政府信息公开申请。"), noApplications, "ERROR"),
                new Wrong("连续三年未收到而表中有", () -> claimed("漕河镇连续三年未收到政府信息公开申请。"), noApplications, "ERROR"),
                new Wrong("截至2024年1月，本年度未收到而表中有", () -> claimed("截至2024年1月，本年度未收到政府信息公开申请。"), noApplications, "ERROR"),
                new Wrong("本镇及便民服务中心均未收到而表中有", () -> claimed("本镇及镇便民服务中心均未收到政府信息公开申请。"), noApplications, "ERROR"),
                new Wrong("《年报》之后未收到而表中有", () -> claimed("据《工作台账》，本年度未收到政府信息公开申请。"), noApplications, "ERROR"),
                new Wrong("未受理依申请公开业务而表中有", () -> claimed("本年度未受理依申请公开业务。"), noApplications, "ERROR"),
                new Wrong("申请受理数为0而表中有", () -> claimed("本年度政府信息公开申请受理数为0。"), noApplications, "ERROR"),
                new Wrong("无依申请公开情况而表中有", () -> claimed("本年度无依申请公开情况。"), noApplications, "ERROR"),
                new Wrong("未收到，下一句是问句，而表中有", () -> claimed("本年度未收到政府信息公开申请。是否需要加强宣传？"), noApplications, "ERROR"),
                // TXT_NO_CASE_CLAIM
                new Wrong("仍未发生行政复议而表中有", () -> cases(Draft.demo(), "RV_UPHELD", 1).text(PART4, "本年度仍未发生行政复议。"), review, "ERROR"),
                new Wrong("未发生涉及政府信息公开的行政复议而表中有", () -> cases(Draft.demo(), "RV_UPHELD", 1).text(PART4,
                        "本年度未发生涉及政府信息公开的行政复议。"), review, "ERROR"),
                new Wrong("未发生复议、诉讼和答复被纠错而表中有", () -> cases(Draft.demo(), "RV_UPHELD", 1).text(PART4,
                        "本年度未发生行政复议、行政诉讼和答复被纠错情况。"), review, "ERROR"),
                new Wrong("2022年、2023年连续两年未发生行政诉讼而表中有", () -> cases(Draft.demo(), "LD_UPHELD", 1).text(PART4,
                        "2022年、2023年连续两年未发生行政诉讼。"), litigation, "ERROR"),
                new Wrong("本镇作为被申请人未发生复议而表中有", () -> cases(Draft.demo(), "RV_UPHELD", 1).text(PART4,
                        "本镇作为被申请人，未发生行政复议。"), review, "ERROR"),
                new Wrong("未发生行政诉讼，无未结案件，而表中有", () -> cases(Draft.demo(), "LD_UPHELD", 1).text(PART4,
                        "本年度未发生行政诉讼，无未结案件。"), litigation, "ERROR"),
                new Wrong("除行政复议以外未发生行政诉讼而表中有", () -> cases(Draft.demo(), "RV_UPHELD", 1, "LD_UPHELD", 1).text(PART4,
                        "除行政复议以外，未发生行政诉讼。"), litigation, "ERROR"),
                // TXT_PARTS_SUM
                new Wrong("计入总数的分项超过总数", () -> proactive("本年度共发布信息65条，其中政务动态40条、通知公告25条、上级信息30条（已计入总数）。"),
                        "TXT_PARTS_SUM:part1.PROACTIVE.1", "ERROR"),
                new Wrong("“一次告知单”分项超过总数", () -> proactive("全年共发放“一次告知单”200份，其中村级发放120份、镇级发放100份。"),
                        "TXT_PARTS_SUM:part1.PROACTIVE.1", "ERROR"),
                new Wrong("“一件事”分项超过总数", () -> proactive("全年共办理“高效办成一件事”120件，其中企业开办50件、新生儿出生80件。"),
                        "TXT_PARTS_SUM:part1.PROACTIVE.1", "ERROR"),
                new Wrong("复议：维持和纠正超过总数", () -> cases(Draft.demo(), "RV_UPHELD", 2).text(PART4, "共发生行政复议2件，其中维持2件、纠正1件。"),
                        "TXT_PARTS_SUM:part4.2", "ERROR"),
                new Wrong("分项无一等于总数而超过", () -> proactive("本年度共发布信息65条，其中政务动态40条、通知公告30条。"), "TXT_PARTS_SUM:part1.PROACTIVE.1",
                        "ERROR"),
                // TXT_FEE_STATEMENT
                new Wrong("收费事项只写均按标准收费", () -> Draft.demo().text(FEE, "本年度信息处理费均按标准收费。"), fee, "ERROR"),
                new Wrong("收费事项只写执行减免政策", () -> Draft.demo().text(FEE, "本年度严格执行信息处理费减免政策。"), fee, "ERROR"),
                new Wrong("收费事项只写免费服务", () -> Draft.demo().text(FEE, "本年度为申请人提供免费服务，信息处理费按规定执行。"), fee, "ERROR"),
                // STR_SIX_PARTS: a heading numbered as its part and nearer its words than any other's warns; one of another part's words fails
                new Wrong("一、总体概况", () -> heading("part1", "一、总体概况"), "STR_SIX_PARTS:parts", "WARNING"),
                new Wrong("六、其他事项", () -> heading("part6", "六、其他事项"), "STR_SIX_PARTS:parts", "WARNING"),
                new Wrong("一、其他事项", () -> heading("part1", "一、其他需要报告的事项"), "STR_SIX_PARTS:parts", "ERROR"),
                new Wrong("一、总体概况，另缺第五部分", () -> heading("part1", "一、总体概况").removeSection("part5"), "STR_SIX_PARTS:parts", "ERROR"));
    }

    @TestFactory
    Stream<DynamicTest> correctWordingRaisesNoFailure() {
        return WordingRobustnessTest.correctTests(correct());
    }

    /**
     * Correct reports that no ERROR rule fails any longer, but a WARNING rule outside this probe still does (TXT_APP_COUNT and
     * TXT_RESULT_COUNTS read “超期办理政府信息公开申请0件” as the year's count): false warnings seen on the way, kept here so
     * that a fix of them shows.
     */
    static List<Wrong> correctButWarned() {
        return List.of(
                new Wrong("超期办理申请0件", () -> three("超期办理政府信息公开申请0件。"), "TXT_APP_COUNT:NEW-2", "WARNING"),
                new Wrong("超期答复申请0件", () -> three("超期答复政府信息公开申请0件。"), "TXT_RESULT_COUNTS:R_TOTAL", "WARNING"));
    }

    @TestFactory
    Stream<DynamicTest> correctReportsRaiseNoError() {
        return correctButWarned().stream().map(w -> DynamicTest.dynamicTest(w.name(), () -> {
            io.restassured.path.json.JsonPath result = EveryRuleTest.validate(w.draft().get().json());
            org.junit.jupiter.api.Assertions.assertEquals(List.of(), result.getList("findings.findAll { it.status == 'FAIL' && it.severity == 'ERROR' }"),
                    w.name());
            WordingRobustnessTest.assertWrong(w.draft().get().json(), w.finding(), w.severity());
        }));
    }

    @TestFactory
    Stream<DynamicTest> wrongReportsStillFail() {
        return WordingRobustnessTest.wrongTests(wrong());
    }
}
