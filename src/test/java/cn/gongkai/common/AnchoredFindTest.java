package cn.gongkai.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** AnchoredFind finds what Matcher.find finds, for patterns that start with a known character (with a lookbehind too). */
class AnchoredFindTest {

    private static final String ALPHABET = "2023年0129全省市镇区统计期限为月日至较上年 ，。";

    @Test
    void findsWhatTheMatcherFinds() {
        List<Pattern> patterns = List.of(Pattern.compile("(?<![0-9])(20[0-9]{2})年"), Pattern.compile("全(省|市|区|县|镇|乡|街道)"),
                Pattern.compile("统计(?:期限)?[^。；;]{0,4}?" + ChineseText.NUMBER + "年"));
        char[] firsts = { '2', '全', '统' };
        Random random = new Random(7);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(30); i >= 0; i--) {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            int which = round % patterns.size();
            assertEquals(byMatcher(patterns.get(which), text.toString()), anchored(patterns.get(which), text.toString(), firsts[which]),
                    text.toString());
        }
    }

    private static List<String> byMatcher(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.start() + ":" + matcher.group());
        }
        return found;
    }

    private static List<String> anchored(Pattern pattern, String text, char first) {
        List<String> found = new ArrayList<>();
        AnchoredFind find = new AnchoredFind(pattern, text, first);
        while (find.find()) {
            found.add(find.matcher().start() + ":" + find.matcher().group());
        }
        return found;
    }
}
