package cn.gongkai.diagnostics;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import cn.gongkai.problem.ApiException;
import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Parses a JSON body and writes it back: the baseline the validation benchmark compares POST /validate
 * with (same JSON parsing and HTTP path, no rules). Off unless gongkai.diagnostics.echo is true.
 */
@Path("/diagnostics/echo")
public class EchoResource {

    private final boolean enabled;

    public EchoResource(@ConfigProperty(name = "gongkai.diagnostics.echo", defaultValue = "false") boolean enabled) {
        this.enabled = enabled;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public JsonNode echo(JsonNode body) {
        if (!enabled) {
            throw ApiException.notFound("Diagnostics are off (gongkai.diagnostics.echo=false).");
        }
        return body;
    }
}
