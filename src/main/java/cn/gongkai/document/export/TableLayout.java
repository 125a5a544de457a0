package cn.gongkai.document.export;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import cn.gongkai.format.BlockDefinition;
import cn.gongkai.format.ColumnDefinition;
import cn.gongkai.format.RowDefinition;
import cn.gongkai.format.SectionDefinition;

/**
 * A table of the format laid out as the national layout prints it, from the catalogue alone: block
 * header rows (第二十条第（一）项), merged column headers from the column groups (申请人情况 → 法人或其他组织 →
 * 商业企业), the corner cell (信息内容, or 表三's note) over the row labels, and row labels nested in
 * their groups (三、本年度办理结果 → （三）不予公开 → 1.属于国家秘密). Every writer (HTML, .docx, Markdown)
 * draws this one grid.
 */
public final class TableLayout {

    public enum Role { HEADER, LABEL, VALUE }

    /**
     * A cell of the grid: text, spans and role; or, where {@code continuation}, the place below a cell
     * that spans down into this row (Word needs a cell there, HTML none).
     */
    public record Cell(String text, int colSpan, int rowSpan, Role role, boolean continuation) {
    }

    private final List<List<Cell>> rows = new ArrayList<>();
    private final int width;
    /** For each grid column, the anchor spanning down into later rows: rows still covered, and its column span. */
    private final int[] coveredRows;
    private final int[] coveredSpan;
    private List<Cell> row;
    private int column;

    private TableLayout(int width) {
        this.width = width;
        this.coveredRows = new int[width];
        this.coveredSpan = new int[width];
    }

    public int width() {
        return width;
    }

    public List<List<Cell>> rows() {
        return rows;
    }

    /** Lays out a table section; {@code value} gives the printed text of a cell (row key, column key). */
    public static TableLayout of(SectionDefinition section, BiFunction<String, String, String> value) {
        int labelDepth = section.blocks().stream().flatMap(block -> block.rows().stream()).filter(RowDefinition::labelPrinted)
                .mapToInt(row -> row.groups().size() + 1).max().orElse(0);
        int valueWidth = section.blocks().stream().mapToInt(block -> block.columns().size()).max().orElse(0);
        TableLayout layout = new TableLayout(labelDepth + valueWidth);
        for (BlockDefinition block : section.blocks()) {
            layout.block(section, block, labelDepth, valueWidth, value);
        }
        return layout;
    }

    private void block(SectionDefinition section, BlockDefinition block, int labelDepth, int valueWidth,
            BiFunction<String, String, String> value) {
        if (block.label() != null) {
            startRow();
            place(block.label(), width, 1, Role.HEADER);
            endRow();
        }
        List<ColumnDefinition> columns = block.columns();
        int[] spans = columnSpans(columns.size(), valueWidth);
        int headerDepth = columns.stream().mapToInt(column -> column.groups().size()).max().orElse(0) + 1;
        for (int level = 0; level < headerDepth; level++) {
            startRow();
            if (level == 0 && labelDepth > 0) {
                String corner = block.rowHeader() != null ? block.rowHeader() : section.note() != null ? section.note() : "";
                place(corner, labelDepth, headerDepth, Role.HEADER);
            }
            for (int i = 0; i < columns.size(); i++) {
                ColumnDefinition column = columns.get(i);
                if (level < column.groups().size()) {
                    int span = spans[i];
                    int last = i;
                    while (last + 1 < columns.size() && sameGroups(columns.get(last + 1), column, level)) {
                        span += spans[++last];
                    }
                    place(column.groups().get(level), span, 1, Role.HEADER);
                    i = last;
                } else if (level == column.groups().size()) {
                    place(column.label(), spans[i], headerDepth - level, Role.HEADER);
                }
            }
            endRow();
        }
        List<RowDefinition> rows = block.rows();
        for (int r = 0; r < rows.size(); r++) {
            RowDefinition row = rows.get(r);
            startRow();
            if (row.labelPrinted()) {
                for (int level = 0; level < labelDepth; level++) {
                    if (level < row.groups().size()) {
                        if (r == 0 || !sameGroups(rows.get(r - 1), row, level)) {
                            place(row.groups().get(level), 1, runLength(rows, r, level), Role.LABEL);
                        }
                    } else {
                        place(row.label(), labelDepth - level, 1, Role.LABEL);
                        break;
                    }
                }
            }
            for (int i = 0; i < columns.size(); i++) {
                place(value.apply(row.key(), columns.get(i).key()), spans[i], 1, Role.VALUE);
            }
            endRow();
        }
    }

    /** Value columns share the value width; the last takes what does not divide evenly (一 column under three: one cell over three). */
    private static int[] columnSpans(int count, int valueWidth) {
        int[] spans = new int[count];
        for (int i = 0; i < count; i++) {
            spans[i] = valueWidth / count + (i == count - 1 ? valueWidth % count : 0);
        }
        return spans;
    }

    private static boolean sameGroups(ColumnDefinition a, ColumnDefinition b, int level) {
        return a.groups().size() > level && a.groups().subList(0, level + 1).equals(b.groups().subList(0, level + 1));
    }

    private static boolean sameGroups(RowDefinition a, RowDefinition b, int level) {
        return a.groups().size() > level && b.groups().size() > level
                && a.groups().subList(0, level + 1).equals(b.groups().subList(0, level + 1));
    }

    private static int runLength(List<RowDefinition> rows, int start, int level) {
        int end = start + 1;
        while (end < rows.size() && sameGroups(rows.get(end), rows.get(start), level)) {
            end++;
        }
        return end - start;
    }

    private void startRow() {
        row = new ArrayList<>();
        column = 0;
    }

    private void place(String text, int colSpan, int rowSpan, Role role) {
        skipCovered();
        row.add(new Cell(text, colSpan, rowSpan, role, false));
        if (rowSpan > 1) {
            coveredRows[column] = rowSpan - 1;
            coveredSpan[column] = colSpan;
        }
        column += colSpan;
    }

    /** Places continuation cells where anchors from rows above span down. */
    private void skipCovered() {
        while (column < width && coveredRows[column] > 0) {
            int span = coveredSpan[column];
            row.add(new Cell("", span, 1, Role.HEADER, true));
            coveredRows[column]--;
            column += span;
        }
    }

    private void endRow() {
        skipCovered();
        rows.add(row);
    }
}
