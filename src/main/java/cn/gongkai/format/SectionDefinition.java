package cn.gongkai.format;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A section of a report: one of the six narrative parts, or one of the three statistical tables (表二, 表三, 表四).")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record SectionDefinition(
        @Schema(description = "Stable key, used in /agencies/{id}/years/{year}/sections/{sectionKey}.", example = "table3") String key,
        @Schema(description = "Narrative text or table.") SectionKind kind,
        @Schema(description = "The part (一…六) the section belongs to.", example = "三") String part,
        @Schema(description = "Heading as printed in the format (for tables: the table's title).", example = "收到和处理政府信息公开申请情况") String heading,
        @Schema(description = "Other headings seen in published reports for the same part.", example = "[\"五、存在问题及改进情况\"]") List<String> headingVariants,
        @Schema(description = "Numbered sub-items of a narrative part, in order.") List<ItemDefinition> items,
        @Schema(description = "Note printed in the table header.", example = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）") String note,
        @Schema(description = "Blocks of a table, in printed order.") List<BlockDefinition> blocks,
        @Schema(description = "Every value cell of a table, row by row in printed order (derived from the blocks).") List<CellDefinition> cells) {

    public SectionDefinition {
        headingVariants = headingVariants == null ? List.of() : List.copyOf(headingVariants);
        items = items == null ? List.of() : List.copyOf(items);
        blocks = blocks == null ? List.of() : List.copyOf(blocks);
        // always derived: the catalogue files give blocks only, and cells given too could disagree with them
        cells = cellsOf(key, blocks);
    }

    private static List<CellDefinition> cellsOf(String sectionKey, List<BlockDefinition> blocks) {
        List<CellDefinition> cells = new ArrayList<>();
        for (BlockDefinition block : blocks) {
            for (RowDefinition row : block.rows()) {
                for (ColumnDefinition column : block.columns()) {
                    cells.add(new CellDefinition(sectionKey + "." + row.key() + "." + column.key(), block.key(), row.key(),
                            column.key(), column.type(),
                            "/sections/" + sectionKey + "/cells/" + row.key() + "/" + column.key()));
                }
            }
        }
        return List.copyOf(cells);
    }
}
