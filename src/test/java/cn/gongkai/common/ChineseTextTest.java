package cn.gongkai.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ChineseTextTest {

    @Test
    void foldsFullWidthAndRadicalLookalikesButKeepsChinesePunctuation() {
        assertEquals("(一)主动公开 12", ChineseText.fold("（一）主动公开\u3000１２"));
        assertEquals("一人民", ChineseText.fold("\u2F00人\u2EA0"));
        assertEquals("本年新收、结转。《条例》", ChineseText.fold("本年新收、结转。《条例》"));
        assertEquals("5.要求行政机关确认或重新出具已获取信息", ChineseText.compact("5.要求行政机关确认或重新\n出具 已获取信息"));
    }

    @Test
    void whitespaceIsJavasWhitespaceForEveryCharacter() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            assertEquals(Character.isWhitespace(c), ChineseText.isWhitespace(c), "U+" + Integer.toHexString(c));
        }
    }

    @Test
    void foldChangesOnlyFullWidthFormsSpacesAndRadicals() {
        // after a full-width digit, so that every character goes through the folding loop
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            String folded = ChineseText.fold("１" + c);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                assertEquals("1" + (char) (c - 0xFEE0), folded, "U+" + Integer.toHexString(c));
            } else if (c == '\u3000' || c == '\u00A0') {
                assertEquals("1 ", folded);
            } else if (c < '\u2E80' || c > '\u2FD5') {
                assertEquals("1" + c, folded, "U+" + Integer.toHexString(c));
            }
        }
    }

    @Test
    void compactIsTheFoldedTextWithoutWhitespace() {
        // every character, alone and between others: fold first, then drop what is whitespace after folding (U+00A0 too)
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            for (String text : new String[] { String.valueOf(c), "共" + c + "件", c + "１ ２" + c }) {
                String folded = ChineseText.fold(text);
                StringBuilder expected = new StringBuilder();
                folded.chars().filter(ch -> !Character.isWhitespace(ch)).forEach(ch -> expected.append((char) ch));
                assertEquals(expected.toString(), ChineseText.compact(text), "U+" + Integer.toHexString(c));
            }
        }
    }

    @Test
    void aTextWithoutANumberBeforeTheUnitHoldsNoCount() {
        // every text of up to five of these characters: where the gate says no, the search finds nothing
        java.util.regex.Pattern count = java.util.regex.Pattern.compile(ChineseText.NUMBER + "件");
        int holding = 0;
        for (String text : Texts.upTo("1,. 二件文", 5)) {
            boolean found = count.matcher(text).find();
            holding += found ? 1 : 0;
            if (found) {
                assertEquals(true, ChineseText.mayHoldNumberBefore(text, "件"), text);
            }
        }
        assertEquals(true, holding > 1000);
        assertEquals(false, ChineseText.mayHoldNumberBefore("其中镇街文件6条、组织管理5条", "件"));
        assertEquals(true, ChineseText.mayHoldNumberBefore("其中予以公开1 件", "件"));
        assertEquals(true, ChineseText.mayHoldNumberBefore("收到申请两例", "件例"));
        assertEquals(false, ChineseText.mayHoldNumberBefore("2023年度，漕河镇未收到依申请公开政府信息。", "件例份"));
    }

    @Test
    void repairsRadicalsButKeepsFullWidthFormsOfPrintedText() {
        assertEquals("（一）人民政府１２", ChineseText.withoutRadicals("（\u2F00）人\u2EA0政府１２"));
        String untouched = "（二）依法做好依申请公开";
        assertEquals(untouched, ChineseText.withoutRadicals(untouched));
    }

    @Test
    void readsArabicAndChineseNumbers() {
        assertEquals(Optional.of(new BigDecimal("1234")), ChineseText.number("1,234"));
        assertEquals(Optional.of(new BigDecimal("65")), ChineseText.number("６５"));
        assertEquals(Optional.of(new BigDecimal("0.0500")), ChineseText.number("0.0500"));
        assertEquals(Optional.of(new BigDecimal("25")), ChineseText.number("二十五"));
        assertEquals(Optional.of(new BigDecimal("2")), ChineseText.number("两"));
        assertEquals(Optional.of(new BigDecimal("10")), ChineseText.number("十"));
        assertEquals(Optional.of(new BigDecimal("12")), ChineseText.number("十二"));
        assertEquals(Optional.of(new BigDecimal("103")), ChineseText.number("一百零三"));
        assertEquals(Optional.of(new BigDecimal("2000")), ChineseText.number("两千"));
        assertEquals(Optional.of(new BigDecimal("12000")), ChineseText.number("一万二千"));
        assertEquals(Optional.of(new BigDecimal("2023")), ChineseText.number("二〇二三"));
        assertEquals(Optional.empty(), ChineseText.number("若干"));
        assertEquals(Optional.empty(), ChineseText.number("12件"));
        assertEquals(Optional.empty(), ChineseText.number(""));
    }
}
