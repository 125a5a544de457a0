package cn.gongkai.division;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One page of divisions, by code. The Link header (RFC 8288) has first/prev/next/last; X-Total-Count the total.")
public record DivisionPage(
        @Schema(description = "The divisions on this page, by code.") List<DivisionBody> items,
        @Schema(description = "Page number, from 0.", example = "0") int page,
        @Schema(description = "Page size.", example = "100") int size,
        @Schema(description = "Divisions matching the filter.", example = "11") long totalItems,
        @Schema(description = "Pages at this size (at least 1).", example = "1") int totalPages) {
}
