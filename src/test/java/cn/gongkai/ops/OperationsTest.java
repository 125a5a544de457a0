package cn.gongkai.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

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
        double abortedBefore = metric("gongkai_requests_aborted_by_client_total");
        double activeBefore = metric("http_server_active_requests");
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.getOutputStream().write(("POST /validate HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 100000\r\n\r\n{\"year\": 2023, \"sections\": {").getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            // hang up only once the server is waiting for the rest of the body: a connection closed before its
            // request is dispatched vanishes without an exception, and that is not what this test is about
            awaitAtLeast("http_server_active_requests", activeBefore + 1);
        }
        awaitAtLeast("gongkai_requests_aborted_by_client_total", abortedBefore + 1);
        assertEquals(abortedBefore + 1, metric("gongkai_requests_aborted_by_client_total"), "counted once");
    }

    /** The server notices on its own time; waits up to 20 s for the metric to reach at least the value. */
    private static void awaitAtLeast(String name, double expected) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (metric(name) < expected && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(metric(name) >= expected, name + " did not reach " + expected);
    }

    private static double metric(String name) {
        String metrics = given().accept("text/plain").get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(line -> line.startsWith(name + " ") || line.startsWith(name + "{"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    @Test
    void swaggerUiIsServed() {
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }
}
