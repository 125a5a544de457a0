package cn.gongkai.format;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A value column of a table block.")
public record ColumnDefinition(
        @Schema(description = "Stable key, used in cell addresses.", example = "NATURAL") String key,
        @Schema(description = "Exact Chinese header as printed in the format.", example = "自然人") String label,
        @Schema(description = "Merged header cells above this column, outermost first.", example = "[\"申请人情况\"]") List<String> groups,
        @Schema(description = "What the cells of this column hold.") ValueType type) {

    public ColumnDefinition {
        groups = groups == null ? List.of() : List.copyOf(groups);
    }
}
