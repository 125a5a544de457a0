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

    /** Over quarkus.http.limits.max-body-size (64M): problem details, answered from the header before any of the body is sent. */
    @Test
    void aBodyDeclaredOverTheLimitGetsProblemDetails() throws Exception {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST /validate HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 70000000\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            String answer = readResponse(socket.getInputStream());
            assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
            assertTrue(answer.toLowerCase(java.util.Locale.ROOT).contains("content-type: application/problem+json"), answer);
            String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
            io.restassured.path.json.JsonPath problem = new io.restassured.path.json.JsonPath(body);
            assertEquals("urn:gongkai:problem:request-too-large", problem.getString("type"));
            assertEquals(413, problem.getInt("status"));
            assertEquals("/validate", problem.getString("instance"));
            assertTrue(problem.getString("detail").contains("70000000"), body);
        }
        given().contentType("application/json").body("{\"year\": 2023}").post("/validate").then().statusCode(200);     // a body within it is read
    }

    /** One HTTP/1.1 response: its head, then as many bytes of body as its Content-Length says. */
    private static String readResponse(java.io.InputStream in) throws java.io.IOException {
        java.io.ByteArrayOutputStream head = new java.io.ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.write(b);
        }
        String headText = head.toString(StandardCharsets.UTF_8);
        java.util.regex.Matcher length = java.util.regex.Pattern.compile("(?i)content-length: *(\\d+)").matcher(headText);
        return headText + (length.find() ? new String(in.readNBytes(Integer.parseInt(length.group(1))), StandardCharsets.UTF_8) : "");
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
