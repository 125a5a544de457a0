package cn.gongkai.document.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.gongkai.format.BlockDefinition;
import cn.gongkai.format.ColumnDefinition;
import cn.gongkai.format.Format;
import cn.gongkai.format.RowDefinition;
import cn.gongkai.format.SectionDefinition;

/**
 * One table of the format being filled from the rows of one or more printed tables (a table split
 * over pages arrives in pieces). A printed row is a data row when one of its cells is a row label of
 * the table: the rightmost such cell (group labels such as （三）不予公开 stand to its left), with the
 * values in the cells after it. A row of values only is the table's unlabelled row (表四). Rows of
 * header labels are recognised and skipped; anything else is reported as unrecognised.
 */
final class TableFill {

    /** A catalogue row with its block; or, for a hybrid document, a row of another format standing for one of this. */
    record Candidate(RowDefinition row, BlockDefinition block, int order, String label, boolean alias) {
    }

    /** What was found for one row: the label as printed and the printed cells after it. */
    record FoundRow(String label, List<String> values, Candidate candidate) {
    }

    private final SectionDefinition section;
    private final List<Candidate> candidates = new ArrayList<>();
    private final Map<String, Candidate> byKey = new HashMap<>();
    private final Set<String> headerKeys = new HashSet<>();
    private final Set<String> groupKeys = new HashSet<>();
    private final Map<String, FoundRow> found = new LinkedHashMap<>();
    private final List<String> unrecognised;
    private int lastMatched = -1;
    private boolean usedAlias;

    TableFill(Format format, SectionDefinition section, List<Format> otherFormats, List<String> unrecognised) {
        this.section = section;
        this.unrecognised = unrecognised;
        int order = 0;
        for (BlockDefinition block : section.blocks()) {
            if (block.label() != null) {
                headerKeys.add(Labels.key(block.label()));
            }
            if (block.rowHeader() != null) {
                headerKeys.add(Labels.key(block.rowHeader()));
            }
            for (ColumnDefinition column : block.columns()) {
                headerKeys.add(Labels.key(column.label()));
                column.groups().forEach(group -> headerKeys.add(Labels.key(group)));
            }
            for (RowDefinition row : block.rows()) {
                Candidate candidate = new Candidate(row, block, order++, row.label(), false);
                candidates.add(candidate);
                if (row.labelPrinted()) {
                    byKey.putIfAbsent(Labels.key(row.label()), candidate);
                }
                row.groups().forEach(group -> groupKeys.add(Labels.key(group)));
            }
        }
        if (section.note() != null) {
            headerKeys.add(Labels.key(section.note()));
        }
        addHybridAliases(format, otherFormats);
    }

    /**
     * FORMAT.md §8: a 2021 document may print a group of rows (（六）其他处理) as the single row an older
     * format has. Such a row of another format, whose label is a group label here, stands for the
     * group's last row, the residual one (3.其他).
     */
    private void addHybridAliases(Format format, List<Format> otherFormats) {
        for (Format other : otherFormats) {
            other.section(section.key()).ifPresent(otherSection -> otherSection.blocks().forEach(block -> block.rows().forEach(row -> {
                if (format.hasRow(section.key(), row.key()) || !groupKeys.contains(Labels.key(row.label()))) {
                    return;
                }
                Candidate residual = null;
                for (Candidate candidate : candidates) {
                    if (candidate.row().groups().stream().anyMatch(group -> Labels.same(group, row.label()))) {
                        residual = candidate;
                    }
                }
                if (residual != null) {
                    candidates.add(new Candidate(residual.row(), residual.block(), residual.order(), row.label(), true));
                }
            })));
        }
    }

    SectionDefinition section() {
        return section;
    }

    Map<String, FoundRow> found() {
        return found;
    }

    boolean usedAlias() {
        return usedAlias;
    }

    /** How many cells of a printed table look like they belong to this table: to pick the table for a printed one. */
    int affinity(List<List<String>> rows) {
        int hits = 0;
        for (List<String> row : rows) {
            for (String cell : row) {
                String key = Labels.key(cell);
                if (!Labels.words(cell).isEmpty() && (headerKeys.contains(key) || byKey.containsKey(key))) {
                    hits++;
                }
            }
        }
        return hits;
    }

    /** Whether a line of text is only header labels of this table (a header row printed as a line). */
    boolean isHeaderLine(String line) {
        if (isKnown(line)) {
            return true;
        }
        for (String token : line.strip().split("\\s+")) {
            if (!Labels.words(token).isEmpty() && !isKnown(token)) {
                return false;
            }
        }
        return true;
    }

    private boolean isKnown(String text) {
        String key = Labels.key(text);
        return headerKeys.contains(key) || groupKeys.contains(key);
    }

    /** Whether a printed label would be taken for one of this table's rows. */
    boolean isRowLabel(String text) {
        return !isHeader(text) && bestCandidate(text) != null;
    }

    /** Whether this table has an unlabelled row (表四) still to fill. */
    boolean expectsUnlabelledRow() {
        return candidates.stream().anyMatch(candidate -> !candidate.row().labelPrinted() && !found.containsKey(candidate.row().key()));
    }

    void addRow(List<String> cells) {
        if (cells.stream().allMatch(String::isBlank)) {
            return;
        }
        for (int i = cells.size() - 1; i >= 0; i--) {
            String cell = cells.get(i);
            if (cell.isBlank() || CellReader.isValueToken(cell) || isHeader(cell)) {
                continue;
            }
            Candidate candidate = bestCandidate(cell);
            if (candidate != null) {
                record(candidate, cell, cells.subList(i + 1, cells.size()));
                return;
            }
        }
        boolean valuesOnly = cells.stream().allMatch(cell -> cell.isBlank() || CellReader.isValueToken(cell));
        if (valuesOnly && expectsUnlabelledRow()) {
            Candidate unlabelled = candidates.stream()
                    .filter(candidate -> !candidate.row().labelPrinted() && !found.containsKey(candidate.row().key()))
                    .findFirst().orElseThrow();
            record(unlabelled, null, cells);
            return;
        }
        boolean known = cells.stream().allMatch(cell -> cell.isBlank() || isKnown(cell));
        if (!known) {
            unrecognised.add(section.key() + " row: " + String.join(" | ", cells).replace('\n', ' '));
        }
    }

    private boolean isHeader(String cell) {
        return headerKeys.contains(Labels.key(cell));
    }

    private void record(Candidate candidate, String label, List<String> values) {
        int width = candidate.block().columns().size();
        if (values.size() > width && values.subList(width, values.size()).stream().anyMatch(value -> !value.isBlank())) {
            unrecognised.add(section.key() + " row " + candidate.row().key() + ": extra cells "
                    + String.join(" | ", values.subList(width, values.size())));
        }
        found.put(candidate.row().key(), new FoundRow(label, List.copyOf(values.subList(0, Math.min(width, values.size()))), candidate));
        lastMatched = candidate.order();
        usedAlias |= candidate.alias();
    }

    /** The unfilled row this label stands for: the same words first, else the best loose match, the expected next row winning ties. */
    private Candidate bestCandidate(String label) {
        Candidate exact = byKey.get(Labels.key(label));
        if (exact != null && !found.containsKey(exact.row().key())) {
            return exact;
        }
        int expected = candidates.stream().filter(candidate -> candidate.order() > lastMatched && !found.containsKey(candidate.row().key()))
                .mapToInt(Candidate::order).min().orElse(-1);
        Candidate best = null;
        double bestScore = Labels.ACCEPT;
        for (Candidate candidate : candidates) {
            if (!candidate.row().labelPrinted() || found.containsKey(candidate.row().key())) {
                continue;
            }
            double score = Labels.score(label, candidate.label()) + (candidate.order() == expected ? 0.1 : 0);
            if (best == null ? score >= bestScore : score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }
}
