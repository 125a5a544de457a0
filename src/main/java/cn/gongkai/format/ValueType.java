package cn.gongkai.format;

import java.math.BigDecimal;
import java.util.Optional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a table cell may hold. Counts are whole numbers; amounts are decimals. */
@Schema(description = "Value type of a table cell: COUNT (integer ≥ 0), SIGNED_COUNT (integer, may be negative: 2019 本年增/减), "
        + "AMOUNT_WAN (decimal ≥ 0 in 万元, at most 4 decimals), AMOUNT (decimal ≥ 0, at most 4 decimals).",
        example = "COUNT")
public enum ValueType {
    COUNT("件数", true, false, null),
    SIGNED_COUNT("增减数", true, true, null),
    AMOUNT_WAN("金额（万元）", false, false, "万元"),
    AMOUNT("金额", false, false, null);

    /** Largest value accepted in any cell: far above any real count, well inside numeric precision. */
    public static final BigDecimal MAX_ABS = new BigDecimal("1000000000000");
    public static final int MAX_DECIMALS = 4;

    private final String label;
    private final boolean integer;
    private final boolean signed;
    private final String unit;

    ValueType(String label, boolean integer, boolean signed, String unit) {
        this.label = label;
        this.integer = integer;
        this.signed = signed;
        this.unit = unit;
    }

    public String label() {
        return label;
    }

    public boolean integer() {
        return integer;
    }

    public String unit() {
        return unit;
    }

    /** Why {@code value} cannot be stored in a cell of this type, if it cannot. */
    public Optional<String> rejection(BigDecimal value) {
        if (integer && value.signum() >= 0 && value.scale() <= 0 && value.compareTo(MAX_ABS) <= 0) {
            return Optional.empty(); // the common case: a plain count
        }
        if (!signed && value.signum() < 0) {
            return Optional.of("must not be negative");
        }
        if (value.compareTo(MAX_ABS) > 0 || value.compareTo(MAX_ABS.negate()) < 0) {
            return Optional.of("is out of range (at most " + MAX_ABS.toPlainString() + ")");
        }
        int scale = value.scale() <= 0 ? 0 : value.stripTrailingZeros().scale();
        if (integer && scale > 0) {
            return Optional.of("must be a whole number (a count)");
        }
        if (!integer && scale > MAX_DECIMALS) {
            return Optional.of("must have at most " + MAX_DECIMALS + " decimal places");
        }
        return Optional.empty();
    }
}
