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
    private static final int ZERO_GAP = 8;
    /**
     * In a negation's gap these make it a negation of a kind of application (答复超期的, 因…引发的), not of applications, or
     * of answering them (“尚未答复政府信息公开申请2件”: pending ones, not none).
     */
    private static final String NOT_IN_NEGATION_GAP = "的因期答";
    /**
     * In a zero's gap these name a subset (复议, 诉讼/投诉, 纠错, 结转/转办, 逾期, 予以/不予, 无法, 部分, 撤回, “申请中涉密”, “申请被退回”), a rate (率) or a fee
     * (费, 金额: “依申请公开信息处理费为0” is about the fee).
     */
    private static final String NOT_IN_ZERO_GAP = "复诉纠转期予无部撤率费额中被";
    /** Where the words about a negated subject end: a clause break, or the next thing listed (“未收到申请、未发生行政复议”). */
    private static final String LIST_BREAKS = "、及和与";
    /**
     * How far before the subject a kind of application makes a zero that kind's: the carry-over (“上年结转的政府信息公开申请0件”,
     * 转 also of 转办), those answered late or not (“超期答复…”, “未予答复的…”: 答, 未), withdrawn, returned, rejected or
     * refused (撤, 退, 驳, 拒), something done to them (被), or those late (超期, 逾期: “超期办理…申请0件”).
     */
    private static final int CARRY_GAP = 10;
    private static final String KINDS_BEFORE_ZERO = "转答未撤退驳拒被超逾";
    /**
     * After a negated subject, in its clause, these make the negation one of a kind of application (“未发生政府信息公开申请
     * 逾期答复情况”, “无依申请公开答复被纠错情况”: 期, 答复, 被, 引发, 复议, 诉讼, 纠错), not of applications; so do a result or
     * the carry-over (“无依申请公开不予公开情况”, “无依申请公开结转下年度”: 予, 处理, 转), a delay (超时), the fee
     * (“未产生依申请公开信息处理费”), the rules of the work (“未形成依申请公开工作规范”), and a thing about the applications
     * that is what was not received (“未收到…申请办理的督办件”, “未收到…申请表格式的意见”, “未收到…申请回执”, “无…申请材料丢失”,
     * “未发生…申请登记遗漏”: 督, 意, 回, 材, 登).
     */
    private static final String NOT_AFTER_NEGATED = "期答被引复诉纠予处转超费规督意回材登";
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

    /** The words after the subject, up to the next listed thing, name a kind of application: {@link #NOT_AFTER_NEGATED}. */
    private static boolean subsetAfter(String text, int subjectEnd) {
        for (int i = subjectEnd; i < text.length() && !Sentence.isClauseBreak(text.charAt(i)) && LIST_BREAKS.indexOf(text.charAt(i)) < 0; i++) {
            if (NOT_AFTER_NEGATED.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
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
     * Up to eight characters of the same clause but 复诉纠转期予无部撤率, maybe 为|共|计, then 0 or 零 (not ending a larger
     * number), then 件|个|条; or 为 and a 0 or 零 that ends the clause (“依申请公开政府信息数量为0。”).
     */
    private static boolean zeroAfter(String text, int subjectEnd) {
        for (int gap = 0; gap <= ZERO_GAP + 1 && subjectEnd + gap < text.length(); gap++) {
            int zero = subjectEnd + gap;
            char c = text.charAt(zero);
            if (Sentence.isClauseBreak(c) || NOT_IN_ZERO_GAP.indexOf(c) >= 0) {
                return false;
            }
            if (c != '0' && c != '零') {
                continue;
            }
            boolean last = zero + 1 == text.length() || Sentence.isClauseBreak(text.charAt(zero + 1));
            if (text.charAt(zero - 1) == '为' && last) {
                return true;
            }
            boolean counted = !last && isCountUnit(text.charAt(zero + 1)) && !endsNumber(text, zero);
            if (counted && (gap <= ZERO_GAP || "为共计".indexOf(text.charAt(zero - 1)) >= 0)) {
                return true;
            }
        }
        return false;
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
