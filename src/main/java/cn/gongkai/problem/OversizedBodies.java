package cn.gongkai.problem;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A request that declares a body over {@code quarkus.http.limits.max-body-size} gets problem details, before Vert.x
 * refuses it with a bare 413 (no body, no content type) that a front-end cannot tell from a network error. Read from
 * the Content-Length header, first of all routes: nothing of the body is read. A chunked body over the limit is still
 * cut off by Vert.x itself.
 */
@ApplicationScoped
public class OversizedBodies {

    void install(@Observes Router router, @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit, ObjectMapper json) {
        long maxBytes = limit.asLongValue();
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (declared == null || !isOver(declared, maxBytes)) {
                context.next();
                return;
            }
            Problem problem = new Problem(Problem.type("request-too-large"), "Request too large", 413, "The body declares " + declared
                    + " bytes; this service accepts at most " + maxBytes + " (" + maxBytes / (1024 * 1024) + " MB). Nothing was read or stored.",
                    context.request().path(), List.of());
            try {
                // the connection closes after the answer: the client may still be sending the body
                context.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .putHeader(HttpHeaders.CONNECTION, "close").end(json.writeValueAsString(problem));
            } catch (JsonProcessingException e) {
                context.fail(e);
            }
        });
    }

    private static boolean isOver(String declared, long maxBytes) {
        try {
            return Long.parseLong(declared.trim()) > maxBytes;
        } catch (NumberFormatException e) {
            return false;     // Vert.x answers a malformed length itself
        }
    }
}
