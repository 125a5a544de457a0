package cn.gongkai.common;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

import cn.gongkai.problem.ApiException;

/**
 * Strong entity tags of the form {@code "<kind>-<id>-<version>"}: the id keeps a re-created resource
 * from matching a tag of the one it replaced, the version changes with every write.
 */
public final class EntityTags {

    private EntityTags() {
    }

    public static EntityTag of(String kind, long id, long version) {
        return new EntityTag(kind + "-" + id + "-" + version);
    }

    /**
     * RFC 9110 If-Match: absent passes, {@code *} passes when the resource exists, otherwise one of
     * the listed strong tags must equal the current one. A weak tag never matches.
     */
    public static void requireMatch(String ifMatch, EntityTag current, String what) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return;
        }
        if (current == null) {
            throw ApiException.preconditionFailed("If-Match was sent but " + what + " does not exist; nothing was changed.");
        }
        if (ifMatch.trim().equals("*")) {
            return;
        }
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (!tag.startsWith("W/") && tag.equals(quoted(current))) {
                return;
            }
        }
        throw ApiException.preconditionFailed("If-Match " + ifMatch.trim() + " does not match the current ETag "
                + quoted(current) + " of " + what + ": it was changed since you read it. Nothing was changed; "
                + "GET it again, re-apply your change and retry.");
    }

    /** If-None-Match: * on a write means "only if it does not exist yet". */
    public static void requireAbsent(String ifNoneMatch, boolean exists, String what) {
        if (exists && ifNoneMatch != null && ifNoneMatch.trim().equals("*")) {
            throw ApiException.preconditionFailed(what + " already exists (If-None-Match: *); nothing was changed.");
        }
    }

    /** The tag as an ETag header writes it (strong: in double quotes), for bodies that list tags. */
    public static String quoted(EntityTag tag) {
        return "\"" + tag.getValue() + "\"";
    }

    /** Adds ETag and Last-Modified to a response. */
    public static Response.ResponseBuilder tag(Response.ResponseBuilder builder, EntityTag tag, Instant lastModified) {
        builder.tag(tag);
        if (lastModified != null) {
            builder.lastModified(Date.from(lastModified.truncatedTo(ChronoUnit.SECONDS)));
        }
        return builder;
    }

    /**
     * Whether a GET's If-None-Match names the current tag (then answer 304), by weak comparison (RFC 9110 §13.1.2).
     * Not JAX-RS {@code Request.evaluatePreconditions(EntityTag)}: RESTEasy Reactive compares with
     * {@code EntityTag.equals}, weak flag included, so {@code W/"report-1-0"} would no longer match our strong tag; it also
     * evaluates If-Match on a GET and answers a bare 412 without problem details.
     */
    public static boolean notModified(String ifNoneMatch, EntityTag current) {
        if (ifNoneMatch == null || current == null) {
            return false;
        }
        String quoted = quoted(current);
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || tag.equals(quoted) || tag.equals("W/" + quoted)) {
                return true;
            }
        }
        return false;
    }
}
