package cn.gongkai.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** AnchoredFind finds what Matcher.find finds, for patterns that start with a known character (with a lookbehind too). */
class AnchoredFindTest {

    /** Words as well as characters, so that each pattern matches often enough for the comparison to mean something. */
    private static final List<String> WORDS = List.of("2023", "2023年", "统计期限为2023年", "全市", "2", "0", "1", "9", "年", "全", "省", "市", "镇", "区", "统计", "统", "计", "期限",
            "为", "月", "日", "至", "较上年", " ", "，", "。", "二〇二三", "；");

    @Test
    void findsWhatTheMatcherFinds() {
        List<Pattern> patterns = List.of(Pattern.compile("(?<![0-9])(20[0-9]{2})年"), Pattern.compile("全(省|市|区|县|镇|乡|街道)"),
                Pattern.compile("统计(?:期限)?[^。；;]{0,4}?" + ChineseText.NUMBER + "年"));
        char[] firsts = { '2', '全', '统' };
        int[] textsWithMatches = new int[patterns.size()];
        Random random = new Random(7);
        for (int round = 0; round < 21_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(20); i >= 0; i--) {
                text.append(WORDS.get(random.nextInt(WORDS.size())));
            }
            int which = round % patterns.size();
            List<String> expected = byMatcher(patterns.get(which), text.toString());
            assertEquals(expected, anchored(patterns.get(which), text.toString(), firsts[which]), text.toString());
            textsWithMatches[which] += expected.isEmpty() ? 0 : 1;
        }
        // a comparison on texts where neither finds anything proves nothing: each pattern must have matched often
        for (int which = 0; which < patterns.size(); which++) {
            assertTrue(textsWithMatches[which] > 1_000, patterns.get(which) + " matched only " + textsWithMatches[which] + " of 7,000 texts");
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
