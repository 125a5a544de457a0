package cn.gongkai.document.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.gongkai.common.ChineseText;
import cn.gongkai.document.source.Block;
import cn.gongkai.document.source.Paragraph;
import cn.gongkai.document.source.SourceDocument;
import cn.gongkai.document.source.Table;
import cn.gongkai.format.BlockDefinition;
import cn.gongkai.format.ColumnDefinition;
import cn.gongkai.format.Format;
import cn.gongkai.format.FormatCatalogue;
import cn.gongkai.format.ItemDefinition;
import cn.gongkai.format.RowDefinition;
import cn.gongkai.format.SectionDefinition;
import cn.gongkai.format.SectionKind;
import cn.gongkai.report.ItemBody;
import cn.gongkai.report.ReportBody;
import cn.gongkai.report.SectionBody;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * Turns a read document (paragraphs and tables, whatever the input type) into a report, driven by
 * the format catalogue: part headings and their variants, sub-items, table rows, columns and value
 * types. Title and preamble come first; each part heading opens a part; a printed table goes to the
 * catalogue table it shares most labels with; inside a table part, a line of "label value value…"
 * is a table row too (PDF-style text).
 */
public final class ReportInterpreter {

    /** The report as read, the parse report, and whether the document looked like an annual report at all. */
    public record Interpretation(ReportBody report, ParseReport parse, boolean isReport) {
    }

    private final FormatCatalogue catalogue;
    private final FormatDetector detector;

    public ReportInterpreter(FormatCatalogue catalogue) {
        this.catalogue = catalogue;
        this.detector = new FormatDetector(catalogue);
    }

    public Interpretation interpret(SourceDocument document) {
        return new Reading(document).interpret();
    }

    /** One interpretation: the state of the walk through the document. */
    private final class Reading {
        private final SourceDocument document;
        private final List<String> unrecognised = new ArrayList<>();
        private final List<ParseReport.LabelMatch> labels = new ArrayList<>();
        private final List<ParseReport.Warning> warnings = new ArrayList<>();
        private final Map<String, Part> parts = new LinkedHashMap<>();
        private final Map<String, TableFill> fills = new LinkedHashMap<>();
        private final List<String> preamble = new ArrayList<>();
        private Format format;
        private List<SectionDefinition> narratives;
        private int partIndex = -1;
        private Part part;

        Reading(SourceDocument document) {
            this.document = document;
        }

        Interpretation interpret() {
            List<Block> blocks = document.blocks();
            List<String> leading = new ArrayList<>();
            for (Block block : blocks) {
                if (!(block instanceof Paragraph paragraph)) {
                    break;
                }
                leading.add(paragraph.text());
            }
            Optional<FrontMatter.Span> span = FrontMatter.titleSpan(leading);
            String title = span.map(found -> String.join("", leading.subList(found.start(), found.end()))).orElse(null);
            int position = span.map(FrontMatter.Span::end).orElse(0);
            span.ifPresent(found -> leading.subList(0, found.start()).forEach(line -> unrecognised.add("before the title: " + line)));
            FrontMatter.Title identity = title == null ? new FrontMatter.Title(null, null) : FrontMatter.parse(title);

            FormatDetector.Detection detection = detector.detect(blocks, identity.year());
            format = detection.format();
            narratives = format.sections().stream().filter(section -> section.kind() == SectionKind.NARRATIVE).toList();
            List<Format> others = catalogue.all().stream().filter(other -> other != format).toList();
            for (SectionDefinition section : format.sections()) {
                if (section.kind() == SectionKind.TABLE) {
                    fills.put(section.key(), new TableFill(format, section, others, unrecognised));
                }
            }
            for (Block block : blocks.subList(position, blocks.size())) {
                if (block instanceof Paragraph paragraph) {
                    paragraph(paragraph.text());
                } else if (block instanceof Table table) {
                    table(table);
                }
            }
            String preambleText = preamble.isEmpty() ? null : String.join("\n", preamble);
            Optional<ParseReport.StatisticalPeriod> period = FrontMatter.period(preambleText);
            Integer year = identity.year() != null ? identity.year() : period.map(found -> found.to().getYear()).orElse(null);
            boolean hybrid = fills.values().stream().anyMatch(TableFill::usedAlias);
            List<ParseReport.CellReport> cells = new ArrayList<>();
            Map<String, SectionBody> sections = sections(cells);
            warnAboutStructure(title, year, hybrid);
            ParseReport parse = new ParseReport(document.type().mediaType(), hybrid ? "hybrid" : format.id(), format.id(),
                    detection.evidence(), title, identity.agencyName(), year, period.orElse(null), labels, cells, unrecognised,
                    document.removedArtefacts(), warnings, 0);
            ReportBody report = new ReportBody(null, null, null, format.id(), title, preambleText, null, null, sections);
            boolean isReport = parts.size() >= 2 || fills.values().stream().anyMatch(fill -> !fill.found().isEmpty());
            return new Interpretation(report, parse, isReport);
        }

        private void paragraph(String text) {
            int next = partHeading(text);
            if (next >= 0) {
                SectionDefinition section = narratives.get(next);
                partIndex = next;
                part = new Part(section, text);
                parts.put(section.key(), part);
                String catalogueHeading = section.heading();
                for (String variant : section.headingVariants()) {
                    if (Labels.same(text, variant)) {
                        catalogueHeading = variant;
                    }
                }
                labels.add(new ParseReport.LabelMatch("PART", section.key(), text, catalogueHeading, Labels.same(text, catalogueHeading)));
                return;
            }
            if (part == null) {
                preamble.add(text);
                return;
            }
            TableFill fill = tableOfPart(part.section);
            if (fill != null) {
                List<String> row = looseRow(text, fill);
                if (row != null) {
                    fill.addRow(row);
                    return;
                }
                if (fill.isHeaderLine(text)) {
                    return;
                }
            }
            Item item = part.item(text);
            if (item == null) {
                part.line(text);
            } else {
                String catalogueHeading = part.section.items().stream().filter(defined -> defined.key().equals(item.key))
                        .map(ItemDefinition::heading).findFirst().orElse(null);
                labels.add(new ParseReport.LabelMatch("ITEM", part.section.key() + (item.key == null ? "" : "." + item.key), text,
                        catalogueHeading, catalogueHeading != null && Labels.same(text, catalogueHeading)));
            }
        }

        /** The index of the part this line is the heading of, if it is one: a later part, same numbering, loosely the same words. */
        private int partHeading(String text) {
            String numbering = Labels.numbering(text);
            if (numbering.isEmpty() || numbering.startsWith("(") || ChineseText.compact(text).length() > 50) {
                return -1;
            }
            int best = -1;
            double bestScore = Labels.ACCEPT;
            for (int i = partIndex + 1; i < narratives.size(); i++) {
                SectionDefinition section = narratives.get(i);
                List<String> headings = new ArrayList<>(section.headingVariants());
                headings.add(0, section.heading());
                for (String heading : headings) {
                    double score = Labels.score(text, heading);
                    if (numbering.equals(Labels.numbering(heading)) && score > bestScore) {
                        best = i;
                        bestScore = score;
                    }
                }
            }
            return best;
        }

        private TableFill tableOfPart(SectionDefinition narrative) {
            return fills.values().stream().filter(fill -> fill.section().part().equals(narrative.part())).findFirst().orElse(null);
        }

        /** "label v v v" or "v v v … v" (tokens separated by spaces) as the cells of a row, when the label is a row label of the table. */
        private List<String> looseRow(String text, TableFill fill) {
            String[] tokens = text.strip().split("\\s+");
            int values = 0;
            while (values < tokens.length && CellReader.isValueToken(tokens[tokens.length - 1 - values])) {
                values++;
            }
            if (values == 0) {
                return null;
            }
            List<String> cells = new ArrayList<>();
            String label = String.join("", List.of(tokens).subList(0, tokens.length - values));
            if (label.isEmpty()) {
                if (values < 2 || !fill.expectsUnlabelledRow()) {
                    return null;
                }
            } else if (fill.isRowLabel(label)) {
                cells.add(label);
            } else {
                return null;
            }
            cells.addAll(List.of(tokens).subList(tokens.length - values, tokens.length));
            return cells;
        }

        private void table(Table table) {
            TableFill chosen = null;
            int best = 0;
            TableFill ofPart = part == null ? null : tableOfPart(part.section);
            for (TableFill fill : fills.values()) {
                int affinity = fill.affinity(table.rows());
                if (affinity > best || affinity == best && affinity > 0 && fill == ofPart) {
                    chosen = fill;
                    best = affinity;
                }
            }
            if (chosen == null) {
                chosen = ofPart;
            }
            if (chosen == null) {
                warnings.add(new ParseReport.Warning("TABLE_NOT_RECOGNISED", "A table of " + table.rows().size()
                        + " rows matches no table of format " + format.id() + "; its rows are listed as unrecognised."));
                table.rows().forEach(row -> unrecognised.add("table row: " + String.join(" | ", row).replace('\n', ' ')));
                return;
            }
            table.rows().forEach(chosen::addRow);
        }

        private Map<String, SectionBody> sections(List<ParseReport.CellReport> cellReports) {
            Map<String, SectionBody> sections = new LinkedHashMap<>();
            for (SectionDefinition section : format.sections()) {
                if (section.kind() == SectionKind.NARRATIVE) {
                    Part found = parts.get(section.key());
                    if (found != null) {
                        sections.put(section.key(), found.body());
                    }
                } else {
                    TableFill fill = fills.get(section.key());
                    SectionBody body = tableBody(fill, cellReports);
                    if (!fill.found().isEmpty()) {
                        sections.put(section.key(), body);
                    }
                }
            }
            return sections;
        }

        private SectionBody tableBody(TableFill fill, List<ParseReport.CellReport> cellReports) {
            SectionDefinition section = fill.section();
            Map<String, Map<String, JsonNode>> cells = new LinkedHashMap<>();
            Map<String, Map<String, String>> printed = new LinkedHashMap<>();
            List<String> missingRows = new ArrayList<>();
            for (BlockDefinition block : section.blocks()) {
                for (RowDefinition row : block.rows()) {
                    TableFill.FoundRow found = fill.found().get(row.key());
                    if (found == null) {
                        missingRows.add(row.key());
                    } else if (found.label() != null) {
                        String catalogueLabel = found.candidate().label();
                        boolean exact = Labels.same(found.label(), catalogueLabel);
                        labels.add(new ParseReport.LabelMatch("ROW", section.key() + "." + row.key(), found.label(), catalogueLabel, exact));
                        if (!exact) {
                            warnings.add(new ParseReport.Warning(found.candidate().alias() ? "FORMAT_HYBRID" : "LABEL_LOOSE",
                                    section.key() + " row '" + found.label().replace('\n', ' ') + "' was taken for " + row.key() + " ('"
                                            + row.label() + "')" + (found.candidate().alias()
                                                    ? ": a single row where the format has sub-rows; its cells go to the residual row" : "")));
                        }
                    }
                    Map<String, JsonNode> values = new LinkedHashMap<>();
                    List<ColumnDefinition> columns = block.columns();
                    for (int i = 0; i < columns.size(); i++) {
                        ColumnDefinition column = columns.get(i);
                        String cellKey = section.key() + "." + row.key() + "." + column.key();
                        if (found == null || i >= found.values().size()) {
                            values.put(column.key(), JsonNodeFactory.instance.nullNode());
                            cellReports.add(new ParseReport.CellReport(cellKey, null, ValueSemantics.MISSING, null, null,
                                    found == null ? null : found.label(), null));
                            continue;
                        }
                        CellReading reading = CellReader.read(found.values().get(i), column.type());
                        values.put(column.key(), reading.value() == null ? JsonNodeFactory.instance.nullNode()
                                : JsonNodeFactory.instance.numberNode(reading.value()));
                        if (reading.printed() != null) {
                            printed.computeIfAbsent(row.key(), key -> new LinkedHashMap<>()).put(column.key(), reading.printed());
                        }
                        cellReports.add(new ParseReport.CellReport(cellKey, reading.raw(), reading.semantics(), reading.value(),
                                reading.printed(), found.label(), reading.problem()));
                        if (reading.problem() != null) {
                            warnings.add(new ParseReport.Warning(reading.semantics() == ValueSemantics.TEXT ? "CELL_UNREADABLE" : "CELL_UNIT",
                                    cellKey + " printed '" + reading.raw().replace('\n', ' ') + "': " + reading.problem()));
                        }
                    }
                    cells.put(row.key(), values);
                }
            }
            if (fill.found().isEmpty()) {
                warnings.add(new ParseReport.Warning("TABLE_MISSING", "表" + section.part() + " (" + section.key() + ", " + section.heading()
                        + ") was not found: perhaps it was pasted as an image. Its cells are left blank."));
            } else if (!missingRows.isEmpty()) {
                warnings.add(new ParseReport.Warning("ROWS_MISSING", section.key() + " rows not found, left blank: "
                        + String.join(", ", missingRows)));
            }
            return new SectionBody(null, null, null, null, null, cells, printed.isEmpty() ? null : printed, null);
        }

        private void warnAboutStructure(String title, Integer year, boolean hybrid) {
            if (title == null) {
                warnings.add(new ParseReport.Warning("TITLE_NOT_FOUND", "No title line (…年政府信息公开工作年度报告) was found at the top."));
            }
            if (year == null) {
                warnings.add(new ParseReport.Warning("YEAR_NOT_FOUND", "Neither the title nor a statistical period states the year."));
            }
            for (SectionDefinition narrative : narratives) {
                if (!parts.containsKey(narrative.key())) {
                    warnings.add(new ParseReport.Warning("PART_MISSING", "Part " + narrative.heading() + " was not found."));
                }
            }
            if (hybrid) {
                warnings.add(new ParseReport.Warning("FORMAT_HYBRID", "The document uses the " + format.id() + " tables but prints "
                        + "（六）其他处理 as a single row, as the 2019 format did (a hybrid); that row is stored as 3.其他 and the other "
                        + "sub-rows are left blank."));
            }
        }
    }

    /** A narrative part being read: its heading, its lines, and its sub-items. */
    private final class Part {
        private final SectionDefinition section;
        private final String heading;
        private final List<String> lines = new ArrayList<>();
        private final List<Item> items = new ArrayList<>();
        private final Set<String> usedKeys = new HashSet<>();

        Part(SectionDefinition section, String heading) {
            this.section = section;
            this.heading = heading;
        }

        /** Starts a sub-item when the line is a sub-heading: （一）… numbering, short, not a sentence; null otherwise. */
        Item item(String text) {
            String numbering = Labels.numbering(text);
            String compact = ChineseText.compact(text);
            if (!numbering.startsWith("(") || compact.length() > 60 || compact.endsWith("。") || compact.endsWith("；")) {
                return null;
            }
            int index = ChineseText.chineseNumeral(numbering.substring(1, numbering.length() - 1)).orElse(0L).intValue() - 1;
            List<ItemDefinition> defined = section.items();
            String key = index >= 0 && index < defined.size() && usedKeys.add(defined.get(index).key()) ? defined.get(index).key() : null;
            Item item = new Item(key, text);
            items.add(item);
            return item;
        }

        void line(String text) {
            if (items.isEmpty()) {
                lines.add(text);
            } else {
                items.get(items.size() - 1).lines.add(text);
            }
        }

        SectionBody body() {
            List<ItemBody> bodies = items.stream()
                    .map(item -> new ItemBody(item.key, item.heading, item.lines.isEmpty() ? null : String.join("\n", item.lines)))
                    .toList();
            return new SectionBody(null, null, heading, String.join("\n", lines), bodies.isEmpty() ? null : bodies, null, null, null);
        }
    }

    private static final class Item {
        private final String key;
        private final String heading;
        private final List<String> lines = new ArrayList<>();

        Item(String key, String heading) {
            this.key = key;
            this.heading = heading;
        }
    }
}
