package cn.gongkai.document.parse;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.gongkai.common.ChineseText;
import cn.gongkai.format.PrintedMarks;
import cn.gongkai.format.ValueType;

/**
 * Reads one printed table cell for a cell of a given value type. The number is kept only when the
 * cell states one that the type allows; anything else is kept as printed text and left blank, so an
 * unreadable cell is never taken for 0.
 */
final class CellReader {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
    private static final Pattern SIGNED = Pattern.compile("([-+])\\s*(.+)");
    private static final Pattern WITH_UNIT = Pattern.compile("(.+?)\\s*(万元|元|件|个|条|项|次|份)");

    private CellReader() {
    }

    static CellReading read(String raw, ValueType type) {
        String folded = ChineseText.compact(raw);
        String printed = printable(raw);
        if (folded.isEmpty()) {
            return new CellReading(raw, ValueSemantics.BLANK, null, null, null);
        }
        if (PrintedMarks.notApplicable(folded)) {
            return new CellReading(raw, ValueSemantics.NOT_APPLICABLE, null, printed, null);
        }
        Optional<BigDecimal> number = signedNumber(folded);
        String unit = null;
        if (number.isEmpty()) {
            Matcher withUnit = WITH_UNIT.matcher(folded);
            if (withUnit.matches()) {
                number = signedNumber(withUnit.group(1));
                unit = withUnit.group(2);
            }
        }
        if (number.isEmpty()) {
            return new CellReading(raw, ValueSemantics.TEXT, null, printed, "cannot be read as a number; kept as printed, blank");
        }
        Optional<String> rejection = type.rejection(number.get());
        if (rejection.isPresent()) {
            return new CellReading(raw, ValueSemantics.TEXT, null, printed,
                    "reads as " + number.get().toPlainString() + ", which " + rejection.get() + " (" + type.label() + "); kept as printed, blank");
        }
        boolean plain = PLAIN_NUMBER.matcher(folded).matches();
        String problem = unit == null ? null : unitProblem(unit, type);
        return new CellReading(raw, number.get().signum() == 0 ? ValueSemantics.ZERO : ValueSemantics.NUMBER, number.get(),
                plain ? null : printed, problem);
    }

    /** Whether a whitespace-separated token of a text line is a cell value (a number or a not-applicable mark). */
    static boolean isValueToken(String token) {
        String folded = ChineseText.fold(token).strip();
        if (folded.isEmpty()) {
            return false;
        }
        if (PrintedMarks.notApplicable(folded) && !folded.equals("无") || signedNumber(folded).isPresent()) {
            return true;
        }
        Matcher withUnit = WITH_UNIT.matcher(folded);
        return withUnit.matches() && signedNumber(withUnit.group(1)).isPresent();
    }

    private static Optional<BigDecimal> signedNumber(String folded) {
        Matcher signed = SIGNED.matcher(folded);
        if (signed.matches()) {
            return ChineseText.number(signed.group(2)).map(value -> signed.group(1).equals("-") ? value.negate() : value);
        }
        return ChineseText.number(folded);
    }

    private static String unitProblem(String unit, ValueType type) {
        if (type.unit() != null && !type.unit().equals(unit)) {
            return "printed in " + unit + " but the column is in " + type.unit() + "; the number is kept as printed, check the unit";
        }
        return null;
    }

    /**
     * The raw text as one line, as storage accepts a printed form (TextRules.problem, single line): line breaks
     * dropped, any other control character (a tab, Word's \u000B) made a space, cut to the stored length between
     * characters, never inside a pair.
     */
    private static String printable(String raw) {
        StringBuilder line = new StringBuilder(raw.length());
        for (char c : raw.replaceAll("\\s*[\\n\\r]\\s*", "").toCharArray()) {
            line.append(Character.isISOControl(c) ? ' ' : c);
        }
        return cut(line.toString().strip());
    }

    private static String cut(String line) {
        if (line.length() <= PrintedMarks.MAX_LENGTH) {
            return line;
        }
        int end = PrintedMarks.MAX_LENGTH;
        return line.substring(0, Character.isHighSurrogate(line.charAt(end - 1)) ? end - 1 : end);
    }
}
