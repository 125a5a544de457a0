package cn.gongkai.report;

import static cn.gongkai.support.Api.createAgency;
import static cn.gongkai.support.Api.createAgencyWithReport;
import static cn.gongkai.support.Api.getReport;
import static cn.gongkai.support.Api.json;
import static cn.gongkai.support.Api.uniqueName;
import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.gongkai.support.Api;
import cn.gongkai.support.CatalogueTables;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class ReportResourceTest {

    @Test
    void putWithoutBodyCreatesAnEmptyReportInTheFormatOfTheYear() {
        long id = createAgency(uniqueName("镇"), "370812");
        json().put("/agencies/" + id + "/years/2023").then().statusCode(201)
                .header("Location", endsWith("/agencies/" + id + "/years/2023"))
                .header("ETag", notNullValue()).header("Last-Modified", notNullValue())
                .body("format", equalTo("national-2021")).body("year", equalTo(2023)).body("agencyId", equalTo((int) id))
                .body("sections", anEmptyMap());
        json().body("{}").put("/agencies/" + id + "/years/2020").then().statusCode(201).body("format", equalTo("trial-2019"));
        json().get("/agencies/" + id + "/years").then().statusCode(200)
                .body("year", equalTo(List.of(2023, 2020)))
                .body("format", equalTo(List.of("national-2021", "trial-2019")))
                .body("sectionsWritten", equalTo(List.of(0, 0)));
        json().body(Map.of("text", "本年度……")).put("/agencies/" + id + "/years/2023/sections/part1").then().statusCode(201);
        json().body(Map.of("text", "无。")).put("/agencies/" + id + "/years/2023/sections/part5").then().statusCode(201);
        json().get("/agencies/" + id + "/years").then().statusCode(200).body("sectionsWritten", equalTo(List.of(2, 0)));
        json().body(Map.of("title", "测试镇2023年政府信息公开工作年度报告")).put("/agencies/" + id + "/years/2023").then().statusCode(200);
        // the list's tag, title and time are the report's own, as GET gives them
        Response report = getReport(id, 2023);
        json().get("/agencies/" + id + "/years").then().statusCode(200)
                .body("[0].etag", equalTo(report.header("ETag"))).body("[0].title", equalTo("测试镇2023年政府信息公开工作年度报告"))
                .body("[0].lastModified", equalTo(report.jsonPath().getString("lastModified")));
    }

    @Test
    void aBodyMayNameTheFormat() {
        long id = createAgency(uniqueName("镇"), "370812");
        json().body(Map.of("format", "trial-2019")).put("/agencies/" + id + "/years/2021").then().statusCode(201)
                .body("format", equalTo("trial-2019"));
        json().body(Map.of("format", "national-2030")).put("/agencies/" + id + "/years/2022").then().statusCode(400)
                .body("errors[0].pointer", equalTo("/format"));
        // no national format covers 2015: the body must name one
        json().put("/agencies/" + id + "/years/2015").then().statusCode(400).body("errors[0].pointer", equalTo("/format"));
        json().body(Map.of("format", "trial-2019")).put("/agencies/" + id + "/years/2015").then().statusCode(201);
    }

    @Test
    void whatGetReturnsPutAcceptsAndACopyGoesUnderAnotherAgency() {
        long demo = demoAgencyId();
        Response original = getReport(demo, 2023);
        original.then().statusCode(200);
        Map<String, Object> body = original.jsonPath().getMap("");
        // write back unchanged: accepted, and nothing changes (the ETag stays)
        json().header("If-Match", original.header("ETag")).body(body).put("/agencies/" + demo + "/years/2023").then()
                .statusCode(200).header("ETag", equalTo(original.header("ETag")));

        long copy = createAgency(uniqueName("复制镇"), "370812");
        Map<String, Object> withoutIdentity = new LinkedHashMap<>(body);
        withoutIdentity.remove("agencyId");
        withoutIdentity.remove("agencyName");
        json().body(withoutIdentity).put("/agencies/" + copy + "/years/2023").then().statusCode(201);
        Map<String, Object> copied = getReport(copy, 2023).jsonPath().getMap("");
        assertEquals(withoutTimestamps(body.get("sections")), withoutTimestamps(copied.get("sections")));
        assertEquals(body.get("title"), copied.get("title"));
        assertEquals(body.get("preamble"), copied.get("preamble"));
    }

    @Test
    void identityThatContradictsThePathIsRefused() {
        long demo = demoAgencyId();
        Map<String, Object> body = getReport(demo, 2023).jsonPath().getMap("");
        long other = createAgency(uniqueName("镇"), "370812");
        json().body(body).put("/agencies/" + other + "/years/2023").then().statusCode(400).contentType(Api.PROBLEM_JSON)
                .body("errors.pointer", equalTo(List.of("/agencyId", "/agencyName")));
        json().body(Map.of("year", 2022)).put("/agencies/" + other + "/years/2023").then().statusCode(400)
                .body("errors[0].pointer", equalTo("/year"));
        json().get("/agencies/" + other + "/years").then().body("$", hasSize(0));
    }

    @Test
    void invalidSectionsAreListedByPointerAndNothingIsStored() {
        long id = createAgencyWithReport(2023);
        String etag = getReport(id, 2023).header("ETag");
        Map<String, Object> body = Map.of(
                "title", "标题",
                "sections", Map.of(
                        "table3", Map.of("cells", Map.of("NEW", Map.of("NATURAL", -1, "TOTAL", 1.5))),
                        "table9", Map.of("cells", Map.of()),
                        "part1", Map.of("text", "正文", "cells", Map.of("NEW", Map.of("NATURAL", 1)))));
        json().body(body).put("/agencies/" + id + "/years/2023").then().statusCode(400).contentType(Api.PROBLEM_JSON)
                .body("errors.pointer", hasItems("/sections/table3/cells/NEW/NATURAL", "/sections/table3/cells/NEW/TOTAL",
                        "/sections/table9", "/sections/part1/cells"));
        getReport(id, 2023).then().header("ETag", equalTo(etag)).body("sections", anEmptyMap()).body("title", nullValue());
    }

    @Test
    void replacingRemovesSectionsLeftOut() {
        long id = createAgencyWithReport(2023);
        json().body(Map.of("sections", Map.of("part5", Map.of("text", "问题"), "part6", Map.of("text", "无。"))))
                .put("/agencies/" + id + "/years/2023").then().statusCode(200);
        json().body(Map.of("sections", Map.of("part5", Map.of("text", "问题")))).put("/agencies/" + id + "/years/2023")
                .then().statusCode(200).body("sections.keySet()", equalTo(java.util.Set.of("part5")));
        json().get("/agencies/" + id + "/years/2023/sections/part6").then().statusCode(404);
    }

    @Test
    void staleIfMatchGets412AndChangesNothing() {
        long id = createAgencyWithReport(2023);
        String first = getReport(id, 2023).header("ETag");
        json().header("If-Match", first).body(Map.of("title", "第一版")).put("/agencies/" + id + "/years/2023").then().statusCode(200);
        String second = getReport(id, 2023).header("ETag");
        assertNotEquals(first, second);
        json().header("If-Match", first).body(Map.of("title", "覆盖")).put("/agencies/" + id + "/years/2023").then()
                .statusCode(412).contentType(Api.PROBLEM_JSON).body("detail", containsString(second));
        json().header("If-Match", first).delete("/agencies/" + id + "/years/2023").then().statusCode(412);
        json().header("If-Match", "W/" + second).delete("/agencies/" + id + "/years/2023").then().statusCode(412);
        getReport(id, 2023).then().statusCode(200).body("title", equalTo("第一版"));
        json().header("If-None-Match", "*").put("/agencies/" + id + "/years/2023").then().statusCode(412);
        json().header("If-Match", "*").put("/agencies/" + id + "/years/2024").then().statusCode(412);
        json().get("/agencies/" + id + "/years/2024").then().statusCode(404);
    }

    @Test
    void conditionalGetAnswers304() {
        long id = createAgencyWithReport(2023);
        String etag = getReport(id, 2023).header("ETag");
        json().header("If-None-Match", etag).get("/agencies/" + id + "/years/2023").then().statusCode(304);
        json().header("If-None-Match", "\"report-0-0\"").get("/agencies/" + id + "/years/2023").then().statusCode(200);
        // If-None-Match compares weakly (RFC 9110 §13.1.2): the weak form of the tag matches, and so does the tag in a list
        json().header("If-None-Match", "W/" + etag).get("/agencies/" + id + "/years/2023").then().statusCode(304).header("ETag", etag);
        json().header("If-None-Match", "\"report-0-0\", " + etag).get("/agencies/" + id + "/years/2023").then().statusCode(304);
    }

    @Test
    void deleteRemovesTheReport() {
        long id = createAgencyWithReport(2023);
        json().body(CatalogueTables.filled("national-2021", "table3", cell -> 1)).put("/agencies/" + id + "/years/2023/sections/table3")
                .then().statusCode(201);
        String etag = getReport(id, 2023).header("ETag");
        json().header("If-Match", etag).delete("/agencies/" + id + "/years/2023").then().statusCode(204);
        getReport(id, 2023).then().statusCode(404).contentType(Api.PROBLEM_JSON);
        json().delete("/agencies/" + id + "/years/2023").then().statusCode(404);
        // the year can be written again, from nothing
        json().put("/agencies/" + id + "/years/2023").then().statusCode(201).body("sections", anEmptyMap());
    }

    @Test
    void yearsOutsideTheReportingRangeAreRefused() {
        long id = createAgency(uniqueName("镇"), "370812");
        json().put("/agencies/" + id + "/years/2007").then().statusCode(400).body("errors[0].parameter", equalTo("year"));
        json().put("/agencies/" + id + "/years/2999").then().statusCode(400).body("errors[0].parameter", equalTo("year"));
        json().get("/agencies/" + id + "/years/二〇二三").then().statusCode(404).contentType(Api.PROBLEM_JSON);
    }

    @Test
    void unknownAgencyOrYearIs404() {
        json().get("/agencies/987654321/years").then().statusCode(404).contentType(Api.PROBLEM_JSON);
        json().put("/agencies/987654321/years/2023").then().statusCode(404);
        long id = createAgency(uniqueName("镇"), "370812");
        json().get("/agencies/" + id + "/years/2022").then().statusCode(404).body("detail", containsString("PUT"));
    }

    /** The content of a JSON tree, without the lastModified stamps that differ between two writes of it. */
    static Object withoutTimestamps(Object json) {
        if (json instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((key, value) -> {
                if (!"lastModified".equals(key)) {
                    copy.put(key, withoutTimestamps(value));
                }
            });
            return copy;
        }
        if (json instanceof List<?> list) {
            return list.stream().map(ReportResourceTest::withoutTimestamps).toList();
        }
        return json;
    }

    static long demoAgencyId() {
        return json().queryParam("name", "济宁市兖州区漕河镇人民政府").get("/agencies").then().statusCode(200)
                .extract().jsonPath().getLong("items[0].id");
    }
}
