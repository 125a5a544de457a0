package cn.gongkai.validation;

import static cn.gongkai.common.ChineseText.isAsciiDigit;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.inject.Singleton;

import cn.gongkai.common.AnchoredFind;
import cn.gongkai.common.ChineseText;
import cn.gongkai.common.StatedPeriod;
import cn.gongkai.format.Format;
import cn.gongkai.format.FormatCatalogue;
import cn.gongkai.format.ItemDefinition;
import cn.gongkai.format.SectionDefinition;
import cn.gongkai.format.SectionKind;
import cn.gongkai.problem.Violation;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The report's skeleton and metadata: parts, tables, format, part 六 items, period, title, deadline. */
final class StructureChecks {

    private StructureChecks() {
    }

    private static Finding result(RuleDefinition rule, String instance, List<String> problems, String okZh, String okEn, String problemEn) {
        return problems.isEmpty()
                ? Findings.of(rule, instance, FindingStatus.PASS, List.of(), null, okZh, okEn)
                : Findings.of(rule, instance, FindingStatus.FAIL, List.of(), null, String.join("；", problems), problemEn);
    }

    @Singleton
    static class SixParts implements RuleCheck {

        @Override
        public String ruleId() {
            return "STR_SIX_PARTS";
        }

        @Override
        public List<Finding> check(RuleDefinition rule, ReportSnapshot report, ReportSnapshot previous) {
            List<String> problems = new ArrayList<>();
            // headings numbered as their part and nearer its words than any other's, in words of their own
            List<String> reworded = new ArrayList<>();
            for (SectionDefinition part : report.format.sections()) {
                if (part.kind() != SectionKind.NARRATIVE) {
                    continue;
                }
                List<NarrativeText> texts = report.narratives(part.key());
                if (texts.isEmpty()) {
                    problems.add("缺少" + part.heading());
                    continue;
                }
                String heading = texts.get(0).heading();
                if (heading != null && !heading.isBlank() && !matches(heading, part)
                        && !closestTo(heading, part, report.format.sections(), HEADING_LIKENESS)) {
                    (closestTo(heading, part, report.format.sections(), 0) ? reworded : problems)
                            .add("标题“" + heading + "”与格式“" + part.heading() + "”不符");
                }
            }
            if (problems.isEmpty() && !reworded.isEmpty()) {
                // “一、总体概况”, “六、其他事项”: the part is there, named in other words; a point for the reviewer, not an error
                return List.of(Findings.of(rule, "parts", Severity.WARNING, FindingStatus.FAIL, rule.expression(), null, null, List.of(), null,
                        String.join("；", reworded) + "（编号相符，用语与格式不同）", "parts named in other words than the format's"));
            }
            problems.addAll(reworded);
            return List.of(result(rule, "parts", problems, "六个部分齐全", "all six parts are present", "parts missing or misnamed"));
        }

        /** The heading as printed, or a known variant, ignoring spaces, bracket widths and numbering punctuation. */
        private static final String NUMBERING = "、.．,，";
        /** Normalised headings and variants of each catalogue part, computed once. */
        private static final java.util.Map<String, List<String>> KNOWN = new java.util.concurrent.ConcurrentHashMap<>();

        static boolean matches(String heading, SectionDefinition part) {
            String numeral = part.heading().substring(0, 1);
            // keyed by the heading, not the definition: a record's hashCode walks all its cells
            List<String> known = KNOWN.computeIfAbsent(part.heading(), canonical -> java.util.stream.Stream
                    .concat(Stream.of(canonical), part.headingVariants().stream()).map(SixParts::normalise).toList());
            if (heading.equals(part.heading()) && startsWithNumeral(known.get(0))) {
                // the heading as the catalogue prints it (most reports): normalised below, it would be known.get(0) itself
                return true;
            }
            String printed = normalise(heading);
            // a heading without its number (HTML copies lose Word's list numbering) is read as this part's
            printed = startsWithNumeral(printed) || printed.isEmpty() ? printed : numeral + printed;
            if (known.contains(printed)) {
                return true;
            }
            return printed.startsWith(numeral) && CrossYearChecks.TextDuplication.dice(printed, known.get(0)) >= 0.6;
        }

        /**
         * Whether a heading numbered as this part reads, by its words, more like this part than any other, and at least
         * {@code likeness} like it: “五、存在的不足及改进措施” is part 五 in other words; “五、其他需要报告的事项” names part 六, and
         * “五、工作展望” no part at all.
         */
        static boolean closestTo(String heading, SectionDefinition part, List<SectionDefinition> parts, double likeness) {
            String printed = normalise(heading);
            if (printed.isEmpty() || printed.charAt(0) != part.heading().charAt(0)) {
                return false;
            }
            double own = similarity(printed.substring(1), part);
            for (SectionDefinition other : parts) {
                if (other != part && other.kind() == SectionKind.NARRATIVE && similarity(printed.substring(1), other) >= own) {
                    return false;
                }
            }
            return own >= likeness && own > 0;
        }

        /** The best Dice coefficient of the words (without the number) with the part's heading or one of its variants. */
        private static double similarity(String words, SectionDefinition part) {
            double best = 0;
            for (String known : Stream.concat(Stream.of(part.heading()), part.headingVariants().stream()).toList()) {
                String normalised = normalise(known);
                best = Math.max(best, CrossYearChecks.TextDuplication.dice(words, normalised.substring(1)));
            }
            return best;
        }

        /** Below this, a numbered heading shares too little with its part to be read as it (“五、工作展望” shares 工作 only). */
        private static final double HEADING_LIKENESS = 0.4;

        private static final Pattern LEADING_YEAR = Pattern.compile("[、.．,，]?[0-9]{4}年度?");

        /** The numerals of the six parts; a heading numbered “1、” or “2.” is numbered 一, 二. */
        private static final String PART_NUMERALS = "一二三四五六七八九";

        private static String normalise(String heading) {
            String compact = ChineseText.compact(heading);
            if (compact.length() > 1 && compact.charAt(0) >= '1' && compact.charAt(0) <= '9' && !Character.isDigit(compact.charAt(1))) {
                compact = PART_NUMERALS.charAt(compact.charAt(0) - '1') + compact.substring(1);
            }
            // “（一）总体情况”: the part's numeral in brackets, as some reports number their parts
            if (compact.length() > 3 && compact.charAt(0) == '(' && compact.charAt(2) == ')' && PART_NUMERALS.indexOf(compact.charAt(1)) >= 0) {
                compact = compact.charAt(1) + compact.substring(3);
            }
            // “第一部分总体情况” numbers the part as “一、总体情况” does
            if (compact.length() > 4 && compact.charAt(0) == '第' && compact.startsWith("部分", 2)) {
                compact = compact.charAt(1) + compact.substring(4);
            }
            // “一、2023年政府信息公开工作总体情况”: the report year after the numeral names no other part
            if (compact.length() > 7 && PART_NUMERALS.indexOf(compact.charAt(0)) >= 0 && mayStartWithYear(compact)) {
                Matcher year = LEADING_YEAR.matcher(compact).region(1, compact.length());
                if (year.lookingAt()) {
                    compact = compact.charAt(0) + compact.substring(year.end());
                }
            }
            int first = 0;
            while (first < compact.length() && NUMBERING.indexOf(compact.charAt(first)) < 0) {
                first++;
            }
            if (first == compact.length()) {
                return compact; // no numbering punctuation: nothing to copy
            }
            StringBuilder normalised = new StringBuilder(compact.length()).append(compact, 0, first);
            for (int i = first; i < compact.length(); i++) {
                if (NUMBERING.indexOf(compact.charAt(i)) < 0) {
                    normalised.append(compact.charAt(i));
                }
            }
            return normalised.toString();
        }

        private static boolean startsWithNumeral(String normalised) {
            return !normalised.isEmpty() && PART_NUMERALS.indexOf(normalised.charAt(0)) >= 0;
        }

        /** Whether {@link #LEADING_YEAR} may match after the numeral: a digit there, or one after numbering punctuation. */
        private static boolean mayStartWithYear(String compact) {
            char next = compact.charAt(1);
            return isAsciiDigit(next) || NUMBERING.indexOf(next) >= 0 && isAsciiDigit(compact.charAt(2));
        }
    }

    @Singleton
    static class TableShape implements RuleCheck {

        @Override
        public String ruleId() {
            return "STR_TABLE_SHAPE";
        }

        @Override
        public List<Finding> check(RuleDefinition rule, ReportSnapshot report, ReportSnapshot previous) {
            List<String> problems = new ArrayList<>();
            for (SectionDefinition table : report.format.sections()) {
                if (table.kind() == SectionKind.TABLE && !report.presentTables.contains(table.key())) {
                    problems.add("缺少" + Wording.tableZh(table.key()) + "（" + table.heading() + "）");
                }
            }
            for (Violation violation : report.shapeProblems) {
                problems.add(violation.pointer() + " " + violation.reason());
            }
            return List.of(result(rule, "tables", problems, "三张统计表齐全，行列完整", "the three tables are complete",
                    "tables missing or with unknown rows or columns"));
        }
    }

    @Singleton
    static class FormatVersion implements RuleCheck {

        private final FormatCatalogue formats;

        FormatVersion(FormatCatalogue formats) {
            this.formats = formats;
        }

        @Override
        public String ruleId() {
            return "STR_FORMAT_VERSION";
        }

        @Override
        public List<Finding> check(RuleDefinition rule, ReportSnapshot report, ReportSnapshot previous) {
            Optional<String> otherShape = report.shapeProblems.isEmpty() ? Optional.empty() : otherFormatsRow(report);
            if (otherShape.isPresent()) {
                return List.of(Findings.of(rule, "format", FindingStatus.FAIL, List.of(), null,
                        "报告标明采用" + report.format.definition().basis() + "格式，但" + otherShape.get() + "，表格与所标格式不符（见 STR_TABLE_SHAPE）",
                        "the tables hold rows of another format than the one named"));
            }
            boolean fits = report.format.definition().appliesTo(report.year);
            return List.of(Findings.of(rule, "format", fits ? FindingStatus.PASS : FindingStatus.FAIL, List.of(), null,
                    fits ? report.year + "年度报告采用" + report.format.definition().basis() + "格式"
                            : report.year + "年度报告采用了" + report.format.definition().basis() + "格式（适用于" + report.format.definition().firstYear()
                                    + "年起），应使用对应年度的格式",
                    fits ? "the format fits the year" : "format " + report.format.id() + " does not apply to " + report.year));
        }

        /**
         * The first row or cell the named format does not have but another does (a 2021 report whose 表三 keeps the 2019 single
         * （六）其他处理 row, a hybrid): the report is in a format other than the one it names. Only asked when the shape is wrong.
         */
        private Optional<String> otherFormatsRow(ReportSnapshot report) {
            for (Violation violation : report.shapeProblems) {
                String[] path = violation.pointer().split("/");
                if (path.length < 5 || !"cells".equals(path[3])) {
                    continue;
                }
                String table = path[2];
                String row = path[4];
                for (Format other : formats.all()) {
                    if (other != report.format && other.hasRow(table, row) && (path.length == 5 || other.columns(table, row).contains(path[5]))) {
                        return Optional.of(Wording.tableZh(table) + "含有" + other.definition().basis() + "格式的“" + row
                                + (path.length == 5 ? "" : "/" + path[5]) + "”");
                    }
                }
            }
            return Optional.empty();
        }
    }

    @Singleton
    static class Part6Fee implements RuleCheck {

        @Override
        public String ruleId() {
            return "STR_PART6_FEE";
        }

        @Override
        public List<Finding> check(RuleDefinition rule, ReportSnapshot report, ReportSnapshot previous) {
            boolean present = report.narratives("part6").stream().anyMatch(text -> ("INFO_FEE".equals(text.itemKey())
                    || (text.heading() != null && text.heading().contains("信息处理费"))) && !text.text().isBlank());
            // the item must say something about the fee, not just “无”; with no such item, part 六 may state it in its
            // own text (many reports write only that sentence there)
            Optional<Sentence> statement = TextScopeChecks.FeeStatement.statement(report);
            if (!present && statement.isEmpty()) {
                return List.of(Findings.of(rule, "INFO_FEE", FindingStatus.FAIL, List.of(), null,
                        "第六部分缺少“（一）依据《政府信息公开信息处理费管理办法》收取信息处理费的情况”事项", "part 六 lacks its information-fee item"));
            }
            if (statement.isEmpty() && TextScopeChecks.FeeStatement.onlyNone(report)) {
                // the item is there and answers 无: as TXT_FEE_STATEMENT, a warning to say 未收取, not a missing item
                return List.of(Findings.of(rule, "INFO_FEE", Severity.WARNING, FindingStatus.FAIL, rule.expression(), null, null, List.of(), null,
                        "第六部分信息处理费事项仅写“无”，未写明收取情况", "part 六's fee item says only 无"));
            }
            return List.of(Findings.of(rule, "INFO_FEE", statement.isPresent() ? FindingStatus.PASS : FindingStatus.FAIL, List.of(),
                    statement.map(Sentence::ref).orElse(null),
                    statement.isPresent() ? "第六部分设有信息处理费事项并说明收取情况" : "第六部分信息处理费事项未说明收取情况",
                    statement.isPresent() ? "part 六 has its fee item" : "part 六's fee item states nothing about the fee"));
        }
    }

    @Singleton
    static class Part6Items implements RuleCheck {

        private static final java.util.Map<String, String> COMPACT_HEADINGS = new java.util.concurrent.ConcurrentHashMap<>();

        @Override
        public String ruleId() {
            return "STR_PART6_ITEMS";
        }

        @Override
        public List<Finding> check(RuleDefinition rule, ReportSnapshot report, ReportSnapshot previous) {
            if (!report.hasNarrative("part6")) {
                return List.of(Findings.notAssessable(rule, "part6", "第六部分缺失（见 STR_SIX_PARTS）", "part 六 is missing"));
            }
            Set<String> keys = new java.util.HashSet<>();
            for (NarrativeText text : report.narratives("part6")) {
                if (text.itemKey() != null) {
                    keys.add(text.itemKey());
                }
            }
            List<ItemDefinition> defined = report.format.section("part6").orElseThrow().items();
            // headings decide only items not sent by key: with every item keyed (as the editor sends them), none is compacted
            boolean allKeyed = true;
            for (ItemDefinition item : defined) {
                allKeyed &= keys.contains(item.key());
            }
            Set<String> headings = new java.util.HashSet<>();
            for (NarrativeText text : allKeyed ? List.<NarrativeText>of() : report.narratives("part6")) {
                if (text.heading() != null) {
                    headings.add(ChineseText.compact(text.heading()));
                }
            }
            List<String> missing = missing(defined, keys, headings);
            if (!missing.isEmpty()) {
                // only then, as it costs: items sent without a key, by their headings' likeness (not the part's own heading)
                for (NarrativeText text : report.narratives("part6")) {
                    if (text.item() && text.itemKey() == null && text.heading() != null) {
                        closest(text.heading(), defined).ifPresent(keys::add);
                    }
                }
                missing = missing(defined, keys, headings);
            }
            if (!missing.isEmpty()) {
                // items numbered inside the part's own text, where an import leaves 1. or 一是 lines and paragraphs run together
                for (NarrativeText text : report.narratives("part6")) {
                    if (!text.item()) {
                        Matcher numbered = TEXT_ITEM.matcher(ChineseText.fold(text.text()));
                        while (numbered.find()) {
                            closest(numbered.group(1), defined).ifPresent(keys::add);
                        }
                    }
                }
                missing = missing(defined, keys, headings);
            }
            return List.of(result(rule, "part6", missing.isEmpty() ? List.of() : List.of("第六部分缺少事项：" + String.join("、", missing)),
                    "第六部分七个事项齐全", "part 六 has its seven items", missing.size() + " item(s) of part 六 missing"));
        }

        private static List<String> missing(List<ItemDefinition> defined, Set<String> keys, Set<String> headings) {
            List<String> missing = new ArrayList<>();
            for (ItemDefinition item : defined) {
                if (!keys.contains(item.key()) && !headings.contains(COMPACT_HEADINGS.computeIfAbsent(item.heading(), ChineseText::compact))) {
                    missing.add(item.heading());
                }
            }
            return missing;
        }
    }

    /**
     * An item heading numbered inside a text (（一）, 一、, 一是, 1., 1、, ①) at its start or after 。；：or a line break, and its
     * words up to the next 。：or line break: “一是收取信息处理费情况。”, “1.收取信息处理费情况”, “（一）信息处理费收取情况：未收取。”.
     */
    private static final Pattern TEXT_ITEM = Pattern.compile(
            "(?:^|(?<=[\\n。;:]))[ \\t]*(?:\\([一二三四五六七八九十]\\)|[一二三四五六七八九十][、是]|[1-9][.、]|[①-⑨])([^。:\\n]{2,40})");

    /** The numbering of an item heading: （一）, (一), 一、, 1. */
    private static final Pattern ITEM_NUMBER = Pattern.compile("^\\(?[一二三四五六七八九十0-9]+\\)?[、.．]?");
    /** Below this, a heading shares too little with every item to be taken for one. */
    private static final double ITEM_LIKENESS = 0.25;

    /**
     * The catalogue item a heading without a key names, in a local template's shorter words (“（二）落实上级年度政务公开
     * 工作要点情况”): the item whose heading it is most like, if like enough. Its words, not its number, decide.
     */
    static Optional<String> closest(String heading, List<ItemDefinition> items) {
        String words = ITEM_NUMBER.matcher(ChineseText.compact(heading)).replaceFirst("");
        String best = null;
        double likeness = ITEM_LIKENESS;
        for (ItemDefinition item : items) {
            double dice = CrossYearChecks.TextDuplication.dice(words, ITEM_NUMBER.matcher(ChineseText.compact(item.heading())).replaceFirst(""));
            if (dice >= likeness) {
                likeness = dice;
                best = item.key();
            }
        }
        return Optional.ofNullable(best);
    }

    @Singleton
    static class Part5NotEmpty implements RuleCheck {

        private static final int MINIMUM = 10;
        /**
         * 无 in more words: “本年度无存在的主要问题及改进情况”, “暂无需要报告的问题和改进情况” say nothing but the heading's
         * words around 无, so they are as empty as 无 alone.
         */
        private static final java.util.regex.Pattern NOTHING = java.util.regex.Pattern.compile(
                "(?:本年度?|今年|\\d{4}年度?)?(?:暂|均|并)?(?:无|没有|不涉及|不存在)(?:存在|需要|需|应当|应|报告|说明|相关|主要|问题|改进|情况|事项|的|及|和|与|、)*");
        private static final String PUNCTUATION = "。，、；：“”（）《》!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

        @Override
        public String ruleId() {
            return "STR_PART5_NONEMPTY";
        }

        @Override
        public List<Finding> check(RuleDefinition rule, ReportSnapshot report, ReportSnapshot previous) {
            List<NarrativeText> part5 = report.narratives("part5");
            if (part5.stream().mapToInt(text -> text.text().length()).sum() >= 4 * MINIMUM) {
                return List.of(Findings.of(rule, "part5", FindingStatus.PASS, List.of(), null, "第五部分有实质内容", "part 五 has content"));
            }
            StringBuilder content = new StringBuilder();
            for (NarrativeText part : part5) {
                String folded = ChineseText.fold(part.text());
                for (int i = 0; i < folded.length(); i++) {
                    char c = folded.charAt(i);
                    if (PUNCTUATION.indexOf(c) < 0 && !ChineseText.isWhitespace(c)) {
                        content.append(c);
                    }
                }
            }
            String text = content.toString();
            boolean thin = text.length() < MINIMUM || NOTHING.matcher(text).matches();
            return List.of(Findings.of(rule, "part5", thin ? FindingStatus.FAIL : FindingStatus.PASS, List.of(), null,
                    thin ? "第五部分内容过简（" + text.length() + "字），应如实报告存在的主要问题及改进情况" : "第五部分有实质内容",
                    thin ? "part 五 is empty or trivially short" : "part 五 has content"));
        }
    }

    @Singleton
    static class StatisticalPeriod implements RuleCheck {

        @Override
        public String ruleId() {
            return "STR_STAT_PERIOD";
        }

        @Override
        public List<Finding> check(RuleDefinition rule, ReportSnapshot report, ReportSnapshot previous) {
            // the preamble's sentences first, then the narrative's holding 统计: the first to state a period is read. The preamble is
            // split only when it may state one (most do; a text that cannot spares the split), and the narrative searched only after
            if (report.preamble != null && StatedPeriod.mayState(report.preamble)) {
                for (Sentence sentence : Sentence.split(new NarrativeText("preamble", false, null, null, report.preamble, "/preamble"))) {
                    Finding finding = finding(rule, report, sentence);
                    if (finding != null) {
                        return List.of(finding);
                    }
                }
            }
            for (int i : report.sentencesWith("统计")) {
                Finding finding = finding(rule, report, report.sentences().get(i));
                if (finding != null) {
                    return List.of(finding);
                }
            }
            return List.of(Findings.notAssessable(rule, "period", "未见统计期限表述", "no statistical period stated"));
        }

        /** The finding on the period {@code sentence} states, or null when it states none. */
        private static Finding finding(RuleDefinition rule, ReportSnapshot report, Sentence sentence) {
            Optional<StatedPeriod> stated = StatedPeriod.find(sentence.folded());
            if (stated.isEmpty()) {
                return null;
            }
            boolean fits = stated.get().isCalendarYear(report.year);
            return Findings.of(rule, "period", fits ? FindingStatus.PASS : FindingStatus.FAIL, List.of(), sentence.ref(),
                    fits ? "统计期限为" + report.year + "年1月1日至12月31日" : "统计期限“" + stated.get().text() + "”不是" + report.year + "年全年",
                    fits ? "the period is the report year" : "the stated period is not the report year");
        }
    }

    @Singleton
    static class AgencyYear implements RuleCheck {

        private static final String DIGITS = "〇一二三四五六七八九";

        /** 2023 → 二〇二三 (or 二零二三), as official titles write years digit by digit. */
        static String inChineseDigits(int year, char zero) {
            StringBuilder digits = new StringBuilder(4);
            for (char digit : Integer.toString(year).toCharArray()) {
                digits.append(digit == '0' ? zero : DIGITS.charAt(digit - '0'));
            }
            return digits.toString();
        }

        @Override
        public String ruleId() {
            return "STR_AGENCY_YEAR";
        }

        @Override
        public List<Finding> check(RuleDefinition rule, ReportSnapshot report, ReportSnapshot previous) {
            List<Finding> findings = new ArrayList<>();
            if (report.title == null || report.title.isBlank()) {
                findings.add(Findings.of(rule, "title", FindingStatus.FAIL, List.of(), null, "报告缺少标题", "the report has no title"));
            } else {
                String title = ChineseText.compact(report.title);
                List<String> problems = new ArrayList<>();
                if (!title.contains(report.year + "年") && !title.contains(inChineseDigits(report.year, '〇') + "年")
                        && !title.contains(inChineseDigits(report.year, '零') + "年")) {
                    problems.add("标题未写明" + report.year + "年度");
                }
                if (report.agencyName != null && !AgencyName.names(title, report.compactAgencyName())) {
                    problems.add("标题未写明机关全称“" + report.agencyName + "”");
                }
                findings.add(result(rule, "title", problems, "标题写明机关全称与年度", "the title names the agency and year",
                        "the title does not name the agency or year"));
            }
            if (report.preamble == null || report.preamble.isBlank() || report.agencyName == null) {
                findings.add(Findings.notAssessable(rule, "preamble", "无前言或机关名称未知", "no preamble, or the agency name is unknown"));
            } else {
                // the name as sent is in the compacted preamble too (compacting only folds and drops blanks, which a compact name has
                // none of): most preambles name the agency so, and spare the copy of the whole preamble
                boolean named = report.preamble.contains(report.compactAgencyName())
                        || AgencyName.names(ChineseText.compact(report.preamble), report.compactAgencyName());
                findings.add(Findings.of(rule, "preamble", named ? FindingStatus.PASS : FindingStatus.FAIL, List.of(), null,
                        named ? "前言写明本机关名称" : "前言未出现机关全称“" + report.agencyName + "”，疑似套用其他报告",
                        named ? "the preamble names the agency" : "the preamble does not name the agency"));
            }
            return findings;
        }
    }

    @Singleton
    static class Deadline implements RuleCheck {

        private final MonthDay agencyDeadline;
        private final MonthDay governmentDeadline;

        Deadline(@ConfigProperty(name = "gongkai.deadline.agency", defaultValue = "--01-31") MonthDay agencyDeadline,
                @ConfigProperty(name = "gongkai.deadline.government", defaultValue = "--03-31") MonthDay governmentDeadline) {
            this.agencyDeadline = agencyDeadline;
            this.governmentDeadline = governmentDeadline;
        }

        @Override
        public String ruleId() {
            return "STR_DEADLINE";
        }

        @Override
        public List<Finding> check(RuleDefinition rule, ReportSnapshot report, ReportSnapshot previous) {
            if (report.publishedOn == null) {
                return List.of(Findings.notAssessable(rule, "published", "未记录公布日期", "no publication date recorded"));
            }
            boolean government = AgencyName.isCountyOrAboveGovernment(report.agencyLevel, report.compactAgencyName());
            LocalDate deadline = (government ? governmentDeadline : agencyDeadline).atYear(report.year + 1);
            boolean onTime = !report.publishedOn.isAfter(deadline);
            return List.of(Findings.of(rule, "published", onTime ? FindingStatus.PASS : FindingStatus.FAIL, List.of(), null,
                    (onTime ? "按期公布" : "逾期公布") + "（公布于" + report.publishedOn + "，期限" + deadline + "）",
                    (onTime ? "published on time" : "published late") + " (" + report.publishedOn + ", deadline " + deadline + ")"));
        }
    }
}
