package cn.gongkai.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Singleton;

import cn.gongkai.format.BlockDefinition;
import cn.gongkai.format.ColumnDefinition;
import cn.gongkai.format.RowDefinition;
import cn.gongkai.format.SectionDefinition;

/**
 * The one engine for every summation and comparison rule: it expands a rule's forEach into instances,
 * sums the cells named on each side and compares. A blank input makes the instance NOT_ASSESSABLE.
 */
@Singleton
class CompareEvaluator {

    private static final String PREVIOUS = "previous:";

    /** A cell named in a rule: section/row/column, maybe in last year's report, maybe optional. */
    private record Ref(boolean previous, String section, String row, String column, boolean optional) {

        static Ref parse(String text) {
            boolean previous = text.startsWith(PREVIOUS);
            String body = previous ? text.substring(PREVIOUS.length()) : text;
            boolean optional = body.endsWith("?");
            String[] parts = (optional ? body.substring(0, body.length() - 1) : body).split("/");
            return new Ref(previous, parts[0], parts[1], parts[2], optional);
        }

        String display() {
            return (previous ? PREVIOUS : "") + section + "/" + row + "/" + column;
        }
    }

    List<Finding> evaluate(RuleDefinition rule, ReportSnapshot report, ReportSnapshot previous) {
        List<Finding> findings = new ArrayList<>();
        instances(rule, report).forEach((value, label) -> findings.add(instance(rule, value, label, report, previous)));
        return findings;
    }

    /** forEach value → its label (the column or row label as printed). */
    private static Map<String, String> instances(RuleDefinition rule, ReportSnapshot report) {
        Map<String, String> instances = new LinkedHashMap<>();
        RuleDefinition.ForEach forEach = rule.forEach();
        if (forEach == null) {
            instances.put(rule.instance(), null);
        } else if (forEach.columnsOf() != null) {
            for (BlockDefinition block : table(report, forEach.columnsOf()).blocks()) {
                for (ColumnDefinition column : block.columns()) {
                    instances.putIfAbsent(column.key(), column.label());
                }
            }
        } else if (forEach.rowsOf() != null) {
            for (BlockDefinition block : table(report, forEach.rowsOf()).blocks()) {
                for (RowDefinition row : block.rows()) {
                    instances.put(row.key(), row.label());
                }
            }
        } else {
            for (String value : forEach.values()) {
                instances.put(value, value);
            }
        }
        return instances;
    }

    private static SectionDefinition table(ReportSnapshot report, String key) {
        return report.format.section(key).orElseThrow(() -> new IllegalStateException("Rule names unknown table " + key));
    }

    private Finding instance(RuleDefinition rule, String value, String label, ReportSnapshot report, ReportSnapshot previous) {
        String variable = rule.forEach() == null ? null
                : rule.forEach().columnsOf() != null ? "column" : rule.forEach().rowsOf() != null ? "row" : rule.forEach().var();
        List<Ref> lhs = refs(rule.lhs(), variable, value, report, previous);
        List<Ref> rhs = refs(rule.rhs(), variable, value, report, previous);
        String expression = side(lhs) + " " + ("=".equals(rule.op()) ? "=" : "≥") + " " + side(rhs);
        Severity severity = rule.severityOf(value);
        String where = where(rule, label, lhs, report);
        boolean needsPrevious = lhs.stream().anyMatch(Ref::previous) || rhs.stream().anyMatch(Ref::previous);
        if (needsPrevious && previous == null) {
            return Findings.of(rule, value, severity, FindingStatus.NOT_ASSESSABLE, expression, null, null, List.of(), null,
                    where + "：无上年报告，无法核对", where.replace("（", " (").replace("）", ")") + ": no report for the previous year");
        }
        List<CellRef> cells = new ArrayList<>();
        List<CellRef> blanks = new ArrayList<>();
        BigDecimal left = sum(lhs, report, previous, cells, blanks);
        BigDecimal right = sum(rhs, report, previous, cells, blanks);
        if (!blanks.isEmpty()) {
            String pointers = String.join("、", blanks.stream().map(CellRef::pointer).toList());
            return Findings.of(rule, value, severity, FindingStatus.NOT_ASSESSABLE, expression, null, null, cells, null,
                    where + "：" + pointers + " 为空白或缺失，无法核对（空白不等于0）",
                    englishWhere(rule, label, lhs, report) + ": " + pointers + " blank or missing, cannot check (blank is not 0)");
        }
        boolean holds = "=".equals(rule.op()) ? left.compareTo(right) == 0 : left.compareTo(right) >= 0;
        String numbers = rule.lhsLabelZh() + "=" + Wording.number(left) + "，" + rule.rhsLabelZh() + "=" + Wording.number(right);
        String numbersEn = rule.lhsLabelEn() + " = " + Wording.number(left) + ", " + rule.rhsLabelEn() + " = " + Wording.number(right);
        String message;
        String messageEn;
        if (holds) {
            message = where + "：" + numbers + "，一致";
            messageEn = englishWhere(rule, label, lhs, report) + ": " + numbersEn + ", consistent";
        } else if ("=".equals(rule.op())) {
            message = where + "：" + numbers + "，相差" + Wording.number(left.subtract(right));
            messageEn = englishWhere(rule, label, lhs, report) + ": " + numbersEn + ", difference " + Wording.number(left.subtract(right));
        } else {
            message = where + "：" + numbers + "，" + rule.lhsLabelZh() + "少于" + rule.rhsLabelZh();
            messageEn = englishWhere(rule, label, lhs, report) + ": " + numbersEn + ", " + rule.lhsLabelEn() + " is less than " + rule.rhsLabelEn();
        }
        return Findings.of(rule, value, severity, holds ? FindingStatus.PASS : FindingStatus.FAIL, expression, left, right, cells, null,
                message, messageEn);
    }

    private static List<Ref> refs(List<String> templates, String variable, String value, ReportSnapshot report, ReportSnapshot previous) {
        List<Ref> refs = new ArrayList<>();
        for (String template : templates) {
            Ref ref = Ref.parse(variable == null ? template : template.replace("{" + variable + "}", value));
            ReportSnapshot source = ref.previous() ? previous : report;
            boolean known = (source == null ? report : source).hasCell(ref.section(), ref.row(), ref.column());
            if (known || !ref.optional()) {
                refs.add(ref);
            }
        }
        return refs;
    }

    private static BigDecimal sum(List<Ref> refs, ReportSnapshot report, ReportSnapshot previous, List<CellRef> cells, List<CellRef> blanks) {
        BigDecimal total = BigDecimal.ZERO;
        for (Ref ref : refs) {
            CellReading reading = (ref.previous() ? previous : report).cell(ref.section(), ref.row(), ref.column());
            CellRef cell = CellRef.of(reading, ref.previous());
            cells.add(cell);
            if (reading.hasNumber()) {
                total = total.add(reading.value());
            } else {
                blanks.add(cell);
            }
        }
        return total;
    }

    private static String side(List<Ref> refs) {
        return String.join(" + ", refs.stream().map(Ref::display).toList());
    }

    /** 表三（自然人列）, 表三（一、本年新收政府信息公开申请数量）, 表四（行政复议）. */
    private static String where(RuleDefinition rule, String label, List<Ref> lhs, ReportSnapshot report) {
        Ref first = lhs.get(0);
        return Wording.tableZh(first.section()) + "（" + instanceLabel(rule, label, first, report) + "）";
    }

    private static String englishWhere(RuleDefinition rule, String label, List<Ref> lhs, ReportSnapshot report) {
        Ref first = lhs.get(0);
        String kind = rule.forEach() != null && rule.forEach().columnsOf() != null ? "column " : "";
        return Wording.tableEn(first.section()) + " (" + kind + instanceLabel(rule, label, first, report).replaceAll("列$", "") + ")";
    }

    private static String instanceLabel(RuleDefinition rule, String label, Ref first, ReportSnapshot report) {
        if (rule.forEach() != null && rule.forEach().columnsOf() != null) {
            return label + "列";
        }
        if (rule.forEach() != null && rule.forEach().rowsOf() != null) {
            return label;
        }
        // listed rows (规章, 行政规范性文件) or a single instance: name it by the catalogue labels of its first cell
        SectionDefinition section = table(report, first.section());
        for (BlockDefinition block : section.blocks()) {
            for (RowDefinition row : block.rows()) {
                if (row.key().equals(first.row()) && row.labelPrinted()) {
                    return row.label();
                }
            }
            for (ColumnDefinition column : block.columns()) {
                if (column.key().equals(first.column()) && !column.groups().isEmpty()) {
                    return String.join("·", column.groups());
                }
            }
        }
        return label == null ? first.row() : label;
    }
}
