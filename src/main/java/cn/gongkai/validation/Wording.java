package cn.gongkai.validation;

import java.math.BigDecimal;

/** How findings name tables and numbers, in Chinese and English. */
final class Wording {

    private static final String NUMERALS = "一二三四五六七八九";

    private Wording() {
    }

    static String tableZh(String sectionKey) {
        return "表" + NUMERALS.charAt(tableNumber(sectionKey) - 1);
    }

    static String tableEn(String sectionKey) {
        return "Table " + tableNumber(sectionKey);
    }

    private static int tableNumber(String sectionKey) {
        return sectionKey.charAt(sectionKey.length() - 1) - '0';
    }

    static String number(BigDecimal value) {
        return value == null ? "空白" : value.stripTrailingZeros().toPlainString();
    }
}
