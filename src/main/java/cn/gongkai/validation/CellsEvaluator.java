package cn.gongkai.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.inject.Singleton;

import cn.gongkai.format.CellDefinition;

/** Rules that hold for every cell of a table: value types (APP/LIT/ACT_INTEGER_NONNEG) and no blanks (APP_NO_BLANK). */
@Singleton
class CellsEvaluator {

    /** A rule's findings when every cell conforms, which depend on the rule alone (the same instance): built once, immutable. */
    private record Passed(RuleDefinition rule, List<Finding> findings) {
    }

    /** rule id → its findings when every cell conforms. */
    private final Map<String, Passed> passed = new ConcurrentHashMap<>();

    List<Finding> evaluate(RuleDefinition rule, ReportSnapshot report) {
        String table = rule.section();
        if (!report.presentTables.contains(table)) {
            return List.of(Findings.notAssessable(rule, table, Wording.tableZh(table) + "缺失，无法核对（见 STR_TABLE_SHAPE）",
                    Wording.tableEn(table) + " is missing (see STR_TABLE_SHAPE)"));
        }
        List<CellDefinition> definitions = report.format.section(table).orElseThrow().cells();
        // a present table's readings, in the order of the catalogue's cells
        int first = report.format.firstCellIndex(table);
        boolean valueType = switch (rule.check()) {
            case "VALUE_TYPE" -> true;
            case "NOT_BLANK" -> false;
            default -> throw new IllegalStateException("Unknown cell check " + rule.check() + " in rule " + rule.id());
        };
        List<CellRef> offending = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        for (int i = 0; i < definitions.size(); i++) {
            CellDefinition cell = definitions.get(i);
            CellReading reading = report.reading(first + i);
            String problem = valueType ? valueProblem(cell, reading)
                    : reading.state() == CellState.BLANK ? "空白" : reading.state() == CellState.NOT_APPLICABLE ? "“" + reading.printed() + "”" : null;
            if (problem != null) {
                offending.add(CellRef.of(reading, false));
                reasons.add(cell.row() + "/" + cell.column() + "：" + problem);
            }
        }
        if (offending.isEmpty()) {
            Passed kept = passed.get(rule.id());
            if (kept == null || kept.rule() != rule) {
                kept = new Passed(rule, List.of(Findings.of(rule, table, FindingStatus.PASS, List.of(), null,
                        Wording.tableZh(table) + "：全部单元格符合要求", Wording.tableEn(table) + ": every cell conforms")));
                passed.put(rule.id(), kept);
            }
            return kept.findings();
        }
        String listed = String.join("；", reasons.subList(0, Math.min(reasons.size(), 10))) + (reasons.size() > 10 ? "……" : "");
        String message = "NOT_BLANK".equals(rule.check())
                ? Wording.tableZh(table) + "有" + offending.size() + "个单元格未填数字（应填0）：" + listed
                : Wording.tableZh(table) + "有" + offending.size() + "个单元格数值不符合要求：" + listed;
        String messageEn = "NOT_BLANK".equals(rule.check())
                ? Wording.tableEn(table) + ": " + offending.size() + " cell(s) blank or marked instead of 0"
                : Wording.tableEn(table) + ": " + offending.size() + " cell(s) with values of the wrong kind";
        return List.of(Findings.of(rule, table, FindingStatus.FAIL, offending, null, message, messageEn));
    }

    private static String valueProblem(CellDefinition cell, CellReading reading) {
        if (reading.state() == CellState.TEXT && reading.value() == null) {
            return "“" + reading.printed() + "”不是数字";
        }
        if (reading.value() == null || reading.value() == java.math.BigDecimal.ZERO) {
            // a plain 0 (most cells, read as the shared BigDecimal.ZERO) is a value of every type: no look at its type
            return null;
        }
        // “500元” is a unit problem (ACT_FEE_UNIT), not a wrong value: check the number it holds
        // no Optional.map: its lambda, capturing the reading, was allocated for each of a table's cells
        java.util.Optional<String> rejection = cell.type().rejection(reading.value());
        return rejection.isEmpty() ? null : Wording.number(reading.value()) + " " + rejection.get();
    }
}
