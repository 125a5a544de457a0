package cn.gongkai.format;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One value cell of a table: where it sits and what it holds.")
public record CellDefinition(
        @Schema(description = "Stable cell key: section.row.column.", example = "table3.NEW.NATURAL") String key,
        @Schema(description = "Block the cell belongs to.", example = "APPLICATIONS") String block,
        @Schema(description = "Row key.", example = "NEW") String row,
        @Schema(description = "Column key.", example = "NATURAL") String column,
        @Schema(description = "Value type.") ValueType type,
        @Schema(description = "JSON pointer of the cell inside a report (GET /agencies/{id}/years/{year}).",
                example = "/sections/table3/cells/NEW/NATURAL") String pointer) {
}
