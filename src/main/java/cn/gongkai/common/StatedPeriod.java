package cn.gongkai.common;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The statistical period (统计期限) a report states, as in “本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止”:
 * also with Chinese numerals (二〇二三年一月一日), other words for the period (统计时限, 统计区间 …), the end's year
 * left out (“至12月31日止”), and as what the report covers (“内容涵盖…2023年1月1日至12月31日期间”). One reading for
 * the importer, which reports it, and for STR_STAT_PERIOD, which checks it.
 *
 * @param text the words matched, compacted
 * @param from the first day; null when the text names no real date (2023年2月30日)
 * @param to the last day; null likewise
 */
public record StatedPeriod(String text, LocalDate from, LocalDate to) {

    private static final String N = ChineseText.NUMBER;
    private static final String DATES = N + "年" + N + "月" + N + "日[^。；;0-9]{0,6}?(?:至|到|—|–|-|~|－|〜)[^。；;0-9]{0,3}?(?:" + N + "年)?" + N
            + "月" + N + "日";
    private static final Pattern PERIOD = Pattern.compile("统计(?:期限|时限|区间|期间|时间|范围)?[^。；;]{0,12}?" + DATES);
    /** Without 统计: “《年报》所列数据自2020年1月1日起至2020年12月31日止”. */
    private static final Pattern LISTED = Pattern.compile("所列数据[^。；;0-9]{0,3}?" + DATES);
    /** As what the report covers, the agency's name maybe between: “内容涵盖漕河镇人民政府2023年1月1日至12月31日期间的…工作情况”. */
    private static final Pattern COVERS = Pattern.compile("内容涵盖[^。；;0-9]{0,30}?" + DATES);
    /** The wordings in the order they are tried, each with the character its matches start with. */
    private static final List<Map.Entry<Pattern, Character>> WORDINGS = List.of(Map.entry(PERIOD, '统'), Map.entry(LISTED, '所'), Map.entry(COVERS, '内'));

    /** The first period stated in {@code text}, read compacted (folded, no whitespace: “2023 年1月1日” too) whoever asks. */
    public static Optional<StatedPeriod> find(String text) {
        if (!mayState(text)) {
            return Optional.empty();
        }
        String compact = ChineseText.compact(text);
        for (Map.Entry<Pattern, Character> wording : WORDINGS) {
            AnchoredFind periods = new AnchoredFind(wording.getKey(), compact, wording.getValue());
            if (periods.find()) {
                Matcher period = periods.matcher();
                return Optional.of(new StatedPeriod(period.group(), date(period.group(1), period.group(2), period.group(3)),
                        date(period.group(4) == null ? period.group(1) : period.group(4), period.group(5), period.group(6))));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether {@code text} may state a period: every wording's first character and a 日 (or the Kangxi radical ⽇ that folds to it)
     * are in it. None of them is made by compacting, so a text without them is not compacted and searched: most sentences. The
     * same for a text as printed and folded, and false for every part of a text it is false for.
     */
    public static boolean mayState(String text) {
        boolean day = text.indexOf('日') >= 0 || text.indexOf('\u2F47') >= 0;
        if (!day) {
            return false;
        }
        for (Map.Entry<Pattern, Character> wording : WORDINGS) {
            if (text.indexOf(wording.getValue()) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether the period is the calendar year {@code year}, 1 January to 31 December. */
    public boolean isCalendarYear(int year) {
        return LocalDate.of(year, 1, 1).equals(from) && LocalDate.of(year, 12, 31).equals(to);
    }

    private static LocalDate date(String year, String month, String day) {
        try {
            return LocalDate.of(ChineseText.number(year).orElseThrow().intValueExact(), ChineseText.number(month).orElseThrow().intValueExact(),
                    ChineseText.number(day).orElseThrow().intValueExact());
        } catch (RuntimeException e) {
            // not a date (2023年2月30日), or a number that is no day or month: the period is stated but wrong
            return null;
        }
    }
}
