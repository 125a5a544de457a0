package cn.gongkai.validation;

import static cn.gongkai.support.Api.json;
import static cn.gongkai.support.Api.uniqueName;
import static cn.gongkai.validation.WordingRobustnessTest.ON_REQUEST;
import static cn.gongkai.validation.WordingRobustnessTest.PART4;
import static cn.gongkai.validation.WordingRobustnessTest.applications;
import static cn.gongkai.validation.WordingRobustnessTest.rows;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.gongkai.support.Api;
import cn.gongkai.support.Draft;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * A government's report on its whole region (scope REGION) speaks for its region's units: “全区各部门均未收到…” is its own claim
 * of none, checked against its tables, where an agency's report saying so speaks of other units and claims nothing.
 */
@QuarkusTest
class RegionScopeTest {

    private static final String NO_APPLICATIONS = "2023年，全区各部门均未收到政府信息公开申请。";
    private static final String NO_REVIEWS = "2023年，全区各部门未发生政府信息公开行政复议。";

    /** Three applications granted in the tables, none claimed by the region's units in the text. */
    private static Draft claimingNoApplications() {
        return applications(rows("R_GRANT", 3)).text(ON_REQUEST, NO_APPLICATIONS);
    }

    private static String withScope(Draft draft, String scope) {
        return draft.with(null, null, scope);
    }

    private static String status(JsonPath result, String findingId) {
        return result.getString("findings.find { it.id == '" + findingId + "' }.status");
    }

    @Test
    void aRegionsUnitsClaimingNoneIsTheRegionReportsOwnClaim() {
        JsonPath region = EveryRuleTest.validate(withScope(claimingNoApplications(), "REGION"));
        assertEquals("FAIL", status(region, "TXT_NO_APPLICATION_CLAIM:NEW"));
        assertEquals("ERROR", region.getString("findings.find { it.id == 'TXT_NO_APPLICATION_CLAIM:NEW' }.severity"));

        // the same words in an agency's report, or one that does not say its scope, speak of other units
        assertNotEquals("FAIL", status(EveryRuleTest.validate(withScope(claimingNoApplications(), "AGENCY")), "TXT_NO_APPLICATION_CLAIM:NEW"));
        assertNotEquals("FAIL", status(EveryRuleTest.validate(claimingNoApplications().json()), "TXT_NO_APPLICATION_CLAIM:NEW"));
    }

    @Test
    void aRegionsUnitsClaimingNoReviewIsCheckedAgainstTable4() {
        Draft oneReview = Draft.demo().cell("table4", "CASES", "RV_UPHELD", 1).cell("table4", "CASES", "RV_TOTAL", 1).text(PART4, NO_REVIEWS);
        JsonPath region = EveryRuleTest.validate(withScope(oneReview, "REGION"));
        assertEquals("FAIL", region.getString("findings.find { it.ruleId == 'TXT_NO_CASE_CLAIM' && it.severity == 'ERROR' }.status"));
        assertNull(EveryRuleTest.validate(oneReview.json())
                .getString("findings.find { it.ruleId == 'TXT_NO_CASE_CLAIM' && it.status == 'FAIL' }.id"));
    }

    @Test
    void anUnknownScopeIsRefusedByName() {
        json().body(withScope(claimingNoApplications(), "CITY")).post("/validate").then().statusCode(400).contentType(Api.PROBLEM_JSON)
                .body("errors.pointer", hasItem("/scope"));
    }

    /** A stored report is read with its agency's scope; changing the scope makes the agency's stored counts stale at once. */
    @Test
    void aStoredReportIsReadWithItsAgencysScope() {
        Map<String, Object> agency = Api.agency(uniqueName("全区测试"), "370812");
        agency.put("level", "COUNTY_GOVERNMENT");
        agency.put("scope", "REGION");
        long id = json().body(agency).post("/agencies").then().statusCode(201).extract().jsonPath().getLong("id");
        Api.putReport(id, 2023, JsonPath.from(claimingNoApplications().json()).getMap(""));
        String validate = "/agencies/" + id + "/years/2023/validate";
        json().get(validate).then().statusCode(200).body("findings.find { it.id == 'TXT_NO_APPLICATION_CLAIM:NEW' }.status", equalTo("FAIL"));
        int errors = agencyRow(id).getInt("errors");

        agency.put("scope", "AGENCY");
        String etag = json().get("/agencies/" + id).then().statusCode(200).extract().header("ETag");
        json().header("If-Match", etag).body(agency).put("/agencies/" + id).then().statusCode(200).body("scope", equalTo("AGENCY"));
        assertEquals(errors - 1, agencyRow(id).getInt("errors"), "the roll-up counts the report again under its new scope");
        assertNotEquals("FAIL", status(json().queryParam("include", "all").get(validate).then().statusCode(200).extract().jsonPath(),
                "TXT_NO_APPLICATION_CLAIM:NEW"));
    }

    private static JsonPath agencyRow(long agencyId) {
        return JsonPath.from(json().queryParam("size", 500).get("/divisions/370812/years/2023/agencies").then().statusCode(200).extract()
                .jsonPath().prettify()).setRootPath("items.find { it.agencyId == " + agencyId + " }");
    }
}
