package cn.gongkai.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The revision is written into roll-up SQL as a literal: only a SHA-256 hex checksum is accepted. */
class RulesRevisionTest {

    @Test
    void theBuildWroteAChecksum() {
        assertEquals(64, new RulesRevision().value().length());
    }

    @Test
    void anythingElseStopsTheService() {
        for (String wrong : new String[] { null, "", "abc", "0".repeat(63), "g".repeat(64), "0".repeat(60) + "'; --" }) {
            assertThrows(IllegalStateException.class, () -> new RulesRevision(wrong), String.valueOf(wrong));
        }
    }
}
