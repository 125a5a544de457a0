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
    private final java.util.Set<String> rows = new java.util.HashSet<>();
    /** section.row → its column keys. */
    private final Map<String, java.util.Set<String>> columnsByRow = new java.util.HashMap<>();

    Format(FormatDefinition definition) {
        this.definition = definition;
        for (SectionDefinition section : definition.sections()) {
            if (sections.put(section.key(), section) != null) {
                throw new IllegalStateException("Format " + definition.id() + " repeats section " + section.key());
            }
            section.blocks().forEach(block -> block.rows().forEach(row -> {
                rows.add(section.key() + "." + row.key());
                columnsByRow.put(section.key() + "." + row.key(),
                        block.columns().stream().map(ColumnDefinition::key).collect(java.util.stream.Collectors.toUnmodifiableSet()));
            }));
            for (CellDefinition cell : section.cells()) {
                if (cells.put(cell.key(), cell) != null) {
                    throw new IllegalStateException("Format " + definition.id() + " repeats cell " + cell.key());
                }
            }
        }
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
        return rows.contains(sectionKey + "." + rowKey);
    }

    /** The column keys of a row of a table; empty when the table has no such row. */
    public java.util.Set<String> columns(String sectionKey, String rowKey) {
        return columnsByRow.getOrDefault(sectionKey + "." + rowKey, java.util.Set.of());
    }

    public List<CellDefinition> cells() {
        return List.copyOf(cells.values());
    }
}
