package cn.gongkai.rollup;

import static cn.gongkai.support.Api.json;
import static cn.gongkai.support.Api.uniqueName;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import cn.gongkai.support.Api;
import cn.gongkai.support.CatalogueTables;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Roll-ups over a generated division tree: a province (610000) with two cities, counties, a city-level department,
 * an agency with no report and a REGION-scope city government whose report must not be added in. Every summed cell
 * is compared with totals computed here, independently, from the values the test stored.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RollupTest {

    private static final String FORMAT = "national-2021";
    private static final String TRIAL = "trial-2019";
    private static final List<String> TABLES = List.of("table2", "table3", "table4");

    /** An agency of the tree, with the values of its reports by year and cell key. */
    record Member(long id, String name, String division, String scope, String format, Map<Integer, Map<String, BigDecimal>> reports) {
    }

    @Inject
    AgroalDataSource dataSource;
    @Inject
    cn.gongkai.validation.RulesRevision rulesRevision;
    @Inject
    ValidationCounts counts;

    private final List<Member> members = new ArrayList<>();
    private final Random random = new Random(20231231);

    /** Built once, on first use: RestAssured knows the test port only inside a test. */
    @BeforeEach
    synchronized void buildTree() {
        if (!members.isEmpty()) {
            return;
        }
        json().body(List.of(
                Map.of("code", "610000", "name", "测试省"),
                Map.of("code", "610100", "name", "甲市", "parentCode", "610000"),
                Map.of("code", "610102", "name", "甲一区", "parentCode", "610100"),
                Map.of("code", "610103", "name", "甲二区", "parentCode", "610100"),
                Map.of("code", "610200", "name", "乙市", "parentCode", "610000"),
                Map.of("code", "610202", "name", "乙一县", "parentCode", "610200"))).post("/divisions").then().statusCode(200);
        member("610102", "AGENCY", 2022, 2023);
        member("610103", "AGENCY", 2023);
        member("610202", "AGENCY", 2023);
        member("610100", "AGENCY", 2023);      // a city-level department: in the city, in no county
        member("610102", "AGENCY");            // no report
        memberWithTheDemoReport("610103");    // a report that fails no ERROR rule: VALID
        member("610100", "REGION", 2023);      // 甲市人民政府's report for the whole city
    }

    private void member(String division, String scope, int... years) {
        memberIn(FORMAT, division, scope, years);
    }

    /** An agency whose reports are stored in the given format, whatever the year's own format. */
    private void memberIn(String format, String division, String scope, int... years) {
        String name = uniqueName("汇总测试" + division);
        Map<String, Object> agency = Api.agency(name, division);
        agency.put("scope", scope);
        agency.put("level", scope.equals("REGION") ? "CITY_GOVERNMENT" : "DEPARTMENT");
        long id = json().body(agency).post("/agencies").then().statusCode(201).extract().jsonPath().getLong("id");
        Map<Integer, Map<String, BigDecimal>> reports = new HashMap<>();
        for (int year : years) {
            Map<String, BigDecimal> values = new HashMap<>();
            json().body(Map.of("format", format)).put("/agencies/" + id + "/years/" + year).then().statusCode(201);
            for (String table : TABLES) {
                Map<String, Object> body = CatalogueTables.filled(format, table, cell -> {
                    if (random.nextInt(10) == 0) {
                        return null;     // blank: no value, not 0
                    }
                    BigDecimal value = cell.type().equals("AMOUNT_WAN")
                            ? BigDecimal.valueOf(random.nextInt(100_000), 4) : BigDecimal.valueOf(random.nextInt(60));
                    values.put(cell.key(), value);
                    return value;
                });
                json().body(body).put("/agencies/" + id + "/years/" + year + "/sections/" + table).then().statusCode(201);
            }
            reports.put(year, values);
        }
        members.add(new Member(id, name, division, scope, format, reports));
    }

    /**
     * An agency of the demo agency's level whose 2023 report is the demo report (漕河镇 2023), which fails no ERROR rule
     * (its title and preamble name 漕河镇, so they warn under this agency's name).
     */
    @SuppressWarnings("unchecked")
    private void memberWithTheDemoReport(String division) {
        long demo = json().queryParam("name", "济宁市兖州区漕河镇人民政府").get("/agencies").jsonPath().getLong("items[0].id");
        Map<String, Object> report = json().get("/agencies/" + demo + "/years/2023").then().statusCode(200).extract().jsonPath().getMap("");
        String name = uniqueName("汇总测试" + division);
        Map<String, Object> agency = Api.agency(name, division);
        agency.put("level", json().get("/agencies/" + demo).jsonPath().getString("level"));
        long id = json().body(agency).post("/agencies").then().statusCode(201).extract().jsonPath().getLong("id");
        Api.putReport(id, 2023, report);
        Map<String, BigDecimal> values = new HashMap<>();
        Map<String, Object> sections = (Map<String, Object>) report.get("sections");
        for (String table : TABLES) {
            Map<String, Map<String, Object>> rows = (Map<String, Map<String, Object>>) ((Map<String, Object>) sections.get(table)).get("cells");
            rows.forEach((row, columns) -> columns.forEach((column, value) -> {
                if (value instanceof Number number) {
                    values.put(table + "." + row + "." + column, new BigDecimal(number.toString()));
                }
            }));
        }
        assertTrue(values.size() > 100, "the demo report's tables are read");
        members.add(new Member(id, name, division, "AGENCY", FORMAT, Map.of(2023, values)));
    }

    /** Totals computed here: every cell key summed over the members under the prefix with that scope. */
    private Map<String, BigDecimal> expected(String prefix, String scope, int year) {
        return expected(prefix, scope, FORMAT, year);
    }

    private Map<String, BigDecimal> expected(String prefix, String scope, String format, int year) {
        Map<String, BigDecimal> totals = new HashMap<>();
        for (Member member : members) {
            if (member.division().startsWith(prefix) && member.scope().equals(scope) && member.format().equals(format)
                    && member.reports().containsKey(year)) {
                member.reports().get(year).forEach((key, value) -> totals.merge(key, value, BigDecimal::add));
            }
        }
        return totals;
    }

    private static void assertCells(Map<String, BigDecimal> expected, JsonPath summary, String path) {
        assertEquals(200, assertCells(FORMAT, expected, summary, path));
    }

    /** Compares every cell of the format's tables; answers how many. */
    private static int assertCells(String format, Map<String, BigDecimal> expected, JsonPath summary, String path) {
        int compared = 0;
        for (String table : TABLES) {
            for (CatalogueTables.Cell cell : CatalogueTables.cells(format, table)) {
                Object actual = summary.get(path + "." + table + ".cells." + cell.row() + "." + cell.column());
                BigDecimal want = expected.get(cell.key());
                if (want == null) {
                    assertNull(actual, cell.key());
                } else {
                    assertEquals(0, want.compareTo(new BigDecimal(actual.toString())), cell.key() + ": " + actual + " ≠ " + want);
                }
                compared++;
            }
        }
        return compared;
    }

    @Test
    void summedTablesEqualIndependentTotalsAtEveryLevel() {
        for (String[] level : new String[][] { { "610000", "61" }, { "610100", "6101" }, { "610102", "610102" }, { "610200", "6102" } }) {
            JsonPath summary = json().get("/divisions/" + level[0] + "/years/2023/summary").then().statusCode(200)
                    .body("sums", equalTo("AGENCY")).body("format", equalTo(FORMAT)).extract().jsonPath();
            assertCells(expected(level[1], "AGENCY", 2023), summary, "agencyReports.sections");
            long agencyReports = members.stream().filter(m -> m.division().startsWith(level[1]) && m.scope().equals("AGENCY")
                    && m.reports().containsKey(2023)).count();
            assertEquals(agencyReports, summary.getLong("agencyReports.reports"), level[0]);
            assertEquals("TABLE", summary.getString("agencyReports.sections.table3.kind"));
            // the summed tables are checked by the in-table rules, as POST /validate checks the same tables
            Map<String, Object> sums = Map.of("year", 2023, "format", FORMAT, "sections", summary.getMap("agencyReports.sections"));
            JsonPath direct = json().body(sums).post("/validate").then().statusCode(200).extract().jsonPath();
            assertEquals(FORMAT, summary.getString("agencyReports.validation.format"));
            assertEquals(direct.getMap("summary.byCategory.IN_TABLE"), summary.getMap("agencyReports.validation.summary.byCategory.IN_TABLE"));
            assertTrue(summary.getInt("agencyReports.validation.summary.evaluated") > 0);
        }
    }

    @Test
    void regionScopeReportsAreKeptApart() {
        JsonPath city = json().get("/divisions/610100/years/2023/summary").then().statusCode(200).extract().jsonPath();
        assertCells(expected("6101", "REGION", 2023), city, "regionReports.sections");
        assertEquals(1, city.getInt("regionReports.reports"));
        assertEquals("REGION", city.getString("regionReports.scope"));
        JsonPath county = json().get("/divisions/610103/years/2023/summary").then().statusCode(200).extract().jsonPath();
        assertNull(county.get("regionReports"));
    }

    @Test
    void reportsInAnotherFormatAreSummedApartPerFormat() {
        json().body(List.of(Map.of("code", "630000", "name", "混合格式省"), Map.of("code", "630100", "name", "丙市", "parentCode", "630000"),
                Map.of("code", "630102", "name", "丙区", "parentCode", "630100"))).post("/divisions").then().statusCode(200);
        memberIn(FORMAT, "630102", "AGENCY", 2023);
        memberIn(TRIAL, "630102", "AGENCY", 2023);     // a 2023 report still kept in the trial format
        memberIn(TRIAL, "630100", "AGENCY", 2023);
        memberIn(TRIAL, "630102", "REGION", 2023);
        // the county and the city sum the same reports with differently planned statements (RollupService.sumSql)
        JsonPath county = json().get("/divisions/630102/years/2023/summary").then().statusCode(200).extract().jsonPath();
        JsonPath summary = json().get("/divisions/630100/years/2023/summary").then().statusCode(200)
                .body("format", equalTo(FORMAT)).body("formatsMixed", equalTo(true))
                .body("formats.'national-2021'", equalTo(1)).body("formats.'trial-2019'", equalTo(3)).extract().jsonPath();
        assertEquals(summary.getMap("agencyReports.sections"), county.getMap("agencyReports.sections"));
        assertEquals(summary.getMap("otherFormats[1]"), county.getMap("otherFormats[1]"));     // the trial REGION report
        assertEquals(List.of(1, 1), county.getList("otherFormats.reports"));
        assertCells(TRIAL, expected("630102", "AGENCY", TRIAL, 2023), county, "otherFormats[0].sections");

        assertEquals(FORMAT, summary.getString("agencyReports.format"));
        assertEquals(1, summary.getInt("agencyReports.reports"));
        assertCells(expected("6301", "AGENCY", FORMAT, 2023), summary, "agencyReports.sections");
        assertNull(summary.get("regionReports"));      // the REGION report is in the trial format

        assertEquals(2, summary.getList("otherFormats").size());
        assertEquals(List.of(TRIAL, TRIAL), summary.getList("otherFormats.format"));
        assertEquals(List.of("AGENCY", "REGION"), summary.getList("otherFormats.scope"));
        assertEquals(List.of(2, 1), summary.getList("otherFormats.reports"));
        assertEquals(List.of(TRIAL, TRIAL), summary.getList("otherFormats.validation.format"));
        int trialCells = assertCells(TRIAL, expected("6301", "AGENCY", TRIAL, 2023), summary, "otherFormats[0].sections");
        assertCells(TRIAL, expected("6301", "REGION", TRIAL, 2023), summary, "otherFormats[1].sections");
        assertTrue(trialCells > 0);
        // a cell only the trial format has is laid out there, never in the national tables
        assertNull(summary.get("agencyReports.sections.table3.cells.R_OTHER_UNSPLIT"));

        byte[] bytes = json().accept("text/csv").get("/divisions/630100/years/2023/summary").then().statusCode(200).extract().asByteArray();
        List<List<String>> lines = parseCsv(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
        assertEquals("格式", lines.get(0).get(10));
        assertEquals(1 + 200 + trialCells, lines.size());
        for (List<String> line : lines.subList(1, lines.size())) {
            String format = line.get(10);
            String key = line.get(3) + "." + line.get(4) + "." + line.get(5);
            assertNumber(expected("6301", "AGENCY", format, 2023).get(key), line.get(8).isEmpty() ? null : line.get(8));
            assertNumber(expected("6301", "REGION", format, 2023).get(key), line.get(9).isEmpty() ? null : line.get(9));
        }
        assertEquals(trialCells, lines.stream().filter(line -> line.get(10).equals(TRIAL)).count());
    }

    @Test
    void coverageListsMissingAgenciesAndFailingReports() {
        JsonPath city = json().get("/divisions/610100/years/2023/summary").then().statusCode(200).extract().jsonPath();
        List<Member> inCity = members.stream().filter(m -> m.division().startsWith("6101")).toList();
        assertEquals(inCity.size(), city.getLong("coverage.agencies"));
        assertEquals(1, city.getLong("coverage.regionAgencies"));
        long present = inCity.stream().filter(m -> m.reports().containsKey(2023)).count();
        assertEquals(present, city.getLong("coverage.reportsPresent"));
        assertEquals(inCity.size() - present, city.getLong("coverage.missing"));
        List<Long> missing = city.getList("coverage.missingAgencies.id", Long.class);
        assertEquals(inCity.stream().filter(m -> !m.reports().containsKey(2023)).map(Member::id).toList(), missing);
        long failing = inCity.stream().filter(m -> m.reports().containsKey(2023))
                .filter(m -> !json().get("/agencies/" + m.id() + "/years/2023/validate").then().statusCode(200).extract()
                        .jsonPath().getBoolean("valid")).count();
        assertEquals(failing, city.getLong("coverage.failingValidation"));
        assertEquals(0, city.getLong("coverage.notValidated"));
    }

    @Test
    void aDismissalReachesTheRollUpAtOnce() {
        Member member = members.stream().filter(m -> m.division().startsWith("6101") && m.reports().containsKey(2023))
                .filter(m -> !json().get("/agencies/" + m.id() + "/years/2023/validate").jsonPath().getBoolean("valid")).findFirst()
                .orElseThrow(() -> new AssertionError("the generated tree has no failing report in 6101"));
        long failingBefore = json().get("/divisions/610100/years/2023/summary").jsonPath().getLong("coverage.failingValidation");
        String path = "/agencies/" + member.id() + "/years/2023";
        List<String> errors = json().queryParam("severity", "ERROR").get(path + "/validate").jsonPath().getList("findings.id", String.class);
        for (String finding : errors) {
            json().body(Map.of("status", "DISMISSED", "reason", "经核实，表中数字无误。")).put(path + "/decisions/" + finding).then().statusCode(200);
        }
        assertTrue(json().get(path + "/validate").jsonPath().getBoolean("valid"));
        JsonPath after = json().get("/divisions/610100/years/2023/summary").then().statusCode(200).extract().jsonPath();
        assertEquals(failingBefore - 1, after.getLong("coverage.failingValidation"));
        Map<String, Object> row = json().queryParam("size", 500).get("/divisions/610100/years/2023/agencies").jsonPath()
                .getMap("items.find { it.agencyId == " + member.id() + " }");
        assertEquals("VALID", row.get("validity"));

        json().delete(path + "/decisions/" + errors.get(0)).then().statusCode(204);
        assertEquals(failingBefore, json().get("/divisions/610100/years/2023/summary").jsonPath().getLong("coverage.failingValidation"));
    }

    /**
     * The agency's level (ACT_RULES_SCOPE: only rule-making governments report 规章) and name (STR_AGENCY_YEAR: the
     * title names the agency) are read by the rules; changing either makes the stored counts of all the agency's
     * reports stale in the PUT itself, and the next roll-up counts the change. A contact change leaves them current. Both rules
     * are WARNINGs, so it is the row's warnings that move; failing (ERROR) counts cannot depend on the agency.
     */
    @Test
    void anAgencysLevelOrNameChangeReachesTheRollUpAtOnce() {
        Map<String, Object> agency = agencyInANewCity("640100", "层级测试");
        String name = (String) agency.get("name");
        agency.put("level", "DEPARTMENT");
        long id = json().body(agency).post("/agencies").then().statusCode(201).extract().jsonPath().getLong("id");
        for (int year : new int[] { 2022, 2023 }) {
            String path = "/agencies/" + id + "/years/" + year;
            json().body(Map.of("title", name + year + "年政府信息公开工作年度报告")).put(path).then().statusCode(201);
            // 规章 reported by a department: ACT_RULES_SCOPE fails until the agency is a city government
            json().body(CatalogueTables.filled(FORMAT, "table2", cell -> cell.row().equals("RULES") ? 1 : 0))
                    .put(path + "/sections/table2").then().statusCode(201);
            agencyRow("640100", year, id);     // the roll-up stores the report's counts
        }
        assertEquals(2, currentCounts(id));
        int warnings = warnings(id, 2023);
        assertEquals("FAIL", status(id, 2023, "ACT_RULES_SCOPE:RULES"));
        assertEquals(warnings, agencyRow("640100", 2023, id).get("warnings"));

        agency.put("level", "CITY_GOVERNMENT");
        putAgency(id, agency);
        assertEquals(0, currentCounts(id), "a level change makes the stored counts of every report of the agency stale");
        assertEquals("PASS", status(id, 2023, "ACT_RULES_SCOPE:RULES"));
        assertEquals(warnings - 1, warnings(id, 2023));
        assertEquals(warnings - 1, agencyRow("640100", 2023, id).get("warnings"));
        assertEquals(warnings(id, 2022), agencyRow("640100", 2022, id).get("warnings"));
        assertEquals(2, currentCounts(id));

        agency.put("name", uniqueName("层级测试改名"));     // the titles no longer name the agency
        putAgency(id, agency);
        assertEquals(0, currentCounts(id), "a new name makes them stale too");
        assertEquals("FAIL", status(id, 2023, "STR_AGENCY_YEAR:title"));
        assertEquals(warnings, warnings(id, 2023));
        assertEquals(warnings, agencyRow("640100", 2023, id).get("warnings"));

        agency.put("phone", "0951—6000000");
        agency.put("address", "银川市金凤区");
        putAgency(id, agency);
        assertEquals(1, currentCounts(id), "a contact change leaves the counts current");
        assertEquals(warnings, agencyRow("640100", 2023, id).get("warnings"));
    }

    /** A city of its own (and its province), and the body of a new agency in it: tests that count stored rows share no agency. */
    private static Map<String, Object> agencyInANewCity(String city, String namePrefix) {
        String province = city.substring(0, 2) + "0000";
        json().body(List.of(Map.of("code", province, "name", namePrefix + "省"), Map.of("code", city, "name", namePrefix + "市", "parentCode", province)))
                .post("/divisions").then().statusCode(200);
        return Api.agency(uniqueName(namePrefix), city);
    }

    private void putAgency(long id, Map<String, Object> agency) {
        String etag = json().get("/agencies/" + id).then().statusCode(200).extract().header("ETag");
        json().header("If-Match", etag).body(agency).put("/agencies/" + id).then().statusCode(200)
                .body("level", equalTo(agency.get("level"))).body("name", equalTo(agency.get("name")));
    }

    private static Map<String, Object> agencyRow(String division, int year, long agencyId) {
        return json().queryParam("size", 500).get("/divisions/" + division + "/years/" + year + "/agencies").then().statusCode(200)
                .extract().jsonPath().getMap("items.find { it.agencyId == " + agencyId + " }");
    }

    private static int warnings(long agencyId, int year) {
        return json().get("/agencies/" + agencyId + "/years/" + year + "/validate").then().statusCode(200).extract().jsonPath()
                .getInt("summary.bySeverity.WARNING.failed");
    }

    private static String status(long agencyId, int year, String finding) {
        return json().queryParam("include", "all").get("/agencies/" + agencyId + "/years/" + year + "/validate").then().statusCode(200)
                .extract().jsonPath().getString("findings.find { it.id == '" + finding + "' }.status");
    }

    /**
     * Stored validation counts of the agency's reports that are current for its name and level and for these rules
     * (the table is not served). Written out here rather than taken from RollupService, so that a wrong condition
     * there shows.
     */
    private long currentCounts(long agencyId) {
        return queryLong("select count(*) from validation_counts rv join report r on r.id = rv.report_id join agency a on a.id = r.agency_id "
                + "where r.agency_id = ? and rv.agency_identity_version = a.identity_version and rv.decisions_version = r.decisions_version "
                + "and rv.rules_revision = ?", agencyId,
                rulesRevision.value());
    }

    private long queryLong(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void execute(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A recount that began before a rename writes what it read then: the old name's identity version and counts. Written
     * after the rename committed (a race no test can time, so the write is made here), it must not read as current.
     */
    @Test
    void countsWrittenLateUnderTheOldNameAreRecounted() {
        Map<String, Object> agency = agencyInANewCity("630100", "改名测试");
        String name = (String) agency.get("name");
        long id = json().body(agency).post("/agencies").then().statusCode(201).extract().jsonPath().getLong("id");
        json().body(Map.of("title", name + "2023年政府信息公开工作年度报告")).put("/agencies/" + id + "/years/2023").then().statusCode(201);
        int underOldName = ((Number) agencyRow("630100", 2023, id).get("warnings")).intValue();
        long oldIdentity = queryLong("select identity_version from agency where id = ?", id);

        agency.put("name", uniqueName("改名测试新名"));     // the title no longer names the agency: STR_AGENCY_YEAR warns
        putAgency(id, agency);
        execute("update validation_counts set agency_identity_version = ?, warnings = ? where report_id = (select id from report "
                + "where agency_id = ? and year = 2023)", oldIdentity, underOldName, id);

        assertEquals(underOldName + 1, warnings(id, 2023));
        assertEquals(underOldName + 1, agencyRow("630100", 2023, id).get("warnings"), "recounted, not the late old-name counts");
        assertEquals(1, currentCounts(id));
    }

    /** The same for a dismissal: counts a recount wrote after it, made from the decisions before it, are recounted. */
    @Test
    void countsWrittenLateWithoutADismissalAreRecounted() {
        Member member = members.stream().filter(m -> m.division().startsWith("6101") && m.reports().containsKey(2023))
                .filter(m -> !json().get("/agencies/" + m.id() + "/years/2023/validate").jsonPath().getBoolean("valid")).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("the generated tree has no failing report in 6101"));
        String path = "/agencies/" + member.id() + "/years/2023";
        int errors = ((Number) agencyRow("610100", 2023, member.id()).get("errors")).intValue();
        long decisionsBefore = queryLong("select decisions_version from report where agency_id = ? and year = 2023", member.id());
        List<String> failing = json().queryParam("severity", "ERROR").get(path + "/validate").jsonPath().getList("findings.id", String.class);
        try {
            for (String finding : failing) {
                json().body(Map.of("status", "DISMISSED", "reason", "经核实，表中数字无误。")).put(path + "/decisions/" + finding).then().statusCode(200);
            }
            execute("update validation_counts set decisions_version = ?, errors = ? where report_id = (select id from report "
                    + "where agency_id = ? and year = 2023)", decisionsBefore, errors, member.id());

            Map<String, Object> row = agencyRow("610100", 2023, member.id());
            assertEquals(0, row.get("errors"), "recounted with the dismissals, not the late counts made before them");
            assertEquals("VALID", row.get("validity"));
        } finally {
            failing.forEach(finding -> json().delete(path + "/decisions/" + finding));
        }
        assertEquals(errors, agencyRow("610100", 2023, member.id()).get("errors"), "a withdrawal is counted too");
    }

    /**
     * Counts stored by other rules (an earlier build) are recounted by this one, without a migration, and kept beside this
     * build's: during a rolling deploy the old release still reads its own, and neither overwrites the other's.
     */
    @Test
    void countsMadeByOtherRulesAreRecountedBesideThem() {
        Member member = members.stream().filter(m -> m.division().startsWith("6101") && m.reports().containsKey(2023)).findFirst().orElseThrow();
        int errors = json().get("/agencies/" + member.id() + "/years/2023/validate").jsonPath().getInt("summary.bySeverity.ERROR.failed");
        agencyRow("610100", 2023, member.id());     // stores the counts
        String otherRules = "0".repeat(64);
        execute("update validation_counts set rules_revision = ?, errors = 999 where report_id = (select id from report "
                + "where agency_id = ? and year = 2023)", otherRules, member.id());

        assertEquals(errors, agencyRow("610100", 2023, member.id()).get("errors"));
        assertEquals(1, queryLong("select count(*) from validation_counts rv join report r on r.id = rv.report_id where r.agency_id = ? "
                + "and rv.rules_revision = ? and rv.errors = ?", member.id(), rulesRevision.value(), errors));
        assertEquals(1, queryLong("select count(*) from validation_counts rv join report r on r.id = rv.report_id where r.agency_id = ? "
                + "and r.year = 2023 and rv.rules_revision = ? and rv.errors = 999", member.id(), otherRules), "the other release's row is left as it was");

        // at start-up, counts of other rules not written for a week go; recent ones (a release still running) stay, and this build's
        counts.forgetOtherRevisions(java.time.Duration.ofDays(7));
        assertEquals(1, queryLong("select count(*) from validation_counts where rules_revision = ?", otherRules), "a row written a moment ago is kept");
        execute("update validation_counts set validated_at = now() - interval '8 days' where rules_revision = ?", otherRules);
        execute("update validation_counts set validated_at = now() - interval '8 days' where rules_revision = ? and report_id = "
                + "(select id from report where agency_id = ? and year = 2023)", rulesRevision.value(), member.id());
        assertTrue(counts.forgetOtherRevisions(java.time.Duration.ofDays(7)) >= 1);
        assertEquals(0, queryLong("select count(*) from validation_counts where rules_revision = ?", otherRules));
        assertEquals(1, queryLong("select count(*) from validation_counts rv join report r on r.id = rv.report_id where r.agency_id = ? "
                + "and r.year = 2023 and rv.rules_revision = ?", member.id(), rulesRevision.value()), "this build's counts are never forgotten");
    }

    @Test
    void perAgencyTableSortsPagesAndFilters() {
        List<Member> inCity = members.stream().filter(m -> m.division().startsWith("6101")).toList();
        JsonPath all = json().queryParam("size", 500).get("/divisions/610100/years/2023/agencies").then().statusCode(200)
                .header("X-Total-Count", String.valueOf(inCity.size())).extract().jsonPath();
        for (Member member : inCity) {
            Map<String, Object> row = all.getMap("items.find { it.agencyId == " + member.id() + " }");
            Map<String, BigDecimal> values = member.reports().get(2023);
            assertEquals(values != null, row.get("reportPresent"));
            if (values == null) {
                assertEquals("MISSING", row.get("validity"));
                continue;
            }
            assertNumber(values.get("table3.NEW.TOTAL"), row.get("newApplications"));
            assertNumber(values.get("table4.CASES.RV_TOTAL"), row.get("reviews"));
            assertNumber(sum(values.get("table4.CASES.LD_TOTAL"), values.get("table4.CASES.LA_TOTAL")), row.get("litigation"));
            int errors = json().get("/agencies/" + member.id() + "/years/2023/validate").jsonPath().getInt("summary.bySeverity.ERROR.failed");
            assertEquals(errors, row.get("errors"));
            assertEquals(errors > 0 ? "INVALID" : "VALID", row.get("validity"));
        }
        // sorted by 新收 descending, blanks last, two to a page with Link headers
        List<BigDecimal> wanted = inCity.stream().map(m -> m.reports().containsKey(2023) ? m.reports().get(2023).get("table3.NEW.TOTAL") : null)
                .sorted((a, b) -> a == null ? (b == null ? 0 : 1) : b == null ? -1 : b.compareTo(a)).toList();
        List<Object> got = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            var response = json().queryParam("sort", "-newApplications").queryParam("size", 2).queryParam("page", page)
                    .get("/divisions/610100/years/2023/agencies");
            response.then().statusCode(200).header("Link", containsString("rel=\"last\""));
            got.addAll(response.jsonPath().getList("items.newApplications"));
        }
        assertEquals(wanted.size(), got.size());
        for (int i = 0; i < wanted.size(); i++) {
            assertNumber(wanted.get(i), got.get(i));
        }
        json().queryParam("validity", "MISSING").get("/divisions/610100/years/2023/agencies").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].validity", equalTo("MISSING"));
    }

    /** An agency of 6101 as the table should show it, every value computed here or by the report's own /validate. */
    private record Expected(long id, String name, String division, String validity, Integer errors, Integer warnings,
            BigDecimal newApplications, BigDecimal reviews, BigDecimal litigation) {
    }

    private List<Expected> expectedTable(String prefix, int year) {
        List<Expected> rows = new ArrayList<>();
        for (Member member : members.stream().filter(m -> m.division().startsWith(prefix)).toList()) {
            Map<String, BigDecimal> values = member.reports().get(year);
            if (values == null) {
                rows.add(new Expected(member.id(), member.name(), member.division(), "MISSING", null, null, null, null, null));
                continue;
            }
            JsonPath validation = json().get("/agencies/" + member.id() + "/years/" + year + "/validate").then().statusCode(200)
                    .extract().jsonPath();
            int errors = validation.getInt("summary.bySeverity.ERROR.failed");
            rows.add(new Expected(member.id(), member.name(), member.division(), errors > 0 ? "INVALID" : "VALID", errors,
                    validation.getInt("summary.bySeverity.WARNING.failed"), values.get("table3.NEW.TOTAL"), values.get("table4.CASES.RV_TOTAL"),
                    sum(values.get("table4.CASES.LD_TOTAL"), values.get("table4.CASES.LA_TOTAL"))));
        }
        return rows;
    }

    /** Every sort key, both ways: blanks last, ties by agency id, compared with an order computed here. */
    @Test
    void perAgencyTableSortsByEveryKey() {
        List<Expected> rows = expectedTable("6101", 2023);
        Map<String, java.util.function.Function<Expected, Comparable<?>>> keys = new java.util.LinkedHashMap<>();
        keys.put("name", Expected::name);
        keys.put("division", Expected::division);
        keys.put("errors", Expected::errors);
        keys.put("warnings", Expected::warnings);
        keys.put("newApplications", Expected::newApplications);
        keys.put("reviews", Expected::reviews);
        keys.put("litigation", Expected::litigation);
        for (var key : keys.entrySet()) {
            for (boolean descending : new boolean[] { false, true }) {
                @SuppressWarnings({ "unchecked", "rawtypes" })
                java.util.Comparator<Expected> byValue = (a, b) -> {
                    Comparable x = key.getValue().apply(a);
                    Comparable y = key.getValue().apply(b);
                    if (x == null || y == null) {
                        return x == null ? (y == null ? 0 : 1) : -1;     // blanks last, either way
                    }
                    return descending ? y.compareTo(x) : x.compareTo(y);
                };
                List<Long> wanted = rows.stream().sorted(byValue.thenComparing(Expected::id)).map(Expected::id).toList();
                String sort = (descending ? "-" : "") + key.getKey();
                List<Long> got = json().queryParam("sort", sort).queryParam("size", 500).get("/divisions/610100/years/2023/agencies").then()
                        .statusCode(200).extract().jsonPath().getList("items.agencyId", Long.class);
                assertEquals(wanted, got, "sort=" + sort);
            }
        }
    }

    @Test
    void perAgencyTablePagesToTheEdges() {
        List<Long> all = json().queryParam("size", 500).get("/divisions/610100/years/2023/agencies").jsonPath().getList("items.agencyId", Long.class);
        int total = all.size();
        assertTrue(total >= 5, "the tree puts at least five agencies in 6101");
        for (int size : new int[] { 1, 2, total - 1, total, total + 1 }) {
            int pages = (total + size - 1) / size;
            List<Long> seen = new ArrayList<>();
            for (int page = 0; page <= pages; page++) {     // one page past the end
                JsonPath body = json().queryParam("size", size).queryParam("page", page).get("/divisions/610100/years/2023/agencies").then()
                        .statusCode(200).header("X-Total-Count", String.valueOf(total)).extract().jsonPath();
                List<Long> items = body.getList("items.agencyId", Long.class);
                assertEquals(page < pages - 1 ? size : page == pages - 1 ? total - size * (pages - 1) : 0, items.size(),
                        "size " + size + ", page " + page);
                assertEquals(total, body.getLong("totalItems"), "size " + size + ", page " + page);
                assertEquals(pages, body.getInt("totalPages"));
                seen.addAll(items);
            }
            assertEquals(all, seen, "pages of " + size + " put together");
        }
        json().queryParam("size", 2).queryParam("page", 1000).queryParam("validity", "MISSING").get("/divisions/610100/years/2023/agencies")
                .then().statusCode(200).header("X-Total-Count", "1").body("totalItems", equalTo(1)).body("items.size()", equalTo(0));
    }

    @Test
    void perAgencyTableFiltersByEveryValidity() {
        List<Expected> rows = expectedTable("6101", 2023);
        for (String validity : new String[] { "VALID", "INVALID", "MISSING", "UNVALIDATED" }) {
            List<Long> wanted = rows.stream().filter(row -> row.validity().equals(validity)).sorted(java.util.Comparator
                    .comparing(Expected::division).thenComparing(Expected::id)).map(Expected::id).toList();
            JsonPath body = json().queryParam("validity", validity.toLowerCase(java.util.Locale.ROOT)).queryParam("size", 500)
                    .get("/divisions/610100/years/2023/agencies").then().statusCode(200)
                    .header("X-Total-Count", String.valueOf(wanted.size())).extract().jsonPath();
            assertEquals(wanted, body.getList("items.agencyId", Long.class), validity);
            assertEquals(wanted.size(), body.getInt("totalItems"), validity);
        }
        // a filter is only shown to filter when the division has rows it keeps and rows it drops
        for (String validity : new String[] { "VALID", "INVALID", "MISSING" }) {
            assertTrue(rows.stream().anyMatch(row -> row.validity().equals(validity)), "the tree has a " + validity + " report in 6101");
        }
    }

    /** Current counts are read, not written again: a table read that finds none stale leaves validation_counts as it was. */
    @Test
    void perAgencyTableWritesNothingWhenCountsAreCurrent() {
        json().get("/divisions/610100/years/2023/agencies").then().statusCode(200);     // stores whatever is stale
        String before = validatedAt("6101");
        json().queryParam("sort", "-errors").get("/divisions/610100/years/2023/agencies").then().statusCode(200);
        json().get("/divisions/610100/years/2023/summary").then().statusCode(200);
        assertEquals(before, validatedAt("6101"));
        assertTrue(before.contains(","), "the reports of 6101 have stored counts: " + before);
    }

    private String validatedAt(String prefix) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("select string_agg(rv.report_id || '@' || rv.validated_at, ',' "
                        + "order by rv.report_id) from validation_counts rv join report r on r.id = rv.report_id join agency a on a.id = r.agency_id "
                        + "where a.division_code like ? || '%'")) {
            statement.setString(1, prefix);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return String.valueOf(rows.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void trendPerYear() {
        JsonPath trend = json().queryParam("from", 2021).queryParam("to", 2023).get("/divisions/610100/trend").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of(2021, 2022, 2023), trend.getList("years.year", Integer.class));
        for (int i = 0; i < 3; i++) {
            int year = 2021 + i;
            Map<String, BigDecimal> totals = expected("6101", "AGENCY", year);
            long reports = members.stream().filter(m -> m.division().startsWith("6101") && m.scope().equals("AGENCY")
                    && m.reports().containsKey(year)).count();
            assertEquals(reports, trend.getLong("years[" + i + "].reports"));
            assertNumber(totals.get("table3.NEW.TOTAL"), trend.get("years[" + i + "].newApplications"));
            assertNumber(totals.get("table4.CASES.RV_TOTAL"), trend.get("years[" + i + "].reviews"));
            BigDecimal results = totals.get("table3.R_TOTAL.TOTAL");
            BigDecimal granted = totals.get("table3.R_GRANT.TOTAL");
            assertNumber(granted == null || results == null || results.signum() == 0 ? null
                    : granted.divide(results, 4, RoundingMode.HALF_UP), trend.get("years[" + i + "].grantedShare"));
        }
    }

    /**
     * A division whose reports of one year are kept in both formats. 表三, 表四 and the 处理决定数量 mean the same in
     * both (FORMAT.md §8, §3) and are added; 规章/规范性文件 are not (2019 本年新制作 of 规范性文件, 2021 本年制发 of
     * 行政规范性文件): the point has the year's format's, and each other format's apart.
     */
    @Test
    void trendAddsAcrossFormatsOnlyTheCellsThatMeanTheSame() {
        json().body(List.of(Map.of("code", "650000", "name", "趋势格式省"), Map.of("code", "650100", "name", "戊市", "parentCode", "650000")))
                .post("/divisions").then().statusCode(200);
        memberIn(FORMAT, "650100", "AGENCY", 2020, 2023);
        memberIn(FORMAT, "650100", "AGENCY", 2023);
        memberIn(TRIAL, "650100", "AGENCY", 2020, 2023);    // 2023 still kept in the trial format
        memberIn(TRIAL, "650100", "REGION", 2023);          // never in the trend
        JsonPath trend = json().queryParam("from", 2020).queryParam("to", 2023).get("/divisions/650100/trend").then().statusCode(200)
                .extract().jsonPath();
        List<String> comparable = List.of("table3.NEW.TOTAL", "table3.R_TOTAL.TOTAL", "table4.CASES.RV_TOTAL");
        List<String> decisions = List.of("table2.LICENSING.DECISIONS", "table2.PENALTY.DECISIONS", "table2.COERCION.DECISIONS");
        List<String> issued = List.of("table2.RULES.ISSUED", "table2.NORMATIVE.ISSUED");
        List<String> newMade = List.of("table2.RULES.NEW_MADE", "table2.NORMATIVE.NEW_MADE");
        for (int year : new int[] { 2020, 2023 }) {
            String point = "years[" + (year - 2020) + "]";
            String own = year == 2023 ? FORMAT : TRIAL;
            String other = year == 2023 ? TRIAL : FORMAT;
            assertEquals(own, trend.getString(point + ".format"));
            assertEquals(reports("6501", null, year), trend.getLong(point + ".reports"));
            assertEquals(Map.of(FORMAT, (int) reports("6501", FORMAT, year), TRIAL, (int) reports("6501", TRIAL, year)),
                    trend.getMap(point + ".formats"));
            assertNumber(total("6501", null, year, List.of(comparable.get(0))), trend.get(point + ".newApplications"));
            assertNumber(total("6501", null, year, List.of(comparable.get(1))), trend.get(point + ".results"));
            assertNumber(total("6501", null, year, List.of(comparable.get(2))), trend.get(point + ".reviews"));
            assertNumber(total("6501", null, year, decisions), trend.get(point + ".decisions"));
            assertNumber(total("6501", own, year, own.equals(FORMAT) ? issued : newMade), trend.get(point + ".documentsIssued"));
            assertEquals(List.of(other), trend.getList(point + ".otherFormats.format"));
            assertEquals(reports("6501", other, year), trend.getLong(point + ".otherFormats[0].reports"));
            assertNumber(total("6501", other, year, other.equals(FORMAT) ? issued : newMade), trend.get(point + ".otherFormats[0].documentsIssued"));
        }
        assertEquals(0, trend.getLong("years[1].reports"));
        assertEquals(List.of(), trend.getList("years[1].otherFormats"));

        byte[] bytes = json().accept("text/csv").queryParam("from", 2023).queryParam("to", 2023).get("/divisions/650100/trend").then()
                .statusCode(200).extract().asByteArray();
        List<List<String>> lines = parseCsv(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
        List<String> header = lines.get(0);
        List<String> line = lines.get(1);
        assertEquals(FORMAT, line.get(header.indexOf("格式")));
        assertNumber(total("6501", null, 2023, decisions), line.get(header.indexOf("许可处罚强制决定数")));
        assertNumber(total("6501", FORMAT, 2023, issued), blankAsNull(line.get(header.indexOf("规章和规范性文件制发数（本年格式）"))));
        assertEquals(String.valueOf(reports("6501", TRIAL, 2023)), line.get(header.indexOf("报告数（trial-2019）")));
        assertNumber(total("6501", TRIAL, 2023, newMade), blankAsNull(line.get(header.indexOf("规章和规范性文件数（trial-2019，不跨格式相加）"))));
        assertNumber(total("6501", FORMAT, 2023, issued), blankAsNull(line.get(header.indexOf("规章和规范性文件数（national-2021，不跨格式相加）"))));
    }

    /** AGENCY-scope reports of a year under the prefix, of one format (null: any). */
    private long reports(String prefix, String format, int year) {
        return members.stream().filter(m -> m.division().startsWith(prefix) && m.scope().equals("AGENCY") && m.reports().containsKey(year)
                && (format == null || m.format().equals(format))).count();
    }

    /** The cells' values summed over those reports; null when none has any of them. */
    private BigDecimal total(String prefix, String format, int year, List<String> keys) {
        BigDecimal total = null;
        for (Member member : members) {
            if (member.division().startsWith(prefix) && member.scope().equals("AGENCY") && member.reports().containsKey(year)
                    && (format == null || member.format().equals(format))) {
                for (String key : keys) {
                    total = sum(total, member.reports().get(year).get(key));
                }
            }
        }
        return total;
    }

    private static String blankAsNull(String field) {
        return field.isEmpty() ? null : field;
    }

    @Test
    void csvParsesBackToTheSameNumbers() {
        byte[] bytes = json().accept("text/csv").get("/divisions/610100/years/2023/summary").then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asByteArray();
        assertEquals((byte) 0xEF, bytes[0]);
        assertEquals((byte) 0xBB, bytes[1]);
        assertEquals((byte) 0xBF, bytes[2]);
        List<List<String>> lines = parseCsv(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
        assertEquals("区划代码", lines.get(0).get(0));
        assertEquals(201, lines.size());
        Map<String, BigDecimal> agencies = expected("6101", "AGENCY", 2023);
        Map<String, BigDecimal> region = expected("6101", "REGION", 2023);
        for (List<String> line : lines.subList(1, lines.size())) {
            String key = line.get(3) + "." + line.get(4) + "." + line.get(5);
            assertNumber(agencies.get(key), line.get(8).isEmpty() ? null : line.get(8));
            assertNumber(region.get(key), line.get(9).isEmpty() ? null : line.get(9));
        }

        byte[] table = json().accept("text/csv").get("/divisions/610100/years/2023/agencies").then().statusCode(200).extract().asByteArray();
        List<List<String>> rows = parseCsv(new String(table, 3, table.length - 3, StandardCharsets.UTF_8));
        assertEquals("机关ID", rows.get(0).get(0));
        for (List<String> row : rows.subList(1, rows.size())) {
            Member member = members.stream().filter(m -> m.id() == Long.parseLong(row.get(0))).findFirst().orElseThrow();
            assertEquals(member.name(), row.get(1));
            Map<String, BigDecimal> values = member.reports().getOrDefault(2023, Map.of());
            assertNumber(values.get("table3.NEW.TOTAL"), row.get(10).isEmpty() ? null : row.get(10));
        }
        assertEquals(members.stream().filter(m -> m.division().startsWith("6101")).count(), rows.size() - 1);

        byte[] trend = json().accept("text/csv").queryParam("from", 2022).queryParam("to", 2023).get("/divisions/610100/trend").then()
                .statusCode(200).extract().asByteArray();
        List<List<String>> years = parseCsv(new String(trend, 3, trend.length - 3, StandardCharsets.UTF_8));
        assertEquals("年度", years.get(0).get(0));
        assertNumber(expected("6101", "AGENCY", 2023).get("table3.NEW.TOTAL"), years.get(2).get(2));
    }

    @Test
    void errors() {
        json().get("/divisions/619999/years/2023/summary").then().statusCode(404).contentType(Api.PROBLEM_JSON);
        json().get("/divisions/61/years/2023/summary").then().statusCode(400).contentType(Api.PROBLEM_JSON);
        json().get("/divisions/610100/years/2015/summary").then().statusCode(400).contentType(Api.PROBLEM_JSON)
                .body("errors[0].parameter", equalTo("year"));
        json().queryParam("sort", "bogus").get("/divisions/610100/years/2023/agencies").then().statusCode(400)
                .contentType(Api.PROBLEM_JSON).body("errors[0].parameter", equalTo("sort"));
        json().queryParam("validity", "GOOD").get("/divisions/610100/years/2023/agencies").then().statusCode(400)
                .body("errors[0].parameter", equalTo("validity"));
        json().queryParam("size", 0).get("/divisions/610100/years/2023/agencies").then().statusCode(400).contentType(Api.PROBLEM_JSON);
        json().queryParam("from", 2023).get("/divisions/610100/trend").then().statusCode(400).contentType(Api.PROBLEM_JSON);
        json().queryParam("from", 2023).queryParam("to", 2021).get("/divisions/610100/trend").then().statusCode(400);
        json().queryParam("from", 2021).queryParam("to", 2022).get("/divisions/619999/trend").then().statusCode(404);
    }

    private static BigDecimal sum(BigDecimal a, BigDecimal b) {
        return a == null ? b : b == null ? a : a.add(b);
    }

    private static void assertNumber(BigDecimal expected, Object actual) {
        if (expected == null) {
            assertNull(actual);
        } else {
            assertEquals(0, expected.compareTo(new BigDecimal(String.valueOf(actual))), expected + " ≠ " + actual);
        }
    }

    /** RFC 4180, written here rather than taken from the code under test. */
    private static List<List<String>> parseCsv(String text) {
        List<List<String>> lines = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                fields.add(field.toString());
                field.setLength(0);
                lines.add(fields);
                fields = new ArrayList<>();
            } else if (c != '\r') {
                field.append(c);
            }
        }
        return lines;
    }
}
