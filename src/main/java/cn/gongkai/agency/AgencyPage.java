package cn.gongkai.agency;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One page of agencies. The Link header (RFC 8288) has first/prev/next/last; X-Total-Count the total.")
public record AgencyPage(
        @Schema(description = "The agencies on this page, by id.") List<AgencyBody> items,
        @Schema(description = "Page number, from 0.", example = "0") int page,
        @Schema(description = "Page size.", example = "20") int size,
        @Schema(description = "Agencies matching the filters.", example = "1") long totalItems,
        @Schema(description = "Pages at this size (at least 1).", example = "1") int totalPages) {
}
