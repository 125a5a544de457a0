package cn.gongkai.problem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every error into RFC 9457 problem details; no stack trace ever reaches a client. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final ClientAborts clientAborts;

    public ProblemMappers(ClientAborts clientAborts) {
        this.clientAborts = clientAborts;
    }

    @ServerExceptionMapper
    public Response api(ApiException e, UriInfo uri) {
        return respond(e.status(), e.slug(), e.title(), e.getMessage(), uri, e.violations());
    }

    @ServerExceptionMapper
    public Response beanValidation(ResteasyReactiveViolationException e, UriInfo uri) {
        if (e.getConstraintViolations().stream().anyMatch(v -> v.getExecutableReturnValue() != null)) {
            return serverError(e, uri);
        }
        return constraintViolations(e, uri);
    }

    @ServerExceptionMapper
    public Response constraintViolations(ConstraintViolationException e, UriInfo uri) {
        List<Violation> violations = e.getConstraintViolations().stream()
                .map(ProblemMappers::toViolation)
                .sorted(Comparator.comparing((Violation v) -> String.valueOf(v.pointer()))
                        .thenComparing(v -> String.valueOf(v.parameter())))
                .toList();
        return respond(400, "invalid-input", "Invalid input",
                violations.size() + " value(s) refused; nothing was changed.", uri, violations);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri) {
        return jsonProblem(e, uri);
    }

    /** More specific than Quarkus' own mapper for these, so unknown properties and wrong types get problem details too. */
    @ServerExceptionMapper
    public Response jsonShape(MismatchedInputException e, UriInfo uri) {
        return jsonProblem(e, uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return jsonProblem(json, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return serverError(e, uri);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "HTTP " + status;
        String detail = switch (status) {
            case 404 -> "No resource at " + uri.getRequestUri().getRawPath() + ".";
            case 405 -> "This resource does not support that method.";
            case 406 -> "This resource cannot produce any of the media types in the Accept header.";
            case 415 -> "This resource does not accept that Content-Type; send application/json.";
            default -> e.getMessage();
        };
        Response.ResponseBuilder builder = problemResponse(status, new Problem(
                status == 404 || status == 405 || status == 406 || status == 415 ? "about:blank" : Problem.type("http-" + status),
                title, status, detail, path(uri), List.of()));
        String allow = e.getResponse().getHeaderString("Allow");
        if (allow != null) {
            builder.header("Allow", allow);
        }
        return builder.build();
    }

    /** A unique constraint lost a race that the service's own checks could not see. */
    @ServerExceptionMapper
    public Response databaseConstraint(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        if (e.getKind() != org.hibernate.exception.ConstraintViolationException.ConstraintKind.UNIQUE) {
            return serverError(e, uri);
        }
        return respond(409, "conflict", "Conflict", "A concurrent request created the same thing first (constraint "
                + e.getConstraintName() + "); nothing was changed. Read it again and retry.", uri, List.of());
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (closedByClient(e)) {
            // a dropped upload or a load generator stopping: nothing failed here, and nobody will read an answer
            clientAborts.count();
            LOG.debugf("The client closed the connection during %s", uri == null ? "?" : uri.getRequestUri());
            return respond(400, "client-closed", "Client closed the request", "The connection closed before the request body arrived.",
                    uri, List.of());
        }
        return serverError(e, uri);
    }

    private static boolean closedByClient(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            // Vert.x says HttpClosedException or ClosedChannelException, depending on when it noticed
            if (cause instanceof io.vertx.core.http.HttpClosedException || cause instanceof java.nio.channels.ClosedChannelException) {
                return true;
            }
        }
        return false;
    }

    private Response serverError(Throwable e, UriInfo uri) {
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Incident %s on %s", incident, uri == null ? "?" : uri.getRequestUri());
        return respond(500, "server-error", "Internal server error",
                "The server could not complete the request. Incident " + incident + " is in the server log.", uri, List.of());
    }

    private Response jsonProblem(JsonProcessingException e, UriInfo uri) {
        if (e instanceof JsonParseException || !(e instanceof JsonMappingException mapping)) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            return respond(400, "malformed-json", "Malformed JSON",
                    "The request body is not valid JSON" + where + ": " + e.getOriginalMessage(), uri,
                    List.of(Violation.at("", "not valid JSON" + where)));
        }
        String pointer = pointer(mapping.getPath());
        String reason;
        if (mapping instanceof UnrecognizedPropertyException unknown) {
            reason = "unknown property '" + unknown.getPropertyName() + "'";
        } else if (mapping instanceof InvalidFormatException format && format.getTargetType() != null && format.getTargetType().isEnum()) {
            reason = "must be one of " + Arrays.stream(format.getTargetType().getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
        } else {
            reason = mapping instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null
                    ? "must be " + expected(mismatch.getTargetType())
                    : "has the wrong JSON type";
        }
        return respond(400, "invalid-input", "Invalid input", "The request body does not have the expected shape; nothing was changed.",
                uri, List.of(Violation.at(pointer, reason)));
    }

    private static String pointer(List<JsonMappingException.Reference> path) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            pointer.append('/').append(reference.getFieldName() != null
                    ? Violation.token(reference.getFieldName())
                    : String.valueOf(reference.getIndex()));
        }
        return pointer.toString();
    }

    /** The JSON a client must send for a Java target type, in the client's terms. */
    private static String expected(Class<?> type) {
        if (java.util.Map.class.isAssignableFrom(type)) {
            return "an object";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == java.time.LocalDate.class) {
            return "a date (YYYY-MM-DD)";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "an RFC 3339 timestamp";
        }
        if (type == String.class) {
            return "a string";
        }
        return "a JSON value of another type";
    }

    /** A Bean Validation violation as the JSON pointer (or parameter) of the value at fault. */
    public static Violation toViolation(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = new ArrayList<>();
        violation.getPropertyPath().forEach(nodes::add);
        int parameterIndex = -1;
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i).getKind() == ElementKind.PARAMETER) {
                parameterIndex = i;
                break;
            }
        }
        List<Path.Node> rest = nodes.subList(parameterIndex + 1, nodes.size());
        if (parameterIndex >= 0 && rest.isEmpty() && !"body".equals(nodes.get(parameterIndex).getName())) {
            return Violation.parameter(nodes.get(parameterIndex).getName(), violation.getMessage());
        }
        StringBuilder pointer = new StringBuilder();
        for (Path.Node node : rest) {
            if (node.isInIterable()) {
                Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
                if (position != null) {
                    pointer.append('/').append(Violation.token(String.valueOf(position)));
                }
            }
            if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
                pointer.append('/').append(Violation.token(node.getName()));
            }
        }
        return Violation.at(pointer.toString(), violation.getMessage());
    }

    private static Response respond(int status, String slug, String title, String detail, UriInfo uri, List<Violation> violations) {
        return problemResponse(status, new Problem(Problem.type(slug), title, status, detail, path(uri), violations)).build();
    }

    private static Response.ResponseBuilder problemResponse(int status, Problem problem) {
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem);
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }
}
