package cn.gongkai.validation;

import static cn.gongkai.common.ChineseText.isAsciiDigit;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * How TXT_YEAR_SCOPE reads a wider area (全区, 全县, 全市) in a township's or a subdistrict's report. Such a report names its
 * district all the time and rightly: the district's plans and meetings it follows (“按照全区统一部署”, “参加全区政务公开培训”),
 * the district's rankings and awards (“在全区考核中位列第二”, “全区排名第三”, “被评为全区先进单位”), the district's documents
 * (《全区政务公开工作要点》). Township reports are most reports, so the scope word warns only where the text claims the district as
 * the scope of the agency's own work or figures, the sign of a text copied from the district government's report:
 * <ul>
 * <li>the district as the range of the work: “在全区范围内开展培训”;</li>
 * <li>the district's units or bodies as the agency's own: “组织全区各镇街开展自查”, “全区各部门均未收到申请”, “纳入全区党委…”;</li>
 * <li>the district's figures as the agency's: “全区共受理申请12件”, “全区主动公开政府信息1,234条”.</li>
 * </ul>
 * Not even these where a district body acts (“区政务公开办在全区范围内开展督查”), where the district ranks, promotes or studies
 * the town's work (“在全区范围内推广”), or, but for a range, where the sentence names the town in another clause (“全区开展督查2次，
 * 漕河镇均顺利通过”): the district's work is then the context of the town's own. Anything else is left alone: when in doubt,
 * no warning.
 */
final class TownshipScope {

    private TownshipScope() {
    }

    /** A scope word: not the 全 of 健全, 完全…, nor 全区域 (“全区域覆盖”: the whole area, of any place). */
    static final Pattern WORD = Pattern.compile("(?<![健完安齐周])全(省|市|区|县|镇|乡|街道)(?!域)");

    /** Work across the district: 全区范围(内). */
    private static final Pattern RANGE = Pattern.compile("范围");
    /** The district's units or bodies: 全区各部门, 各镇街, 各级行政机关, 党委. */
    private static final Pattern UNITS = Pattern.compile("(?:各级|各部门|各单位|各镇|各乡|各街道|各村|党委|党组|行政机关|政府系统)");
    /**
     * A figure of work after the scope word in its clause: a verb of the work, then a count or a rate (“全区共受理申请12件”,
     * “全区累计发布政策解读56篇”, “全区申请按时答复率100%”). 公开 not in 政务公开 or 信息公开, which name the field, not the work.
     */
    private static final Pattern FIGURE = Pattern.compile("[^,，。;；:：!?]{0,20}?(?:收到|受理|办理|办结|答复|处理|(?<!政务|信息)公开|发布|解读|回应"
            + "|召开|开展|举办|组织|发放|制发|印发|废止|更新|接待|申请)[^,，。;；!?]{0,30}?" + Sentence.NUMBER
            + "(?:件|条|篇|次|场|期|份|个|项|人次|万元|元|%)");
    /**
     * Words right before the scope word that make it the district's, not the agency's: what the agency follows, attends,
     * hosts, is ranked or awarded in, or a share of the district's whole (“占全区…”). 在 too (“在全区考核中”), but not before 范围.
     */
    private static final Pattern DISTRICTS_BEFORE = Pattern.compile("(?:在|按照?|根据|依据|遵照|对照|参加了?|参与|出席|列席|配合|评为|获得?|入选|承办|协办"
            + "|位居|位列|居|走在|领先|占|向|与|同|被|为|落实|贯彻|执行|响应|围绕|结合|服务|融入|依托|收看|通过|等)$");
    /**
     * Words in the scope word's clause that make it the district's: rankings and firsts (“全区排名第三”, “全区首批示范点”), the
     * district's promotion or study of the agency's work (“在全区范围内推广”, “全区各镇街来我镇观摩学习”), the district's meetings,
     * assessments, documents and unified arrangements, and a clause ending in 中 (“全区21个镇街中，漕河镇…”).
     */
    private static final Pattern DISTRICTS_AFTER = Pattern.compile("排名|名列|位列|位居|前列|前茅|首[批家个位次]|唯一|率先|第[0-9一二三四五六七八九十]"
            + "|推广|推介|示范|典型|交流|观摩|借鉴|取经|表扬|通报|支持|指导|统一|会议|会上|推进会|现场会|培训班|培训会|考核|考评|评比|评估|要点|方案|部署"
            + "|安排|要求|精神|中$");
    /**
     * A district body in the clause before the scope word, its actor (“区政务公开办在全区范围内开展督查”, “区政务公开办组织全区各镇街
     * 交叉检查”): the district's work, not the agency's.
     */
    private static final Pattern DISTRICT_ACTOR = Pattern.compile("(?<![全社园小景营])(?:区|县|市)(?:委|政府|[^,，。;；、]{0,10}?(?:局|办|办公室|中心|科))");

    /** Words a township's text names itself with, beside its place's name. */
    private static final List<String> OWN_WORDS = List.of("本镇", "我镇", "全镇", "该镇", "本乡", "我乡", "全乡", "本街道", "我街道", "全街道");

    /**
     * Where {@code sentence} names the agency itself ({@code place}, such as 漕河镇, or 本镇, 我镇, 全镇…): the start of the first and
     * of the last mention, or null where it does not. Read once a sentence.
     */
    static int[] ownMentions(String sentence, String place) {
        int first = Integer.MAX_VALUE;
        int last = -1;
        for (String own : place == null ? OWN_WORDS : Stream.concat(Stream.of(place), OWN_WORDS.stream()).toList()) {
            int at = sentence.indexOf(own);
            if (at >= 0) {
                first = Math.min(first, at);
                last = Math.max(last, sentence.lastIndexOf(own));
            }
        }
        return last < 0 ? null : new int[] { first, last };
    }

    /**
     * Whether the scope word {@code word}, matched in {@code sentence} (folded), claims the district as the agency's own scope;
     * {@code own}: where the sentence names the agency ({@link #ownMentions}), or null.
     */
    static boolean claims(String sentence, Matcher word, int[] own) {
        int at = word.start();
        int end = word.end();
        if (inQuote(sentence, at)) {
            return false;
        }
        int clauseStart = clauseStart(sentence, at);
        int clauseEnd = clauseEnd(sentence, end);
        String after = sentence.substring(end, clauseEnd);
        if (DISTRICTS_AFTER.matcher(after).find()) {
            return false;
        }
        String before = sentence.substring(clauseStart, at);
        if (DISTRICT_ACTOR.matcher(before).find()) {
            return false;
        }
        if (RANGE.matcher(sentence).region(end, clauseEnd).lookingAt()) {
            return true;
        }
        if (DISTRICTS_BEFORE.matcher(before.substring(Math.max(0, before.length() - 3))).find()) {
            return false;
        }
        // the town named in another clause (“全区开展督查2次，漕河镇均顺利通过”, “全区共受理申请156件，其中漕河镇12件”): the
        // district's work or figure is the context of the town's own, where a copy of the district's report names no town
        if (own != null && (own[0] < clauseStart || own[1] >= clauseEnd)) {
            return false;
        }
        return UNITS.matcher(sentence).region(end, clauseEnd).lookingAt() || FIGURE.matcher(sentence).region(end, clauseEnd).lookingAt();
    }

    /** How far back a scope word is looked for in a title or quote: longer than a document's title, and bounded. */
    private static final int QUOTE = 100;

    /** Whether {@code at} is inside 《…》 or “…”: a document's title or a quoted name, the district's words. */
    private static boolean inQuote(String text, int at) {
        for (int i = at - 1; i >= Math.max(0, at - QUOTE); i--) {
            char c = text.charAt(i);
            if (c == '《' || c == '“') {
                return true;
            }
            if (c == '》' || c == '”') {
                return false;
            }
        }
        return false;
    }

    /**
     * How far the clause around a scope word is read, before and after it: enough for its verb, count and actor, and a bound
     * on the work in a run-on sentence full of scope words.
     */
    private static final int BEFORE = 40;
    private static final int AFTER = 60;

    private static int clauseStart(String text, int at) {
        int i = at;
        while (i > 0 && i > at - BEFORE && !isBreak(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static int clauseEnd(String text, int from) {
        int i = from;
        int end = Math.min(text.length(), from + AFTER);
        // the folded comma of 1,234 is no break
        while (i < end && (!isBreak(text.charAt(i)) || text.charAt(i) == ',' && i > 0 && isAsciiDigit(text.charAt(i - 1))
                && i + 1 < text.length() && isAsciiDigit(text.charAt(i + 1)))) {
            i++;
        }
        return i;
    }

    private static boolean isBreak(char c) {
        return Sentence.isClauseBreak(c) || c == '!' || c == '?' || c == ':' || c == '：';
    }
}
