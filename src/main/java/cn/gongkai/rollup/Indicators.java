package cn.gongkai.rollup;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The trend's key indicators, as sums of catalogue cells (both formats' keys where they differ). */
final class Indicators {

    private static final List<String> DENY_ROWS = List.of("R_DENY_SECRET", "R_DENY_LAW", "R_DENY_SAFETY", "R_DENY_THIRD_PARTY",
            "R_DENY_INTERNAL", "R_DENY_PROCESS", "R_DENY_ENFORCEMENT", "R_DENY_QUERY");
    private static final List<String> NEW = List.of("table3.NEW.TOTAL");
    private static final List<String> RESULTS = List.of("table3.R_TOTAL.TOTAL");
    private static final List<String> GRANTED = List.of("table3.R_GRANT.TOTAL");
    private static final List<String> PARTIAL = List.of("table3.R_PARTIAL.TOTAL");
    private static final List<String> DENIED = DENY_ROWS.stream().map(row -> "table3." + row + ".TOTAL").toList();
    private static final List<String> REVIEWS = List.of("table4.CASES.RV_TOTAL");
    private static final List<String> REVIEWS_CORRECTED = List.of("table4.CASES.RV_CORRECTED");
    private static final List<String> LITIGATION = List.of("table4.CASES.LD_TOTAL", "table4.CASES.LA_TOTAL");
    private static final List<String> LITIGATION_CORRECTED = List.of("table4.CASES.LD_CORRECTED", "table4.CASES.LA_CORRECTED");
    /** 2021: 本年制发件数 (ISSUED); 2019: 本年新制作数量 (NEW_MADE). */
    private static final List<String> DOCUMENTS = List.of("table2.RULES.ISSUED", "table2.NORMATIVE.ISSUED", "table2.RULES.NEW_MADE",
            "table2.NORMATIVE.NEW_MADE");
    private static final List<String> DECISIONS = List.of("table2.LICENSING.DECISIONS", "table2.PENALTY.DECISIONS",
            "table2.COERCION.DECISIONS");

    static final List<String> KEYS;

    static {
        List<String> keys = new ArrayList<>();
        for (List<String> group : List.of(NEW, RESULTS, GRANTED, PARTIAL, DENIED, REVIEWS, REVIEWS_CORRECTED, LITIGATION,
                LITIGATION_CORRECTED, DOCUMENTS, DECISIONS)) {
            keys.addAll(group);
        }
        KEYS = List.copyOf(keys);
    }

    private Indicators() {
    }

    static Trend.Point point(int year, long reports, Map<String, BigDecimal> sums) {
        BigDecimal results = sum(sums, RESULTS);
        BigDecimal granted = sum(sums, GRANTED);
        BigDecimal partial = sum(sums, PARTIAL);
        BigDecimal reviews = sum(sums, REVIEWS);
        BigDecimal reviewsCorrected = sum(sums, REVIEWS_CORRECTED);
        BigDecimal litigation = sum(sums, LITIGATION);
        BigDecimal litigationCorrected = sum(sums, LITIGATION_CORRECTED);
        return new Trend.Point(year, reports, sum(sums, NEW), results, granted, share(granted, results), partial, share(partial, results),
                sum(sums, DENIED), reviews, reviewsCorrected, share(reviewsCorrected, reviews), litigation, litigationCorrected,
                share(litigationCorrected, litigation), sum(sums, DOCUMENTS), sum(sums, DECISIONS));
    }

    /** The sum of the cells present; null when none is. */
    private static BigDecimal sum(Map<String, BigDecimal> sums, List<String> keys) {
        BigDecimal total = null;
        for (String key : keys) {
            BigDecimal value = sums.get(key);
            if (value != null) {
                total = total == null ? value : total.add(value);
            }
        }
        return total == null ? null : plain(total);
    }

    private static BigDecimal share(BigDecimal part, BigDecimal whole) {
        if (part == null || whole == null || whole.signum() == 0) {
            return null;
        }
        return plain(part.divide(whole, 4, RoundingMode.HALF_UP));
    }

    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
