package cn.gongkai.common;

import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** A page of a listing (0-based) and the RFC 8288 links around it. */
public record PageRequest(int page, int size) {

    public int totalPages(long totalItems) {
        return (int) Math.max(1, (totalItems + size - 1) / size);
    }

    /** Adds Link (first, prev, next, last) and X-Total-Count headers. */
    public Response.ResponseBuilder addHeaders(Response.ResponseBuilder builder, UriInfo uri, long totalItems) {
        int last = totalPages(totalItems) - 1;
        List<Link> links = new ArrayList<>();
        links.add(link(uri, 0, "first"));
        if (page > 0) {
            links.add(link(uri, Math.min(page - 1, last), "prev"));
        }
        if (page < last) {
            links.add(link(uri, page + 1, "next"));
        }
        links.add(link(uri, last, "last"));
        return builder.links(links.toArray(Link[]::new)).header("X-Total-Count", totalItems);
    }

    private Link link(UriInfo uri, int target, String rel) {
        return Link.fromUriBuilder(uri.getRequestUriBuilder()
                .replaceQueryParam("page", target)
                .replaceQueryParam("size", size)).rel(rel).build();
    }
}
