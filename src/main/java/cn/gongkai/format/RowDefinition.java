package cn.gongkai.format;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A value row of a table block.")
public record RowDefinition(
        @Schema(description = "Stable key, used in cell addresses.", example = "R_DENY_SECRET") String key,
        @Schema(description = "Exact Chinese label as printed in the format.", example = "1.属于国家秘密") String label,
        @Schema(description = "Group labels this row sits under, outermost first (they carry no values).",
                example = "[\"三、本年度办理结果\", \"（三）不予公开\"]") List<String> groups,
        @Schema(description = "False when the format prints no label for this row (表四's single row).", example = "true") boolean labelPrinted) {

    public RowDefinition {
        groups = groups == null ? List.of() : List.copyOf(groups);
    }

    /** Rows are printed unless the catalogue says otherwise. */
    @JsonCreator
    public static RowDefinition of(@JsonProperty("key") String key, @JsonProperty("label") String label,
            @JsonProperty("groups") List<String> groups, @JsonProperty("labelPrinted") Boolean labelPrinted) {
        return new RowDefinition(key, label, groups, labelPrinted == null || labelPrinted);
    }

}
