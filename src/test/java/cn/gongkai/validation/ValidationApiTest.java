package cn.gongkai.validation;

import static cn.gongkai.support.Api.createAgency;
import static cn.gongkai.support.Api.json;
import static cn.gongkai.support.Api.uniqueName;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.gongkai.support.Api;
import cn.gongkai.support.Draft;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Stored reports with last year's, result shape and filters, reviewer decisions, blanks, and errors. */
@QuarkusTest
class ValidationApiTest {

    private static final String PROACTIVE = "/sections/part1/items/0/text";

    /** Stores the demo report under a new agency for 2023 (changed as given) and 2022 (as given); returns the agency id. */
    private static long store(Draft year2023, Draft year2022) {
        long id = createAgency(uniqueName("验证镇"), "370812");
        json().body(strip(year2023)).put("/agencies/" + id + "/years/2023").then().statusCode(201);
        if (year2022 != null) {
            json().body(strip(year2022)).put("/agencies/" + id + "/years/2022").then().statusCode(201);
        }
        return id;
    }

    private static String strip(Draft draft) {
        Draft copy = draft.copy();
        copy.tree().remove(List.of("agencyId", "agencyName", "lastModified"));
        return copy.json();
    }

    @Test
    void theMessageIsWhatAReviewerWouldWrite() {
        Draft report = Draft.demo().text("/sections/part1/items/1/text", "依申请公开工作依法开展。")
                .applicant("NEW", "NATURAL", 12).applicant("R_GRANT", "NATURAL", 9).applicant("R_TOTAL", "NATURAL", 9)
                .applicant("CARRY_OUT", "NATURAL", 1);
        JsonPath result = json().body(report.json()).post("/validate").then().statusCode(200).extract().jsonPath();
        assertEquals(false, result.getBoolean("valid"));
        Map<String, Object> finding = result.getMap("findings.find { it.id == 'APP_BALANCE:NATURAL' }");
        assertEquals("表三（自然人列）：本年新收+上年结转=12，办理结果总计+结转下年度=10，相差2", finding.get("message"));
        assertEquals(12, finding.get("lhs"));
        assertEquals(10, finding.get("rhs"));
        assertEquals(2, finding.get("imbalance"));
        assertEquals("ERROR", finding.get("severity"));
        assertEquals("IN_TABLE", finding.get("category"));
        assertTrue(String.valueOf(finding.get("reference")).contains("勾稽关系"));
        assertEquals(List.of("/sections/table3/cells/NEW/NATURAL", "/sections/table3/cells/CARRY_IN/NATURAL",
                "/sections/table3/cells/R_TOTAL/NATURAL", "/sections/table3/cells/CARRY_OUT/NATURAL"),
                result.getList("findings.find { it.id == 'APP_BALANCE:NATURAL' }.cells.pointer"));
        assertEquals(List.of(12, 0, 9, 1), result.getList("findings.find { it.id == 'APP_BALANCE:NATURAL' }.cells.value"));
    }

    @Test
    void textFindingsPointAtTheSentence() {
        Draft report = Draft.demo().replace(PROACTIVE, "其他信息16条", "其他信息17条");
        JsonPath result = json().body(report.json()).post("/validate").then().extract().jsonPath();
        Map<String, Object> text = result.getMap("findings.find { it.ruleId == 'TXT_PARTS_SUM' }.text");
        assertEquals(PROACTIVE, text.get("pointer"));
        String paragraph = report.at(PROACTIVE).asText();
        assertEquals(paragraph.substring((Integer) text.get("start"), (Integer) text.get("end")), text.get("sentence"));
        assertTrue(((String) text.get("sentence")).startsWith("本年度漕河镇通过政府网站共发布65条信息"));
    }

    @Test
    void blankIsNotZero() {
        Draft report = Draft.demo().cell("table3", "NEW", "NATURAL", null);
        JsonPath result = json().queryParam("include", "all").body(report.json()).post("/validate").then().extract().jsonPath();
        assertEquals("NOT_ASSESSABLE", result.getString("findings.find { it.id == 'APP_BALANCE:NATURAL' }.status"));
        assertEquals("NOT_ASSESSABLE", result.getString("findings.find { it.id == 'APP_TOTAL_COLUMN:NEW' }.status"));
        assertEquals("FAIL", result.getString("findings.find { it.id == 'APP_NO_BLANK:table3' }.status"));
        assertEquals(List.of("/sections/table3/cells/NEW/NATURAL"), result.getList("findings.find { it.id == 'APP_NO_BLANK:table3' }.cells.pointer"));
        assertEquals("PASS", result.getString("findings.find { it.id == 'APP_BALANCE:TOTAL' }.status"));
        assertTrue(result.getBoolean("valid"), "a blank is a warning, not an error");
    }

    @Test
    void narrativeRulesReadFullWidthDigitsChineseNumeralsAndSeparators() {
        for (String variant : List.of("其他信息１６条", "其他信息十六条")) {
            Draft report = Draft.demo().replace(PROACTIVE, "其他信息16条", variant);
            JsonPath result = json().queryParam("include", "all").body(report.json()).post("/validate").then().extract().jsonPath();
            assertEquals("PASS", result.getString("findings.find { it.id == 'TXT_PARTS_SUM:part1.PROACTIVE.1' }.status"), variant);
        }
        Draft thousands = Draft.demo().replace(PROACTIVE, "共发布65条信息", "共发布1,065条信息").replace(PROACTIVE, "其他信息16条", "其他信息1,016条");
        JsonPath result = json().queryParam("include", "all").body(thousands.json()).post("/validate").then().extract().jsonPath();
        assertEquals("PASS", result.getString("findings.find { it.id == 'TXT_PARTS_SUM:part1.PROACTIVE.1' }.status"));
        Draft sixty = Draft.demo().replace(PROACTIVE, "共发布65条信息", "共发布六十五条信息").replace(PROACTIVE, "其他信息16条", "其他信息17条");
        result = json().body(sixty.json()).post("/validate").then().extract().jsonPath();
        assertEquals("FAIL", result.getString("findings.find { it.id == 'TXT_PARTS_SUM:part1.PROACTIVE.1' }.status"));
        // wording that cannot be read gives no finding, never an ERROR
        Draft vague = Draft.demo().replace(PROACTIVE, "其他信息16条", "其他信息若干条");
        result = json().queryParam("severity", "ERROR").body(vague.json()).post("/validate").then().extract().jsonPath();
        assertTrue(result.getBoolean("valid"));
    }

    @Test
    void storedReportsAreComparedWithLastYear() {
        Draft lastYear = Draft.demo().set("year", 2022).replace("/title", "2023年", "2022年")
                .replace("/preamble", "2023年1月1日起至2023年12月31日", "2022年1月1日起至2022年12月31日")
                .applicant("NEW", "NATURAL", 1).applicant("CARRY_OUT", "NATURAL", 1).text("/sections/part1/items/1/text", "收到申请1件。");
        long id = store(Draft.demo(), lastYear);
        JsonPath result = json().queryParam("category", "CROSS_YEAR").queryParam("include", "all")
                .get("/agencies/" + id + "/years/2023/validate").then().statusCode(200).extract().jsonPath();
        assertTrue(result.getBoolean("previousYearCompared"));
        assertEquals("FAIL", result.getString("findings.find { it.id == 'XY_APP_CARRY:TOTAL' }.status"));
        assertEquals("ERROR", result.getString("findings.find { it.id == 'XY_APP_CARRY:TOTAL' }.severity"));
        assertEquals("previous:/sections/table3/cells/CARRY_OUT/TOTAL",
                result.getString("findings.find { it.id == 'XY_APP_CARRY:TOTAL' }.cells[1].pointer"));
        assertEquals("FAIL", result.getString("findings.find { it.id == 'XY_TEXT_DUPLICATION:part5' }.status"));
        assertEquals(List.of("CROSS_YEAR"), result.getList("findings.category").stream().distinct().toList());
        // without last year's report the cross-year rules are not assessable
        long alone = store(Draft.demo(), null);
        json().queryParam("include", "all").get("/agencies/" + alone + "/years/2023/validate").then()
                .body("previousYearCompared", equalTo(false))
                .body("findings.findAll { it.category == 'CROSS_YEAR' }.status", everyItem(equalTo("NOT_ASSESSABLE")));
    }

    @Test
    void resultsFilterBySeverityAndCategoryAndListFailuresByDefault() {
        Draft report = Draft.demo().cell("table4", "CASES", "RV_UPHELD", 1).replace(PROACTIVE, "其他信息16条", "其他信息15条");
        JsonPath failures = json().body(report.json()).post("/validate").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("REVIEW_TOTAL:RV", "TXT_PARTS_SUM:part1.PROACTIVE.1"), failures.getList("findings.id"));
        assertEquals(2, failures.getInt("summary.failed"));
        assertEquals(1, failures.getInt("summary.bySeverity.ERROR.failed"));
        assertEquals(1, failures.getInt("summary.byCategory.TEXT_TABLE.failed"));
        json().queryParam("severity", "ERROR").body(report.json()).post("/validate").then().body("findings.id", equalTo(List.of("REVIEW_TOTAL:RV")));
        json().queryParam("category", "text_table,structure").body(report.json()).post("/validate").then()
                .body("findings.id", equalTo(List.of("TXT_PARTS_SUM:part1.PROACTIVE.1")));
        JsonPath all = json().queryParam("include", "all").body(report.json()).post("/validate").then().extract().jsonPath();
        assertEquals(all.getInt("summary.evaluated"), all.getList("findings").size());
        assertEquals(failures.getInt("summary.evaluated"), all.getInt("summary.evaluated"));
    }

    @Test
    void theWrappedFormCarriesLastYearAndTheAgencyLevel() {
        Draft lastYear = Draft.demo().set("year", 2022).cell("table2", "LICENSING", "DECISIONS", 500);
        String body = Draft.demo().with(lastYear, "TOWNSHIP");
        json().queryParam("include", "all").body(body).post("/validate").then().statusCode(200)
                .body("previousYearCompared", equalTo(true))
                .body("findings.find { it.id == 'XY_YOY_JUMP:LICENSING' }.status", equalTo("FAIL"))
                .body("findings.find { it.id == 'ACT_RULES_SCOPE:RULES' }.status", equalTo("PASS"));
    }

    @Test
    void aDismissalHoldsUntilItsCellsOrTextChange() {
        long id = store(Draft.demo().replace(PROACTIVE, "其他信息16条", "其他信息15条"), null);
        String path = "/agencies/" + id + "/years/2023";
        String finding = "TXT_PARTS_SUM:part1.PROACTIVE.1";
        // (the copy also fails STR_AGENCY_YEAR: its title names 漕河镇, not this test agency)
        JsonPath before = json().get(path + "/validate").then().body("findings.id", hasItem(finding)).extract().jsonPath();
        int failed = before.getInt("summary.failed");

        String decided = json().body(ValidationExamples.DECISION).put(path + "/decisions/" + finding)
                .then().statusCode(200).body("decision.status", equalTo("DISMISSED")).body("decision.current", equalTo(true)).extract().asString();
        // this is the case the OpenAPI examples show
        ValidationExamplesTest.assertShows(ValidationExamples.DISMISSED, decided, java.util.Set.of("decision.decidedAt"));
        JsonPath dismissed = json().get(path + "/validate").then().extract().jsonPath();
        assertEquals(failed - 1, dismissed.getInt("summary.failed"));
        assertEquals(1, dismissed.getInt("summary.dismissed"));
        assertEquals("DISMISSED", dismissed.getString("findings.find { it.id == '" + finding + "' }.decision.status"));
        String fingerprint = dismissed.getString("findings.find { it.id == '" + finding + "' }.fingerprint");

        // an edit elsewhere leaves the dismissal standing
        json().body(Map.of("text", "第五部分改写后的内容，仍然具体说明存在的问题和改进措施。")).put(path + "/sections/part5").then().statusCode(200);
        json().get(path + "/validate").then().body("summary.dismissed", equalTo(1));

        // a change to the sentence it rests on revives the finding
        String part1 = json().get(path + "/sections/part1").asString();
        json().body(part1.replace("其他信息15条", "其他信息14条")).put(path + "/sections/part1").then().statusCode(200);
        JsonPath revived = json().get(path + "/validate").then().extract().jsonPath();
        assertEquals(failed, revived.getInt("summary.failed"), revived.getList("findings.id").toString() + before.getList("findings.id"));
        assertEquals(false, revived.getBoolean("findings.find { it.id == '" + finding + "' }.decision.current"));
        assertNotEquals(fingerprint, revived.getString("findings.find { it.id == '" + finding + "' }.fingerprint"));

        json().delete(path + "/decisions/" + finding).then().statusCode(204);
        json().get(path + "/validate").then().body("findings.find { it.id == '" + finding + "' }.decision", equalTo(null));
        json().delete(path + "/decisions/" + finding).then().statusCode(404).contentType(Api.PROBLEM_JSON);
    }

    @Test
    void decisionsNeedAFailingFindingAndAReason() {
        long id = store(Draft.demo(), null);
        String path = "/agencies/" + id + "/years/2023/decisions/";
        json().body(Map.of("status", "DISMISSED", "reason", "x")).put(path + "APP_BALANCE:TOTAL").then().statusCode(404)
                .contentType(Api.PROBLEM_JSON).body("detail", containsString("no failing finding"));
        json().body(Map.of("status", "DISMISSED", "reason", " ")).put(path + "APP_BALANCE:TOTAL").then().statusCode(400)
                .body("errors[0].pointer", equalTo("/reason"));
        json().body(Map.of("status", "IGNORED", "reason", "x")).put(path + "APP_BALANCE:TOTAL").then().statusCode(400)
                .body("errors[0].pointer", equalTo("/status"));
    }

    @Test
    void badRequestsAreProblems() {
        json().queryParam("include", "some").body(Draft.demo().json()).post("/validate").then().statusCode(400).contentType(Api.PROBLEM_JSON)
                .body("errors[0].parameter", equalTo("include"));
        json().queryParam("severity", "FATAL").get("/agencies/1/years/2023/validate").then().statusCode(400)
                .body("errors[0].parameter", equalTo("severity"));
        json().body("{\"sections\":{}}").post("/validate").then().statusCode(400).body("errors[0].pointer", equalTo("/year"));
        json().body("{\"year\":2023,\"format\":\"national-2030\"}").post("/validate").then().statusCode(400)
                .body("errors[0].pointer", equalTo("/format"));
        json().body("[1,2]").post("/validate").then().statusCode(400).contentType(Api.PROBLEM_JSON);
        json().body("{\"report\":{\"year\":2023},\"previous\":5}").post("/validate").then().statusCode(400)
                .body("errors[0].pointer", equalTo("/previous"));
        json().get("/agencies/987654321/years/2023/validate").then().statusCode(404).contentType(Api.PROBLEM_JSON);
        json().get("/rules/NO_SUCH_RULE").then().statusCode(404).contentType(Api.PROBLEM_JSON);
    }

    @Test
    void theRuleCatalogueIsServed() {
        json().get("/rules").then().statusCode(200)
                .body("id", hasItem("APP_BALANCE"))
                .body("find { it.id == 'APP_BALANCE' }.formats", equalTo(List.of("national-2021", "trial-2019")))
                .body("find { it.id == 'TXT_FEE_STATEMENT' }.formats", equalTo(List.of("national-2021")))
                .body("titleZh", everyItem(not(equalTo(""))))
                .body("titleEn", everyItem(not(equalTo(""))))
                .body("expression", everyItem(not(equalTo(""))))
                .body("reference", everyItem(not(equalTo(""))));
        json().get("/rules/XY_APP_CARRY").then().statusCode(200).body("severityFor.TOTAL", equalTo("ERROR"));
    }

    @Test
    void aValidationStoresNothing() {
        long before = json().get("/agencies").jsonPath().getLong("totalItems");
        json().body(Draft.demo().json()).post("/validate").then().statusCode(200);
        assertEquals(before, json().get("/agencies").jsonPath().getLong("totalItems"));
    }
}
