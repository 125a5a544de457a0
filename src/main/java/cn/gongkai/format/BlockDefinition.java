package cn.gongkai.format;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A block of a table: rows × columns of values. 表二 has four blocks (第二十条第（一）（五）（六）（八）项); 表三 and 表四 have one.")
public record BlockDefinition(
        @Schema(description = "Stable key.", example = "ART20_1") String key,
        @Schema(description = "Block header as printed, or null when the table has a single unlabelled block.", example = "第二十条第（一）项") String label,
        @Schema(description = "Header over the row labels, as printed.", example = "信息内容") String rowHeader,
        @Schema(description = "Value columns, in printed order.") List<ColumnDefinition> columns,
        @Schema(description = "Value rows, in printed order.") List<RowDefinition> rows) {

    public BlockDefinition {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }
}
