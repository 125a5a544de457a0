package cn.gongkai.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import cn.gongkai.common.TextRules;
import cn.gongkai.format.CellDefinition;
import cn.gongkai.format.Format;
import cn.gongkai.format.ItemDefinition;
import cn.gongkai.format.PrintedMarks;
import cn.gongkai.format.SectionDefinition;
import cn.gongkai.format.SectionKind;
import cn.gongkai.problem.Violation;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Checks a section body against the format catalogue and turns it into storable content. Every
 * problem is collected with its JSON pointer, so one response lists all bad cells at once.
 */
final class SectionReader {


    private SectionReader() {
    }

    static SectionContent read(Format format, SectionDefinition section, SectionBody body, String prefix, List<Violation> violations) {
        if (body.key() != null && !body.key().equals(section.key())) {
            violations.add(Violation.at(prefix + "/key", "is '" + body.key() + "' but this is section '" + section.key() + "'"));
        }
        if (body.kind() != null && body.kind() != section.kind()) {
            violations.add(Violation.at(prefix + "/kind", "is " + body.kind() + " but section '" + section.key() + "' is " + section.kind()));
        }
        if (section.kind() == SectionKind.TABLE) {
            rejectPresent(body.text(), prefix + "/text", "a table section has no text; write it in part " + section.part(), violations);
            rejectPresent(body.items(), prefix + "/items", "a table section has no items", violations);
            Map<String, StoredCell> cells = readCells(format, section, body, prefix, violations);
            return new SectionContent(body.heading(), null, List.of(), cells);
        }
        rejectPresent(body.cells(), prefix + "/cells", "a narrative section has no cells", violations);
        rejectPresent(body.printed(), prefix + "/printed", "a narrative section has no cells", violations);
        return new SectionContent(body.heading(), body.text(), readItems(section, body, prefix, violations), Map.of());
    }

    private static void rejectPresent(Object value, String pointer, String reason, List<Violation> violations) {
        boolean present = value instanceof Map<?, ?> map ? !map.isEmpty()
                : value instanceof List<?> list ? !list.isEmpty()
                : value instanceof String text ? !text.isEmpty()
                : value != null;
        if (present) {
            violations.add(Violation.at(pointer, reason));
        }
    }

    private static List<SectionItem> readItems(SectionDefinition section, SectionBody body, String prefix, List<Violation> violations) {
        if (body.items() == null) {
            return List.of();
        }
        Set<String> known = section.items().stream().map(ItemDefinition::key).collect(Collectors.toSet());
        Set<String> seen = new HashSet<>();
        List<SectionItem> items = new ArrayList<>();
        for (int i = 0; i < body.items().size(); i++) {
            ItemBody item = body.items().get(i);
            String pointer = prefix + "/items/" + i;
            if (item == null) {
                violations.add(Violation.at(pointer, "must be an object"));
                continue;
            }
            if (item.key() != null) {
                if (!known.contains(item.key())) {
                    violations.add(Violation.at(pointer + "/key", known.isEmpty()
                            ? "section '" + section.key() + "' has no catalogue items; leave key out for a free sub-heading"
                            : "is not an item of section '" + section.key() + "'; its items are " + String.join(", ", known.stream().sorted().toList())));
                } else if (!seen.add(item.key())) {
                    violations.add(Violation.at(pointer + "/key", "item '" + item.key() + "' appears twice"));
                }
            }
            if (item.heading() == null && item.key() == null) {
                violations.add(Violation.at(pointer + "/heading", "an item needs a heading or a catalogue key"));
            }
            items.add(new SectionItem(item.key(), item.heading(), item.text()));
        }
        return items;
    }

    private static Map<String, StoredCell> readCells(Format format, SectionDefinition section, SectionBody body, String prefix,
            List<Violation> violations) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        Map<String, String> printed = new LinkedHashMap<>();
        forEachCell(format, section, body.cells(), prefix + "/cells", violations, (cell, node, pointer) -> {
            if (node == null || node.isNull()) {
                return;
            }
            if (!node.isNumber()) {
                violations.add(Violation.at(pointer, "must be a number, or null for a blank cell (write how the source printed it, "
                        + "e.g. \"/\" or \"500元\", in printed)"));
                return;
            }
            BigDecimal value = node.decimalValue();
            Optional<String> rejection = cell.type().rejection(value);
            if (rejection.isPresent()) {
                violations.add(Violation.at(pointer, rejection.get()));
                return;
            }
            // counts are stored as whole numbers whatever their notation (3.0, 3E0)
            values.put(cell.key(), cell.type().integer() ? value.setScale(0, RoundingMode.UNNECESSARY) : value);
        });
        forEachCell(format, section, body.printed(), prefix + "/printed", violations, (cell, text, pointer) -> {
            if (text == null) {
                return;
            }
            Optional<String> problem = text.length() > PrintedMarks.MAX_LENGTH
                    ? Optional.of("must be at most " + PrintedMarks.MAX_LENGTH + " characters")
                    : TextRules.problem(text, false);
            problem.ifPresentOrElse(reason -> violations.add(Violation.at(pointer, reason)), () -> printed.put(cell.key(), text));
        });
        Map<String, StoredCell> cells = new LinkedHashMap<>();
        for (CellDefinition cell : section.cells()) {
            BigDecimal value = values.get(cell.key());
            String text = printed.get(cell.key());
            if (value != null || text != null) {
                cells.put(cell.key(), new StoredCell(value, text));
            }
        }
        return cells;
    }

    private interface CellVisitor<T> {
        void visit(CellDefinition cell, T value, String pointer);
    }

    private static <T> void forEachCell(Format format, SectionDefinition section, Map<String, Map<String, T>> rows, String prefix,
            List<Violation> violations, CellVisitor<T> visitor) {
        if (rows == null) {
            return;
        }
        rows.forEach((rowKey, columns) -> {
            String rowPointer = prefix + "/" + Violation.token(rowKey);
            if (!format.hasRow(section.key(), rowKey)) {
                violations.add(Violation.at(rowPointer, "is not a row of " + section.key() + " in format " + format.id()));
                return;
            }
            if (columns == null) {
                violations.add(Violation.at(rowPointer, "must be an object of columns"));
                return;
            }
            columns.forEach((columnKey, value) -> {
                String pointer = rowPointer + "/" + Violation.token(columnKey);
                format.cell(section.key(), rowKey, columnKey).ifPresentOrElse(
                        cell -> visitor.visit(cell, value, pointer),
                        () -> violations.add(Violation.at(pointer, "is not a column of row " + rowKey + "; its columns are "
                                + String.join(", ", format.columns(section.key(), rowKey)))));
            });
        });
    }
}
