package cn.gongkai.rollup;

import static cn.gongkai.support.Api.json;
import static cn.gongkai.support.Api.uniqueName;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import cn.gongkai.support.Api;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * The background pass counts stale reports without any roll-up request doing it: here requests count none
 * (validate-per-request 0), so every count the summaries show was made by the pass — at start-up for the demo report,
 * and on a direct call for reports stored later. One instance of a release runs it at a time.
 */
@QuarkusTest
@TestProfile(BackgroundCountsTest.CountedInBackgroundOnly.class)
class BackgroundCountsTest {

    public static class CountedInBackgroundOnly implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gongkai.rollup.validate-per-request", "0", "gongkai.rollup.count-in-background", "true");
        }
    }

    @Inject
    ValidationCounts counts;
    @Inject
    AgroalDataSource dataSource;

    @Test
    void theDemoReportIsCountedAfterStartUp() throws InterruptedException {
        // the demo township's county: one report, stored at start-up, counted by nobody but the pass
        JsonPath summary = summaryOnceCounted("370812", 2023);
        assertEquals(1, summary.getInt("coverage.reportsPresent"));
        assertEquals(0, summary.getInt("coverage.failingValidation"), "the demo report passes every ERROR rule");
        assertEquals(List.of("VALID"), json().get("/divisions/370812/years/2023/agencies").then().statusCode(200).extract().jsonPath()
                .getList("items.validity", String.class));
    }

    @Test
    void reportsStoredLaterAreCountedByTheNextPass() throws Exception {
        summaryOnceCounted("370812", 2023);
        json().body(List.of(Map.of("code", "680000", "name", "后台计数省"), Map.of("code", "680100", "name", "庚市", "parentCode", "680000")))
                .post("/divisions").then().statusCode(200);
        for (int i = 0; i < 3; i++) {
            long id = Api.createAgency(uniqueName("后台计数"), "680100");
            // an empty report: it fails STR_SIX_PARTS and APP_NO_BLANK, so each counts as failing
            json().put("/agencies/" + id + "/years/2023").then().statusCode(201);
        }
        JsonPath before = summary("680100", 2023);
        assertEquals(3, before.getInt("coverage.notValidated"), "requests count nothing here");

        // while another instance holds the pass's lock, this one does not run it
        try (Connection other = dataSource.getConnection()) {
            boolean locked = counts.advisoryLock(other, "pg_try_advisory_lock");
            // the start-up pass holds it until it has counted every report the test classes before this one stored
            for (int waited = 0; !locked && waited < 1800; waited++) {
                Thread.sleep(100);
                locked = counts.advisoryLock(other, "pg_try_advisory_lock");
            }
            assertTrue(locked, "the start-up pass did not release its lock within 3 minutes");
            assertEquals(OptionalInt.empty(), counts.countStale());
            assertEquals(3, summary("680100", 2023).getInt("coverage.notValidated"));
            counts.advisoryLock(other, "pg_advisory_unlock");
        }

        OptionalInt counted = counts.countStale();
        assertTrue(counted.isPresent() && counted.getAsInt() >= 3, "counted " + counted);
        JsonPath after = summary("680100", 2023);
        assertEquals(0, after.getInt("coverage.notValidated"));
        assertEquals(3, after.getInt("coverage.failingValidation"));
        assertEquals(OptionalInt.of(0), counts.countStale(), "nothing is stale any more");

        // a change makes one report stale again, and the next pass counts only it
        long changed = json().get("/divisions/680100/years/2023/agencies").then().statusCode(200).extract().jsonPath().getLong("items[0].agencyId");
        json().body(Api.agency(uniqueName("后台计数改名"), "680100")).put("/agencies/" + changed)
                .then().statusCode(200);
        assertEquals(1, summary("680100", 2023).getInt("coverage.notValidated"));
        assertEquals(OptionalInt.of(1), counts.countStale());
        assertEquals(0, summary("680100", 2023).getInt("coverage.notValidated"));
    }

    /** Waits for the start-up pass (at most 30 s), which runs beside the tests. */
    private static JsonPath summaryOnceCounted(String division, int year) throws InterruptedException {
        JsonPath summary = summary(division, year);
        for (int waited = 0; summary.getInt("coverage.notValidated") > 0 && waited < 300; waited++) {
            Thread.sleep(100);
            summary = summary(division, year);
        }
        assertEquals(0, summary.getInt("coverage.notValidated"), "the start-up pass did not count the report within 30 s");
        return summary;
    }

    private static JsonPath summary(String division, int year) {
        return json().get("/divisions/" + division + "/years/" + year + "/summary").then().statusCode(200).extract().jsonPath();
    }
}
