package cn.gongkai.ops;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** The service's own counters are served from the first scrape, before anything they count has happened. */
@QuarkusTest
@TestProfile(MetricsAtStartTest.FreshStart.class)
class MetricsAtStartTest {

    /** A profile of its own, so the app is started anew for this class and has answered no error yet. */
    public static class FreshStart implements QuarkusTestProfile {
    }

    @Test
    void theClientAbortCounterIsServedAsZeroBeforeTheFirstError() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.lines().anyMatch(line -> line.startsWith("gongkai_requests_aborted_by_client_total ")
                && Double.parseDouble(line.substring(line.indexOf(' ') + 1)) == 0.0), "the counter is served at 0:\n" + metrics.lines()
                        .filter(line -> line.contains("gongkai")).toList());
    }
}
