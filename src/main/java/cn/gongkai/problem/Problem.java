package cn.gongkai.problem;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Problem", description = "RFC 9457 problem details, sent as application/problem+json with every 4xx and 5xx response.")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        @Schema(description = "URI identifying the kind of problem.", example = "urn:gongkai:problem:invalid-input") String type,
        @Schema(description = "Short summary of the kind of problem.", example = "Invalid input") String title,
        @Schema(description = "HTTP status code.", example = "400") int status,
        @Schema(description = "What went wrong in this occurrence.", example = "2 cells of table3 were refused; nothing was stored.") String detail,
        @Schema(description = "The request path.", example = "/agencies/1/years/2023/sections/table3") String instance,
        @Schema(description = "For input errors: each offending value with the reason.") List<Violation> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_PREFIX = "urn:gongkai:problem:";

    public static String type(String slug) {
        return TYPE_PREFIX + slug;
    }
}
