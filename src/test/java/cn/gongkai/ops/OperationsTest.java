package cn.gongkai.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OperationsTest {

    @Test
    void healthIsUpAndReadinessIncludesTheDatabase() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database connections health check")));
    }

    @Test
    void metricsArePrometheusText() {
        given().get("/formats").then().statusCode(200);
        given().accept("text/plain").get("/q/metrics").then().statusCode(200).contentType(containsString("text/plain"))
                .body(containsString("http_server_requests_seconds_count")).body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void corsAllowsConfiguredFrontEndsAndExposesTheHeadersTheyNeed() {
        given().header("Origin", "http://localhost:5173").header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "If-Match,Content-Type")
                .options("/agencies/1").then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("http://localhost:5173"))
                .header("Access-Control-Allow-Methods", containsString("PUT"));
        given().header("Origin", "http://localhost:5173").get("/formats").then().statusCode(200)
                .header("Access-Control-Expose-Headers", containsString("ETag"))
                .header("Access-Control-Expose-Headers", containsString("Location"))
                .header("Access-Control-Expose-Headers", containsString("Link"));
    }

    @Test
    void aClientThatHangsUpMidBodyIsCountedNotAnIncident() throws Exception {
        double before = abortedByClient();
        try (java.net.Socket socket = new java.net.Socket("localhost", io.restassured.RestAssured.port)) {
            socket.getOutputStream().write(("POST /validate HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 100000\r\n\r\n{\"year\": 2023, \"sections\": {").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
        }
        // the server notices the closed connection on its own time: wait for the count, up to 20 s
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
        while (abortedByClient() < before + 1 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        org.junit.jupiter.api.Assertions.assertEquals(before + 1, abortedByClient());
    }

    private static double abortedByClient() {
        String metrics = given().accept("text/plain").get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(line -> line.startsWith("gongkai_requests_aborted_by_client_total"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    @Test
    void swaggerUiIsServed() {
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }
}
