package cn.gongkai.support;

import static io.restassured.RestAssured.given;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.restassured.RestAssured;
import io.restassured.config.DecoderConfig;
import io.restassured.config.EncoderConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Small helpers for driving the HTTP API from tests. */
public final class Api {

    public static final String PROBLEM_JSON = "application/problem+json";

    static {
        RestAssured.config = RestAssured.config()
                .encoderConfig(EncoderConfig.encoderConfig().defaultContentCharset("UTF-8")
                        .encodeContentTypeAs(PROBLEM_JSON, ContentType.JSON))
                .decoderConfig(DecoderConfig.decoderConfig().defaultContentCharset("UTF-8"));
    }

    private Api() {
    }

    public static RequestSpecification json() {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** A unique agency name, so tests sharing one database never collide. */
    public static String uniqueName(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "人民政府";
    }

    public static Map<String, Object> agency(String name, String division) {
        Map<String, Object> agency = new LinkedHashMap<>();
        agency.put("name", name);
        agency.put("divisionCode", division);
        agency.put("level", "TOWNSHIP");
        return agency;
    }

    /** Creates an agency and returns its id. */
    public static long createAgency(String name, String division) {
        return json().body(agency(name, division)).post("/agencies").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** Creates an agency with an empty report for {@code year}; returns the agency id. */
    public static long createAgencyWithReport(int year) {
        long id = createAgency(uniqueName("测试镇"), "370812");
        json().put("/agencies/" + id + "/years/" + year).then().statusCode(201);
        return id;
    }

    /** Stores a report as GET returns one (of any agency) for {@code agencyId}: its agency's id and name left out. */
    public static void putReport(long agencyId, int year, Map<String, Object> report) {
        Map<String, Object> body = new LinkedHashMap<>(report);
        body.remove("agencyId");
        body.remove("agencyName");
        json().body(body).put("/agencies/" + agencyId + "/years/" + year).then().statusCode(201);
    }

    public static Response getReport(long agencyId, int year) {
        return json().get("/agencies/" + agencyId + "/years/" + year);
    }
}
