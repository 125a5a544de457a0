package cn.gongkai.validation;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import cn.gongkai.problem.ApiException;
import cn.gongkai.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/rules")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Validation")
public class RuleResource {

    private final RuleCatalogue rules;

    public RuleResource(RuleCatalogue rules) {
        this.rules = rules;
    }

    @GET
    @Operation(summary = "List the rules", description = "Every rule with id, severity, category, Chinese and English title, readable expression, "
            + "reference and the formats it applies to.")
    @APIResponse(responseCode = "200", description = "The rule catalogue.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RuleDefinition.class, type = SchemaType.ARRAY),
            examples = @ExampleObject(name = "one rule", value = "[" + ValidationExamples.RULE + "]")))
    public List<RuleDefinition> list() {
        return rules.all();
    }

    @GET
    @Path("/{ruleId}")
    @Operation(summary = "Get one rule", description = "One rule of the catalogue.")
    @APIResponse(responseCode = "200", description = "The rule.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RuleDefinition.class), examples = @ExampleObject(name = "APP_BALANCE", value = ValidationExamples.RULE)))
    @APIResponse(responseCode = "404", description = "No such rule.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RuleDefinition get(@Parameter(description = "Rule id.", example = "APP_BALANCE") @PathParam("ruleId") String ruleId) {
        return rules.find(ruleId).orElseThrow(() -> ApiException.notFound("There is no rule " + ruleId + "; see GET /rules."));
    }
}
