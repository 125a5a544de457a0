package cn.gongkai.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import cn.gongkai.common.ChineseText;

/**
 * A sentence of narrative text with its offsets in its source. {@code folded} has full-width digits and
 * brackets made ASCII, character for character, so a match in it has the same offsets in the original.
 */
final class Sentence {

    /**
     * The longest sentence, in characters. Reports' sentences run to a few hundred; a text with no sentence ends (a copy
     * that lost its 。) is cut into pieces of at most this, at clause breaks, since every rule reads a sentence once for each
     * thing it finds in it and quotes it in each finding: one 100,000 character sentence took seconds and answered 200 MB.
     */
    static final int LONGEST = 1000;

    /** A number as reports write it: 65, 1,234, 0.5, ６５ (folded), 二十五, 两. */
    static final String NUMBER = ChineseText.NUMBER;

    private final NarrativeText source;
    private final int start;
    private final int end;
    /** Folded text holding the source's from {@code base} on: the sentence is cut from it only when a rule reads it. */
    private final String foldedText;
    private final int base;
    private String folded;

    Sentence(NarrativeText source, int start, int end, String foldedText, int base) {
        this.source = source;
        this.start = start;
        this.end = end;
        this.foldedText = foldedText;
        this.base = base;
    }

    static List<Sentence> split(NarrativeText source) {
        List<Sentence> sentences = new ArrayList<>();
        String folded = ChineseText.fold(source.text());
        split(source, folded.toCharArray(), folded, 0, sentences);
        return sentences;
    }

    /**
     * Adds the sentences of {@code source} to {@code sentences}. {@code foldedText} holds the source's text,
     * folded, from {@code base} on (the caller may fold many sources into one text); {@code folded} holds the
     * same characters, scanned here without String's per-character checks.
     */
    static void split(NarrativeText source, char[] folded, String foldedText, int base, List<Sentence> sentences) {
        int length = source.text().length();
        int start = 0;
        int lastClauseEnd = -1;
        for (int i = 0; i < length; i++) {
            // most of a report is passed over here: characters above 。 and 、 that neither end a sentence nor break a clause, up to
            // the text's last character and the longest sentence's, where the checks below must look
            int plainEnd = Math.min(length - 1, start + LONGEST - 1);
            i = skipPlain(folded, base + i, base + plainEnd) - base;
            char c = folded[base + i];
            // a line break after nothing but blanks is dropped as blank, not carried into the next sentence
            boolean ends = isEnding(c) && (c != '\n' || endsLine(folded, base + i + 1, base + length) || isBlank(folded, base + start, base + i)
                    || endsCaption(folded, base + start, base + i, base + length)) || i == length - 1;
            if (!ends && i + 1 - start >= LONGEST) {
                // a run-on text (a copy with no 。): cut after its last clause in the second half of the bound, or at the bound
                i = lastClauseEnd > start + LONGEST / 2 ? lastClauseEnd - 1 : i;
                ends = true;
            }
            if (ends) {
                int end = i + 1;
                if (!isBlank(folded, base + start, base + end)) {
                    sentences.add(new Sentence(source, start, end, foldedText, base));
                }
                start = end;
            } else if (isClauseBreak(c) || c == '、') {
                lastClauseEnd = i + 1;
            }
        }
    }

    /** The same sentence read as {@code words} (such as a 分别 list put item by item); quoted as printed. */
    Sentence reworded(String words) {
        Sentence reworded = new Sentence(source, start, end, foldedText, base);
        reworded.folded = words;
        return reworded;
    }

    NarrativeText source() {
        return source;
    }

    /** Offset of the sentence in its source's text. */
    int start() {
        return start;
    }

    int end() {
        return end;
    }

    String folded() {
        if (folded == null) {
            folded = foldedText.substring(base + start, base + end);
        }
        return folded;
    }

    /** The sentence's length. */
    int length() {
        return end - start;
    }

    /** Offset of the sentence in the folded text it was cut from (the joined text of a report's narrative). */
    int offset() {
        return base + start;
    }

    /** Whether {@code c} ends a clause (，；, also folded) or a sentence (。): the gaps the narrative scanners never cross. */
    static boolean isClauseBreak(char c) {
        return c == '，' || c == ',' || c == '。' || c == '；' || c == ';';
    }

    /**
     * Whether a line break at {@code from - 1} ends its sentence: Word and HTML copies break lines inside sentences
     * (“未收到\n政府信息公开申请”), so it does only before a blank line, the end of the text, or a line that starts an item
     * (（一）, (1), 1., 1、, 一、, ①, 一是), or after a caption's or heading's line ({@link #endsCaption}). A line after 。 starts
     * a new sentence anyway.
     */
    private static boolean endsLine(char[] text, int from, int end) {
        int i = from;
        while (i < end && text[i] != '\n' && ChineseText.isWhitespace(text[i])) {
            i++;
        }
        if (i >= end || text[i] == '\n' || text[i] == '(' || (text[i] >= '\u2460' && text[i] <= '\u2473')) {
            return true;
        }
        int numeral = i;
        while (numeral < end && (text[numeral] >= '0' && text[numeral] <= '9' || ChineseText.NUMERALS.indexOf(text[numeral]) >= 0)) {
            numeral++;
        }
        return numeral > i && numeral < end && "、.．是".indexOf(text[numeral]) >= 0;
    }

    /** The longest line read as a caption or heading: a wrapped sentence's first line is most often longer. */
    private static final int CAPTION = 40;
    /** A picture's or table's caption: 图为…, 图1…, 附图, 表2…, 图片：…, an import's [图片] or [image: …] mark. */
    private static final Pattern CAPTION_LINE = Pattern.compile("(?:图为.|附图|附表|[图表][0-9一二三四五六七八九十]+|(?:图片|照片|图):|\\[(?:图|image)|【图).*");
    /**
     * A heading: an item's mark ((一), 一、, 1., ①) and a short title, with no number, no clause and none of the words of a
     * sentence's count or claim (共, 收到, 未, 本年度…), which an item's wrapped first line (“（一）本年度共收到政府信息”) has.
     */
    private static final Pattern HEADING_LINE = Pattern.compile("(?:\\([一二三四五六七八九十0-9]+\\)|[一二三四五六七八九十]+、|[0-9]+[、.]|[\u2460-\u2473])"
            + "(?!.*(?:共|收到|受理|未|无|没有|本年|全年|今年|年度|(?<!依)申请|均|已))[^0-9,，;；、:“”《》]{1,16}");
    /**
     * A caption without a mark: a short name of what a picture shows (“政务大厅政务公开专区”, “政府网站信息发布情况”), only before a
     * line that opens a sentence (a year, 本年度, 一是…), as a wrapped line may end in the same words (“镇政务大厅\n设有…”).
     */
    private static final Pattern NAMED_LINE = Pattern.compile("[^0-9,，;；、:“”()《》]{2,20}(?:专区|专栏|公开栏|现场|合影|截图|照片|示意图|一览表|情况|展板|首页|页面)");
    private static final Pattern OPENING = Pattern.compile("20[0-9]{2}年|本年|全年|今年|[一二三四五六七八九十]是|此外|同时|另一方面");
    /** Characters that continue a sentence at the start of a line: a line before them is wrapped, not a caption. */
    private static final String CONTINUING = ",，、。;；:)）”」》的了和及与或等";

    /**
     * Whether a line break at {@code newline} ends a caption or heading that began the sentence at {@code start}: a line
     * of its own (imports keep a picture's caption or a heading as a line without 。), short, in a caption's or heading's
     * form, and not followed by a line that continues it. Without this the caption is read, and quoted, as the start of
     * the next sentence. A wrapped sentence's first line (“未收到\n政府信息公开申请”) has none of these forms.
     */
    private static boolean endsCaption(char[] text, int start, int newline, int end) {
        int from = start;
        while (from < newline && ChineseText.isWhitespace(text[from])) {
            from++;
        }
        int to = newline;
        while (to > from && ChineseText.isWhitespace(text[to - 1])) {
            to--;
        }
        if (to - from < 2 || to - from > CAPTION) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (text[i] == '\n') {
                // not the sentence's first line: the sentence was wrapped before it
                return false;
            }
        }
        int next = newline + 1;
        while (next < end && text[next] != '\n' && ChineseText.isWhitespace(text[next])) {
            next++;
        }
        if (next < end && CONTINUING.indexOf(text[next]) >= 0) {
            return false;
        }
        String line = new String(text, from, to - from);
        return CAPTION_LINE.matcher(line).matches() || HEADING_LINE.matcher(line).matches()
                || NAMED_LINE.matcher(line).matches() && (next >= end || opens(text, next, end));
    }

    /** Whether the text at {@code from} opens a sentence ({@link #OPENING}); reads a few characters only. */
    private static boolean opens(char[] text, int from, int end) {
        return OPENING.matcher(new String(text, from, Math.min(6, end - from))).lookingAt();
    }

    /**
     * Whether {@code c}, in folded text, neither ends a sentence ({@link #isEnding}) nor breaks a clause ({@link #isClauseBreak}, 、):
     * ideographs. Folding has made ，；！？ ASCII, so one comparison tells: the test of nearly every character of a report.
     */
    private static boolean isPlain(char c) {
        return c > '\u3002';
    }

    /** The first character in {@code text[from, to)} that is not {@link #isPlain plain}, or {@code to}: a loop of its own, which the JIT unrolls. */
    private static int skipPlain(char[] text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isPlain(text[i])) {
                return i;
            }
        }
        return to;
    }

    /** On folded text, where ！？； have become !?;. */
    private static boolean isEnding(char c) {
        return c < 128 ? c == '!' || c == '?' || c == ';' || c == '\n' : c == '。';
    }

    private static boolean isBlank(char[] text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!ChineseText.isWhitespace(text[i])) {
                return false;
            }
        }
        return true;
    }

    /** The sentence as printed; cut from the source only when a finding quotes it. */
    String text() {
        return source.text().substring(start, end);
    }

    TextRef ref() {
        return new TextRef(source.pointer(), text(), start, end);
    }

    /** The number of a token {@link #NUMBER} matched; a space inside it (1 2, from a copy) is dropped. */
    static Optional<BigDecimal> number(String token) {
        return ChineseText.number(token.indexOf(' ') > 0 ? token.replace(" ", "") : token);
    }
}
