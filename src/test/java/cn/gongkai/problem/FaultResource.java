package cn.gongkai.problem;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

/** Test-only endpoint that fails the way a bug would, to check what a client sees of a server fault. */
@Path("/test-support/fault")
public class FaultResource {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public String fail() {
        throw new IllegalStateException("secret internal detail at cn.gongkai.Secret");
    }
}
