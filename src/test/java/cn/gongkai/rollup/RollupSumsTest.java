package cn.gongkai.rollup;

import static cn.gongkai.support.Api.json;
import static cn.gongkai.support.Api.uniqueName;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import cn.gongkai.support.Api;
import cn.gongkai.support.CatalogueTables;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The summary reads its sums from cell_sum, which triggers keep as cells, reports and agencies change (V8). After every
 * kind of change made through the API, the whole table must equal the sums computed afresh from report_cell, and a
 * county's summary must show them.
 */
@QuarkusTest
class RollupSumsTest {

    private static final String FORMAT = "national-2021";
    private static final String TRIAL = "trial-2019";

    /** The sums afresh (as STORED, leaving out sums of blanks alone): every report's cells by its year, its agency's division and scope, and its format. */
    private static final String RECOMPUTED = "select r.year, a.division_code, a.scope, r.format_id, rc.cell_id, coalesce(sum(rc.value), 0), "
            + "count(rc.value) from report_cell rc join report r on r.id = rc.report_id join agency a on a.id = r.agency_id "
            + "group by 1, 2, 3, 4, 5 having count(rc.value) <> 0 or coalesce(sum(rc.value), 0) <> 0";
    /** What cell_sum holds; a row whose reports have all gone (reported 0, total 0) is the same as no row. */
    private static final String STORED = "select year, division_code, scope, format_id, cell_id, total, reported from cell_sum "
            + "where reported <> 0 or total <> 0";

    @Inject
    AgroalDataSource dataSource;

    private final Random random = new Random(2023_12_31);

    @Test
    void sumsFollowEveryKindOfChange() {
        json().body(List.of(Map.of("code", "720000", "name", "汇总维护省"), Map.of("code", "720100", "name", "维护市", "parentCode", "720000"),
                Map.of("code", "720102", "name", "维护一区", "parentCode", "720100"),
                Map.of("code", "720103", "name", "维护二区", "parentCode", "720100"))).post("/divisions").then().statusCode(200);
        long first = agency("720102");
        long second = agency("720102");
        assertConsistent("agencies without reports");

        fill(first, 2023, FORMAT);
        fill(second, 2023, FORMAT);
        fill(first, 2022, FORMAT);
        assertConsistent("reports written section by section");
        BigDecimal before = countyNewApplications("720102");
        assertEquals(newApplications(first, 2023).add(newApplications(second, 2023)), before);

        // one cell changed, one blanked: the sum follows, and a cell no report has a value for is blank, not 0
        Map<String, Object> table3 = CatalogueTables.filled(FORMAT, "table3", cell -> cell.key().equals("table3.NEW.TOTAL") ? 1000 : null);
        json().body(table3).put("/agencies/" + first + "/years/2023/sections/table3").then().statusCode(200);
        json().body(CatalogueTables.filled(FORMAT, "table3", cell -> null)).put("/agencies/" + second + "/years/2023/sections/table3")
                .then().statusCode(200);
        assertConsistent("cells changed and blanked");
        assertEquals(new BigDecimal(1000), countyNewApplications("720102"));
        assertNull(countyCell("720102", "NEW.NATURAL"), "a cell blank in every report is blank in the sum");

        json().body(Map.of("format", TRIAL)).put("/agencies/" + second + "/years/2023").then().statusCode(200);
        fill(second, 2023, TRIAL);
        assertConsistent("a report's format changed");

        move(first, "720103", "AGENCY");
        assertConsistent("an agency moved to another county");
        assertNull(countyNewApplications("720102"), "the county's one AGENCY report left is in the trial format, summed apart");
        assertEquals(new BigDecimal(1000), countyNewApplications("720103"));
        move(second, "720103", "REGION");
        assertConsistent("an agency's scope changed");

        json().delete("/agencies/" + first + "/years/2022").then().statusCode(204);
        assertConsistent("a report deleted");
        json().queryParam("cascade", true).delete("/agencies/" + second).then().statusCode(204);
        assertConsistent("an agency deleted with its reports");
    }

    private long agency(String division) {
        Map<String, Object> agency = Api.agency(uniqueName("汇总维护" + division), division);
        agency.put("level", "DEPARTMENT");
        return json().body(agency).post("/agencies").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private void move(long id, String division, String scope) {
        Map<String, Object> body = json().get("/agencies/" + id).then().statusCode(200).extract().jsonPath().getMap("");
        body.put("divisionCode", division);
        body.put("scope", scope);
        body.remove("id");
        json().body(body).put("/agencies/" + id).then().statusCode(200);
    }

    /** Creates the report if needed and writes every table of its format, some cells blank, amounts with decimals. */
    private void fill(long id, int year, String format) {
        json().body(Map.of("format", format)).put("/agencies/" + id + "/years/" + year).then().statusCode(oneOf(200, 201));
        for (String table : List.of("table2", "table3", "table4")) {
            Map<String, Object> body = CatalogueTables.filled(format, table, cell -> random.nextInt(8) == 0 ? null
                    : cell.type().equals("AMOUNT_WAN") ? BigDecimal.valueOf(random.nextInt(100_000), 4) : BigDecimal.valueOf(random.nextInt(60)));
            json().body(body).put("/agencies/" + id + "/years/" + year + "/sections/" + table).then().statusCode(oneOf(200, 201));
        }
    }

    private BigDecimal newApplications(long id, int year) {
        return json().get("/agencies/" + id + "/years/" + year + "/sections/table3").then().statusCode(200).extract().jsonPath()
                .getObject("cells.NEW.TOTAL", BigDecimal.class);
    }

    private BigDecimal countyNewApplications(String code) {
        return countyCell(code, "NEW.TOTAL");
    }

    /** A cell of the division's summed 表三, by row.column. */
    private BigDecimal countyCell(String code, String cell) {
        return json().get("/divisions/" + code + "/years/2023/summary").then().statusCode(200).extract().jsonPath()
                .getObject("agencyReports.sections.table3.cells." + cell, BigDecimal.class);
    }

    private void assertConsistent(String after) {
        Map<String, String> recomputed = rows(RECOMPUTED);
        Map<String, String> stored = rows(STORED);
        // the differing sums only: the whole tables would bury them
        List<String> differences = java.util.stream.Stream.concat(recomputed.keySet().stream(), stored.keySet().stream()).distinct()
                .filter(key -> !java.util.Objects.equals(recomputed.get(key), stored.get(key)))
                .map(key -> key + " stored " + stored.get(key) + ", recomputed " + recomputed.get(key)).limit(10).toList();
        assertEquals(List.of(), differences, "cell_sum after " + after);
    }

    /** Rows keyed by year/code/scope/format/cell, valued total/reported (totals compared as numbers: 1.50 = 1.5). */
    private Map<String, String> rows(String sql) {
        Map<String, String> rows = new TreeMap<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                rows.put(result.getInt(1) + "/" + result.getString(2) + "/" + result.getString(3) + "/" + result.getString(4) + "/"
                        + result.getShort(5), result.getBigDecimal(6).stripTrailingZeros().toPlainString() + "/" + result.getInt(7));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }
}
