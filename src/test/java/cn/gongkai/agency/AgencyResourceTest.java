package cn.gongkai.agency;

import static cn.gongkai.support.Api.agency;
import static cn.gongkai.support.Api.createAgency;
import static cn.gongkai.support.Api.json;
import static cn.gongkai.support.Api.uniqueName;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.gongkai.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class AgencyResourceTest {

    @Test
    void createReadReplaceDelete() {
        String name = uniqueName("兖州区");
        Map<String, Object> body = agency(name, "370812");
        body.put("scope", "REGION");
        body.put("level", "COUNTY_GOVERNMENT");
        body.put("address", "济宁市兖州区建设东路1号");
        body.put("phone", "0537—3412345");
        body.put("website", "www.yanzhou.gov.cn");
        body.put("code", "11370882004245010D");
        Response created = json().body(body).post("/agencies");
        created.then().statusCode(201)
                .header("Location", matchesPattern(".*/agencies/\\d+$"))
                .header("ETag", matchesPattern("\"agency-\\d+-0\""))
                .body("name", equalTo(name)).body("scope", equalTo("REGION")).body("level", equalTo("COUNTY_GOVERNMENT"))
                .body("code", equalTo("11370882004245010D")).body("createdAt", notNullValue());
        long id = created.jsonPath().getLong("id");

        json().get(created.header("Location")).then().statusCode(200).body("address", equalTo("济宁市兖州区建设东路1号"))
                .body("phone", equalTo("0537—3412345"));

        body.put("address", "济宁市兖州区建设东路2号");
        body.put("id", id);
        body.remove("code");
        String etag = json().get("/agencies/" + id).header("ETag");
        json().header("If-Match", etag).body(body).put("/agencies/" + id).then().statusCode(200)
                .body("address", equalTo("济宁市兖州区建设东路2号")).body("code", nullValue())
                .header("ETag", matchesPattern("\"agency-\\d+-1\""));

        json().delete("/agencies/" + id).then().statusCode(204);
        json().get("/agencies/" + id).then().statusCode(404).contentType(Api.PROBLEM_JSON);
    }

    @Test
    void scopeDefaultsToAgency() {
        json().body(agency(uniqueName("镇"), "370812")).post("/agencies").then().statusCode(201).body("scope", equalTo("AGENCY"));
    }

    @Test
    void pagesWithLinkHeadersAndFilters() {
        String marker = "分页" + System.nanoTime();
        for (int i = 0; i < 5; i++) {
            createAgency(marker + "第" + i + "镇人民政府", i < 3 ? "371102" : "371103");
        }
        Response first = json().queryParam("name", marker).queryParam("size", 2).get("/agencies");
        first.then().statusCode(200)
                .header("X-Total-Count", "5")
                .body("items", hasSize(2)).body("page", equalTo(0)).body("size", equalTo(2))
                .body("totalItems", equalTo(5)).body("totalPages", equalTo(3));
        // one Link header per relation (RFC 8288 allows either form)
        String link = String.join(", ", first.headers().getValues("Link"));
        assertTrue(link.contains("rel=\"next\""), link);
        assertTrue(link.contains("rel=\"last\""), link);
        assertTrue(!link.contains("rel=\"prev\""), link);
        assertTrue(link.matches(".*page=2[^>]*>;\\s*rel=\"last\".*"), link);

        Response last = json().queryParam("name", marker).queryParam("size", 2).queryParam("page", 2).get("/agencies");
        last.then().body("items", hasSize(1)).body("items[0].name", equalTo(marker + "第4镇人民政府"));
        assertTrue(String.join(", ", last.headers().getValues("Link")).contains("rel=\"prev\""));

        json().queryParam("name", marker).queryParam("division", "371102").get("/agencies").then()
                .body("totalItems", equalTo(3));
        json().queryParam("name", marker).queryParam("division", "3711").get("/agencies").then()
                .body("totalItems", equalTo(5));
        json().queryParam("name", marker.substring(2)).queryParam("division", "371103").get("/agencies").then()
                .body("totalItems", equalTo(2)).body("items.name", hasItem(marker + "第3镇人民政府"));
        // LIKE wildcards in a filter are literal
        json().queryParam("name", "%").queryParam("division", "3711").get("/agencies").then().body("totalItems", equalTo(0));
    }

    @Test
    void badPagingParametersAreProblems() {
        json().queryParam("size", 0).queryParam("page", -1).get("/agencies").then().statusCode(400).contentType(Api.PROBLEM_JSON)
                .body("errors.parameter", equalTo(List.of("page", "size")));
        json().queryParam("size", 201).get("/agencies").then().statusCode(400).body("errors[0].parameter", equalTo("size"));
        json().queryParam("division", "37a").get("/agencies").then().statusCode(400).body("errors[0].parameter", equalTo("division"));
    }

    @Test
    void invalidAgenciesAreRefusedWithPointersAndNothingIsStored() {
        long before = total();
        json().body(Map.of("name", " ", "divisionCode", "3708", "level", "TOWNSHIP", "code", "123")).post("/agencies")
                .then().statusCode(400).contentType(Api.PROBLEM_JSON)
                .body("type", equalTo("urn:gongkai:problem:invalid-input"))
                .body("errors.pointer", equalTo(List.of("/code", "/divisionCode", "/name")));
        json().body(Map.of("name", "镇", "divisionCode", "370812", "level", "VILLAGE")).post("/agencies")
                .then().statusCode(400).body("errors[0].pointer", equalTo("/level"))
                .body("errors[0].reason", containsString("TOWNSHIP"));
        json().body(Map.of("name", "镇", "divisionCode", "370812")).post("/agencies")
                .then().statusCode(400).body("errors[0].pointer", equalTo("/level"));
        json().body(Map.of("id", 99, "name", "镇", "divisionCode", "370812", "level", "TOWNSHIP")).post("/agencies")
                .then().statusCode(400).body("errors[0].pointer", equalTo("/id"));
        json().body(Map.of("name", "镇\u0000", "divisionCode", "370812", "level", "TOWNSHIP")).post("/agencies")
                .then().statusCode(400).body("errors[0].pointer", equalTo("/name"));
        json().body(Map.of("name", "镇", "divisionCode", "370812", "level", "TOWNSHIP", "nmae", "x")).post("/agencies")
                .then().statusCode(400).body("errors[0].pointer", equalTo("/nmae"));
        json().body("{\"name\": \"镇\", ").post("/agencies").then().statusCode(400).contentType(Api.PROBLEM_JSON)
                .body("type", equalTo("urn:gongkai:problem:malformed-json"));
        assertEquals(before, total());
    }

    @Test
    void creditCodeIsUniqueWhenGiven() {
        Map<String, Object> first = agency(uniqueName("镇"), "370812");
        first.put("code", "11370882MB2853470X");
        json().body(first).post("/agencies").then().statusCode(201);
        Map<String, Object> second = agency(uniqueName("镇"), "370812");
        second.put("code", "11370882MB2853470X");
        long before = total();
        json().body(second).post("/agencies").then().statusCode(409).contentType(Api.PROBLEM_JSON)
                .body("errors[0].pointer", equalTo("/code"));
        assertEquals(before, total());
        // blank means "no code", and many agencies may have none
        second.put("code", "");
        json().body(second).post("/agencies").then().statusCode(201).body("code", nullValue());
    }

    @Test
    void replaceWithAStaleEtagIsRefusedAndChangesNothing() {
        String name = uniqueName("镇");
        long id = createAgency(name, "370812");
        String stale = json().get("/agencies/" + id).header("ETag");
        Map<String, Object> body = agency(name, "370812");
        body.put("address", "新地址");
        json().header("If-Match", stale).body(body).put("/agencies/" + id).then().statusCode(200);
        body.put("address", "覆盖");
        json().header("If-Match", stale).body(body).put("/agencies/" + id).then().statusCode(412).contentType(Api.PROBLEM_JSON);
        json().header("If-Match", stale).delete("/agencies/" + id).then().statusCode(412);
        json().get("/agencies/" + id).then().statusCode(200).body("address", equalTo("新地址"));
        Map<String, Object> wrongId = agency(name, "370812");
        wrongId.put("id", id + 1000);
        json().body(wrongId).put("/agencies/" + id).then().statusCode(400).body("errors[0].pointer", equalTo("/id"));
    }

    @Test
    void unknownAgencyIs404() {
        json().get("/agencies/987654321").then().statusCode(404).contentType(Api.PROBLEM_JSON).body("detail", containsString("987654321"));
        json().body(agency("镇", "370812")).put("/agencies/987654321").then().statusCode(404);
        json().delete("/agencies/987654321").then().statusCode(404);
    }

    @Test
    void deletingAnAgencyWithReportsNeedsCascade() {
        long id = Api.createAgencyWithReport(2023);
        json().delete("/agencies/" + id).then().statusCode(409).contentType(Api.PROBLEM_JSON)
                .body("detail", containsString("cascade=true"));
        json().get("/agencies/" + id + "/years/2023").then().statusCode(200);
        json().queryParam("cascade", true).delete("/agencies/" + id).then().statusCode(204);
        json().get("/agencies/" + id).then().statusCode(404);
        json().get("/agencies/" + id + "/years/2023").then().statusCode(404);
    }

    private static long total() {
        return json().get("/agencies").jsonPath().getLong("totalItems");
    }
}
