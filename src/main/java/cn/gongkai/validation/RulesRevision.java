package cn.gongkai.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import jakarta.inject.Singleton;

/**
 * The revision of the rules this build runs: a checksum of the validation, format and common code and of the rule
 * and format catalogues, written by the build (pom.xml, rules-revision). Validation counts are stored with it, and
 * counts stored under another revision are not current: a deploy that changes what any rule finds has them
 * recounted, with no migration of its own.
 */
@Singleton
public class RulesRevision {

    static final String RESOURCE = "rules-revision.txt";

    private final String value;

    RulesRevision() {
        this(read());
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
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
