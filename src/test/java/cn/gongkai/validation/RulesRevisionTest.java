package cn.gongkai.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.MonthDay;

import org.junit.jupiter.api.Test;

import io.quarkus.runtime.LaunchMode;

/** The revision is written into roll-up SQL as a literal: only a SHA-256 hex checksum is accepted. */
class RulesRevisionTest {

    private static final MonthDay AGENCY = MonthDay.parse("--01-31");
    private static final MonthDay GOVERNMENT = MonthDay.parse("--03-31");

    @Test
    void theBuildsChecksumWithTheDeadlinesIsTheRevision() {
        String revision = new RulesRevision(AGENCY, GOVERNMENT).value();
        assertEquals(revision, new RulesRevision(AGENCY, GOVERNMENT).value(), "the same build and settings give the same revision");
        assertNotEquals(revision, new RulesRevision(AGENCY, MonthDay.parse("--04-30")).value(), "another deadline is another rule");
    }

    @Test
    void inDevModeEveryStartIsARevisionOfItsOwn() {
        // a live reload recompiles the rules without the build that rewrites the checksum
        assertNotEquals(new RulesRevision(AGENCY, GOVERNMENT, LaunchMode.DEVELOPMENT).value(),
                new RulesRevision(AGENCY, GOVERNMENT, LaunchMode.DEVELOPMENT).value());
        assertEquals(new RulesRevision(AGENCY, GOVERNMENT, LaunchMode.NORMAL).value(), new RulesRevision(AGENCY, GOVERNMENT).value(),
                "tests run the packaged revision");
    }

    @Test
    void anythingElseStopsTheService() {
        for (String wrong : new String[] { null, "", "abc", "0".repeat(63), "g".repeat(64), "0".repeat(60) + "'; --" }) {
            assertThrows(IllegalStateException.class, () -> new RulesRevision(wrong), String.valueOf(wrong));
        }
    }
}
