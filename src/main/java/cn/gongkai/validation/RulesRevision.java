package cn.gongkai.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.MonthDay;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import cn.gongkai.common.Checksums;
import io.quarkus.runtime.LaunchMode;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The revision of the rules this instance runs: a checksum of the code the rules are made of and of the rule and
 * format catalogues, written by the build (pom.xml, rules-revision), with the deadline settings STR_DEADLINE reads
 * mixed in at start-up. Validation counts are stored with it, and
 * counts stored under another revision are not current: a deploy that changes what any rule finds has them
 * recounted, with no migration of its own. In dev mode a live reload recompiles the rules but no build rewrites the
 * checksum, so there every start is a revision of its own.
 */
@Singleton
public class RulesRevision {

    static final String RESOURCE = "rules-revision.txt";

    private final String value;

    @Inject
    RulesRevision(@ConfigProperty(name = "gongkai.deadline.agency", defaultValue = "--01-31") MonthDay agencyDeadline,
            @ConfigProperty(name = "gongkai.deadline.government", defaultValue = "--03-31") MonthDay governmentDeadline) {
        this(agencyDeadline, governmentDeadline, LaunchMode.current());
    }

    RulesRevision(MonthDay agencyDeadline, MonthDay governmentDeadline, LaunchMode mode) {
        // STR_DEADLINE reads these settings: another deadline is another rule
        this(Checksums.sha256Hex(read() + "|" + agencyDeadline + "|" + governmentDeadline
                + (mode == LaunchMode.DEVELOPMENT ? "|" + UUID.randomUUID() : "")));
    }

    RulesRevision(String value) {
        // written into SQL as a literal by the roll-ups: only ever a hex checksum
        if (value == null || !value.matches("[0-9a-f]{64}")) {
            throw new IllegalStateException(RESOURCE + " holds '" + value + "', not a SHA-256 checksum; build with ./mvnw, which writes it");
        }
        this.value = value;
    }

    public String value() {
        return value;
    }

    private static String read() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path; build with ./mvnw, which writes it");
            }
            return new RulesRevision(new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip()).value;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
