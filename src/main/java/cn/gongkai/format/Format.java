package cn.gongkai.format;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A format definition with the look-ups that storage and input checks need. */
public final class Format {

    private final FormatDefinition definition;
    private final Map<String, SectionDefinition> sections = new LinkedHashMap<>();
    private final Map<String, CellDefinition> cells = new LinkedHashMap<>();
    /** section.row → its column keys, in printed order. */
    private final Map<String, List<String>> columnsByRow = new java.util.HashMap<>();
    /** Each cell's position in {@link #cells()}, where a table's cells are contiguous: lets a report keep its cells in an array. */
    private final Map<String, Integer> cellIndexes = new java.util.HashMap<>();
    private final Map<String, Integer> firstCellIndexes = new java.util.HashMap<>();
    private final List<CellDefinition> cellList;

    Format(FormatDefinition definition) {
        this.definition = definition;
        for (SectionDefinition section : definition.sections()) {
            if (sections.put(section.key(), section) != null) {
                throw new IllegalStateException("Format " + definition.id() + " repeats section " + section.key());
            }
            section.blocks().forEach(block -> block.rows().forEach(row -> {
                columnsByRow.put(section.key() + "." + row.key(), block.columns().stream().map(ColumnDefinition::key).toList());
            }));
            firstCellIndexes.put(section.key(), cells.size());
            for (CellDefinition cell : section.cells()) {
                cellIndexes.put(cell.key(), cells.size());
                if (cells.put(cell.key(), cell) != null) {
                    throw new IllegalStateException("Format " + definition.id() + " repeats cell " + cell.key());
                }
            }
        }
        cellList = List.copyOf(cells.values());
    }

    public String id() {
        return definition.id();
    }

    public FormatDefinition definition() {
        return definition;
    }

    public List<SectionDefinition> sections() {
        return definition.sections();
    }

    public Optional<SectionDefinition> section(String key) {
        return Optional.ofNullable(sections.get(key));
    }

    /** The cell at section/row/column, if this format has one there. */
    public Optional<CellDefinition> cell(String sectionKey, String rowKey, String columnKey) {
        return Optional.ofNullable(cells.get(sectionKey + "." + rowKey + "." + columnKey));
    }

    public boolean hasRow(String sectionKey, String rowKey) {
        return columnsByRow.containsKey(sectionKey + "." + rowKey);
    }

    /** The column keys of a row of a table, in printed order; empty when the table has no such row. */
    public List<String> columns(String sectionKey, String rowKey) {
        return columnsByRow.getOrDefault(sectionKey + "." + rowKey, List.of());
    }

    /** Every cell of every table, table by table in section order. */
    public List<CellDefinition> cells() {
        return cellList;
    }

    /** Position of a cell (by its key, section.row.column) in {@link #cells()}; -1 when this format has no such cell. */
    public int cellIndex(String key) {
        Integer index = cellIndexes.get(key);
        return index == null ? -1 : index;
    }

    /** Position in {@link #cells()} of a table's first cell; its other cells follow in the order of {@code section.cells()}. */
    public int firstCellIndex(String sectionKey) {
        Integer index = firstCellIndexes.get(sectionKey);
        return index == null ? -1 : index;
    }
}
