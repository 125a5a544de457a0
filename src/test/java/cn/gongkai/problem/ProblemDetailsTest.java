package cn.gongkai.problem;

import static cn.gongkai.support.Api.json;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import cn.gongkai.support.Api;
import io.quarkus.test.junit.QuarkusTest;

/** Every error is RFC 9457 problem details, whatever went wrong and wherever. */
@QuarkusTest
class ProblemDetailsTest {

    @Test
    void unknownRoute() {
        json().get("/no/such/route").then().statusCode(404).contentType(Api.PROBLEM_JSON)
                .body("type", equalTo("about:blank")).body("title", equalTo("Not Found")).body("status", equalTo(404))
                .body("detail", notNullValue()).body("instance", equalTo("/no/such/route"));
    }

    @Test
    void methodNotAllowed() {
        json().patch("/agencies").then().statusCode(405).contentType(Api.PROBLEM_JSON).body("status", equalTo(405));
    }

    @Test
    void wrongContentType() {
        given().contentType("text/plain").body("name=镇").post("/agencies").then().statusCode(415).contentType(Api.PROBLEM_JSON)
                .body("detail", containsString("application/json"));
    }

    @Test
    void unacceptableMediaType() {
        given().accept("text/csv").get("/formats").then().statusCode(406).contentType(Api.PROBLEM_JSON);
    }

    @Test
    void unacceptableExportType() {
        long id = json().queryParam("name", "漕河镇").get("/agencies").jsonPath().getLong("items[0].id");
        given().accept("application/pdf").get("/agencies/" + id + "/years/2023").then().statusCode(406).contentType(Api.PROBLEM_JSON);
    }

    @Test
    void malformedJson() {
        json().body("{\"name\": 济宁}").post("/agencies").then().statusCode(400).contentType(Api.PROBLEM_JSON)
                .body("type", equalTo("urn:gongkai:problem:malformed-json")).body("detail", containsString("line 1"))
                .body("errors[0].pointer", equalTo(""));
        json().body("{\"name\": \"a\", \"name\": \"b\", \"divisionCode\": \"370812\", \"level\": \"TOWNSHIP\"}").post("/agencies")
                .then().statusCode(400).body("detail", containsString("Duplicate field"));
        json().body("[]").post("/agencies").then().statusCode(400).body("errors[0].pointer", equalTo(""));
    }

    @Test
    void serverFaultHidesTheInternals() {
        json().get("/test-support/fault").then().statusCode(500).contentType(Api.PROBLEM_JSON)
                .body("type", equalTo("urn:gongkai:problem:server-error"))
                .body("detail", containsString("Incident"))
                .body(not(containsString("IllegalStateException")))
                .body(not(containsString("secret")))
                .body(not(containsString("cn.gongkai")));
    }
}
