package cn.gongkai.common;

import java.util.Optional;

/** What text the service accepts: anything printable, in any script, exactly as sent. */
public final class TextRules {

    private TextRules() {
    }

    public static Optional<String> problem(String value, boolean multiline) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return Optional.of("contains an unpaired surrogate at position " + i);
            }
            if (Character.isLowSurrogate(c)) {
                return Optional.of("contains an unpaired surrogate at position " + i);
            }
            boolean lineBreakOrTab = c == '\n' || c == '\r' || c == '\t';
            if (Character.isISOControl(c) && !(multiline && lineBreakOrTab)) {
                return Optional.of(multiline
                        ? "contains a control character (U+" + String.format("%04X", (int) c) + ") at position " + i
                        : "must be a single line without control characters (U+" + String.format("%04X", (int) c) + " at position " + i + ")");
            }
        }
        return Optional.empty();
    }

    /** Blank optional text means "not given". */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
