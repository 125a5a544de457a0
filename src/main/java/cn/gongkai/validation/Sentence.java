package cn.gongkai.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.gongkai.common.ChineseText;

/**
 * A sentence of narrative text with its offsets. {@code folded} has full-width digits and brackets
 * made ASCII, character for character, so a match in it has the same offsets in the original.
 */
record Sentence(NarrativeText source, int start, int end, String folded) {

    /** A number as reports write it: 65, 1,234, 0.5, ６５ (folded), 二十五, 两. */
    static final String NUMBER = "([0-9][0-9,]*(?:\\.[0-9]+)?|[" + ChineseText.NUMERALS + "]+)";

    static List<Sentence> split(NarrativeText source) {
        List<Sentence> sentences = new ArrayList<>();
        split(source, ChineseText.fold(source.text()), sentences);
        return sentences;
    }

    /** Adds the sentences of {@code source}, whose folded text the caller has made, to {@code sentences}. */
    static void split(NarrativeText source, String folded, List<Sentence> sentences) {
        int start = 0;
        for (int i = 0; i < folded.length(); i++) {
            if (isEnding(folded.charAt(i)) || i == folded.length() - 1) {
                int end = i + 1;
                if (!isBlank(folded, start, end)) {
                    sentences.add(new Sentence(source, start, end, folded.substring(start, end)));
                }
                start = end;
            }
        }
    }

    /** On folded text, where ！？； have become !?;. */
    private static boolean isEnding(char c) {
        return c < 128 ? c == '!' || c == '?' || c == ';' || c == '\n' : c == '。';
    }

    private static boolean isBlank(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!ChineseText.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The sentence as printed; cut from the source only when a finding quotes it. */
    String text() {
        return source.text().substring(start, end);
    }

    TextRef ref() {
        return new TextRef(source.pointer(), text(), start, end);
    }

    static Optional<BigDecimal> number(String token) {
        return ChineseText.number(token);
    }
}
