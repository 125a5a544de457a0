package cn.gongkai.document.parse;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.gongkai.common.ChineseText;
import cn.gongkai.common.StatedPeriod;

/**
 * Reads identification from the title and preamble (FORMAT.md §2): the agency and year from
 * "{机关全称}{YYYY}年政府信息公开工作年度报告" (or "关于{YYYY}年度…的报告"), the statistical period as
 * {@link StatedPeriod} reads it.
 */
final class FrontMatter {

    record Title(String agencyName, Integer year) {
    }

    private static final String YEAR = "([0-9]{4}|[〇零一二三四五六七八九]{4})";
    private static final Pattern STANDARD = Pattern.compile("(.*?)" + YEAR + "年度?政府信息公开(工作)?年度?报告");
    private static final Pattern ABOUT = Pattern.compile("(.*?)关于" + YEAR + "年度?政府信息公开.*的报告");
    private static final Pattern YEAR_IN_TITLE = Pattern.compile(YEAR + "年");
    private static final Pattern AGENCY_END = Pattern.compile(".*(政府|委员会|局|厅|办公室|中心|院|所|街道办事处|办事处|镇|乡|街道|部|署|会|队|站)$");

    private FrontMatter() {
    }

    /** Where the title stands among the first paragraphs: lines [start, end); empty when no line looks like a title. */
    record Span(int start, int end) {
    }

    static Optional<Span> titleSpan(List<String> paragraphs) {
        int window = Math.min(paragraphs.size(), 5);
        for (int i = 0; i < window; i++) {
            String line = ChineseText.compact(paragraphs.get(i));
            if (line.endsWith("报告") && YEAR_IN_TITLE.matcher(line).find() && line.length() <= 80) {
                boolean nameOnPreviousLine = i > 0 && parse(line).agencyName() == null
                        && AGENCY_END.matcher(ChineseText.compact(paragraphs.get(i - 1))).matches();
                return Optional.of(nameOnPreviousLine ? new Span(i - 1, i + 1) : new Span(i, i + 1));
            }
        }
        return Optional.empty();
    }

    static Title parse(String title) {
        String compact = ChineseText.compact(title);
        for (Pattern pattern : List.of(STANDARD, ABOUT)) {
            Matcher matcher = pattern.matcher(compact);
            if (matcher.matches()) {
                String agency = matcher.group(1).isEmpty() ? null : matcher.group(1);
                return new Title(agency, year(matcher.group(2)));
            }
        }
        return new Title(null, null);
    }

    /** The 统计期限, read as STR_STAT_PERIOD reads it; empty when none is stated or it names no real dates. */
    static Optional<ParseReport.StatisticalPeriod> period(String preamble) {
        return Optional.ofNullable(preamble).flatMap(StatedPeriod::find)
                .filter(period -> period.from() != null && period.to() != null)
                .map(period -> new ParseReport.StatisticalPeriod(period.from(), period.to()));
    }

    /** 2023 or 二〇二三 (digit by digit, as titles write years). */
    private static Integer year(String digits) {
        return ChineseText.number(digits).map(java.math.BigDecimal::intValueExact).orElse(null);
    }
}
