package cn.gongkai.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import cn.gongkai.common.ChineseText;

/**
 * TXT_NO_APPLICATION_CLAIM reads its claim with a scanner. This pattern is what the scanner means; the test
 * checks they agree on the wordings below and on random text made of the pieces that matter.
 */
class NoApplicationWordingTest {

    private static final String SUBJECT = "(依申请公开|政府信息公开申请|信息公开申请|信息公开的申请)";
    private static final String NEGATION = "(未|没有|无(?![法论]))";
    private static final String VERB = "(收到|受理|接到|接收|产生|发生)";
    private static final String AFTER_NEGATED = "(?:政府信息|信息|事项|申请|情况|业务|工作|来信|来函|件|的|类)";
    private static final String BEFORE_ZERO = "(?:政府信息|事项|数量|总数|总量|总计|合计|件数|收到|受理|共|计|为|数|的|:)";
    private static final Pattern CLAIM = Pattern.compile("(?:" + NEGATION + "(?:曾|有)?(?:" + VERB + "(?:[^，,。；;的因期答]|(?<=任何[形方]式)的){0,6}?)?" + SUBJECT + "|" + NEGATION + VERB
            + "(?:[^，,。；;的因期答式]|(?<=任何[形方])式){0,12}?(提出|提交|递交)的" + SUBJECT + ")(?=" + AFTER_NEGATED + "*(?:[^\\p{L}\\p{Nd}]|[及和与]|$))"
            + "|(?<![转答未撤退驳拒被超逾][^，,。；;]{0,10})" + SUBJECT + BEFORE_ZERO + "*(?:(?<![0-9." + ChineseText.NUMERALS
            + "])(0|零)(件|个|条)|(?<=为)(0|零)(?![^，,。；;]))");
    private static final String[] PIECES = { "未", "没有", "无", "没", "有", "收到", "受理", "产生", "依申请公开", "政府信息公开申请", "信息公开申请",
            "申请", "公开", "为", "共", "计", "0", "零", "1", "十", ".", "件", "个", "条", "，", ",", "。", ";", "本年度", "的", "政府", "全年", "结转", "上年",
            "因", "期", "法", "论", "复议", "诉讼", "纠错", "予以", "部分", "撤回", "提出", "率", "答复", "被", "引发", "提交", "递交", "费", "金额", "、",
            "及", "和", "信息公开的申请", "任何", "形式", "方式", "处理", "超时", "规范", "曾", "驳回", "退回", "中", "及时", "办结", "未收到", "超期", "无", "没有产生", "未发生", "数量", "事项", "情况", "业务", "未收到依申请公开", "为0件", "政府信息公开申请0件", ":", "来信" };

    @Test
    void readsTheWordingsReportsUse() {
        assertTrue(NoApplicationWording.claimsNone("2023年度,漕河镇未收到依申请公开政府信息。"));
        assertTrue(NoApplicationWording.claimsNone("本年度没有产生政府信息公开申请。"));
        assertTrue(NoApplicationWording.claimsNone("本机关全年收到政府信息公开申请共计0件。"));
        assertTrue(NoApplicationWording.claimsNone("依申请公开为零件"));
        assertFalse(NoApplicationWording.claimsNone("本年度共收到政府信息公开申请10件。"), "10 ends in a zero but is not none");
        assertFalse(NoApplicationWording.claimsNone("收到依申请公开100件"));
        assertFalse(NoApplicationWording.claimsNone("收到政府信息公开申请二十件"));
        assertFalse(NoApplicationWording.claimsNone("未发生行政复议,收到政府信息公开申请3件"), "the negation is in another clause");
        // a negation or a zero about some applications only is no claim that there were none
        assertFalse(NoApplicationWording.claimsNone("均按期答复,无超期答复的政府信息公开申请。"));
        assertFalse(NoApplicationWording.claimsNone("不存在未按期答复的政府信息公开申请。"));
        assertFalse(NoApplicationWording.claimsNone("对无法提供的政府信息公开申请,均告知理由。"));
        assertFalse(NoApplicationWording.claimsNone("无因政府信息公开申请引发的行政复议。"));
        assertFalse(NoApplicationWording.claimsNone("因政府信息公开申请引发行政复议0件"));
        assertFalse(NoApplicationWording.claimsNone("依申请公开答复被纠错0件"));
        assertFalse(NoApplicationWording.claimsNone("上年结转政府信息公开申请0件"));
        assertTrue(NoApplicationWording.claimsNone("本年度无依申请公开事项。"));
        assertTrue(NoApplicationWording.claimsNone("本年度新收政府信息公开申请0件,上年结转1件。"));
        assertTrue(NoApplicationWording.claimsNone("本年度未收到公民、法人和其他组织提出的政府信息公开申请。"));
        assertTrue(NoApplicationWording.claimsNone("依申请公开政府信息数量为0。"));
        assertTrue(NoApplicationWording.claimsNone("依申请公开数量为零"));
        assertFalse(NoApplicationWording.claimsNone("未发生政府信息公开申请逾期答复情况。"));
        assertFalse(NoApplicationWording.claimsNone("无依申请公开答复被纠错情况。"));
        assertFalse(NoApplicationWording.claimsNone("未收到超期的申请人提出的政府信息公开申请。"));
        assertFalse(NoApplicationWording.claimsNone("依申请公开答复率为0。"));
        // a fee, not applications; a claim listed with another
        assertFalse(NoApplicationWording.claimsNone("本年度依申请公开信息处理费为0。"));
        assertTrue(NoApplicationWording.claimsNone("本年度未收到政府信息公开申请、未发生行政复议和行政诉讼。"));
        assertTrue(NoApplicationWording.claimsNone("本年度未收到政府信息公开申请及行政复议申请。"));
        // published wordings: 的 between 信息公开 and 申请, and the 的 of 任何形式的
        assertTrue(NoApplicationWording.claimsNone("2023年度,漕河镇人民政府未收到公众关于政府信息公开的申请。"));
        assertTrue(NoApplicationWording.claimsNone("2023年度我镇未收到任何形式的依申请公开政府信息。"));
        assertFalse(NoApplicationWording.claimsNone("未收到超期答复的信息公开的申请。"));
        // a result, the carry-over, a delay, the fee or the rules of the work after the subject: not the applications
        assertFalse(NoApplicationWording.claimsNone("无依申请公开不予公开情况。"));
        assertFalse(NoApplicationWording.claimsNone("全镇依申请公开事项均已办结,无依申请公开结转下年度。"));
        assertFalse(NoApplicationWording.claimsNone("2023年度漕河镇未产生依申请公开信息处理费。"));
        assertFalse(NoApplicationWording.claimsNone("全年无依申请公开办理超时情况。"));
        assertFalse(NoApplicationWording.claimsNone("未形成依申请公开工作规范。"));
        assertTrue(NoApplicationWording.claimsNone("本年度未收到政府信息公开申请,未收取信息处理费。"));
        // applicants by manner: none of some; by any manner: none at all
        assertFalse(NoApplicationWording.claimsNone("2023年未收到以信函方式提出的政府信息公开申请,收到网上申请3件。"));
        assertTrue(NoApplicationWording.claimsNone("2023年未收到以任何方式提出的政府信息公开申请。"));
        // a negation of another verb, not of receiving (probe round 3); a zero of a kind named before the subject
        assertFalse(NoApplicationWording.claimsNone("截至12月31日,尚未办结政府信息公开申请1件。"));
        assertFalse(NoApplicationWording.claimsNone("本年度未驳回任何政府信息公开申请。"));
        assertFalse(NoApplicationWording.claimsNone("个别工作人员未及时受理政府信息公开申请。"));
        assertFalse(NoApplicationWording.claimsNone("推行无纸化受理政府信息公开申请。"));
        assertFalse(NoApplicationWording.claimsNone("无需另行提交政府信息公开申请。"));
        assertFalse(NoApplicationWording.claimsNone("超期答复政府信息公开申请0件。"));
        assertFalse(NoApplicationWording.claimsNone("被退回的政府信息公开申请0件。"));
        assertFalse(NoApplicationWording.claimsNone("政府信息公开申请中涉密0件。"));
        assertTrue(NoApplicationWording.claimsNone("本年度未曾收到政府信息公开申请。"));
        assertTrue(NoApplicationWording.claimsNone("全年未有政府信息公开申请。"));
        assertTrue(NoApplicationWording.claimsNone("本年度新收的政府信息公开申请为0件。"));
        // only words that name the applications after a negated subject or before its zero
        assertFalse(NoApplicationWording.claimsNone("无政府信息公开申请需要补正的情况。"));
        assertFalse(NoApplicationWording.claimsNone("未发生依申请公开泄密事件。"));
        assertFalse(NoApplicationWording.claimsNone("依申请公开办理超时0件。"));
        assertFalse(NoApplicationWording.claimsNone("政府信息公开申请征求第三方意见0件。"));
        assertTrue(NoApplicationWording.claimsNone("政府信息公开申请受理数为0。"));
        assertTrue(NoApplicationWording.claimsNone("本年度未受理依申请公开业务。"));
        // a line break inside the subject hides it from the scanner: NoApplicationClaim reads the sentence unwrapped
        assertFalse(NoApplicationWording.claimsNone("未收到政府信息公开\n申请。"));
        assertTrue(NoApplicationWording.claimsNone(TextChecks.NoApplicationClaim.unwrapped("未收到政府信息公开 \n 申请。")));
    }

    @Test
    void findsWhatThePatternFinds() {
        Random random = new Random(2021_30);
        int claims = 0;
        for (int round = 0; round < 80_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int piece = random.nextInt(12); piece >= 0; piece--) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            boolean expected = CLAIM.matcher(text).find();
            claims += expected ? 1 : 0;
            assertEquals(expected, NoApplicationWording.claimsNone(text.toString()), text.toString());
        }
        // the random texts must exercise both answers, or the comparison says nothing
        assertTrue(claims > 1_500 && claims < 78_000, "claims: " + claims);
    }
}
