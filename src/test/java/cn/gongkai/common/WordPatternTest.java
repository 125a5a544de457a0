package cn.gongkai.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class WordPatternTest {

    @Test
    void startsAreTheAlternativesFirstCharacters() {
        assertEquals("上去往", WordPattern.startsOf("上年(?!度?结转)|上一年|去年|往年"));
        assertEquals("0无", WordPattern.startsOf("(?<![0-9.,])0(?:笔|次)|无[需须]收"));
        assertEquals("未没不", WordPattern.startsOf("(?:未|没有)(?:产生|发生)|不(?:予)?收"));
        assertEquals(":免", WordPattern.startsOf(":\\s*0(?![0-9.])|免费提供"));
    }

    @Test
    void noStartsWhereAMatchMayStartOtherwise() {
        for (String regex : List.of("a?b", "a*b", "a{0,2}b", "[ab]c", "a|", "(ab)c", "(?:a|b)?c", "(?:a|)c", ".b", "\\d", "(?=a)a",
                "(?i:a)", "[a[b]]c", "\\Qa\\E", "(?<!x", "^a", "a|$")) {
            assertNull(WordPattern.startsOf(regex), regex);
        }
    }

    @Test
    void findsWhatThePatternFinds() {
        // every text of up to five of these characters, for word lists of the rules' kind: the same answer as the engine's
        List<String> regexes = List.of("上年(?!度?结转)|上一年|去年|往年", "(?<![0-9.,])0(?:笔|次)|无[需须]收|年$", "(?:未|没有)[^,]{0,2}?收|为0(?![0-9])",
                "(?<=[,:])年|上半年|(?<![各每])季度", "[年上]0|去");
        List<String> texts = Texts.upTo("上年去0,未没有收无须季各度", 4);
        for (String regex : regexes) {
            Pattern pattern = Pattern.compile(regex);
            WordPattern words = WordPattern.compile(regex);
            for (String text : texts) {
                assertEquals(pattern.matcher(text).find(), words.find(text), regex + " in " + text);
                if (text.length() >= 2) {
                    assertEquals(pattern.matcher(text).region(1, text.length() - 1).find(), words.find(text, 1, text.length() - 1),
                            regex + " in the middle of " + text);
                }
            }
        }
    }
}
