package cn.gongkai.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.gongkai.common.ChineseText;

/**
 * The shared mechanism of the “the text states N, the table says Σ cells” rules (TXT_APP_COUNT,
 * TXT_RESULT_COUNTS, TXT_REVIEW_LIT_COUNT): each rule lists its phrases and the cells they mean.
 * A phrase whose number cannot be read is skipped, never reported.
 */
final class TextCounts {

    /**
     * A phrase: its instance name, the pattern (group 1 = the number), the cells one of its matches in a sentence refers
     * to, and whether a match is read at all (a match it rejects is skipped, as an unreadable number is). {@code units}, when
     * not null: the characters one of which follows the number ({@link ChineseText#NUMBER}) in every match, so that a sentence
     * without a number before one of them is not searched ({@link ChineseText#mayHoldNumberBefore}).
     */
    record Phrase(String instance, String nameZh, String keyword, Pattern pattern, BiFunction<Sentence, MatchResult, List<String>> cells,
            BiPredicate<Sentence, MatchResult> reads, String units) {

        Phrase(String instance, String nameZh, String keyword, Pattern pattern, BiFunction<Sentence, MatchResult, List<String>> cells) {
            this(instance, nameZh, keyword, pattern, cells, (sentence, match) -> true);
        }

        Phrase(String instance, String nameZh, String keyword, Pattern pattern, BiFunction<Sentence, MatchResult, List<String>> cells,
                BiPredicate<Sentence, MatchResult> reads) {
            this(instance, nameZh, keyword, pattern, cells, reads, null);
        }

        /** The phrase, reading only the matches {@code also} accepts as well. */
        Phrase readingOnly(BiPredicate<Sentence, MatchResult> also) {
            return new Phrase(instance, nameZh, keyword, pattern, cells, (sentence, match) -> reads.test(sentence, match) && also.test(sentence, match),
                    units);
        }

        /** The phrase, whose pattern's number is always followed by one of {@code units} (件, 件例…): see {@link Phrase}. */
        Phrase counting(String units) {
            return new Phrase(instance, nameZh, keyword, pattern, cells, reads, units);
        }

        /** Whether the phrase may match in {@code folded}: it holds the keyword, and a number before a unit where they are known. */
        boolean mayMatch(String folded) {
            return folded.contains(keyword) && (units == null || ChineseText.mayHoldNumberBefore(folded, units));
        }

        /** The phrase's name is also the keyword a sentence must contain before the pattern is tried. */
        static Phrase of(String instance, String nameZh, String regex, List<String> cells) {
            return new Phrase(instance, nameZh, nameZh, Pattern.compile(regex), (sentence, match) -> cells);
        }
    }

    /**
     * Gap between a keyword and its number: no clause break, no digits, and no word of change (较, 比, 增, 减, 降, 升):
     * “申请数量较上年增加2件” states a difference, not the count. Nor 各 or 分别 (别): in “予以公开、部分公开各2件” and
     * “行政复议、行政诉讼分别为1件、0件” the number is each keyword's, not theirs together. Nor 由: in “予以公开件数由上年的8件
     * 增加到12件” the number after 由 is last year's.
     */
    static final String GAP = gap("");

    /** {@link #GAP} with more characters it may not hold. */
    static String gap(String excluded) {
        return "[^，,。；;：:0-9较比增减降升各别由" + excluded + ChineseText.NUMERALS + "]{0,8}?";
    }

    private TextCounts() {
    }

    /** A rule that checks these phrases. */
    static RuleCheck rule(String ruleId, List<Phrase> phrases) {
        return rule(ruleId, null, phrases);
    }

    /**
     * The same, where every phrase's match contains {@code gate} (such as 件): one search for it picks the
     * sentences worth reading, instead of one search per phrase.
     */
    static RuleCheck rule(String ruleId, String gate, List<Phrase> phrases) {
        return rule(ruleId, gate, UnaryOperator.identity(), phrases);
    }

    /** The same, each sentence read as {@code reading} rewords it (after {@link #respectively}), such as a rule's own word order. */
    static RuleCheck rule(String ruleId, String gate, UnaryOperator<Sentence> reading, List<Phrase> phrases) {
        return rule(ruleId, gate, reading, report -> phrases);
    }

    /**
     * The same, with phrases made for each report: what a count is read as may depend on the report's year or on the agency
     * (a township's own place beside its district's figures).
     */
    static RuleCheck rule(String ruleId, String gate, UnaryOperator<Sentence> reading, Function<ReportSnapshot, List<Phrase>> phrasesOf) {
        return new RuleCheck() {
            @Override
            public String ruleId() {
                return ruleId;
            }

            @Override
            public List<Finding> check(RuleDefinition rule, ReportSnapshot report, ReportSnapshot previous) {
                List<Phrase> phrases = phrasesOf.apply(report);
                List<String> words = gate != null ? List.of(gate) : keywords(phrases);
                return evaluate(rule, report, words, reading, phrases);
            }
        };
    }

    /** The phrases' keywords, each once, in their order (a loop: a stream's distinct() cost more than the rest of a check). */
    private static List<String> keywords(List<Phrase> phrases) {
        List<String> keywords = new ArrayList<>(phrases.size());
        for (Phrase phrase : phrases) {
            if (!keywords.contains(phrase.keyword())) {
                keywords.add(phrase.keyword());
            }
        }
        return keywords;
    }

    /** {@code words}: a sentence holding none of them is not read (the gate word, or every phrase's keyword). */
    static List<Finding> evaluate(RuleDefinition rule, ReportSnapshot report, List<String> words, UnaryOperator<Sentence> reading,
            List<Phrase> phrases) {
        List<Finding> findings = new ArrayList<>();
        Map<String, Integer> occurrences = new HashMap<>();
        // only the sentences with the gate word or a phrase's keyword, in printed order
        java.util.BitSet candidates = report.sentencesWithAny(words);
        for (int index = candidates.nextSetBit(0); index >= 0; index = candidates.nextSetBit(index + 1)) {
            Sentence sentence = reading.apply(respectively(report.sentences().get(index)));
            List<int[]> taken = new ArrayList<>();
            for (Phrase phrase : phrases) {
                if (!phrase.mayMatch(sentence.folded())) {
                    continue;
                }
                Matcher matcher = phrase.pattern().matcher(sentence.folded());
                while (matcher.find()) {
                    int start = matcher.start();
                    int end = matcher.end();
                    if (taken.stream().anyMatch(range -> start < range[1] && end > range[0])) {
                        continue;
                    }
                    BigDecimal stated = Sentence.number(matcher.group(1)).orElse(null);
                    if (stated == null || !phrase.reads().test(sentence, matcher)) {
                        continue;
                    }
                    taken.add(new int[] { start, end });
                    int occurrence = occurrences.merge(phrase.instance(), 1, Integer::sum);
                    String instance = occurrence == 1 ? phrase.instance() : phrase.instance() + "-" + occurrence;
                    findings.add(compare(rule, instance, phrase, sentence, matcher.toMatchResult(), stated, report));
                }
            }
        }
        if (findings.isEmpty()) {
            findings.add(Findings.notAssessable(rule, "text", "正文未见相关件数表述", "the text states no such count"));
        }
        return findings;
    }

    private static final Pattern EACH_COUNT = Pattern.compile(ChineseText.NUMBER + "(件|起)");

    /**
     * “予以公开、部分公开、不予公开分别为8件、2件、1件” read as “予以公开8件、部分公开2件、不予公开1件”: the keywords before 分别
     * (split at 、和及与) paired in order with as many counts after it. The sentence unchanged when they do not pair.
     */
    static Sentence respectively(Sentence sentence) {
        String folded = sentence.folded();
        int at = folded.indexOf("分别");
        if (at < 0) {
            return each(sentence);
        }
        int from = at;
        while (from > 0 && !Sentence.isClauseBreak(folded.charAt(from - 1)) && folded.charAt(from - 1) != ':') {
            from--;
        }
        String[] labels = folded.substring(from, at).split("[、和及与]");
        int counts = at + 2;
        while (counts < folded.length() && "为是有:".indexOf(folded.charAt(counts)) >= 0) {
            counts++;
        }
        StringBuilder pairs = new StringBuilder(folded.length()).append(folded, 0, from);
        Matcher count = EACH_COUNT.matcher(folded).region(counts, folded.length());
        int end = counts;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i].isEmpty() || !count.lookingAt()) {
                return sentence;
            }
            pairs.append(i > 0 ? "、" : "").append(labels[i]).append(count.group(1)).append(count.group(2));
            end = count.end();
            int next = end;
            while (next < folded.length() && "、,，和及".indexOf(folded.charAt(next)) >= 0 && i + 1 < labels.length) {
                next++;
            }
            count.region(next, folded.length());
        }
        Matcher more = EACH_COUNT.matcher(folded).region(Math.min(end + 1, folded.length()), folded.length());
        if (labels.length < 2 || end < folded.length() && "、,，和及".indexOf(folded.charAt(end)) >= 0 && more.lookingAt()) {
            // fewer than two keywords, or more counts than keywords: not paired
            return sentence;
        }
        return sentence.reworded(pairs.append(folded, end, folded.length()).toString());
    }

    /** Between 各 and its count, words each keyword shares: “自然人和法人各申请2件”. */
    private static final Pattern EACH = Pattern.compile("各(申请|收到|为|有)?" + ChineseText.NUMBER + "(件|起)");

    /**
     * “予以公开、部分公开各2件” read as “予以公开2件、部分公开2件”, “行政复议和行政诉讼各1件” as “行政复议1件、行政诉讼1件”: the
     * keywords before 各 in its clause (split at 、和及与, two at least) each with the count after it. The sentence unchanged
     * when 各 is not followed by a count (各类信息, 各村).
     */
    static Sentence each(Sentence sentence) {
        String folded = sentence.folded();
        for (int at = folded.indexOf('各'); at > 0; at = folded.indexOf('各', at + 1)) {
            Matcher count = EACH.matcher(folded).region(at, folded.length());
            if (!count.lookingAt()) {
                continue;
            }
            int from = at;
            while (from > 0 && !Sentence.isClauseBreak(folded.charAt(from - 1)) && folded.charAt(from - 1) != ':') {
                from--;
            }
            String[] labels = folded.substring(from, at).split("[、和及与]", -1);
            if (labels.length < 2 || java.util.Arrays.stream(labels).anyMatch(String::isEmpty)) {
                continue;
            }
            String each = (count.group(1) == null ? "" : count.group(1)) + count.group(2) + count.group(3);
            StringBuilder pairs = new StringBuilder(folded.length() + labels.length * each.length()).append(folded, 0, from);
            for (int i = 0; i < labels.length; i++) {
                pairs.append(i > 0 ? "、" : "").append(labels[i]).append(each);
            }
            return sentence.reworded(pairs.append(folded, count.end(), folded.length()).toString());
        }
        return sentence;
    }

    private static Finding compare(RuleDefinition rule, String instance, Phrase phrase, Sentence sentence, MatchResult match, BigDecimal stated,
            ReportSnapshot report) {
        String matched = match.group();
        List<CellRef> cells = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        boolean blank = false;
        for (String address : phrase.cells().apply(sentence, match)) {
            String[] parts = address.split("/");
            if (!report.hasCell(parts[0], parts[1], parts[2])) {
                continue;
            }
            CellReading reading = report.cell(parts[0], parts[1], parts[2]);
            cells.add(CellRef.of(reading, false));
            if (reading.hasNumber()) {
                total = total.add(reading.value());
            } else {
                blank = true;
            }
        }
        StringBuilder expression = new StringBuilder("“").append(matched).append("” = ");
        for (int i = 0; i < cells.size(); i++) {
            expression.append(i > 0 ? " + " : "").append(cells.get(i).pointer());
        }
        if (blank) {
            return Findings.of(rule, instance, rule.severity(), FindingStatus.NOT_ASSESSABLE, expression.toString(), stated, null, cells,
                    sentence.ref(), "正文“" + matched + "”，表中对应单元格为空白，无法核对", "the table cells are blank");
        }
        boolean holds = stated.compareTo(total) == 0;
        String message = "正文称" + phrase.nameZh() + Wording.number(stated) + "件，表中为" + Wording.number(total) + "件"
                + (holds ? "，一致" : "，相差" + Wording.number(stated.subtract(total)));
        String messageEn = "the text states " + Wording.number(stated) + " (" + instance + "), the table " + Wording.number(total);
        return Findings.of(rule, instance, rule.severity(), holds ? FindingStatus.PASS : FindingStatus.FAIL, expression.toString(), stated, total,
                cells, sentence.ref(), message, messageEn);
    }

    /** table3/{row}/TOTAL for each row. */
    static List<String> totals(String... rows) {
        return java.util.Arrays.stream(rows).map(row -> "table3/" + row + "/TOTAL").toList();
    }
}
