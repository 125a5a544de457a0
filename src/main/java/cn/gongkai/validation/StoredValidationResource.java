package cn.gongkai.validation;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import cn.gongkai.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/agencies/{agencyId}/years/{year}/validate")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Validation")
public class StoredValidationResource {

    private final ValidationService validation;

    public StoredValidationResource(ValidationService validation) {
        this.validation = validation;
    }

    @GET
    @Operation(summary = "Validate a stored report", description = "Runs every rule of the report's format; the cross-year rules use the same "
            + "agency's report for the year before (NOT_ASSESSABLE without it). Reviewers' decisions are shown on their findings.")
    @APIResponse(responseCode = "200", description = "The result.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ValidationResult.class), examples = @ExampleObject(name = "one failure", value = ValidationExamples.RESULT)))
    @APIResponse(responseCode = "400", description = "A bad include, severity or category parameter.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such agency or report.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ValidationResult validateStored(@Parameter(description = "Agency id.", example = "1") @PathParam("agencyId") long agencyId,
            @Parameter(description = "Report year.", example = "2023") @PathParam("year") int year,
            @Parameter(description = "failures (default) or all.", example = "failures") @QueryParam("include") @DefaultValue("failures") String include,
            @Parameter(description = "Only these severities, comma-separated.", example = "ERROR,WARNING") @QueryParam("severity") String severity,
            @Parameter(description = "Only these categories, comma-separated.", example = "IN_TABLE") @QueryParam("category") String category) {
        return validation.validateStored(agencyId, year, ValidationResource.filter(include, severity, category));
    }

}
