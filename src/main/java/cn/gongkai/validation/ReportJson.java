package cn.gongkai.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A report's JSON (a draft sent to POST /validate, or a stored report as GET returns it) as the rules read it: the few
 * fields they use, and each section's values in the order sent. Read token by token by {@link ReportJsonReader}: a JSON
 * tree of the whole body cost more than the reading of it. What the values mean comes later, from the format
 * ({@link ReportSnapshot#read}), since a body may name its format after its sections.
 */
@JsonDeserialize(using = ReportJsonReader.class)
public final class ReportJson {

    /** The top-level fields the rules and the endpoint read, kept as sent (any JSON type: the endpoint judges them). */
    static final Set<String> FIELDS = Set.of("year", "format", "agencyLevel", "scope", "agencyName", "title", "preamble", "publishedOn");

    private final boolean object;
    /** The {@link #FIELDS} sent. */
    final ObjectNode fields = JsonNodeFactory.instance.objectNode();
    final List<Section> sections = new ArrayList<>();
    /**
     * At the top level: the "report" and "previous" of a {"report": …, "previous": …} body, each read as a report whatever
     * it holds (one that is no object, "report": null too, is {@link #isObject() not an object}); "previous": null is none.
     */
    ReportJson report;
    ReportJson previous;

    /** {@code object}: false for a JSON value that is no object where a report was expected (the body, "report", "previous"). */
    ReportJson(boolean object) {
        this.object = object;
    }

    boolean isObject() {
        return object;
    }

    /** Whether the body is {"report": …, "previous": …}: it has a "report", whatever that holds. */
    boolean wraps() {
        return report != null;
    }

    /** The section sent under {@code key}, or null. */
    Section section(String key) {
        for (Section section : sections) {
            if (section.key.equals(key)) {
                return section;
            }
        }
        return null;
    }

    /** A top-level text field, or null when absent or not a string. */
    String text(String field) {
        JsonNode value = fields.get(field);
        return value != null && value.isTextual() ? value.asText() : null;
    }

    /**
     * One entry of "sections". Sent as JSON null it counts as absent; sent as anything but an object it is present and empty.
     * A table's values are kept row by row in the order sent; a narrative's texts as strings (null when not strings).
     */
    static final class Section {
        final String key;
        final boolean isNull;
        /** Each row key sent under "cells", in order; its columns are {@code columns[rowStart[r] .. rowStart[r + 1])}. */
        String[] rows = new String[0];
        /** Whether each row's value is an object; any other value counts as one entry and holds no cell. */
        boolean[] rowIsObject = new boolean[0];
        int[] rowStart = {0};
        int rowCount;
        String[] columns = new String[8];
        JsonNode[] values = new JsonNode[8];
        int valueCount;
        /** Printed forms (such as “—”), row → column → text, only those sent as strings; null when none. */
        Map<String, Map<String, String>> printed;
        String heading;
        String text;
        final List<Item> items = new ArrayList<>();

        Section(String key, boolean isNull) {
            this.key = key;
            this.isNull = isNull;
        }

        void startRow(String row, boolean isObject) {
            if (rowCount == rows.length) {
                int capacity = Math.max(8, 2 * rowCount);
                rows = Arrays.copyOf(rows, capacity);
                rowIsObject = Arrays.copyOf(rowIsObject, capacity);
                rowStart = Arrays.copyOf(rowStart, capacity + 1);
            }
            rows[rowCount] = row;
            rowIsObject[rowCount] = isObject;
            rowCount++;
            rowStart[rowCount] = valueCount;
        }

        /** A value of the row started last. */
        void add(String column, JsonNode value) {
            if (valueCount == values.length) {
                columns = Arrays.copyOf(columns, 2 * valueCount);
                values = Arrays.copyOf(values, 2 * valueCount);
            }
            columns[valueCount] = column;
            values[valueCount] = value;
            valueCount++;
            rowStart[rowCount] = valueCount;
        }

        /** Position of {@code row} among the rows sent, looked for from {@code from} on first (rows come in the catalogue's order); -1 if not sent. */
        int row(String row, int from) {
            for (int i = 0; i < rowCount; i++) {
                int at = (from + i) % rowCount;
                if (rows[at].equals(row)) {
                    return at;
                }
            }
            return -1;
        }

        /** How many entries "cells" holds: every value of an object row, and one for a row that is no object. */
        int entries() {
            int entries = valueCount;
            for (int r = 0; r < rowCount; r++) {
                entries += rowIsObject[r] ? 0 : 1;
            }
            return entries;
        }

        String printed(String row, String column) {
            if (printed == null) {
                return null;
            }
            Map<String, String> marks = printed.get(row);
            return marks == null ? null : marks.get(column);
        }

        void print(String row, String column, String mark) {
            if (printed == null) {
                printed = new LinkedHashMap<>();
            }
            printed.computeIfAbsent(row, key -> new LinkedHashMap<>()).put(column, mark);
        }
    }

    /** One of a narrative's "items": its strings, null where not strings (an item that is no object has none). */
    record Item(String key, String heading, String text) {
    }
}
