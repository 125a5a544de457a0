package cn.gongkai.validation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import cn.gongkai.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/agencies/{agencyId}/years/{year}/decisions/{findingId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Validation")
public class DecisionResource {

    private final ValidationService validation;

    public DecisionResource(ValidationService validation) {
        this.validation = validation;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Confirm or dismiss a finding", description = "For a finding that currently fails. The decision holds while the cells "
            + "and text the finding rests on are unchanged; after a change the finding counts again and shows the decision as not current.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DecisionBody.class),
            examples = @ExampleObject(name = "dismiss", value = ValidationExamples.DECISION)))
    @APIResponse(responseCode = "200", description = "The finding with the decision.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Finding.class), examples = @ExampleObject(name = "dismissed", value = ValidationExamples.DISMISSED)))
    @APIResponse(responseCode = "400", description = "Invalid decision.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such report, or no such failing finding.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Finding decide(@Parameter(description = "Agency id.", example = "1") @PathParam("agencyId") long agencyId,
            @Parameter(description = "Report year.", example = "2023") @PathParam("year") int year,
            @Parameter(description = "Finding id, as in the validation result.", example = "APP_BALANCE:TOTAL") @PathParam("findingId") String findingId,
            @NotNull @Valid DecisionBody body) {
        return validation.decide(agencyId, year, findingId, body.status(), body.reason());
    }

    @DELETE
    @Operation(summary = "Withdraw a decision", description = "The finding counts again.")
    @APIResponse(responseCode = "204", description = "Withdrawn.")
    @APIResponse(responseCode = "404", description = "No such report or decision.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response withdraw(@Parameter(description = "Agency id.", example = "1") @PathParam("agencyId") long agencyId,
            @Parameter(description = "Report year.", example = "2023") @PathParam("year") int year,
            @Parameter(description = "Finding id.", example = "APP_BALANCE:TOTAL") @PathParam("findingId") String findingId) {
        validation.withdraw(agencyId, year, findingId);
        return Response.noContent().build();
    }
}
