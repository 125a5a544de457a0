package cn.gongkai.rollup;

import static cn.gongkai.support.Api.json;
import static cn.gongkai.support.Api.uniqueName;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.gongkai.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * A roll-up validates at most gongkai.rollup.validate-per-request stale reports; the rest are counted as not
 * validated and listed as UNVALIDATED until a later request gets to them. Here the budget is one report a request.
 */
@QuarkusTest
@TestProfile(ValidationBudgetTest.OneReportPerRequest.class)
class ValidationBudgetTest {

    public static class OneReportPerRequest implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gongkai.rollup.validate-per-request", "1");
        }
    }

    @Test
    void reportsBeyondTheBudgetWaitForTheNextRequest() {
        json().body(List.of(Map.of("code", "660000", "name", "预算测试省"), Map.of("code", "660100", "name", "己市", "parentCode", "660000")))
                .post("/divisions").then().statusCode(200);
        for (int i = 0; i < 3; i++) {
            long id = json().body(Api.agency(uniqueName("预算测试"), "660100")).post("/agencies").then().statusCode(201).extract().jsonPath()
                    .getLong("id");
            json().put("/agencies/" + id + "/years/2023").then().statusCode(201);
        }

        // three stale reports, one validated per request: 2, 1, then 0 left
        for (int left = 2; left >= 0; left--) {
            JsonPath summary = json().get("/divisions/660100/years/2023/summary").then().statusCode(200).extract().jsonPath();
            assertEquals(3, summary.getInt("coverage.reportsPresent"));
            assertEquals(left, summary.getInt("coverage.notValidated"));
        }

        // the agency table has the same budget: of two new stale reports, one is validated, the other waits
        for (int i = 0; i < 2; i++) {
            long id = json().body(Api.agency(uniqueName("预算测试"), "660100")).post("/agencies").then().statusCode(201).extract().jsonPath()
                    .getLong("id");
            json().put("/agencies/" + id + "/years/2023").then().statusCode(201);
        }
        for (int left = 1; left >= 0; left--) {
            JsonPath table = json().queryParam("validity", "UNVALIDATED").get("/divisions/660100/years/2023/agencies").then().statusCode(200)
                    .extract().jsonPath();
            assertEquals(left, table.getList("items").size());
            assertEquals(java.util.Collections.nCopies(left, "UNVALIDATED"), table.getList("items.validity", String.class));
        }
    }
}
