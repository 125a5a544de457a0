package cn.gongkai.rollup;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RollupAgencyTable", description = "One page of a division's agencies for a year. Link headers (RFC 8288) have "
        + "first/prev/next/last; X-Total-Count the total.")
public record AgencyTable(
        @Schema(description = "The division.") RollupSummary.DivisionRef division,
        @Schema(description = "Report year.", example = "2023") int year,
        @Schema(description = "The rows of this page.") List<AgencyRow> items,
        @Schema(description = "Page number, from 0.", example = "0") int page,
        @Schema(description = "Page size.", example = "50") int size,
        @Schema(description = "Rows matching the filter.", example = "14") long totalItems,
        @Schema(description = "Pages at this size (at least 1).", example = "1") int totalPages) {
}
