package cn.gongkai.validation;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.node.IntNode;

/**
 * Reads a report's JSON token by token into a {@link ReportJson}, skipping what the rules do not read. The parser's own
 * checks still hold (duplicate keys refused, trailing tokens refused), and every kept value is the node a JSON tree would
 * have held, so the rules see exactly what they saw when the body was read as a tree.
 */
public class ReportJsonReader extends StdDeserializer<ReportJson> {

    public ReportJsonReader() {
        super(ReportJson.class);
    }

    @Override
    public ReportJson deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        return read(parser, context, true);
    }

    /** Reads the value at the parser's current token; {@code top}: the body itself, which may wrap "report" and "previous". */
    private static ReportJson read(JsonParser parser, DeserializationContext context, boolean top) throws IOException {
        if (!parser.isExpectedStartObjectToken()) {
            parser.skipChildren();
            return new ReportJson(false);
        }
        ReportJson report = new ReportJson(true);
        for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
            JsonToken token = parser.nextToken();
            if (field.equals("sections")) {
                readSections(parser, context, report);
            } else if (top && field.equals("report")) {
                report.report = read(parser, context, false);
            } else if (top && field.equals("previous")) {
                // "previous": null is no previous report; anything else that is no object is refused by the endpoint
                report.previous = token == JsonToken.VALUE_NULL ? null : read(parser, context, false);
            } else if (ReportJson.FIELDS.contains(field)) {
                report.fields.set(field, context.readTree(parser));
            } else {
                parser.skipChildren();
            }
        }
        return report;
    }

    /** "sections": anything but an object holds no section. */
    private static void readSections(JsonParser parser, DeserializationContext context, ReportJson report) throws IOException {
        if (!parser.isExpectedStartObjectToken()) {
            parser.skipChildren();
            return;
        }
        for (String key = parser.nextFieldName(); key != null; key = parser.nextFieldName()) {
            JsonToken token = parser.nextToken();
            ReportJson.Section section = new ReportJson.Section(key, token == JsonToken.VALUE_NULL);
            report.sections.add(section);
            if (token == JsonToken.START_OBJECT) {
                readSection(parser, context, section);
            } else {
                parser.skipChildren();
            }
        }
    }

    private static void readSection(JsonParser parser, DeserializationContext context, ReportJson.Section section) throws IOException {
        for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
            parser.nextToken();
            switch (field) {
                case "cells" -> readCells(parser, context, section);
                case "printed" -> readPrinted(parser, section);
                case "heading" -> section.heading = string(parser);
                case "text" -> section.text = string(parser);
                case "items" -> readItems(parser, section);
                default -> parser.skipChildren();
            }
        }
    }

    private static void readCells(JsonParser parser, DeserializationContext context, ReportJson.Section section) throws IOException {
        if (!parser.isExpectedStartObjectToken()) {
            parser.skipChildren();
            return;
        }
        for (String row = parser.nextFieldName(); row != null; row = parser.nextFieldName()) {
            boolean isObject = parser.nextToken() == JsonToken.START_OBJECT;
            section.startRow(row, isObject);
            if (!isObject) {
                parser.skipChildren();
                continue;
            }
            for (String column = parser.nextFieldName(); column != null; column = parser.nextFieldName()) {
                section.add(column, value(parser, context));
            }
        }
    }

    /** A cell's value as a tree holds it; most are small whole numbers, made here without the tree reader's dispatch. */
    private static JsonNode value(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.nextToken() == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() == JsonParser.NumberType.INT) {
            return IntNode.valueOf(parser.getIntValue());
        }
        return context.readTree(parser);
    }

    /** "printed": row → column → printed form; only strings are printed forms. */
    private static void readPrinted(JsonParser parser, ReportJson.Section section) throws IOException {
        if (!parser.isExpectedStartObjectToken()) {
            parser.skipChildren();
            return;
        }
        for (String row = parser.nextFieldName(); row != null; row = parser.nextFieldName()) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                parser.skipChildren();
                continue;
            }
            for (String column = parser.nextFieldName(); column != null; column = parser.nextFieldName()) {
                String mark = parser.nextToken() == JsonToken.VALUE_STRING ? parser.getText() : null;
                if (mark != null) {
                    section.print(row, column, mark);
                } else {
                    parser.skipChildren();
                }
            }
        }
    }

    /** "items": anything but an array holds none; an item that is no object has no texts. */
    private static void readItems(JsonParser parser, ReportJson.Section section) throws IOException {
        if (!parser.isExpectedStartArrayToken()) {
            parser.skipChildren();
            return;
        }
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            if (token != JsonToken.START_OBJECT) {
                parser.skipChildren();
                section.items.add(new ReportJson.Item(null, null, null));
                continue;
            }
            String key = null;
            String heading = null;
            String text = null;
            for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
                parser.nextToken();
                switch (field) {
                    case "key" -> key = string(parser);
                    case "heading" -> heading = string(parser);
                    case "text" -> text = string(parser);
                    default -> parser.skipChildren();
                }
            }
            section.items.add(new ReportJson.Item(key, heading, text));
        }
    }

    /** The current value if it is a string, else null (skipping it). */
    private static String string(JsonParser parser) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_STRING) {
            return parser.getText();
        }
        parser.skipChildren();
        return null;
    }
}
