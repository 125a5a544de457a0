package cn.gongkai.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Singleton;

import cn.gongkai.format.CellDefinition;
import cn.gongkai.format.Format;
import cn.gongkai.format.FormatCatalogue;
import cn.gongkai.format.SectionDefinition;
import cn.gongkai.format.SectionKind;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/** Renders stored reports and sections as their API bodies, in the catalogue's order. */
@Singleton
public class ReportView {

    private final FormatCatalogue catalogue;
    private final CellRegistry cellIds;

    public ReportView(FormatCatalogue catalogue, CellRegistry cellIds) {
        this.catalogue = catalogue;
        this.cellIds = cellIds;
    }

    public Format formatOf(Report report) {
        return catalogue.find(report.formatId)
                .orElseThrow(() -> new IllegalStateException("Report " + report.id + " has unknown format " + report.formatId));
    }

    public ReportBody report(Report report) {
        Format format = formatOf(report);
        Map<String, SectionBody> sections = new LinkedHashMap<>();
        for (SectionDefinition definition : format.sections()) {
            ReportSection section = report.sections.get(definition.key());
            if (section != null) {
                sections.put(definition.key(), section(report, definition, section));
            }
        }
        return new ReportBody(report.agency.id, report.agency.name, report.year, report.formatId, report.title, report.preamble,
                report.publishedOn, report.updatedAt, sections);
    }

    public SectionBody section(Report report, SectionDefinition definition, ReportSection section) {
        if (definition.kind() == SectionKind.NARRATIVE) {
            List<ItemBody> items = section.items.stream().map(item -> new ItemBody(item.key, item.heading, item.body)).toList();
            return new SectionBody(definition.key(), definition.kind(), section.heading, section.body == null ? "" : section.body, items,
                    null, null, section.updatedAt);
        }
        Map<String, Map<String, JsonNode>> cells = new LinkedHashMap<>();
        Map<String, Map<String, String>> printed = new LinkedHashMap<>();
        // the catalogue lists a table's cells row by row, with their keys
        for (CellDefinition cell : definition.cells()) {
            StoredCell stored = report.cells.get(cellIds.id(cell.key()));
            cells.computeIfAbsent(cell.row(), key -> new LinkedHashMap<>())
                    .put(cell.column(), stored == null ? JsonNodeFactory.instance.nullNode() : number(cell, stored));
            if (stored != null && stored.printed != null) {
                printed.computeIfAbsent(cell.row(), key -> new LinkedHashMap<>()).put(cell.column(), stored.printed);
            }
        }
        return new SectionBody(definition.key(), definition.kind(), section.heading, null, null, cells,
                printed.isEmpty() ? null : printed, section.updatedAt);
    }

    private static JsonNode number(CellDefinition cell, StoredCell stored) {
        if (stored.value == null) {
            return JsonNodeFactory.instance.nullNode();
        }
        return cell.type().integer()
                ? JsonNodeFactory.instance.numberNode(stored.value.toBigIntegerExact())
                : JsonNodeFactory.instance.numberNode(stored.value);
    }
}
