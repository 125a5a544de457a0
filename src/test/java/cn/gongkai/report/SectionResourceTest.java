package cn.gongkai.report;

import static cn.gongkai.support.Api.createAgencyWithReport;
import static cn.gongkai.support.Api.getReport;
import static cn.gongkai.support.Api.json;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.gongkai.support.Api;
import cn.gongkai.support.CatalogueTables;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;

@QuarkusTest
class SectionResourceTest {

    private static final int YEAR = 2023;

    @Test
    void listsEverySectionOfTheFormatAndWhichAreWritten() {
        long id = createAgencyWithReport(YEAR);
        json().body(Map.of("text", "无。")).put(section(id, "part5")).then().statusCode(201);
        JsonPath sections = json().get("/agencies/" + id + "/years/" + YEAR + "/sections").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("part1", "part2", "table2", "part3", "table3", "part4", "table4", "part5", "part6"), sections.getList("key"));
        assertEquals(List.of(false, false, false, false, false, false, false, true, false), sections.getList("present"));
        assertEquals("TABLE", sections.getString("find { it.key == 'table3' }.kind"));
    }

    @Test
    void everyCellOfEveryTableRoundTrips() {
        long id = createAgencyWithReport(YEAR);
        for (String table : List.of("table2", "table3", "table4")) {
            // a distinct value per cell, so a cell stored under the wrong key cannot go unnoticed
            Map<String, Object> body = CatalogueTables.filled("national-2021", table,
                    cell -> cell.type().equals("AMOUNT_WAN") ? new BigDecimal("1234.5678") : Math.abs(cell.key().hashCode() % 10_000));
            Response written = json().body(body).put(section(id, table));
            written.then().statusCode(201).header("ETag", containsString("section-"));
            Map<String, Object> read = json().get(section(id, table)).then().statusCode(200).extract().body()
                    .jsonPath(JsonPathConfig.jsonPathConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL)).getMap("cells");
            assertEquals(normalised(body.get("cells")), normalised(read), table);
        }
        String report = getReport(id, YEAR).asString();
        assertEquals(true, report.contains("\"AMOUNT_WAN\":1234.5678}"), "the decimal is written exactly, not as a float");
    }

    @Test
    void blankIsNotZero() {
        long id = createAgencyWithReport(YEAR);
        Map<String, Object> cells = new LinkedHashMap<>();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("NATURAL", 0);
        row.put("BUSINESS", null);
        cells.put("NEW", row);
        json().body(Map.of("cells", cells, "printed", Map.of("CARRY_IN", Map.of("NATURAL", "/")))).put(section(id, "table3"))
                .then().statusCode(201);
        JsonPath read = json().get(section(id, "table3")).jsonPath();
        assertEquals(0, read.getInt("cells.NEW.NATURAL"));
        assertNull(read.get("cells.NEW.BUSINESS"));
        assertNull(read.get("cells.NEW.RESEARCH"), "cells left out are blank");
        assertNull(read.get("cells.CARRY_IN.NATURAL"));
        assertEquals("/", read.getString("printed.CARRY_IN.NATURAL"));
        assertEquals(true, read.getMap("cells.NEW").containsKey("RESEARCH"), "GET lists blank cells as null");
    }

    @Test
    void badCellsAreAllListedByPointerAndNothingIsStored() {
        long id = createAgencyWithReport(YEAR);
        json().body(Map.of("cells", Map.of("NEW", Map.of("NATURAL", 7)))).put(section(id, "table3")).then().statusCode(201);
        Response before = json().get(section(id, "table3"));

        Map<String, Object> bad = new LinkedHashMap<>();
        bad.put("NEW", Map.of("NATURAL", -1, "BUSINESS", 2.5, "RESEARCH", "三", "NONPROFIT", true, "FOO", 1));
        bad.put("NOT_A_ROW", Map.of("NATURAL", 1));
        json().body(Map.of("cells", bad)).put(section(id, "table3")).then().statusCode(400).contentType(Api.PROBLEM_JSON)
                .body("type", equalTo("urn:gongkai:problem:invalid-input"))
                .body("errors.pointer", hasItems("/cells/NEW/NATURAL", "/cells/NEW/BUSINESS", "/cells/NEW/RESEARCH",
                        "/cells/NEW/NONPROFIT", "/cells/NEW/FOO", "/cells/NOT_A_ROW"))
                .body("errors.find { it.pointer == '/cells/NEW/NATURAL' }.reason", containsString("negative"))
                .body("errors.find { it.pointer == '/cells/NEW/BUSINESS' }.reason", containsString("whole number"))
                // the row's columns in printed order
                .body("errors.find { it.pointer == '/cells/NEW/FOO' }.reason", equalTo("is not a column of row NEW; its columns are "
                        + "NATURAL, BUSINESS, RESEARCH, NONPROFIT, LEGAL_SERVICE, OTHER_ORG, TOTAL"));

        Response after = json().get(section(id, "table3"));
        assertEquals(before.header("ETag"), after.header("ETag"));
        assertEquals(before.jsonPath().getMap("cells"), after.jsonPath().getMap("cells"));
    }

    @Test
    void amountsAreDecimalsWithAtMostFourPlaces() {
        long id = createAgencyWithReport(YEAR);
        json().body(Map.of("cells", Map.of("ADMIN_FEE", Map.of("AMOUNT_WAN", new BigDecimal("0.05"))))).put(section(id, "table2"))
                .then().statusCode(201);
        json().body(Map.of("cells", Map.of("ADMIN_FEE", Map.of("AMOUNT_WAN", new BigDecimal("1.23456"))))).put(section(id, "table2"))
                .then().statusCode(400).body("errors[0].pointer", equalTo("/cells/ADMIN_FEE/AMOUNT_WAN"));
        json().body(Map.of("cells", Map.of("RULES", Map.of("ISSUED", new BigDecimal("1.5"))))).put(section(id, "table2"))
                .then().statusCode(400).body("errors[0].pointer", equalTo("/cells/RULES/ISSUED"));
        // a count written as 3.0 is the count 3
        json().body(Map.of("cells", Map.of("RULES", Map.of("ISSUED", new BigDecimal("3.0"))))).put(section(id, "table2"))
                .then().statusCode(200).body("cells.RULES.ISSUED", equalTo(3));
    }

    @Test
    void theTrialFormatTakesSignedChanges() {
        long id = Api.createAgency(Api.uniqueName("镇"), "370812");
        json().put("/agencies/" + id + "/years/2020").then().statusCode(201);
        json().body(Map.of("cells", Map.of("LICENSING", Map.of("PREV_ITEMS", 10, "CHANGE", -8, "DECISIONS", 2))))
                .put("/agencies/" + id + "/years/2020/sections/table2").then().statusCode(201)
                .body("cells.LICENSING.CHANGE", equalTo(-8));
        json().body(Map.of("cells", Map.of("R_OTHER_OTHER", Map.of("NATURAL", 1))))
                .put("/agencies/" + id + "/years/2020/sections/table3").then().statusCode(400)
                .body("errors[0].pointer", equalTo("/cells/R_OTHER_OTHER"));
    }

    @Test
    void narrativeSectionsKeepTheirItemsAndTextExactly() {
        long id = createAgencyWithReport(YEAR);
        String text = "第一段：全镇共发布信息６５条，其中……\n第二段「引号」与𠀀字（U+20000）、emoji 🙂，以及\t制表符。";
        Map<String, Object> body = Map.of("heading", "六、其他需要报告的事项", "text", "",
                "items", List.of(Map.of("key", "INFO_FEE", "heading", "（一）信息处理费", "text", "2023年度，未收取信息处理费。"),
                        Map.of("heading", "（八）自定义小标题", "text", text)));
        json().body(body).put(section(id, "part6")).then().statusCode(201);
        JsonPath read = json().get(section(id, "part6")).jsonPath();
        assertEquals("NARRATIVE", read.getString("kind"));
        assertEquals(text, read.getString("items[1].text"));
        assertNull(read.get("items[1].key"));
        assertEquals("INFO_FEE", read.getString("items[0].key"));
        assertNull(read.get("cells"));
    }

    @Test
    void badNarrativesAreRefused() {
        long id = createAgencyWithReport(YEAR);
        json().body(Map.of("items", List.of(Map.of("key", "NO_SUCH_ITEM", "text", "x"), Map.of("text", "no heading"))))
                .put(section(id, "part6")).then().statusCode(400)
                .body("errors.pointer", hasItems("/items/0/key", "/items/1/heading"));
        json().body(Map.of("items", List.of(Map.of("key", "INFO_FEE", "text", "a"), Map.of("key", "INFO_FEE", "text", "b"))))
                .put(section(id, "part6")).then().statusCode(400).body("errors[0].pointer", equalTo("/items/1/key"));
        json().body(Map.of("text", "bad\u0000text")).put(section(id, "part5")).then().statusCode(400)
                .body("errors[0].pointer", equalTo("/text"));
        json().body(Map.of("text", "表格没有正文")).put(section(id, "table3")).then().statusCode(400)
                .body("errors[0].pointer", equalTo("/text"));
        json().body(Map.of("key", "part4", "text", "x")).put(section(id, "part5")).then().statusCode(400)
                .body("errors[0].pointer", equalTo("/key"));
        json().get("/agencies/" + id + "/years/" + YEAR + "/sections").then().body("present", equalTo(List.of(false, false,
                false, false, false, false, false, false, false)));
    }

    @Test
    void aSectionKeyTheFormatLacksIsRefused() {
        long id = createAgencyWithReport(YEAR);
        json().body(Map.of("text", "x")).put(section(id, "part7")).then().statusCode(400).contentType(Api.PROBLEM_JSON)
                .body("errors[0].parameter", equalTo("sectionKey")).body("errors[0].reason", containsString("part6"));
        json().get(section(id, "table5")).then().statusCode(400);
        json().delete(section(id, "table5")).then().statusCode(400);
    }

    @Test
    void etagsMoveWithEveryChangeAndStaleWritesGet412() {
        long id = createAgencyWithReport(YEAR);
        String reportBefore = getReport(id, YEAR).header("ETag");
        String v0 = json().body(Map.of("cells", Map.of("NEW", Map.of("NATURAL", 1)))).put(section(id, "table3")).header("ETag");
        String reportAfter = getReport(id, YEAR).header("ETag");
        assertNotEquals(reportBefore, reportAfter, "a section write changes the report's ETag");

        String v1 = json().header("If-Match", v0).body(Map.of("cells", Map.of("NEW", Map.of("NATURAL", 2)))).put(section(id, "table3"))
                .then().statusCode(200).extract().header("ETag");
        assertNotEquals(v0, v1);
        json().header("If-Match", v0).body(Map.of("cells", Map.of("NEW", Map.of("NATURAL", 3)))).put(section(id, "table3"))
                .then().statusCode(412).contentType(Api.PROBLEM_JSON);
        json().header("If-Match", v0).delete(section(id, "table3")).then().statusCode(412);
        json().get(section(id, "table3")).then().body("cells.NEW.NATURAL", equalTo(2)).header("ETag", equalTo(v1));
        json().header("If-None-Match", v1).get(section(id, "table3")).then().statusCode(304);
        // writing the same content again is a no-op: the ETag stays
        json().header("If-Match", v1).body(Map.of("cells", Map.of("NEW", Map.of("NATURAL", 2)))).put(section(id, "table3"))
                .then().statusCode(200).header("ETag", equalTo(v1));
        json().header("If-None-Match", "*").body(Map.of("cells", Map.of())).put(section(id, "table3")).then().statusCode(412);
    }

    @Test
    void deleteRemovesTheSectionAndItsCells() {
        long id = createAgencyWithReport(YEAR);
        json().body(CatalogueTables.filled("national-2021", "table4", cell -> 1)).put(section(id, "table4")).then().statusCode(201);
        json().body(Map.of("text", "正文")).put(section(id, "part5")).then().statusCode(201);
        json().delete(section(id, "table4")).then().statusCode(204);
        json().get(section(id, "table4")).then().statusCode(404).contentType(Api.PROBLEM_JSON);
        json().delete(section(id, "table4")).then().statusCode(404);
        getReport(id, YEAR).then().body("sections.keySet()", equalTo(java.util.Set.of("part5")));
        // written again, the table starts blank
        json().body(Map.of("cells", Map.of())).put(section(id, "table4")).then().statusCode(201)
                .body("cells.CASES.RV_TOTAL", nullValue());
    }

    @Test
    void sectionsOfAMissingReportAre404() {
        long id = Api.createAgency(Api.uniqueName("镇"), "370812");
        json().get("/agencies/" + id + "/years/2022/sections").then().statusCode(404);
        json().body(Map.of("text", "x")).put("/agencies/" + id + "/years/2022/sections/part1").then().statusCode(404)
                .contentType(Api.PROBLEM_JSON);
    }

    private static String section(long agencyId, String key) {
        return "/agencies/" + agencyId + "/years/" + YEAR + "/sections/" + key;
    }

    /** Numbers compared by value (JSON readers differ on int vs long vs decimal). */
    @SuppressWarnings("unchecked")
    private static Object normalised(Object json) {
        if (json instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((key, value) -> copy.put(key, normalised(value)));
            return copy;
        }
        if (json instanceof Number number) {
            return new BigDecimal(number.toString()).stripTrailingZeros();
        }
        return json;
    }
}
