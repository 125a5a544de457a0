package cn.gongkai.rollup;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import cn.gongkai.format.BlockDefinition;
import cn.gongkai.format.ColumnDefinition;
import cn.gongkai.format.Format;
import cn.gongkai.format.FormatCatalogue;
import cn.gongkai.format.RowDefinition;

/**
 * The trend's key indicators, as sums of catalogue cells, and which of them are added across formats.
 *
 * <p>A report of a year may be kept in another format than the year's (a 2023 report in the 2019 trial format).
 * An indicator is added over all the year's reports only where its cells mean the same in every format
 * ({@link #COMPARABLE}, checked against the catalogue at start-up by {@link #check}); otherwise it is summed per
 * format ({@link #DOCUMENTS}), the year's format in the point and every other format apart, as the summary does.
 * Per FORMAT.md §8: 表三 and 表四 are identical in both formats apart from the （六）其他处理 rows, which no
 * indicator reads (办理结果总计 is the 总计 row in both); 表二 is not.
 */
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
    /**
     * 处理决定数量 of 行政许可, 行政处罚 and 行政强制. The 2021 column reads 本年处理决定数量, the 2019 one 处理决定数量, and
     * both count the year's decisions (办件量): FORMAT.md §3 cites the note printed with 2020 (trial-format) reports,
     * "处理决定数量(指2020年办件量)". So they are added across formats, the one label difference allowed by
     * {@link #SAME_MEANING}.
     */
    private static final List<String> DECISIONS = List.of("table2.LICENSING.DECISIONS", "table2.PENALTY.DECISIONS",
            "table2.COERCION.DECISIONS");

    /** Cells of every format with one meaning: summed over all of a year's reports, whatever their format. */
    static final List<List<String>> COMPARABLE = List.of(NEW, RESULTS, GRANTED, PARTIAL, DENIED, REVIEWS, REVIEWS_CORRECTED, LITIGATION,
            LITIGATION_CORRECTED, DECISIONS);

    /** Comparable cells whose labels differ between formats although they count the same (see {@link #DECISIONS}). */
    private static final Set<String> SAME_MEANING = Set.copyOf(DECISIONS);

    /**
     * 规章 and 规范性文件 made in the year, per format: never added across formats. 2021 counts 本年制发件数 of 规章 and
     * 行政规范性文件; 2019 counts 本年新制作数量 of 规章 and 规范性文件 (a wider class than 行政规范性文件, and made, not
     * issued) — FORMAT.md §8 lists both as differences. The row key NORMATIVE is the same in both formats; its
     * meaning is not.
     */
    static final Map<String, List<String>> DOCUMENTS = Map.of(
            FormatCatalogue.NATIONAL_2021, List.of("table2.RULES.ISSUED", "table2.NORMATIVE.ISSUED"),
            FormatCatalogue.TRIAL_2019, List.of("table2.RULES.NEW_MADE", "table2.NORMATIVE.NEW_MADE"));

    /** Every cell any indicator reads. */
    static final List<String> KEYS;

    static {
        Set<String> keys = new LinkedHashSet<>();
        COMPARABLE.forEach(keys::addAll);
        DOCUMENTS.values().forEach(keys::addAll);
        KEYS = List.copyOf(keys);
    }

    private Indicators() {
    }

    /**
     * Refuses a catalogue the indicators do not fit: a comparable cell missing from a format, or labelled differently
     * in two formats without being declared the same; a format without its own documents cells. A new format must
     * be placed here deliberately before the trend adds its reports in.
     */
    static void check(FormatCatalogue catalogue) {
        List<Format> formats = catalogue.all();
        for (List<String> indicator : COMPARABLE) {
            for (String key : indicator) {
                String labels = null;
                for (Format format : formats) {
                    String here = labels(format, key);
                    if (here == null) {
                        throw new IllegalStateException("Trend cell " + key + " is not in format " + format.id() + ": it cannot be added across formats");
                    }
                    if (labels != null && !labels.equals(here) && !SAME_MEANING.contains(key)) {
                        throw new IllegalStateException("Trend cell " + key + " is labelled " + labels + " in one format and " + here
                                + " in " + format.id() + ": declare it the same (Indicators.SAME_MEANING) or keep it per format");
                    }
                    labels = here;
                }
            }
        }
        for (Format format : formats) {
            List<String> documents = DOCUMENTS.get(format.id());
            if (documents == null || documents.stream().anyMatch(key -> format.cellIndex(key) < 0)) {
                throw new IllegalStateException("Format " + format.id() + " has no documents cells for the trend (Indicators.DOCUMENTS)");
            }
        }
    }

    /** "row label / column label" of a cell in a format; null when the format has no such cell. */
    private static String labels(Format format, String key) {
        String[] parts = key.split("\\.");
        return format.section(parts[0]).flatMap(section -> section.blocks().stream()
                .flatMap(block -> labels(block, parts[1], parts[2]).stream()).findFirst()).orElse(null);
    }

    private static List<String> labels(BlockDefinition block, String rowKey, String columnKey) {
        List<String> found = new ArrayList<>();
        for (RowDefinition row : block.rows()) {
            for (ColumnDefinition column : block.columns()) {
                if (row.key().equals(rowKey) && column.key().equals(columnKey)) {
                    found.add(row.label() + " / " + column.label());
                }
            }
        }
        return found;
    }

    /**
     * One year's point.
     *
     * @param format  the year's format (null when no format covers the year): the documents count is over its reports
     * @param reports reports by format
     * @param sums    cell sums by format and cell key
     */
    static Trend.Point point(int year, String format, Map<String, Long> reports, Map<String, Map<String, BigDecimal>> sums) {
        Map<String, BigDecimal> comparable = new HashMap<>();
        sums.values().forEach(cells -> cells.forEach((key, value) -> comparable.merge(key, value, BigDecimal::add)));
        BigDecimal results = sum(comparable, RESULTS);
        BigDecimal granted = sum(comparable, GRANTED);
        BigDecimal partial = sum(comparable, PARTIAL);
        BigDecimal reviews = sum(comparable, REVIEWS);
        BigDecimal reviewsCorrected = sum(comparable, REVIEWS_CORRECTED);
        BigDecimal litigation = sum(comparable, LITIGATION);
        BigDecimal litigationCorrected = sum(comparable, LITIGATION_CORRECTED);
        List<Trend.FormatPoint> others = reports.keySet().stream().filter(other -> !other.equals(format)).sorted()
                .map(other -> new Trend.FormatPoint(other, reports.get(other), documents(sums, other))).toList();
        return new Trend.Point(year, format, reports.values().stream().mapToLong(Long::longValue).sum(), new TreeMap<>(reports),
                sum(comparable, NEW), results, granted, share(granted, results), partial, share(partial, results), sum(comparable, DENIED),
                reviews, reviewsCorrected, share(reviewsCorrected, reviews), litigation, litigationCorrected,
                share(litigationCorrected, litigation), format == null ? null : documents(sums, format), sum(comparable, DECISIONS), others);
    }

    private static BigDecimal documents(Map<String, Map<String, BigDecimal>> sums, String format) {
        return sum(sums.getOrDefault(format, Map.of()), DOCUMENTS.getOrDefault(format, List.of()));
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
