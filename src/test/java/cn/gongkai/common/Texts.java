package cn.gongkai.common;

import java.util.ArrayList;
import java.util.List;

/** Test texts: every text of a few characters, for checking a cheap test against the regex it stands in for. */
final class Texts {

    private Texts() {
    }

    /** Every text of up to {@code longest} characters of {@code alphabet}, the empty one first. */
    static List<String> upTo(String alphabet, int longest) {
        List<String> texts = new ArrayList<>(List.of(""));
        for (int length = 1, from = 0; length <= longest; length++) {
            int to = texts.size();
            for (int i = from; i < to; i++) {
                for (char c : alphabet.toCharArray()) {
                    texts.add(texts.get(i) + c);
                }
            }
            from = to;
        }
        return texts;
    }
}
