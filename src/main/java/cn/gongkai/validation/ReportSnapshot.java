package cn.gongkai.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.gongkai.agency.AgencyLevel;
import cn.gongkai.agency.ReportScope;
import cn.gongkai.common.ChineseText;
import cn.gongkai.format.CellDefinition;
import cn.gongkai.format.Format;
import cn.gongkai.format.PrintedMarks;
import cn.gongkai.format.SectionDefinition;
import cn.gongkai.format.SectionKind;
import cn.gongkai.problem.Violation;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A report as the rules read it, built from the report JSON (as GET returns it) without rejecting
 * anything the rules should report instead: negative or fractional counts, text in cells, blanks.
 */
final class ReportSnapshot {

    private static final java.util.regex.Pattern LEADING_NUMBER = java.util.regex.Pattern.compile("^([0-9][0-9,]*(?:\\.[0-9]+)?)");

    final Format format;
    final int year;
    final String agencyName;
    final AgencyLevel agencyLevel;
    /** What the report covers; null when not known (a draft that does not say), read as an agency's own report. */
    final ReportScope scope;
    final String title;
    final String preamble;
    final LocalDate publishedOn;
    final Set<String> presentTables;
    /** Row or column keys the format does not have, and other shape problems, by pointer. */
    final List<Violation> shapeProblems;
    /** Indexed like {@code format.cells()}; null where the table is absent. */
    private final CellReading[] cells;
    private final List<NarrativeText> narratives;
    /** Split once: a dozen text rules read the same sentences. */
    private List<Sentence> sentences;
    private Map<String, List<Sentence>> sentencesBySection;
    private final Map<String, List<NarrativeText>> narrativesBySection = new HashMap<>();
    private final Map<String, Object> derived = new HashMap<>();
    /** Every narrative's folded text joined by line breaks, and where each sentence starts in it: see {@link #sentencesWith}. */
    private String joinedSentences;
    private int[] sentenceStarts;
    private final Map<String, int[]> sentencesByKeyword = new HashMap<>();

    private ReportSnapshot(Format format, int year, String agencyName, AgencyLevel agencyLevel, ReportScope scope, String title,
            String preamble, LocalDate publishedOn, Set<String> presentTables, CellReading[] cells, List<NarrativeText> narratives,
            List<Violation> shapeProblems) {
        this.format = format;
        this.year = year;
        this.agencyName = agencyName;
        this.agencyLevel = agencyLevel;
        this.scope = scope;
        this.title = title;
        this.preamble = preamble;
        this.publishedOn = publishedOn;
        this.presentTables = presentTables;
        this.cells = cells;
        this.narratives = narratives;
        this.shapeProblems = shapeProblems;
        for (NarrativeText text : narratives) {
            narrativesBySection.computeIfAbsent(text.section(), key -> new ArrayList<>()).add(text);
        }
    }

    /** Reads a report's JSON; {@code format} and {@code year} have been settled by the caller. */
    static ReportSnapshot read(ReportJson report, Format format, int year, String agencyName, AgencyLevel agencyLevel, ReportScope scope) {
        List<Violation> shape = new ArrayList<>();
        CellReading[] cells = new CellReading[format.cells().size()];
        List<NarrativeText> narratives = new ArrayList<>();
        Set<String> presentTables = new java.util.HashSet<>();
        for (ReportJson.Section sent : report.sections) {
            if (format.section(sent.key).isEmpty()) {
                shape.add(Violation.at("/sections/" + Violation.token(sent.key), "is not a section of format " + format.id()));
            }
        }
        for (SectionDefinition section : format.sections()) {
            ReportJson.Section sent = report.section(section.key());
            if (sent == null || sent.isNull) {
                continue;
            }
            String pointer = "/sections/" + section.key();
            if (section.kind() == SectionKind.TABLE) {
                presentTables.add(section.key());
                readTable(format, section, sent, pointer, cells, shape);
            } else {
                readNarrative(section, sent, pointer, narratives);
            }
        }
        String name = report.text("agencyName");
        String published = report.text("publishedOn");
        return new ReportSnapshot(format, year, name != null ? name : agencyName, agencyLevel, scope, report.text("title"),
                report.text("preamble"), published == null ? null : date(published).orElse(null), Set.copyOf(presentTables), cells,
                List.copyOf(narratives), List.copyOf(shape));
    }

    /**
     * The tables of a sum such as a roll-up's: {@code values} indexed like {@code format.cells()}, null where nothing was
     * summed (blank, not 0). Every table of the format is present; there is no text.
     */
    static ReportSnapshot ofSums(Format format, int year, BigDecimal[] values) {
        List<CellDefinition> definitions = format.cells();
        CellReading[] cells = new CellReading[definitions.size()];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = new CellReading(definitions.get(i).pointer(), values[i] == null ? CellState.BLANK : CellState.NUMBER, values[i], null);
        }
        Set<String> tables = format.sections().stream().filter(section -> section.kind() == SectionKind.TABLE).map(SectionDefinition::key)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        return new ReportSnapshot(format, year, null, null, null, null, null, null, tables, cells, List.of(), List.of());
    }

    private static void readTable(Format format, SectionDefinition section, ReportJson.Section sent, String pointer, CellReading[] cells,
            List<Violation> shape) {
        // catalogue cells are listed row by row, and a report sends them in the same order (as GET returns them): each row
        // and each value is looked for where the last one was found first
        String row = null;
        int sentRow = -1;
        int next = 0;
        int end = 0;
        int matched = 0;
        int index = format.firstCellIndex(section.key());
        CellReading[] zeros = zeroReadings(format);
        for (CellDefinition cell : section.cells()) {
            if (!cell.row().equals(row)) {
                row = cell.row();
                sentRow = sent.row(row, sentRow + 1);
                boolean values = sentRow >= 0 && sent.rowIsObject[sentRow];
                next = values ? sent.rowStart[sentRow] : 0;
                end = values ? sent.rowStart[sentRow + 1] : 0;
            }
            // the values before next were each found in turn by an earlier cell of the row: the rest is all there is to search
            JsonNode value = null;
            for (int i = next; i < end; i++) {
                if (sent.columns[i].equals(cell.column())) {
                    value = sent.values[i];
                    next = i == next ? next + 1 : next;
                    break;
                }
            }
            matched += value == null ? 0 : 1;
            String printedMark = sent.printed(row, cell.column());
            cells[index] = printedMark == null && value != null && value.isInt() && value.intValue() == 0 ? zeros[index]
                    : reading(cell.pointer(), value, printedMark);
            index++;
        }
        if (matched != sent.entries()) {
            unknownKeys(format, section, sent, pointer, shape);
        }
    }

    private static void unknownKeys(Format format, SectionDefinition section, ReportJson.Section sent, String pointer, List<Violation> shape) {
        for (int r = 0; r < sent.rowCount; r++) {
            String row = sent.rows[r];
            List<String> known = format.columns(section.key(), row);
            if (known.isEmpty()) {
                shape.add(Violation.at(pointer + "/cells/" + Violation.token(row), "is not a row of " + section.key()));
                continue;
            }
            for (int i = sent.rowStart[r]; i < sent.rowStart[r + 1]; i++) {
                if (!known.contains(sent.columns[i])) {
                    shape.add(Violation.at(pointer + "/cells/" + Violation.token(row) + "/" + Violation.token(sent.columns[i]),
                            "is not a column of row " + row));
                }
            }
        }
    }

    /**
     * Per format, each cell's reading of a plain 0 sent as a number, which most cells of most reports are: shared by every
     * report read (a reading is immutable) instead of one allocated for each cell of each report.
     */
    private static final Map<Format, CellReading[]> ZERO_READINGS = new java.util.concurrent.ConcurrentHashMap<>();

    private static CellReading[] zeroReadings(Format format) {
        CellReading[] zeros = ZERO_READINGS.get(format);
        return zeros != null ? zeros : ZERO_READINGS.computeIfAbsent(format, key -> {
            List<CellDefinition> definitions = key.cells();
            CellReading[] readings = new CellReading[definitions.size()];
            for (int i = 0; i < readings.length; i++) {
                // as reading() makes it: an IntNode's decimalValue() of 0 is BigDecimal.ZERO
                readings[i] = new CellReading(definitions.get(i).pointer(), CellState.NUMBER, BigDecimal.ZERO, null);
            }
            return readings;
        });
    }

    private static CellReading reading(String pointer, JsonNode value, String printed) {
        if (value != null && value.isNumber()) {
            return new CellReading(pointer, CellState.NUMBER, value.decimalValue(), printed);
        }
        String raw = value != null && value.isTextual() ? value.asText() : printed;
        if (raw == null || raw.isBlank()) {
            return new CellReading(pointer, CellState.BLANK, null, printed);
        }
        String folded = ChineseText.fold(raw).trim();
        if (PrintedMarks.notApplicable(raw)) {
            return new CellReading(pointer, CellState.NOT_APPLICABLE, null, raw);
        }
        if (value != null && value.isTextual()) {
            Optional<BigDecimal> number = ChineseText.number(folded);
            if (number.isPresent()) {
                // a number sent as a string is still a number; a printed form goes in printed
                return new CellReading(pointer, CellState.NUMBER, number.get(), raw);
            }
            return new CellReading(pointer, CellState.TEXT, leadingNumber(folded), raw);
        }
        return new CellReading(pointer, CellState.BLANK, null, raw);
    }

    /** The number a text such as “500元” starts with, for the unit checks. */
    private static BigDecimal leadingNumber(String text) {
        java.util.regex.Matcher matcher = LEADING_NUMBER.matcher(text);
        return matcher.find() ? new BigDecimal(matcher.group(1).replace(",", "")) : null;
    }

    private static void readNarrative(SectionDefinition section, ReportJson.Section sent, String pointer, List<NarrativeText> narratives) {
        narratives.add(new NarrativeText(section.key(), false, null, sent.heading, sent.text == null ? "" : sent.text, pointer + "/text"));
        for (int i = 0; i < sent.items.size(); i++) {
            ReportJson.Item item = sent.items.get(i);
            narratives.add(new NarrativeText(section.key(), true, item.key(), item.heading(), item.text() == null ? "" : item.text(),
                    pointer + "/items/" + i + "/text"));
        }
    }

    private static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A cell by section, row and column; MISSING when its table is absent or the format has no such cell. */
    CellReading cell(String section, String row, String column) {
        return cell(section + "." + row + "." + column, section, row, column);
    }

    /** The same, by catalogue cell key (section.row.column) when the caller already has it. */
    CellReading cell(String key, String section, String row, String column) {
        return cell(format.cellIndex(key), section, row, column);
    }

    /** The same, by position in {@code format.cells()} (-1: no such cell), for callers that resolve it once per format. */
    CellReading cell(int index, String section, String row, String column) {
        CellReading reading = index < 0 ? null : cells[index];
        if (reading != null) {
            return reading;
        }
        String pointer = "/sections/" + section + "/cells/" + row + "/" + column;
        return new CellReading(pointer, CellState.MISSING, null, null);
    }

    /**
     * The reading of the cell at {@code index} of {@code format.cells()}; never null in a present table. Read straight from the
     * array: a list view's get, called for every cell by every cell rule, was a tenth of a validation.
     */
    CellReading reading(int index) {
        return cells[index];
    }

    boolean hasCell(String section, String row, String column) {
        return format.cell(section, row, column).isPresent();
    }

    /** Every sentence of the narrative parts, in printed order. */
    List<Sentence> sentences() {
        if (sentences == null) {
            // every text folded into one buffer, line by line: sentences are cut from it and keywords searched in it
            int length = 0;
            for (NarrativeText text : narratives) {
                length += text.text().length() + 1;
            }
            char[] buffer = new char[length];
            int at = 0;
            for (NarrativeText text : narratives) {
                text.text().getChars(0, text.text().length(), buffer, at);
                ChineseText.foldInPlace(buffer, at, at + text.text().length());
                at += text.text().length();
                buffer[at++] = '\n';
            }
            joinedSentences = new String(buffer);
            List<Sentence> all = new ArrayList<>();
            at = 0;
            for (NarrativeText text : narratives) {
                Sentence.split(text, buffer, joinedSentences, at, all);
                at += text.text().length() + 1;
            }
            sentences = java.util.Collections.unmodifiableList(all);
            sentenceStarts = new int[all.size()];
            for (int i = 0; i < sentenceStarts.length; i++) {
                sentenceStarts[i] = all.get(i).offset();
            }
        }
        return sentences;
    }

    /**
     * Positions in {@link #sentences()} of the sentences whose folded text contains {@code keyword}, in order.
     * One search over all the text per keyword (remembered: several rules ask for the same words) instead of
     * a search in every sentence by every rule. A match that runs past the end of its sentence does not count.
     */
    int[] sentencesWith(String keyword) {
        return sentencesByKeyword.computeIfAbsent(keyword, this::search);
    }

    /** The sentences holding any of {@code keywords}, each once, in printed order (as findings are numbered). */
    java.util.BitSet sentencesWithAny(java.util.Collection<String> keywords) {
        java.util.BitSet any = new java.util.BitSet();
        for (String keyword : keywords) {
            for (int sentence : sentencesWith(keyword)) {
                any.set(sentence);
            }
        }
        return any;
    }

    private int[] search(String keyword) {
        sentences();
        // a plain array, not an IntStream builder: a dozen keywords a report, most found in a few sentences
        int[] found = new int[8];
        int count = 0;
        for (int at = indexOf(joinedSentences, keyword, 0); at >= 0;) {
            int sentence = java.util.Arrays.binarySearch(sentenceStarts, at);
            sentence = sentence >= 0 ? sentence : -sentence - 2;
            if (sentence < 0 || at + keyword.length() > sentenceStarts[sentence] + sentences.get(sentence).length()) {
                // in the blank or the line break between two sentences, or running past the end of one
                at = indexOf(joinedSentences, keyword, at + 1);
                continue;
            }
            if (count == found.length) {
                found = java.util.Arrays.copyOf(found, 2 * count);
            }
            found[count++] = sentence;
            at = sentence + 1 < sentenceStarts.length ? indexOf(joinedSentences, keyword, sentenceStarts[sentence + 1]) : -1;
        }
        return java.util.Arrays.copyOf(found, count);
    }

    /**
     * {@code text.indexOf(keyword, from)}, found by the keyword's first character: String's search for a character is vectorised
     * and a narrative's text holds few of a keyword's first character; its search for a string took four times as long.
     */
    private static int indexOf(String text, String keyword, int from) {
        if (keyword.isEmpty()) {
            return text.indexOf(keyword, from);
        }
        char first = keyword.charAt(0);
        for (int at = text.indexOf(first, from); at >= 0; at = text.indexOf(first, at + 1)) {
            if (text.startsWith(keyword, at)) {
                return at;
            }
        }
        return -1;
    }

    List<Sentence> sentences(String section) {
        if (sentencesBySection == null) {
            sentencesBySection = new HashMap<>();
            // a section's sentences follow each other: one look-up a run, not one a sentence
            String runSection = null;
            List<Sentence> run = null;
            for (Sentence sentence : sentences()) {
                if (!sentence.source().section().equals(runSection)) {
                    runSection = sentence.source().section();
                    run = sentencesBySection.computeIfAbsent(runSection, key -> new ArrayList<>());
                }
                run.add(sentence);
            }
        }
        return sentencesBySection.getOrDefault(section, List.of());
    }

    /** A fact several rules derive from the report (such as the sentence stating the fee), computed once; null is kept too. */
    @SuppressWarnings("unchecked")
    <T> T derived(String name, java.util.function.Function<ReportSnapshot, T> compute) {
        if (!derived.containsKey(name)) {
            derived.put(name, compute.apply(this));
        }
        return (T) derived.get(name);
    }

    /** The agency's name compacted (see {@link ChineseText#compact}), or null when unknown: three checks compare with it. */
    String compactAgencyName() {
        return derived("agencyName.compact", report -> report.agencyName == null ? null : ChineseText.compact(report.agencyName));
    }

    /** Whether the report covers a government's whole region, so that its region's units (各部门, 各镇街) are its own. */
    boolean coversRegion() {
        return scope == ReportScope.REGION;
    }

    /** Narrative blocks in printed order. */
    List<NarrativeText> narratives() {
        return narratives;
    }

    List<NarrativeText> narratives(String section) {
        return narrativesBySection.getOrDefault(section, List.of());
    }

    boolean hasNarrative(String section) {
        return narrativesBySection.containsKey(section);
    }
}
