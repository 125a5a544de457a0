package cn.gongkai.validation;

import static cn.gongkai.support.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import cn.gongkai.support.CatalogueTables;
import cn.gongkai.support.Draft;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Random tables that are consistent by construction pass every ERROR rule; changing any single cell then
 * fails exactly the ERROR rule instances whose expressions contain that cell, and no other.
 */
@QuarkusTest
class ConsistentTablesPropertyTest {

    private static final List<String> APPLICANTS = List.of("NATURAL", "BUSINESS", "RESEARCH", "NONPROFIT", "LEGAL_SERVICE", "OTHER_ORG");
    private static final List<String> GROUPS = List.of("RV", "LD", "LA");

    @Test
    void consistentTablesPassAndEverySingleChangeFailsExactlyTheRulesOverThatCell() {
        List<CatalogueTables.Cell> cells = new ArrayList<>();
        for (String table : List.of("table2", "table3", "table4")) {
            cells.addAll(CatalogueTables.cells("national-2021", table));
        }
        for (long seed : new long[] { 1, 2, 3 }) {
            Random random = new Random(seed);
            Draft report = consistent(random);
            JsonPath baseline = validate(report);
            assertEquals(Set.of(), failingErrors(baseline), "seed " + seed + ": consistent tables fail no ERROR rule");
            Map<String, Set<String>> instancesByCell = errorInstancesByCell(baseline);

            for (CatalogueTables.Cell cell : cells) {
                Draft changed = report.copy();
                String pointer = "/sections/" + cell.key().replace('.', '/').replaceFirst("/", "/cells/");
                int current = changed.at(pointer).asInt();
                changed.cell(cell.key().split("\\.")[0], cell.row(), cell.column(), current + 1 + random.nextInt(5));
                Set<String> expected = instancesByCell.getOrDefault(pointer, Set.of());
                assertEquals(expected, failingErrors(validate(changed)), "seed " + seed + ", change of " + pointer);
            }
        }
    }

    /** Every cell filled; 表三 balanced in every row and column; 表四 totals summed; 表二 规章 0 (a township makes none). */
    static Draft consistent(Random random) {
        Draft report = Draft.demo().text("/sections/part1/items/1/text", "依申请公开工作依法有序开展。");
        Map<String, Integer> totals = new HashMap<>();
        List<CatalogueTables.Cell> table3 = CatalogueTables.cells("national-2021", "table3");
        List<String> resultRows = table3.stream().map(CatalogueTables.Cell::row).distinct()
                .filter(row -> row.startsWith("R_") && !row.equals("R_TOTAL")).toList();
        for (String column : APPLICANTS) {
            int results = 0;
            for (String row : resultRows) {
                int value = random.nextInt(4);
                results += value;
                set(report, totals, row, column, value);
            }
            int carryOut = random.nextInt(3);
            int carryIn = random.nextInt(results + carryOut + 1);
            set(report, totals, "R_TOTAL", column, results);
            set(report, totals, "CARRY_OUT", column, carryOut);
            set(report, totals, "CARRY_IN", column, carryIn);
            set(report, totals, "NEW", column, results + carryOut - carryIn);
        }
        totals.forEach((row, total) -> report.cell("table3", row, "TOTAL", total));
        for (String group : GROUPS) {
            int total = 0;
            for (String result : List.of("UPHELD", "CORRECTED", "OTHER", "PENDING")) {
                int value = random.nextInt(3);
                total += value;
                report.cell("table4", "CASES", group + "_" + result, value);
            }
            report.cell("table4", "CASES", group + "_TOTAL", total);
        }
        int issued = random.nextInt(5);
        report.cell("table2", "NORMATIVE", "ISSUED", issued).cell("table2", "NORMATIVE", "REPEALED", random.nextInt(5))
                .cell("table2", "NORMATIVE", "IN_FORCE", issued + random.nextInt(20));
        for (String row : List.of("LICENSING", "PENALTY", "COERCION")) {
            report.cell("table2", row, "DECISIONS", random.nextInt(50));
        }
        return report.cell("table2", "ADMIN_FEE", "AMOUNT_WAN", random.nextInt(100));
    }

    private static void set(Draft report, Map<String, Integer> totals, String row, String column, int value) {
        report.cell("table3", row, column, value);
        totals.merge(row, value, Integer::sum);
    }

    private static JsonPath validate(Draft report) {
        return json().queryParam("include", "all").body(report.json()).post("/validate").then().statusCode(200).extract().jsonPath();
    }

    private static Set<String> failingErrors(JsonPath result) {
        return new TreeSet<>(result.getList("findings.findAll { it.status == 'FAIL' && it.severity == 'ERROR' }.id", String.class));
    }

    /** For every cell, the ERROR instances that read it (from the findings' own cell lists). */
    private static Map<String, Set<String>> errorInstancesByCell(JsonPath result) {
        Map<String, Set<String>> byCell = new HashMap<>();
        List<Map<String, Object>> findings = result.getList("findings.findAll { it.severity == 'ERROR' && it.cells }");
        for (Map<String, Object> finding : findings) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> cells = (List<Map<String, Object>>) finding.get("cells");
            for (Map<String, Object> cell : cells) {
                byCell.computeIfAbsent((String) cell.get("pointer"), key -> new TreeSet<>()).add((String) finding.get("id"));
            }
        }
        assertTrue(byCell.size() >= 175, "the ERROR sum rules cover every cell of 表三: " + byCell.size());
        return byCell;
    }
}
