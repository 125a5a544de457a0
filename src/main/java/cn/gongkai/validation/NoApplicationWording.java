package cn.gongkai.validation;

import cn.gongkai.common.ChineseText;

/**
 * Whether a folded sentence says no application for disclosure was received: a negation right before the subject
 * or before a verb of receiving shortly before it (“无依申请公开事项”, “未收到政府信息公开申请”, “没有产生依申请公开”; not “未驳回…”,
 * “未及时受理…”, which negate another word) or a zero shortly after it (“依申请公开为0件”,
 * “政府信息公开申请共计零件”), never across a clause break. A zero that ends a larger number (“申请10件”) is no
 * claim, and neither is a negation or a zero about some applications only: a negation whose gap holds 的, 因 or 期
 * (“无超期答复的政府信息公开申请”, “无因政府信息公开申请引发的行政复议”), 无法 or 无论 (“对无法提供的…申请”), a zero
 * whose gap names a kind of result or case (“申请引发行政复议0件”, “依申请公开答复被纠错0件”, “不予公开0件”), or the
 * carry-over or another kind named before the subject (“上年结转政府信息公开申请0件”, “超期答复政府信息公开申请0件”), and neither is a negation whose subject a kind of application follows in its
 * clause (“未发生政府信息公开申请逾期答复情况”). A 的 after 提出 names the applicants, not a kind (“未收到公民、法人和其他组织提出的
 * 政府信息公开申请”), and a zero may end the clause after 为 (“依申请公开政府信息数量为0”). Written as a scanner rather than a pattern: the pattern's “any character but a clause break” gaps
 * were the most expensive part of the rule, and its definition is kept in the test that checks the two agree.
 */
final class NoApplicationWording {

    private static final String[] SUBJECTS = { "依申请公开", "政府信息公开申请", "信息公开申请", "信息公开的申请" };
    private static final String[] VERBS = { "收到", "受理", "接到", "接收", "产生", "发生" };
    private static final int NEGATION_GAP = 6;
    /**
     * In a negation's gap these make it a negation of a kind of application (答复超期的, 因…引发的), not of applications, or
     * of answering them (“尚未答复政府信息公开申请2件”: pending ones, not none).
     */
    private static final String NOT_IN_NEGATION_GAP = "的因期答";
    /**
     * The only words that may stand between the subject and its zero (longest first, none the start of another but 数):
     * what counts the applications (“依申请公开政府信息数量为0”, “收到政府信息公开申请共计0件”, “依申请公开：0件”). Any other names a subset
     * (“…申请引发行政复议0件”, “…申请被退回0件”, “…申请中涉密0件”, “…申请办理超时0件”), a rate (“答复率为0”) or a fee
     * (“信息处理费为0”), and the zero is not of the applications.
     */
    private static final String[] BEFORE_ZERO = { "政府信息", "事项", "数量", "总数", "总量", "总计", "合计", "件数", "收到", "受理", "共", "计", "为", "数",
            "的", ":" };
    /**
     * The only words that may follow a negated subject in its clause, up to the next thing listed (、及和与) or a mark: what
     * names the applications (“未收到依申请公开政府信息”, “无依申请公开事项”, “未收到…申请件”, “未收到依申请公开来信”). Any other names a kind of them or a
     * thing about them (“未发生…申请逾期答复情况”, “无依申请公开结转下年度”, “未产生依申请公开信息处理费”, “未形成依申请公开工作规范”,
     * “未收到…申请办理的督办件”, “无…申请需要补正”, “未发生依申请公开泄密事件”), and the negation is not of the applications.
     */
    private static final String[] AFTER_NEGATED = { "政府信息", "信息", "事项", "申请", "情况", "业务", "工作", "来信", "来函", "件", "的", "类" };
    /** Where the words about a negated subject end: the next thing listed (“未收到申请、未发生行政复议”), or any mark. */
    private static final String LIST_BREAKS = "、及和与";
    /**
     * How far before the subject a kind of application makes a zero that kind's: the carry-over (“上年结转的政府信息公开申请0件”,
     * 转 also of 转办), those answered late or not (“超期答复…”, “未予答复的…”: 答, 未), withdrawn, returned, rejected or
     * refused (撤, 退, 驳, 拒), something done to them (被), or those late (超期, 逾期: “超期办理…申请0件”).
     */
    private static final int CARRY_GAP = 10;
    private static final String KINDS_BEFORE_ZERO = "转答未撤退驳拒被超逾";
    /** Who submitted the applications, between the verb and 提出的 (“未收到公民、法人和其他组织提出的政府信息公开申请”). */
    private static final int APPLICANT_GAP = 12;
    private static final String[] SUBMITTED = { "提出的", "提交的", "递交的" };

    private NoApplicationWording() {
    }

    static boolean claimsNone(String folded) {
        for (String subject : SUBJECTS) {
            for (int at = folded.indexOf(subject); at >= 0; at = folded.indexOf(subject, at + 1)) {
                boolean negated = (negatedBefore(folded, at) || submittedBy(folded, at)) && !subsetAfter(folded, at + subject.length());
                if (negated || !kindBefore(folded, at) && zeroAfter(folded, at + subject.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** 未|没有|无 (not 无法, 无论), then maybe a verb, then up to six characters of the same clause but 的因期答, then the subject at {@code subject}. */
    private static boolean negatedBefore(String text, int subject) {
        for (int gap = 0; gap <= NEGATION_GAP + 3 && subject - gap >= 0; gap++) {
            int negationEnd = subject - gap;
            if (gap > 0 && (Sentence.isClauseBreak(text.charAt(negationEnd))
                    || NOT_IN_NEGATION_GAP.indexOf(text.charAt(negationEnd)) >= 0 && !ofAnyForm(text, negationEnd))) {
                return false;
            }
            if (endsWithNegation(text, negationEnd) && negates(text, negationEnd, subject)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the words from a negation's end to the subject make it a negation of receiving: the subject right after it
     * (“无依申请公开事项”), perhaps after 曾 or 有 (“未有…”), or a verb of receiving first and up to six characters more
     * (“未收到任何…”). Any other word after the negation negates that word, not the applications: “未驳回”, “未撤回”, “未及时受理”,
     * “未按规定登记”, “无纸化受理”, “无需另行提交”, “尚未办结”, “未涉及…需补正的情形”, “无一件…未按时办结”.
     */
    private static boolean negates(String text, int negationEnd, int subject) {
        int after = negationEnd < subject && FILLERS.indexOf(text.charAt(negationEnd)) >= 0 ? negationEnd + 1 : negationEnd;
        return after == subject || startsWithVerb(text, after) && subject - after <= NEGATION_GAP + 2;
    }

    /** What may stand between a negation and its verb or subject: 未曾收到, 未有…申请. */
    private static final String FILLERS = "曾有";

    /**
     * A 式 at {@code at} among the applicants' words: “未收到以信函方式提出的政府信息公开申请” names a manner of applying, so
     * it claims none of some; “以任何形式提出的” still claims none at all.
     */
    private static boolean mannerOf(String text, int at) {
        return text.charAt(at) == '式' && !(at >= 3 && (text.startsWith("任何形", at - 3) || text.startsWith("任何方", at - 3)));
    }

    /** The 的 of “任何形式的”, “任何方式的” at {@code at}: it says no application of any kind, not of some. */
    private static boolean ofAnyForm(String text, int at) {
        return at >= 4 && text.charAt(at) == '的' && (text.startsWith("任何形式", at - 4) || text.startsWith("任何方式", at - 4));
    }

    /** The words after the subject, up to the next listed thing or mark, are not all {@link #AFTER_NEGATED}: a kind of application. */
    private static boolean subsetAfter(String text, int subjectEnd) {
        int end = pastWords(text, subjectEnd, AFTER_NEGATED);
        if (end == text.length()) {
            return false;
        }
        char c = text.charAt(end);
        return Character.isLetterOrDigit(c) && LIST_BREAKS.indexOf(c) < 0;
    }

    /** Where a run of {@code words} from {@code from} ends (each tried longest first, as listed). */
    private static int pastWords(String text, int from, String[] words) {
        int at = from;
        boolean more = true;
        while (more && at < text.length()) {
            more = false;
            for (String word : words) {
                if (text.startsWith(word, at)) {
                    at += word.length();
                    more = true;
                    break;
                }
            }
        }
        return at;
    }

    /**
     * 未|没有|无, a verb, up to twelve characters naming the applicants (same clause, no 的因期), then 提出的 (提交的, 递交的)
     * and the subject at {@code subject}: the 的 of “…提出的” says who applied, not which kind of application.
     */
    private static boolean submittedBy(String text, int subject) {
        int submitted = subject - SUBMITTED[0].length();
        if (submitted < 0 || java.util.Arrays.stream(SUBMITTED).noneMatch(word -> text.startsWith(word, submitted))) {
            return false;
        }
        for (int gap = 0; gap <= APPLICANT_GAP && submitted - gap >= 0; gap++) {
            int applicants = submitted - gap;
            if (gap > 0 && (Sentence.isClauseBreak(text.charAt(applicants)) || NOT_IN_NEGATION_GAP.indexOf(text.charAt(applicants)) >= 0
                    || mannerOf(text, applicants))) {
                return false;
            }
            for (String verb : VERBS) {
                int verbAt = applicants - verb.length();
                if (verbAt >= 0 && text.startsWith(verb, verbAt) && endsWithNegation(text, verbAt)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Words of {@link #BEFORE_ZERO} only, then 0 or 零 (not ending a larger number) and 件|个|条; or 为 and a 0 or 零 that ends
     * the clause (“依申请公开政府信息数量为0。”).
     */
    private static boolean zeroAfter(String text, int subjectEnd) {
        int zero = pastWords(text, subjectEnd, BEFORE_ZERO);
        if (zero >= text.length() || text.charAt(zero) != '0' && text.charAt(zero) != '零') {
            return false;
        }
        boolean last = zero + 1 == text.length() || Sentence.isClauseBreak(text.charAt(zero + 1));
        if (zero > 0 && text.charAt(zero - 1) == '为' && last) {
            return true;
        }
        return !last && isCountUnit(text.charAt(zero + 1)) && !endsNumber(text, zero);
    }

    /** One of {@link #KINDS_BEFORE_ZERO} up to ten characters of the same clause before the subject at {@code subject}. */
    private static boolean kindBefore(String text, int subject) {
        for (int gap = 0; gap <= CARRY_GAP && subject - gap >= 0; gap++) {
            int carryEnd = subject - gap;
            if (gap > 0 && Sentence.isClauseBreak(text.charAt(carryEnd))) {
                return false;
            }
            if (carryEnd >= 1 && KINDS_BEFORE_ZERO.indexOf(text.charAt(carryEnd - 1)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWithNegation(String text, int end) {
        if (end >= 2 && text.startsWith("没有", end - 2) || end >= 1 && text.charAt(end - 1) == '未') {
            return true;
        }
        // 无法 and 无论 are no negations (“对无法提供的政府信息公开申请”)
        return end >= 1 && text.charAt(end - 1) == '无' && (end >= text.length() || (text.charAt(end) != '法' && text.charAt(end) != '论'));
    }

    private static boolean startsWithVerb(String text, int at) {
        for (String verb : VERBS) {
            if (text.startsWith(verb, at)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the character before {@code at} is part of a number, so a zero at {@code at} is a digit of it. */
    private static boolean endsNumber(String text, int at) {
        if (at == 0) {
            return false;
        }
        char before = text.charAt(at - 1);
        return (before >= '0' && before <= '9') || before == '.' || ChineseText.NUMERALS.indexOf(before) >= 0;
    }

    private static boolean isCountUnit(char c) {
        return c == '件' || c == '个' || c == '条';
    }
}
