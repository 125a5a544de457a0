package cn.gongkai.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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

    /**
     * A cell named in a rule: section/row/column, maybe in last year's report, maybe optional. {@code index} is its
     * position in the cells of the format the rule was prepared for; last year's report may have another format.
     */
    private record Ref(boolean previous, String section, String row, String column, boolean optional, String key, int index) {

        static Ref parse(String text, cn.gongkai.format.Format format) {
            boolean previous = text.startsWith(PREVIOUS);
            String body = previous ? text.substring(PREVIOUS.length()) : text;
            boolean optional = body.endsWith("?");
            String[] parts = (optional ? body.substring(0, body.length() - 1) : body).split("/");
            String key = parts[0] + "." + parts[1] + "." + parts[2];
            return new Ref(previous, parts[0], parts[1], parts[2], optional, key, format.cellIndex(key));
        }

        CellReading read(ReportSnapshot report, ReportSnapshot previousReport) {
            return previous ? previousReport.cell(key, section, row, column) : report.cell(index, section, row, column);
        }

        String display() {
            return (previous ? PREVIOUS : "") + section + "/" + row + "/" + column;
        }
    }

    /** One instance of a rule for one format, resolved once: its cells, expression and wording. */
    private record Prepared(String instance, Severity severity, List<Ref> lhs, List<Ref> rhs, boolean needsPrevious, String expression,
            String whereZh, String whereEn, Finding passed, Finding noPrevious) {
    }

    /** rule id → format id → instances: two look-ups by constant strings, no key built per request. */
    private final Map<String, Map<String, List<Prepared>>> prepared = new ConcurrentHashMap<>();

    /** Every instance; with {@code detailed} false, passing instances carry no message or cells (nobody will read them). */
    List<Finding> evaluate(RuleDefinition rule, ReportSnapshot report, ReportSnapshot previous, boolean detailed) {
        List<Prepared> instances = prepared.computeIfAbsent(rule.id(), id -> new ConcurrentHashMap<>())
                .computeIfAbsent(report.format.id(), format -> prepare(rule, report));
        List<Finding> findings = new ArrayList<>(instances.size());
        for (Prepared instance : instances) {
            findings.add(evaluate(rule, instance, report, previous, detailed));
        }
        return findings;
    }

    private List<Prepared> prepare(RuleDefinition rule, ReportSnapshot report) {
        List<Prepared> instances = new ArrayList<>();
        instances(rule, report).forEach((value, label) -> {
            String variable = rule.forEach() == null ? null
                    : rule.forEach().columnsOf() != null ? "column" : rule.forEach().rowsOf() != null ? "row" : rule.forEach().var();
            List<Ref> lhs = refs(rule.lhs(), variable, value, report);
            List<Ref> rhs = refs(rule.rhs(), variable, value, report);
            String expression = side(lhs) + " " + ("=".equals(rule.op()) ? "=" : "≥") + " " + side(rhs);
            boolean needsPrevious = lhs.stream().anyMatch(Ref::previous) || rhs.stream().anyMatch(Ref::previous);
            // a pass nobody asked to see is the same every time: make it once
            Finding passed = Findings.brief(rule, value, rule.severityOf(value), FindingStatus.PASS, expression);
            String where = where(rule, label, lhs, report);
            String whereEn = englishWhere(rule, label, lhs, report);
            // so is an instance of last year's cells where there is no last year's report, as most reports come
            Finding noPrevious = needsPrevious ? Findings.of(rule, value, rule.severityOf(value), FindingStatus.NOT_ASSESSABLE, expression, null,
                    null, List.of(), null, where + "：无上年报告，无法核对", whereEn + ": no report for the previous year") : null;
            instances.add(new Prepared(value, rule.severityOf(value), lhs, rhs, needsPrevious, expression, where, whereEn, passed, noPrevious));
        });
        return List.copyOf(instances);
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

    private static Finding evaluate(RuleDefinition rule, Prepared instance, ReportSnapshot report, ReportSnapshot previous, boolean detailed) {
        String value = instance.instance();
        Severity severity = instance.severity();
        String where = instance.whereZh();
        if (instance.needsPrevious() && previous == null) {
            return instance.noPrevious();
        }
        BigDecimal left = BigDecimal.ZERO;
        BigDecimal right = BigDecimal.ZERO;
        boolean blank = false;
        for (Ref ref : instance.lhs()) {
            CellReading reading = ref.read(report, previous);
            blank |= !reading.hasNumber();
            left = reading.hasNumber() ? left.add(reading.value()) : left;
        }
        for (Ref ref : instance.rhs()) {
            CellReading reading = ref.read(report, previous);
            blank |= !reading.hasNumber();
            right = reading.hasNumber() ? right.add(reading.value()) : right;
        }
        boolean holds = !blank && ("=".equals(rule.op()) ? left.compareTo(right) == 0 : left.compareTo(right) >= 0);
        if (holds && !detailed) {
            return instance.passed();
        }
        List<CellRef> cells = new ArrayList<>();
        List<CellRef> blanks = new ArrayList<>();
        for (List<Ref> side : List.of(instance.lhs(), instance.rhs())) {
            for (Ref ref : side) {
                CellRef cell = CellRef.of(ref.read(report, previous), ref.previous());
                cells.add(cell);
                if (cell.state() != CellState.NUMBER) {
                    blanks.add(cell);
                }
            }
        }
        if (blank) {
            String pointers = String.join("、", blanks.stream().map(CellRef::pointer).toList());
            return Findings.of(rule, value, severity, FindingStatus.NOT_ASSESSABLE, instance.expression(), null, null, cells, null,
                    where + "：" + pointers + " 为空白或缺失，无法核对（空白不等于0）",
                    instance.whereEn() + ": " + pointers + " blank or missing, cannot check (blank is not 0)");
        }
        String numbers = rule.lhsLabelZh() + "=" + Wording.number(left) + "，" + rule.rhsLabelZh() + "=" + Wording.number(right);
        String numbersEn = rule.lhsLabelEn() + " = " + Wording.number(left) + ", " + rule.rhsLabelEn() + " = " + Wording.number(right);
        String message;
        String messageEn;
        if (holds) {
            message = where + "：" + numbers + "，一致";
            messageEn = instance.whereEn() + ": " + numbersEn + ", consistent";
        } else if ("=".equals(rule.op())) {
            message = where + "：" + numbers + "，相差" + Wording.number(left.subtract(right));
            messageEn = instance.whereEn() + ": " + numbersEn + ", difference " + Wording.number(left.subtract(right));
        } else {
            message = where + "：" + numbers + "，" + rule.lhsLabelZh() + "少于" + rule.rhsLabelZh();
            messageEn = instance.whereEn() + ": " + numbersEn + ", " + rule.lhsLabelEn() + " is less than " + rule.rhsLabelEn();
        }
        return Findings.of(rule, value, severity, holds ? FindingStatus.PASS : FindingStatus.FAIL, instance.expression(), left, right,
                cells, null, message, messageEn);
    }

    private static List<Ref> refs(List<String> templates, String variable, String value, ReportSnapshot report) {
        List<Ref> refs = new ArrayList<>();
        for (String template : templates) {
            Ref ref = Ref.parse(variable == null ? template : template.replace("{" + variable + "}", value), report.format);
            if (!ref.optional() || report.hasCell(ref.section(), ref.row(), ref.column())) {
                refs.add(ref);
            }
        }
        return refs;
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
