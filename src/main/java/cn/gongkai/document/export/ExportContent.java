package cn.gongkai.document.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.gongkai.format.Format;
import cn.gongkai.format.SectionDefinition;
import cn.gongkai.format.SectionKind;
import cn.gongkai.report.ItemBody;
import cn.gongkai.report.ReportBody;
import cn.gongkai.report.SectionBody;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A report as the sequence a published document prints: title, preamble paragraphs, and for each
 * written section of the format in order its heading, paragraphs, sub-items, or its table laid out.
 * The writers only decide how each element looks.
 */
public final class ExportContent {

    public sealed interface Element permits Title, Heading, Text, TableElement {
    }

    public record Title(String text) implements Element {
    }

    /** A part heading (level 2) or a sub-item heading (level 3). */
    public record Heading(int level, String text) implements Element {
    }

    public record Text(String text) implements Element {
    }

    public record TableElement(String sectionKey, TableLayout layout) implements Element {
    }

    private ExportContent() {
    }

    public static List<Element> of(ReportBody report, Format format) {
        List<Element> elements = new ArrayList<>();
        if (report.title() != null && !report.title().isBlank()) {
            elements.add(new Title(report.title()));
        }
        paragraphs(report.preamble(), elements);
        Map<String, SectionBody> sections = report.sections() == null ? Map.of() : report.sections();
        for (SectionDefinition definition : format.sections()) {
            SectionBody section = sections.get(definition.key());
            if (section == null) {
                continue;
            }
            if (definition.kind() == SectionKind.TABLE) {
                elements.add(new TableElement(definition.key(), TableLayout.of(definition, (row, column) -> printed(section, row, column))));
                continue;
            }
            elements.add(new Heading(2, section.heading() != null ? section.heading() : definition.heading()));
            paragraphs(section.text(), elements);
            if (section.items() != null) {
                for (ItemBody item : section.items()) {
                    elements.add(new Heading(3, item.heading()));
                    paragraphs(item.text(), elements);
                }
            }
        }
        return elements;
    }

    /** What a cell prints: its printed form when it has one, else the number, else nothing (blank). */
    static String printed(SectionBody section, String row, String column) {
        Map<String, String> printedRow = section.printed() == null ? null : section.printed().get(row);
        if (printedRow != null && printedRow.get(column) != null) {
            return printedRow.get(column);
        }
        Map<String, JsonNode> values = section.cells() == null ? null : section.cells().get(row);
        JsonNode value = values == null ? null : values.get(column);
        return value == null || value.isNull() ? "" : value.decimalValue().toPlainString();
    }

    private static void paragraphs(String text, List<Element> into) {
        if (text == null || text.isEmpty()) {
            return;
        }
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                into.add(new Text(line));
            }
        }
    }
}
