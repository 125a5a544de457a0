package cn.gongkai.division;

import static cn.gongkai.support.Api.createAgency;
import static cn.gongkai.support.Api.json;
import static cn.gongkai.support.Api.uniqueName;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.gongkai.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

@QuarkusTest
class DivisionResourceTest {

    @Test
    void theDemoDivisionsAreShipped() {
        json().get("/divisions/370812").then().statusCode(200).body("name", equalTo("兖州区")).body("level", equalTo("COUNTY"))
                .body("parentCode", equalTo("370800")).header("ETag", matchesPattern("\"division-370812-\\d+\""));
        json().get("/divisions/370000").then().statusCode(200).body("name", equalTo("山东省"));
        json().queryParam("parent", "370800").get("/divisions").then().statusCode(200)
                .body("items.code", hasItems("370811", "370812", "370883")).header("X-Total-Count", "11");
    }

    @Test
    void createReplaceDeleteOne() {
        json().body(Map.of("name", "测试省")).put("/divisions/510000").then().statusCode(201)
                .header("Location", matchesPattern(".*/divisions/510000$")).body("level", equalTo("PROVINCE"));
        json().body(Map.of("name", "测试市", "parentCode", "510000")).put("/divisions/510100").then().statusCode(201)
                .body("level", equalTo("CITY"));
        String etag = json().get("/divisions/510100").header("ETag");
        json().header("If-Match", etag).body(Map.of("name", "成都市", "parentCode", "510000")).put("/divisions/510100").then()
                .statusCode(200).body("name", equalTo("成都市"));
        json().header("If-Match", etag).body(Map.of("name", "x", "parentCode", "510000")).put("/divisions/510100").then()
                .statusCode(412).contentType(Api.PROBLEM_JSON);
        json().body(Map.of("name", "锦江区", "parentCode", "510100")).put("/divisions/510104").then().statusCode(201);
        json().get("/divisions").then().statusCode(200).body("items.code", hasItems("510000", "510100", "510104"));

        // a division with sub-divisions or agencies stays
        json().delete("/divisions/510100").then().statusCode(409).contentType(Api.PROBLEM_JSON)
                .body("detail", containsString("1 sub-division"));
        long agency = createAgency(uniqueName("锦江区"), "510104");
        json().delete("/divisions/510104").then().statusCode(409).contentType(Api.PROBLEM_JSON)
                .body("detail", containsString("1 agency"));
        json().delete("/agencies/" + agency).then().statusCode(204);
        json().delete("/divisions/510104").then().statusCode(204);
        json().delete("/divisions/510100").then().statusCode(204);
        json().delete("/divisions/510000").then().statusCode(204);
        json().get("/divisions/510000").then().statusCode(404).contentType(Api.PROBLEM_JSON);
    }

    @Test
    void badInputIsRefused() {
        json().get("/divisions/51").then().statusCode(400).contentType(Api.PROBLEM_JSON);
        json().get("/divisions/519999").then().statusCode(404).contentType(Api.PROBLEM_JSON);
        json().queryParam("parent", "519999").get("/divisions").then().statusCode(404).contentType(Api.PROBLEM_JSON);
        json().body(Map.of("name", "孤县", "parentCode", "529900")).put("/divisions/529901").then().statusCode(400)
                .contentType(Api.PROBLEM_JSON).body("errors[0].pointer", equalTo("/parentCode"));
        json().body(Map.of("name", "错市", "parentCode", "370000")).put("/divisions/520100").then().statusCode(400)
                .body("errors[0].pointer", equalTo("/parentCode"));
        json().body(Map.of("name", "错级", "level", "COUNTY")).put("/divisions/530000").then().statusCode(400)
                .body("errors[0].pointer", equalTo("/level"));
    }

    @Test
    void bulkJsonStoresAllOrNothing() {
        List<Map<String, Object>> bad = List.of(
                Map.of("code", "540000", "name", "西藏测试"),
                Map.of("code", "540100", "name", "拉萨测试", "parentCode", "540000"),
                Map.of("code", "540102", "name", "", "parentCode", "540100"),
                Map.of("code", "540202", "name", "无父", "parentCode", "540200"),
                Map.of("code", "540103", "name", "城关\u0007区", "parentCode", "540100"));
        json().body(bad).post("/divisions").then().statusCode(400).contentType(Api.PROBLEM_JSON)
                .body("errors.pointer", hasItems("/2/name", "/3/parentCode", "/4/name")).body("errors", hasSize(3));
        json().get("/divisions/540000").then().statusCode(404);

        List<Map<String, Object>> good = List.of(
                Map.of("code", "540102", "name", "城关区", "parentCode", "540100"),   // child before its parent
                Map.of("code", "540100", "name", "拉萨市", "parentCode", "540000"),
                Map.of("code", "540000", "name", "西藏自治区"));
        json().body(good).post("/divisions").then().statusCode(200).body("received", equalTo(3)).body("created", equalTo(3));
        json().body(good).post("/divisions").then().statusCode(200).body("created", equalTo(0)).body("updated", equalTo(3));
        json().get("/divisions/540102").then().statusCode(200).body("parentCode", equalTo("540100"));
    }

    @Test
    void bulkCsvWithLineNumbers() {
        String bad = "\uFEFF代码,名称,级别,上级代码\r\n650000,新疆测试,PROVINCE,\r\n650100,\"乌鲁木齐,测试\",CITY,650000\r\n"
                + "650102,天山区,TOWN,650100\r\n650103,沙依巴克区,COUNTY,650900\r\n";
        RestAssured.given().contentType("text/csv; charset=UTF-8").body(bad).post("/divisions").then().statusCode(400)
                .contentType(Api.PROBLEM_JSON).body("errors[0].reason", containsString("line 4"));
        String unknownParent = "code,name,level,parentCode\n650000,新疆测试,PROVINCE,\n650103,沙依巴克区,COUNTY,650900\n";
        RestAssured.given().contentType("text/csv; charset=UTF-8").body(unknownParent).post("/divisions").then().statusCode(400)
                .body("errors[0].pointer", equalTo("/1/parentCode")).body("errors[0].reason", containsString("line 3"));
        json().get("/divisions/650000").then().statusCode(404);

        String good = "\uFEFF代码,名称,级别,上级代码\r\n650000,新疆测试,PROVINCE,\r\n650100,\"乌鲁木齐市\",CITY,650000\r\n"
                + "650102,天山区,COUNTY,650100\r\n";
        RestAssured.given().contentType("text/csv; charset=UTF-8").body(good).post("/divisions").then().statusCode(200)
                .body("created", equalTo(3));
        json().get("/divisions/650100").then().statusCode(200).body("name", equalTo("乌鲁木齐市"));
    }
}
