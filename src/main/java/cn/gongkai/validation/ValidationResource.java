package cn.gongkai.validation;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import cn.gongkai.problem.ApiException;
import cn.gongkai.problem.Problem;
import cn.gongkai.problem.Violation;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/validate")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Validation", description = "The 勾稽关系 and the other rules of the format, with results pinned to cells and sentences.")
public class ValidationResource {

    private final ValidationService validation;

    public ValidationResource(ValidationService validation) {
        this.validation = validation;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Validate a report sent in the body", description = "Stores nothing. The body is the report JSON exactly as GET "
            + "/agencies/{agencyId}/years/{year} returns it (year required), or {\"report\": …, \"previous\": …} to include last year's "
            + "report, optionally with \"agencyLevel\" and \"scope\" (REGION: a government's report on its whole region) for the rules "
            + "that depend on them. Cells may hold anything a draft holds "
            + "(negative, fractional, text): the rules report it.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Object.class,
            description = "A report, or {report, previous, agencyLevel, scope}."), examples = @ExampleObject(name = "draft", value = ValidationExamples.BODY)))
    @APIResponse(responseCode = "200", description = "The result.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ValidationResult.class), examples = @ExampleObject(name = "one failure",
            description = "The answer to the draft example with ?severity=ERROR&category=IN_TABLE.", value = ValidationExamples.RESULT)))
    @APIResponse(responseCode = "400", description = "Not a report (no year, unknown format), or bad parameters.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ValidationResult validateBody(
            @Parameter(description = "failures (default) or all.", example = "all") @QueryParam("include") @DefaultValue("failures") String include,
            @Parameter(description = "Only these severities, comma-separated.", example = "ERROR") @QueryParam("severity") String severity,
            @Parameter(description = "Only these categories, comma-separated.", example = "TEXT_TABLE") @QueryParam("category") String category,
            ReportJson body) {
        return validation.validateBody(body, filter(include, severity, category));
    }

    static ValidationService.Filter filter(String include, String severity, String category) {
        ValidationService.Include what = parse("include", include, ValidationService.Include.class);
        return new ValidationService.Filter(what, set("severity", severity, Severity.class), set("category", category, RuleCategory.class));
    }

    private static <E extends Enum<E>> Set<E> set(String name, String values, Class<E> type) {
        if (values == null || values.isBlank()) {
            return null;
        }
        Set<E> set = EnumSet.noneOf(type);
        for (String value : values.split(",")) {
            set.add(parse(name, value, type));
        }
        return set;
    }

    private static <E extends Enum<E>> E parse(String name, String value, Class<E> type) {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidInput(Violation.parameter(name, "'" + value + "' is not one of "
                    + Arrays.stream(type.getEnumConstants()).map(constant -> constant.name().toLowerCase(Locale.ROOT)).toList()));
        }
    }
}
