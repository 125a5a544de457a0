package cn.gongkai.validation;

import cn.gongkai.common.ChineseText;

/**
 * Whether a folded sentence says no application for disclosure was received: a negation shortly before
 * the subject (“未收到政府信息公开申请”, “没有产生依申请公开”) or a zero shortly after it (“依申请公开为0件”,
 * “政府信息公开申请共计零件”), never across a clause break. A zero that ends a larger number (“申请10件”) is no
 * claim. Written as a scanner rather than a pattern: the pattern's “any character but a clause break” gaps
 * were the most expensive part of the rule, and its definition is kept in the test that checks the two agree.
 */
final class NoApplicationWording {

    private static final String[] SUBJECTS = { "依申请公开", "政府信息公开申请", "信息公开申请" };
    private static final String[] VERBS = { "收到", "受理", "接到", "接收", "产生", "发生" };
    private static final int NEGATION_GAP = 6;
    private static final int ZERO_GAP = 8;

    private NoApplicationWording() {
    }

    static boolean claimsNone(String folded) {
        for (String subject : SUBJECTS) {
            for (int at = folded.indexOf(subject); at >= 0; at = folded.indexOf(subject, at + 1)) {
                if (negatedBefore(folded, at) || zeroAfter(folded, at + subject.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** 未|没有|无, then maybe a verb, then up to six characters of the same clause, then the subject at {@code subject}. */
    private static boolean negatedBefore(String text, int subject) {
        for (int gap = 0; gap <= NEGATION_GAP + 2 && subject - gap >= 0; gap++) {
            int negationEnd = subject - gap;
            if (gap > 0 && isClauseBreak(text.charAt(negationEnd))) {
                return false;
            }
            if (endsWithNegation(text, negationEnd) && (gap <= NEGATION_GAP || startsWithVerb(text, negationEnd))) {
                return true;
            }
        }
        return false;
    }

    /** Up to eight characters of the same clause, maybe 为|共|计, then 0 or 零 (not ending a larger number), then 件|个|条. */
    private static boolean zeroAfter(String text, int subjectEnd) {
        for (int gap = 0; gap <= ZERO_GAP + 1 && subjectEnd + gap + 1 < text.length(); gap++) {
            int zero = subjectEnd + gap;
            char c = text.charAt(zero);
            if (isClauseBreak(c)) {
                return false;
            }
            boolean counted = (c == '0' || c == '零') && isCountUnit(text.charAt(zero + 1)) && !endsNumber(text, zero);
            if (counted && (gap <= ZERO_GAP || "为共计".indexOf(text.charAt(zero - 1)) >= 0)) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWithNegation(String text, int end) {
        return end >= 1 && (text.charAt(end - 1) == '未' || text.charAt(end - 1) == '无') || end >= 2 && text.startsWith("没有", end - 2);
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

    private static boolean isClauseBreak(char c) {
        return c == '，' || c == ',' || c == '。' || c == '；' || c == ';';
    }
}
