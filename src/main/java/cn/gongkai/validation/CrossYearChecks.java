package cn.gongkai.validation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.inject.Singleton;

import cn.gongkai.common.ChineseText;

/** The same agency's report against last year's: format, copied text, sudden jumps. */
final class CrossYearChecks {

    private CrossYearChecks() {
    }

    private static List<Finding> noPrevious(RuleDefinition rule, String instance) {
        return List.of(Findings.notAssessable(rule, instance, "无上年报告，无法核对", "no report for the previous year"));
    }

    @Singleton
    static class FormatStable implements RuleCheck {

        @Override
        public String ruleId() {
            return "XY_FORMAT_STABLE";
        }

        @Override
        public List<Finding> check(RuleDefinition rule, ReportSnapshot report, ReportSnapshot previous) {
            if (previous == null) {
                return noPrevious(rule, "format");
            }
            boolean same = previous.format.id().equals(report.format.id());
            return List.of(Findings.of(rule, "format", same ? FindingStatus.PASS : FindingStatus.FAIL, List.of(), null,
                    same ? "与上年报告格式相同（" + report.format.id() + "）"
                            : "本年采用" + report.format.id() + "格式，上年为" + previous.format.id() + "，统计口径可能不可比",
                    same ? "same format as last year" : "format changed from " + previous.format.id() + " to " + report.format.id()));
        }
    }

    @Singleton
    static class TextDuplication implements RuleCheck {

        static final double THRESHOLD = 0.85;
        private static final int MINIMUM_LENGTH = 50;
        private static final Map<String, String> PARTS = Map.of("part1", "第一部分", "part5", "第五部分", "part6", "第六部分");
        /** Part 六's answers that there is nothing are short and say 无, 未 or 0 (see {@link #isStockAnswer}). */
        private static final int STOCK_LENGTH = 40;
        private static final Pattern NOTHING = Pattern.compile("无|未|没有|不涉及|不存在|为0|(?<![0-9.])0元");

        @Override
        public String ruleId() {
            return "XY_TEXT_DUPLICATION";
        }

        @Override
        public List<Finding> check(RuleDefinition rule, ReportSnapshot report, ReportSnapshot previous) {
            List<Finding> findings = new ArrayList<>();
            for (String part : List.of("part1", "part5", "part6")) {
                if (previous == null) {
                    findings.addAll(noPrevious(rule, part));
                    continue;
                }
                String now = text(report, part);
                String before = text(previous, part);
                if (now.length() < MINIMUM_LENGTH || before.length() < MINIMUM_LENGTH) {
                    findings.add(Findings.notAssessable(rule, part, PARTS.get(part) + ("part6".equals(part) ? "除“无”“未收取”等固定答复外" : "")
                            + "文字过短，不作比较", "too short to compare"));
                    continue;
                }
                double similarity = dice(now, before);
                String percent = BigDecimal.valueOf(similarity * 100).setScale(0, RoundingMode.HALF_UP).toPlainString() + "%";
                boolean copied = similarity >= THRESHOLD;
                findings.add(Findings.of(rule, part, copied ? FindingStatus.FAIL : FindingStatus.PASS, List.of(), null,
                        PARTS.get(part) + "与上年报告相似度" + percent + (copied ? "，疑似内容雷同" : ""),
                        part + " is " + percent + " similar to last year's" + (copied ? ": possibly copied" : "")));
            }
            return findings;
        }

        private static String text(ReportSnapshot report, String part) {
            StringBuilder text = new StringBuilder();
            for (NarrativeText narrative : report.narratives(part)) {
                String compact = ChineseText.compact(narrative.text());
                if (!"part6".equals(part) || !isStockAnswer(compact)) {
                    text.append(compact);
                }
            }
            return text.toString();
        }

        /**
         * A short item of part 六 that says there is nothing (“本年度未收取信息处理费。”, “未收到人大代表建议和政协提案。”, “无。”):
         * every office writes the same answer every year, which is no copying; the items with content are compared.
         */
        static boolean isStockAnswer(String compact) {
            return compact.length() < STOCK_LENGTH && NOTHING.matcher(compact).find();
        }

        /** Dice coefficient of the character-bigram multisets: robust to reordering, sensitive to real rewriting. */
        static double dice(String a, String b) {
            Map<String, Integer> left = bigrams(a);
            Map<String, Integer> right = bigrams(b);
            int shared = 0;
            for (Map.Entry<String, Integer> entry : left.entrySet()) {
                shared += Math.min(entry.getValue(), right.getOrDefault(entry.getKey(), 0));
            }
            int total = Math.max(1, a.length() - 1) + Math.max(1, b.length() - 1);
            return 2.0 * shared / total;
        }

        private static Map<String, Integer> bigrams(String text) {
            Map<String, Integer> counts = new HashMap<>();
            for (int i = 0; i + 1 < text.length(); i++) {
                counts.merge(text.substring(i, i + 2), 1, Integer::sum);
            }
            return counts;
        }
    }

    @Singleton
    static class YearOnYearJump implements RuleCheck {

        private static final BigDecimal FACTOR = BigDecimal.valueOf(5);
        private static final BigDecimal SMALL = BigDecimal.TEN;
        /** instance → section/row/column and its name. */
        private static final List<String[]> INDICATORS = List.of(
                new String[] { "LICENSING", "table2", "LICENSING", "DECISIONS", "行政许可处理决定数" },
                new String[] { "PENALTY", "table2", "PENALTY", "DECISIONS", "行政处罚处理决定数" },
                new String[] { "COERCION", "table2", "COERCION", "DECISIONS", "行政强制处理决定数" },
                new String[] { "NEW", "table3", "NEW", "TOTAL", "本年新收申请总数" });

        @Override
        public String ruleId() {
            return "XY_YOY_JUMP";
        }

        @Override
        public List<Finding> check(RuleDefinition rule, ReportSnapshot report, ReportSnapshot previous) {
            List<Finding> findings = new ArrayList<>();
            for (String[] indicator : INDICATORS) {
                String instance = indicator[0];
                if (previous == null) {
                    findings.addAll(noPrevious(rule, instance));
                    continue;
                }
                CellReading now = report.cell(indicator[1], indicator[2], indicator[3]);
                CellReading before = previous.cell(indicator[1], indicator[2], indicator[3]);
                List<CellRef> cells = List.of(CellRef.of(now, false), CellRef.of(before, true));
                if (!now.hasNumber() || !before.hasNumber()) {
                    findings.add(Findings.of(rule, instance, FindingStatus.NOT_ASSESSABLE, cells, null, indicator[4] + "本年或上年为空白",
                            "blank this year or last"));
                    continue;
                }
                boolean small = now.value().compareTo(SMALL) < 0 && before.value().compareTo(SMALL) < 0;
                boolean jump = !small && (now.value().compareTo(before.value().multiply(FACTOR)) > 0
                        || before.value().compareTo(now.value().multiply(FACTOR)) > 0);
                String numbers = indicator[4] + "本年" + Wording.number(now.value()) + "，上年" + Wording.number(before.value());
                findings.add(Findings.of(rule, instance, jump ? FindingStatus.FAIL : FindingStatus.PASS, cells, null,
                        numbers + (jump ? "，同比变化超过5倍，请核实" : ""),
                        instance + ": " + now.value().toPlainString() + " this year, " + before.value().toPlainString() + " last year"
                                + (jump ? ", a change of more than 5×" : "")));
            }
            return findings;
        }
    }
}
