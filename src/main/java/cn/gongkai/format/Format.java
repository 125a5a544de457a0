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

    Format(FormatDefinition definition) {
        this.definition = definition;
        for (SectionDefinition section : definition.sections()) {
            if (sections.put(section.key(), section) != null) {
                throw new IllegalStateException("Format " + definition.id() + " repeats section " + section.key());
            }
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
        SectionDefinition section = sections.get(sectionKey);
        return section != null && section.blocks().stream()
                .anyMatch(block -> block.rows().stream().anyMatch(row -> row.key().equals(rowKey)));
    }

    public List<CellDefinition> cells() {
        return List.copyOf(cells.values());
    }
}
