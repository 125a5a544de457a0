package cn.gongkai.common;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text as published reports write it: full-width digits and brackets, Kangxi-radical look-alikes
 * from PDF extraction, Chinese numerals, thousands separators. Shared by import and the narrative rules.
 */
public final class ChineseText {

    /** CJK Radicals Supplement characters seen in place of ordinary ideographs; NFKC leaves most of them alone. */
    private static final Map<Character, Character> RADICAL_LOOKALIKES = Map.ofEntries(
            Map.entry('⺠', '民'), Map.entry('⻓', '长'), Map.entry('⻅', '见'), Map.entry('⻔', '门'), Map.entry('⻢', '马'),
            Map.entry('⻛', '风'), Map.entry('⻜', '飞'), Map.entry('⻋', '车'), Map.entry('⻘', '青'), Map.entry('⻝', '食'),
            Map.entry('⻚', '页'), Map.entry('⻄', '西'), Map.entry('⻆', '角'), Map.entry('⻉', '贝'),
            Map.entry('⺟', '母'), Map.entry('⻨', '麦'), Map.entry('⻩', '黄'), Map.entry('⻬', '齐'), Map.entry('⻮', '齿'),
            Map.entry('⻰', '龙'), Map.entry('⻳', '龟'), Map.entry('⺁', '厂'), Map.entry('⺇', '几'), Map.entry('⺉', '刂'),
            Map.entry('⺌', '小'), Map.entry('⺍', '小'), Map.entry('⺐', '尢'), Map.entry('⺓', '幺'), Map.entry('⺗', '心'),
            Map.entry('⺝', '月'), Map.entry('⺡', '氵'), Map.entry('⺢', '水'), Map.entry('⺣', '灬'), Map.entry('⺤', '爫'),
            Map.entry('⺨', '犭'), Map.entry('⺩', '王'), Map.entry('⺮', '竹'), Map.entry('⺶', '羊'), Map.entry('⺻', '聿'),
            Map.entry('⻊', '足'), Map.entry('⻏', '阝'), Map.entry('⻖', '阝'), Map.entry('⻗', '雨'));

    /** Every character a Chinese numeral is written with (二十五, 两, 一百零三, 一万二千, 二〇二三). */
    public static final String NUMERALS = "零〇一二两三四五六七八九十百千万";
    /**
     * A number as reports write it, as a regular expression with one group: 65, 1,234, 0.5 (on folded text), 二十五, 两.
     * Copies from Word and HTML put a space inside a number or before its unit (1 2件, 12 件): the group takes a space
     * between digits, and a space after the number is matched outside it.
     */
    public static final String NUMBER = "([0-9](?:[0-9,]| (?=[0-9]))*(?:\\.[0-9]+)?|[" + NUMERALS + "]+) ?";
    private static final String DIGITS = "零〇一二两三四五六七八九";
    private static final int[] DIGIT_VALUES = { 0, 0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9 };
    private static final Pattern ARABIC = Pattern.compile("[0-9]+(?:,[0-9]{3})*(?:\\.[0-9]+)?|[0-9]+(?:\\.[0-9]+)?");
    private static final Pattern CHINESE = Pattern.compile("[" + NUMERALS + "]+");
    /** A Chinese numeral with decimals read digit by digit after 点: 十二点五, 六十六点六七 (as percentages are written). */
    private static final Pattern CHINESE_DECIMAL = Pattern.compile("([" + NUMERALS + "]+)点([" + DIGITS + "]+)");

    private ChineseText() {
    }

    /**
     * One spelling per character: full-width ASCII (U+FF01–U+FF5E, so also ，；：（）) to ASCII, the
     * ideographic and the no-break space (HTML's &nbsp;) to a space, and Kangxi radicals (U+2F00–U+2FD5) and radical look-alikes to the
     * ideographs they resemble. Punctuation outside the full-width block, such as 、。《》“”, is kept.
     * The result has the same length as the text, so offsets in it are offsets in the original.
     */
    public static String fold(String text) {
        int first = 0;
        while (first < text.length() && !needsFolding(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        char[] folded = text.toCharArray();
        foldInPlace(folded, first, folded.length);
        return new String(folded);
    }

    /** {@link #fold} of {@code chars[from, to)}, in place: every replacement is one BMP character for one. */
    public static void foldInPlace(char[] chars, int from, int to) {
        for (int i = mayFold(chars, from, to); i < to; i = mayFold(chars, i + 1, to)) {
            char c = chars[i];
            if (c >= '\uFF01' && c <= '\uFF5E') {
                chars[i] = (char) (c - 0xFEE0);
            } else if (c == '\u3000' || c == '\u00A0') {
                chars[i] = ' ';
            } else if (c >= '\u2E80' && c <= '\u2FD5') {
                chars[i] = ideograph(c);
            }
        }
    }

    /**
     * The first character in {@code chars[from, to)} that folding may change, or {@code to}: past ASCII, and the ideographs and Chinese
     * punctuation between the ideographic space and the full-width block, which are kept; a loop of its own, which the JIT unrolls.
     */
    private static int mayFold(char[] chars, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (c >= '\u00A0' && (c <= '\u3000' || c >= '\uFF01')) {
                return i;
            }
        }
        return to;
    }

    /**
     * Whether {@code text} may hold a {@link #NUMBER} followed by one of {@code units} (“12件”, “二十五 件”): a unit right after a
     * digit, a comma or a numeral, or after one of them and a space, as every such match ends. False means a search for one would
     * find nothing: a look at a few characters spares the regex engine's try at every position of a long sentence.
     */
    public static boolean mayHoldNumberBefore(String text, String units) {
        for (int u = 0; u < units.length(); u++) {
            char unit = units.charAt(u);
            for (int at = text.indexOf(unit, 1); at >= 0; at = text.indexOf(unit, at + 1)) {
                char before = text.charAt(at - 1);
                if (before == ' ' && at >= 2) {
                    before = text.charAt(at - 2);
                }
                if (before >= '0' && before <= '9' || before == ',' || NUMERALS.indexOf(before) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean needsFolding(char c) {
        return (c >= '\uFF01' && c <= '\uFF5E') || c == '\u3000' || c == '\u00A0' || (c >= '\u2E80' && c <= '\u2FD5');
    }

    /**
     * Only the Kangxi radicals and radical look-alikes replaced by the ideographs they stand for:
     * for text that is kept as printed (paragraphs, headings), where full-width brackets and digits
     * are the author's choice but a radical is an extraction accident.
     */
    public static String withoutRadicals(String text) {
        StringBuilder repaired = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean radical = (c >= '\u2F00' && c <= '\u2FD5') || (c >= '\u2E80' && c <= '\u2EFF' && RADICAL_LOOKALIKES.containsKey(c));
            if (radical && repaired == null) {
                repaired = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (repaired != null) {
                repaired.append(ideograph(c));
            }
        }
        return repaired == null ? text : repaired.toString();
    }

    /** The ideograph a Kangxi radical (by NFKC, always one BMP character) or a radical look-alike stands for. */
    private static char ideograph(char c) {
        if (c >= '\u2F00' && c <= '\u2FD5') {
            return Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC).charAt(0);
        }
        if (c >= '\u2E80' && c <= '\u2EFF') {
            return RADICAL_LOOKALIKES.getOrDefault(c, c);
        }
        return c;
    }

    /**
     * {@link Character#isWhitespace} without its Unicode table look-up for ideographs and Chinese punctuation,
     * which are nearly all of a report: every whitespace character is at or below U+0020 or in U+1680–U+3000.
     * The table look-up misses the CPU cache on a busy server and was a sixth of a validation's time.
     */
    public static boolean isWhitespace(char c) {
        return (c <= ' ' || (c >= '\u1680' && c <= '\u3000')) && Character.isWhitespace(c);
    }

    /** {@link #fold} without any whitespace: for comparing labels broken across lines or spaced out. */
    public static String compact(String text) {
        // the text itself while nothing is to fold or drop; after that one copy, folded and closed up in place (no builder)
        int first = 0;
        while (first < text.length() && !needsFolding(text.charAt(first)) && !isWhitespace(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        char[] chars = text.toCharArray();
        foldInPlace(chars, first, chars.length);
        int kept = first;
        for (int i = first; i < chars.length; i++) {
            if (!isWhitespace(chars[i])) {
                chars[kept++] = chars[i];
            }
        }
        return new String(chars, 0, kept);
    }

    /**
     * The number a cell or phrase states: Arabic (with thousands separators, full-width digits) or
     * Chinese numerals (二十五, 两, 一百零三, 十二点五, 1.2万). Empty when there is none or it is ambiguous.
     */
    public static Optional<BigDecimal> number(String text) {
        if (isAsciiDigits(text)) {
            return Optional.of(new BigDecimal(text));
        }
        String folded = fold(text).trim();
        Matcher arabic = ARABIC.matcher(folded);
        if (arabic.matches()) {
            return Optional.of(new BigDecimal(arabic.group().replace(",", "")));
        }
        if (CHINESE.matcher(folded).matches()) {
            return chineseNumeral(folded).map(BigDecimal::valueOf);
        }
        Matcher decimal = CHINESE_DECIMAL.matcher(folded);
        if (decimal.matches()) {
            StringBuilder fraction = new StringBuilder(decimal.group(2).length());
            for (char c : decimal.group(2).toCharArray()) {
                fraction.append(DIGIT_VALUES[DIGITS.indexOf(c)]);
            }
            return chineseNumeral(decimal.group(1)).map(whole -> new BigDecimal(whole + "." + fraction));
        }
        return Optional.empty();
    }

    /** 0–9 only: in folded text a full-width digit is ASCII already, and other scripts' digits are no numbers of a report. */
    public static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isAsciiDigits(String text) {
        if (text.isEmpty() || text.length() > 18) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (!isAsciiDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Value of a Chinese numeral such as 二十五, 十二, 一百零三, 两千, 一万二千; empty if malformed. */
    public static Optional<Long> chineseNumeral(String numeral) {
        if (numeral.isEmpty()) {
            return Optional.empty();
        }
        long total = 0;
        long section = 0;
        long digit = -1;
        boolean digitsOnly = true;
        for (char c : numeral.toCharArray()) {
            int index = DIGITS.indexOf(c);
            if (index >= 0) {
                if (digit > 0 && !digitsOnly) {
                    return Optional.empty();
                }
                digit = digit > 0 && digitsOnly ? digit * 10 + DIGIT_VALUES[index] : DIGIT_VALUES[index];
                continue;
            }
            digitsOnly = false;
            long unit = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                case '万' -> 10_000;
                default -> -1;
            };
            if (unit < 0) {
                return Optional.empty();
            }
            if (unit == 10_000) {
                section = (section + Math.max(digit, 0)) * unit;
                total += section;
                section = 0;
            } else {
                section += (digit < 0 ? 1 : digit) * unit;
            }
            digit = -1;
        }
        return Optional.of(total + section + Math.max(digit, 0));
    }
}
