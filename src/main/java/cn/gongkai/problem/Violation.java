package cn.gongkai.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One thing wrong with the request: a JSON pointer into the body, or the name of a path/query/header parameter, with the reason.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Violation(
        @Schema(description = "RFC 6901 JSON pointer of the offending value in the request body.", example = "/cells/NEW/NATURAL") String pointer,
        @Schema(description = "Name of the offending path, query or header parameter.", example = "size") String parameter,
        @Schema(description = "Why it was refused.", example = "must not be negative") String reason) {

    public static Violation at(String pointer, String reason) {
        return new Violation(pointer, null, reason);
    }

    public static Violation parameter(String name, String reason) {
        return new Violation(null, name, reason);
    }

    /** Escapes one reference token of a JSON pointer (RFC 6901 §3). */
    public static String token(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
