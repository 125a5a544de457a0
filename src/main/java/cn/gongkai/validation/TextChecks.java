package cn.gongkai.validation;

import static cn.gongkai.common.ChineseText.isAsciiDigit;
import static cn.gongkai.validation.TextCounts.GAP;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Singleton;

import cn.gongkai.common.CharSet;
import cn.gongkai.common.ChineseText;
import cn.gongkai.common.WordPattern;

/**
 * Text against the tables, and the arithmetic of the narrative. Deterministic patterns over folded
 * text (full-width digits, Chinese numerals); wording they cannot read yields no finding, never an ERROR.
 */
final class TextChecks {

    private static final String N = Sentence.NUMBER;

    private TextChecks() {
    }

    private static Finding cellsEqualZero(RuleDefinition rule, String instance, Severity severity, List<CellReading> readings,
            Sentence sentence, String what) {
        // a loop, not streams: this runs for every claim of none, and on the demo report twice a validation
        List<CellRef> cells = new ArrayList<>(readings.size());
        boolean blank = false;
        BigDecimal total = BigDecimal.ZERO;
        for (CellReading reading : readings) {
            cells.add(CellRef.of(reading, false));
            if (reading.hasNumber()) {
                total = total.add(reading.value());
            } else {
                blank = true;
            }
        }
        if (blank) {
            return Findings.of(rule, instance, severity, FindingStatus.NOT_ASSESSABLE, rule.expression(), null, null, cells, sentence.ref(),
                    "正文称无" + what + "，表中对应单元格为空白，无法核对", "the table cells are blank");
        }
        boolean holds = total.signum() == 0;
        return Findings.of(rule, instance, severity, holds ? FindingStatus.PASS : FindingStatus.FAIL, rule.expression(), total,
                BigDecimal.ZERO, cells, sentence.ref(),
                "正文称无" + what + "（“" + sentence.text().strip() + "”），表中为" + Wording.number(total) + (holds ? "，一致" : "，不一致"),
                "the text says there were no " + instance.toLowerCase() + " but the table has " + Wording.number(total));
    }

    /** What ends a clause a claim of none is read in. */
    private static final String CLAUSE_MARKS = "，,。；;";
    /** Another period than the report year's: 上年 (not 上年结转, which is this year's carry-in), 去年, 往年, 以往, 历年, 前年. */
    private static final WordPattern OTHER_PERIOD = WordPattern.compile("上年(?!度?结转)|上一年|去年|往年|以往|历年|前年|此前|之前|以前|过去");
    private static final Pattern YEAR = Pattern.compile("(?<![0-9])((?:19|20)[0-9]{2})年");
    private static final WordPattern THIS_YEAR = WordPattern.compile("本年|今年|全年");
    private static final WordPattern ALSO_THIS_YEAR = WordPattern.compile("一样|同样|相同|均|都|也|连续");

    /**
     * Words before a negated subject that make the clause no claim of none by the reporting body in the whole report year:
     * other units (“局属各学校未收到…”, “区人社局等12个部门未收到…”, “各部门未发生…行政复议”; not when the body is named with
     * them: 本机关及所属单位, nor in a government's report on its whole region, whose units they are), a negated negation (“不是没有收到…”, “并非未发生…”, “不能说未收到…”), a condition (“即使未收到…”),
     * none besides some (“除上述3件外，未收到其他…”; 其他组织 names applicants), part of the year (“下半年未收到…”), or what
     * another body takes in on the agency's behalf (“区政务服务中心代收政府信息公开申请0件”).
     */
    private static final WordPattern OTHER_UNITS = WordPattern.compile("各部门|各单位|各镇街|各镇|各街道|各乡镇|各村|各学校|所属|局属|镇属|区属|县属|下属|直属|个部门|个单位|个镇街"
            // a service centre or the villages, which may pass on what they receive (“镇便民服务中心未收到…，均由党政办统一受理”)
            + "|中心|村级|社区");
    private static final WordPattern OWN_UNIT = WordPattern.compile("本机关|本级|本局|我局|本单位|本部门|本镇|本街道|我镇|及|和|与|以及");
    private static final WordPattern NO_CLAIM = WordPattern.compile("不是没有|不是未|并非|不能说|不等于|即使|即便|哪怕|如果|假如|倘若|如未|若未|如无|若无|如没有|若没有"
            + "|其[他它](?!组织)|代收|代为(?:接收|收取|受理)|代转"
            // the agency as the body that decides reviews of others (“本镇作为复议机关未受理行政复议”)
            + "|作为(?:行政)?复议机关");
    /** Part of the year, not every part of it (“各季度均未…”, “上半年、下半年均未…” speak of the whole year). */
    private static final WordPattern PART_OF_YEAR = WordPattern.compile("上半年|下半年|(?<![各每个])季度");

    /** {@code regionWide}: the report covers a government's whole region, whose units are its own (REGION scope). */
    static boolean claimsNoneOfOthers(String words, boolean regionWide) {
        return NO_CLAIM.find(words) || !regionWide && OTHER_UNITS.find(words) && !OWN_UNIT.find(words)
                || PART_OF_YEAR.find(words) && !(words.contains("上半年") && words.contains("下半年"));
    }

    /**
     * Whether {@code words} (a clause before its subject) put the claim in another year than {@code year}: years named
     * without the report year (“2021年、2022年连续两年未…”, “2024年以来未…”: before or after it), or, naming none, an earlier
     * period (往年, 此前…).
     */
    static boolean namesAnotherYear(String words, int year) {
        // a year named or this year's words all hold 年: most clauses have none, and skip the year number and both searches
        if (words.indexOf('年') >= 0) {
            // “2022年、2023年均未…”, “截至2024年1月，本年度未收到…”: the report year too
            if (words.contains(year + "年") || THIS_YEAR.find(words)) {
                return false;
            }
            if (YEAR.matcher(words).find()) {
                return true;
            }
        }
        // “与往年一样未…”, “连续三年未…”: the report year too
        return !ALSO_THIS_YEAR.find(words) && OTHER_PERIOD.find(words);
    }

    @Singleton
    static class NoApplicationClaim implements RuleCheck {

        @Override
        public String ruleId() {
            return "TXT_NO_APPLICATION_CLAIM";
        }

        @Override
        public List<Finding> check(RuleDefinition rule, ReportSnapshot report, ReportSnapshot previous) {
            for (int i : report.sentencesWith("申请")) {
                Sentence sentence = report.sentences().get(i);
                String folded = unwrapped(sentence.folded());
                String clause = NoApplicationWording.claimsNone(folded) && !question(folded) ? claimOfReportYear(folded, report) : null;
                if (clause != null) {
                    List<String> columns = applicantColumns(clause);
                    String whose = columns.size() == 1 ? "（自然人）" : columns.size() > 1 ? "（法人或其他组织）" : "";
                    Finding carryIn = speaksOfCarryIn(sentence.folded())
                            ? Findings.of(rule, "CARRY_IN", Severity.WARNING, FindingStatus.NOT_ASSESSABLE, rule.expression(), null, null,
                                    List.of(), sentence.ref(), "正文所称为本年新收申请，上年结转另有表述（“" + sentence.text().strip() + "”），不据此核对",
                                    "the claim is about new applications; the sentence states the carry-over on its own")
                            : cellsEqualZero(rule, "CARRY_IN", Severity.WARNING, cells(report, "CARRY_IN", columns), sentence,
                                    "依申请公开申请（上年结转）" + whose);
                    return List.of(cellsEqualZero(rule, "NEW", Severity.ERROR, cells(report, "NEW", columns), sentence, "依申请公开申请" + whose),
                            carryIn);
                }
            }
            return List.of(Findings.notAssessable(rule, "NEW", "正文未称未收到申请", "the text makes no such claim"));
        }

        /**
         * The clause that claims no application for the report year, or null: “2022年度未收到政府信息公开申请，2023年收到3件”,
         * “与上年度未收到…相比”, “因往年未收到…” speak of another year.
         */
        private static String claimOfReportYear(String folded, ReportSnapshot report) {
            // the clauses between the CLAUSE_MARKS, in order; only those holding 申请 are cut out of the sentence
            int next = folded.indexOf("申请");
            for (int start = 0; next >= 0 && start <= folded.length();) {
                int end = start;
                while (end < folded.length() && CLAUSE_MARKS.indexOf(folded.charAt(end)) < 0) {
                    end++;
                }
                if (next >= start && next + 2 <= end) {
                    String clause = folded.substring(start, end);
                    int subject = next - start;
                    if (NoApplicationWording.claimsNone(clause) && !namesAnotherYear(clause.substring(0, subject), report.year)
                            && !claimsNoneOfOthers(clause.substring(0, subject), report.coversRegion()) && !inTitle(clause, subject)) {
                        return clause;
                    }
                }
                start = end + 1;
                next = next >= start ? next : folded.indexOf("申请", start);
            }
            return null;
        }

        /**
         * The sentence without its line breaks and the blanks around them: Sentence joins a line wrapped inside a sentence, but
         * the break stays in its text, and one inside the subject (“未收到政府信息公开\n申请”) hid it from the scanner.
         */
        static String unwrapped(String folded) {
            if (folded.indexOf('\n') < 0 && folded.indexOf('\r') < 0) {
                return folded;
            }
            StringBuilder joined = new StringBuilder(folded.length());
            for (int i = 0; i < folded.length(); i++) {
                char c = folded.charAt(i);
                if (c == '\n' || c == '\r') {
                    while (joined.length() > 0 && ChineseText.isWhitespace(joined.charAt(joined.length() - 1))) {
                        joined.setLength(joined.length() - 1);
                    }
                    while (i + 1 < folded.length() && ChineseText.isWhitespace(folded.charAt(i + 1))) {
                        i++;
                    }
                } else {
                    joined.append(c);
                }
            }
            return joined.toString();
        }

        /** A question (“为何未收到更多政府信息公开申请？”) asks, and claims nothing. */
        private static boolean question(String folded) {
            String text = folded.strip();
            return text.endsWith("?");
        }

        /** Whether the subject at {@code subject} stands in a title (“《关于未收到政府信息公开申请原因的分析》”): an unclosed 《 before it. */
        private static boolean inTitle(String clause, int subject) {
            return clause.lastIndexOf('《', subject) > clause.lastIndexOf('》', subject);
        }

        /** The 法人或其他组织 columns of 表三. */
        private static final List<String> ORGANISATIONS = List.of("BUSINESS", "RESEARCH", "NONPROFIT", "LEGAL_SERVICE", "OTHER_ORG");

        /**
         * The applicants a claim is about: “未收到法人或者其他组织提出的政府信息公开申请” while 自然人 applied claims none from
         * the organisations' columns only, “未收到自然人提出的…” none from 自然人; naming both or neither, all (an empty list: 总计).
         */
        private static List<String> applicantColumns(String clause) {
            boolean persons = clause.contains("自然人") || clause.contains("公民") || clause.contains("个人");
            boolean organisations = clause.contains("法人") || clause.contains("组织") || clause.contains("企业");
            return persons == organisations ? List.of() : persons ? List.of("NATURAL") : ORGANISATIONS;
        }

        private static List<CellReading> cells(ReportSnapshot report, String row, List<String> columns) {
            if (columns.isEmpty()) {
                return List.of(report.cell("table3", row, "TOTAL"));
            }
            List<CellReading> cells = new ArrayList<>(columns.size());
            for (String column : columns) {
                cells.add(report.cell("table3", row, column));
            }
            return cells;
        }

        /** “新收…0件，上年结转1件”: a claim about this year's new applications, the carry-over stated apart. */
        private static boolean speaksOfCarryIn(String folded) {
            return folded.contains("新收") || folded.contains("结转");
        }
    }

    @Singleton
    static class NoCaseClaim implements RuleCheck {

        /**
         * Not 未经 (“未经复议直接起诉” is a kind of suit, not the lack of one), 尚未 or 未结 (“尚未审结”, “仍有未结的行政诉讼” are
         * pending cases, a column of the table), 无法 or 无论.
         */
        private static final Pattern NEGATION = Pattern.compile("(?<!尚)未(?![经结])|没有|无(?![法论])");
        /** “均为0”, “为零”, “情况：无”, or a count of zero after the subject (“被申请行政复议0件”), not the end of a larger number (10件). */
        private static final Pattern ZERO = Pattern.compile("(均)?为(0|零)(件|起)?|(?<![0-9.,零〇一二两三四五六七八九十百千万])(0|零)(件|起)"
                // “行政复议、行政诉讼情况：无。”: 无 as the answer to what precedes the colon
                + "|:\\s*无\\s*。?\\s*$");
        /** A count after the subject: “因逾期未答复被申请行政复议1件” counts one, whatever the negation before it. */
        private static final Pattern COUNT = Pattern.compile(N + "(?:件|起)");
        /**
         * Between the subject and its zero, or after a negated subject, a rate or a result: “行政复议纠错率为0”, “行政诉讼败诉率均为0”,
         * “未发生行政复议被纠错和行政诉讼败诉的情况” claim no lack of cases.
         */
        private static final List<String> RESULTS = List.of("率", "纠", "败诉", "维持", "撤销", "撤回", "驳回", "终止", "审结", "结果",
                // “无行政复议机关责令重新答复的情况”, “无行政复议申请人不服…”, “无行政复议决定”, “未发生行政复议变更原行政行为情况”,
                // “无行政复议确认违法情况”, “无行政诉讼二审案件”: who decided or what came of the cases, not their lack
                "机关", "申请人", "决定", "变更", "确认", "违法", "责令", "二审", "上诉",
                // “未收到行政复议答复通知书以外的…”, “无行政复议案例汇编”, “未进入行政诉讼程序”: a thing about the cases, not their lack
                "通知", "案例", "程序",
                // “无超期提交行政复议答复的情况”, “未发生行政复议应诉不力问题”, “未发生行政复议数量上升”: the agency's part in them
                "答复", "应诉", "出庭", "数量");

        @Override
        public String ruleId() {
            return "TXT_NO_CASE_CLAIM";
        }

        @Override
        public List<Finding> check(RuleDefinition rule, ReportSnapshot report, ReportSnapshot previous) {
            Sentence review = null;
            Sentence litigation = null;
            // the 行政诉讼 columns the claim is about: both kinds, or only those brought directly or after review
            List<String> suits = List.of("LD_TOTAL", "LA_TOTAL");
            java.util.BitSet mentions = report.sentencesWithAny(List.of("行政复议", "行政诉讼"));
            for (int i = mentions.nextSetBit(0); i >= 0; i = mentions.nextSetBit(i + 1)) {
                Sentence sentence = report.sentences().get(i);
                for (String words : sentence.folded().split("[，,；;]")) {
                    String clause = sharedPrefix(words);
                    // “2022年未发生行政复议，2023年发生1件”, “往年未发生行政复议”: another year's cases, not the report year's
                    if (namesAnotherYear(beforeSubject(clause), report.year)) {
                        continue;
                    }
                    // “各部门未发生行政复议”, “并非未发生行政复议”, “除1件外，未发生其他行政复议”: no claim of none by this body;
                    // “未发生行政复议、行政诉讼以外的其他纠纷”: none of something else
                    if (claimsNoneOfOthers(beforeSubject(clause), report.coversRegion()) || besides(clause)) {
                        continue;
                    }
                    // “未发生行政复议、行政诉讼” claims what follows the negation; “行政复议、行政诉讼均为0” what precedes the zero
                    Matcher negation = NEGATION.matcher(clause);
                    String negated = negation.find() ? clause.substring(negation.start()) : "";
                    review = review == null && claimsNone(negated, "", "行政复议") && !ofAKind(negated, "行政复议") ? sentence : review;
                    if (litigation == null && claimsNone(negated, "", "行政诉讼") && !ofAKind(negated, "行政诉讼")) {
                        litigation = sentence;
                        suits = suitColumns(negated.substring(0, negated.indexOf("行政诉讼")));
                    }
                    // every zero of the clause: “被申请行政复议0件、被提起行政诉讼0件” has one for each
                    Matcher zero = ZERO.matcher(clause);
                    while (zero.find()) {
                        String zeroed = clause.substring(0, zero.start());
                        review = review == null && claimsNone("", zeroed, "行政复议") ? sentence : review;
                        if (litigation == null && claimsNone("", zeroed, "行政诉讼")) {
                            litigation = sentence;
                            suits = suitColumns(zeroed.substring(0, zeroed.lastIndexOf("行政诉讼")));
                        }
                    }
                }
            }
            List<Finding> findings = new ArrayList<>();
            if (review != null) {
                findings.add(cellsEqualZero(rule, "REVIEW", Severity.ERROR, List.of(report.cell("table4", "CASES", "RV_TOTAL")), review,
                        "行政复议"));
            }
            if (litigation != null) {
                findings.add(cellsEqualZero(rule, "LITIGATION", Severity.ERROR,
                        suits.stream().map(column -> report.cell("table4", "CASES", column)).toList(), litigation, "行政诉讼"));
            }
            if (findings.isEmpty()) {
                findings.add(Findings.notAssessable(rule, "REVIEW", "正文未称无行政复议或行政诉讼", "the text makes no such claim"));
            }
            return findings;
        }

        /**
         * Whether a clause claims there was no {@code subject}: named after its negation, neither counted nor followed by a
         * rate or result there, or named before its zero with no rate or result in between.
         */
        private static boolean claimsNone(String negated, String zeroed, String subject) {
            int named = negated.indexOf(subject);
            if (named >= 0 && !counted(negated, named + subject.length()) && noResult(listed(negated.substring(named + subject.length())))) {
                return true;
            }
            int last = zeroed.lastIndexOf(subject);
            // “行政复议、行政诉讼分别为0件、1件”: 分别 pairs the numbers with the subjects in order, which this does not read
            if (last < 0 || zeroed.contains("分别")) {
                return false;
            }
            // “行政复议、行政诉讼分别为1件、0件”: the zero is another subject's, the count between is this one's
            return noResult(zeroed.substring(last + subject.length())) && !counted(zeroed, last + subject.length());
        }

        /**
         * 表四's 行政诉讼 totals a claim speaks of, from its words before 行政诉讼: “无直接起诉的行政诉讼” (未经复议) only the suits
         * brought directly, “无复议后起诉的行政诉讼” only those after review, otherwise both.
         */
        private static List<String> suitColumns(String words) {
            if (words.contains("直接") || words.contains("未经")) {
                return List.of("LD_TOTAL");
            }
            return words.contains("复议后") ? List.of("LA_TOTAL") : List.of("LD_TOTAL", "LA_TOTAL");
        }

        /**
         * “未发生因信息处理费引发的行政复议”, “没有出现因答复超期引发的行政复议”, “未发生涉及征地拆迁的行政复议”: cases of one cause
         * or topic, and no claim that there were none; “因政府信息公开（依申请公开）引发的” names the cause of them all. So does a
         * second negation before the subject (“无负责人未出庭应诉的行政诉讼”): a kind of case; and 答 before any cause: the
         * negation is of an answer (“申请人认为未获答复申请行政复议”).
         */
        private static boolean ofAKind(String negated, String subject) {
            int named = negated.indexOf(subject);
            if (named < 1) {
                return false;
            }
            String before = negated.substring(1, named);
            if (before.indexOf('未') >= 0 || before.indexOf('无') >= 0 || before.contains("没")) {
                return true;
            }
            Matcher cause = CAUSE.matcher(before);
            // “申请人认为未获答复申请行政复议”: answering negated, not the cases (“未发生因…答复引发的” names their cause)
            if (before.substring(0, cause.find() ? cause.start() : before.length()).indexOf('答') >= 0) {
                return true;
            }
            if (!cause.find(0)) {
                return false;
            }
            String what = before.substring(cause.start());
            return what.contains("费") || !(what.contains("信息公开") || what.contains("申请公开"));
        }

        private static final Pattern CAUSE = Pattern.compile("因|涉及|关于|针对");

        /** Whether 以外 or 之外 follows the clause's first subject: what it claims none of is something besides the cases. */
        private static boolean besides(String clause) {
            int subject = beforeSubject(clause).length();
            return clause.indexOf("以外", subject) >= 0 || clause.indexOf("之外", subject) >= 0;
        }

        /** The clause before its first 行政复议 or 行政诉讼 (all of it when it names neither). */
        private static String beforeSubject(String clause) {
            int review = clause.indexOf("行政复议");
            int litigation = clause.indexOf("行政诉讼");
            int first = review < 0 ? litigation : litigation < 0 ? review : Math.min(review, litigation);
            return first < 0 ? clause : clause.substring(0, first);
        }

        /** “行政复议、诉讼” read as “行政复议、行政诉讼”: the 行政 of the first names both. */
        static String sharedPrefix(String clause) {
            int review = clause.indexOf("行政复议");
            int after = review + "行政复议".length();
            if (review < 0 || after + 3 > clause.length() || "、和及与或".indexOf(clause.charAt(after)) < 0 || !clause.startsWith("诉讼", after + 1)) {
                return clause;
            }
            return clause.substring(0, after + 1) + "行政" + clause.substring(after + 1);
        }

        private static boolean noResult(String words) {
            return RESULTS.stream().noneMatch(words::contains);
        }

        /** The words after a negated subject that are about it: up to the next thing listed (“未发生行政复议、行政诉讼及被纠错的情况”). */
        private static String listed(String after) {
            for (int i = 0; i < after.length(); i++) {
                if ("、及和与".indexOf(after.charAt(i)) >= 0) {
                    return after.substring(0, i);
                }
            }
            return after;
        }

        /** A count other than zero after {@code from}. */
        private static boolean counted(String clause, int from) {
            Matcher count = COUNT.matcher(clause).region(from, clause.length());
            while (count.find()) {
                if (Sentence.number(count.group(1)).map(value -> value.signum() > 0).orElse(false)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The three “the text states N” rules: one mechanism ({@link TextCounts}), three lists of phrases. */
    @jakarta.enterprise.context.Dependent
    static class CountRules {

        /** Said after a count, these make it new and carried-over applications together (“收到申请18件（含上年结转3件）”). */
        private static final WordPattern WITH_CARRY_IN = WordPattern.compile("含上年结转|包括上年结转|连同上年结转");

        @jakarta.enterprise.inject.Produces
        @Singleton
        RuleCheck applicationCount() {
            List<TextCounts.Phrase> counts = List.of(
                    // the gap after 申请 holds no 复议/诉讼: in “受理的申请引发行政复议1件” the count is the review's
                    new TextCounts.Phrase("NEW", "收到申请", "申请",
                            Pattern.compile("(?<![未没无])(?:新收|收到|受理|接收|收办|共处理|办理)" + BEFORE_APPLICATION + "申请" + TextCounts.gap("复诉") + N + "[件例]"),
                            (sentence, match) -> applicants(sentence, match, withCarryIn(sentence, match) ? List.of("NEW", "CARRY_IN") : List.of("NEW")),
                            (sentence, match) -> disclosureApplications(sentence, match) && !partOfCount(sentence, match)).counting("件例"),
                    // the count before what was received: “共收到12件信息依申请公开”, “共收到8份政府信息公开申请”
                    new TextCounts.Phrase("NEW", "收到申请", "申请", Pattern.compile("(?<![未没无])(?:收到|受理|接收|办理)(?:共计|合计|共)?" + N
                            + "[件份](?:政府)?(?:信息)?(?:依申请公开|公开申请)"),
                            (sentence, match) -> applicants(sentence, match, withCarryIn(sentence, match) ? List.of("NEW", "CARRY_IN") : List.of("NEW")),
                            (sentence, match) -> !partOfCount(sentence, match)).counting("件份"));
            return TextCounts.rule("TXT_APP_COUNT", null, java.util.function.UnaryOperator.identity(), report -> {
                // the area is read only where a phrase matches (Area.of reads it once a report): most texts have no count to read
                List<TextCounts.Phrase> phrases = new ArrayList<>();
                for (TextCounts.Phrase phrase : counts) {
                    phrases.add(phrase.readingOnly((sentence, match) -> !Area.of(report).othersCount(sentence, match)
                            && !someApplications(sentence.folded(), match)));
                }
                if (Area.township(report)) {
                    // “全区共受理申请156件，其中漕河镇12件”: the town's own count, read where the district's is not
                    phrases.add(new TextCounts.Phrase("NEW", "收到申请", "申请", OWN_COUNT, (sentence, match) -> List.of("table3/NEW/TOTAL"),
                            (sentence, match) -> Area.of(report).ownCountAfterDistricts(sentence, match)).counting("件"));
                }
                return phrases;
            });
        }

        /**
         * A count after a clause break or 其中, with at most a verb and 申请 between it and the words before: “，其中漕河镇12件”,
         * “，我镇受理12件”. {@link Area#ownCountAfterDistricts} reads it only where those words name the town.
         */
        private static final Pattern OWN_COUNT = Pattern.compile("(?:(?<=[,，;；:])|其中)[^,，;；:。0-9、" + ChineseText.NUMERALS + "]{1,8}?(?:共计|合计|共)?"
                + "(?:新收|收到|受理|接收|办理)?了?(?:政府信息公开|依申请公开)?(?:申请)?" + N + "件");
        /** What may follow the town's name in {@link #OWN_COUNT}: a verb of receiving and what was received. */
        private static final String AFTER_OWN = "共计合新收到受理接办了政府信息公开依申请";

        /** Averages: “月均收到申请2件”, “平均每月”, “每周”, “年均”. */
        private static final Pattern AVERAGE = Pattern.compile("[月日周年季]均|平均|每");
        /**
         * Another year than the report's: 上年 (not 上年结转, this year's carry-in), 去年, 往年, 历年…; a year named other than the report's
         * (also in a range: “2021—2023年”).
         */
        private static final Pattern YEAR_NUMBER = Pattern.compile("(?<![0-9.,])((?:19|20)[0-9]{2})(?![0-9])(?=年|-|—|~|至|到)");
        /** Counts over several years: 累计, 以来, 三年来, 至今, 近三年; the report's year only when it is named (“今年以来”, “2023年累计”). */
        private static final WordPattern SPAN = WordPattern.compile("累计|以来|年来|至今|近[0-9一二两三四五六七八九十]+年");
        private static final WordPattern THIS_YEAR = WordPattern.compile("本年|今年|全年");
        /** Part of the year: 上半年, 第四季度, 截至11月底, 12月份; not when it runs to the year's end (1至12月, 截至12月31日, 一季度至四季度). */
        private static final Pattern PART_OF_THE_YEAR = Pattern.compile("半年|季度|截至|截止|(?<![0-9])[0-9]{1,2}月|(?<![一二三四五六七八九十])[一二三四五六七八九十]{1,2}月");
        private static final WordPattern TO_YEAR_END = WordPattern.compile("(?:至|到|-|—|~)(?:12月|第?四季度)|上半年[、和及与]下半年|12月(?:31日|底|末|份)?(?:止|为止)|12月(?:31日|底|末)|年底|年末|全年");
        /** How far before a count its clause is read, and how long a sentence's opening clause is a time it sets (“2022年，…”). */
        private static final int CLAUSE = 40;
        private static final int OPENING = 12;

        /** Where the clause of {@code at} starts, {@link #CLAUSE} characters back at the most. */
        static int clauseStart(String folded, int at) {
            int from = at;
            while (from > 0 && at - from < CLAUSE && !Sentence.isClauseBreak(folded.charAt(from - 1))) {
                from--;
            }
            return from;
        }

        /**
         * The words a count of the year is judged by: its clause up to the number, and the sentence's opening clause when that is short
         * and another (“2022年，漕河镇收到申请6件”, “与上年相比，…”).
         */
        static String clauseBefore(String folded, int number) {
            int from = clauseStart(folded, number);
            int opening = 0;
            while (opening < from && opening <= OPENING && !Sentence.isClauseBreak(folded.charAt(opening))) {
                opening++;
            }
            String clause = folded.substring(from, number);
            // not an opening clause with a count of its own (“去年收到申请10件，今年收到申请12件” reads the 12), nor one before a
            // clause naming its own year (“与2022年相比，2023年收到申请12件”)
            return opening < from && opening <= OPENING && folded.lastIndexOf('件', opening) < 0 && clause.indexOf('年') < 0
                    ? folded.substring(0, opening) + "," + clause : clause;
        }

        /**
         * Whether {@code words} (a count's {@link #clauseBefore}) make it no count of the report year's own: an average, a change, another
         * year, several years, part of the year.
         */
        static boolean notOfTheYear(String words, int year) {
            if (AVERAGE.matcher(words).find() || PartsSum.CHANGE.find(words) || OTHER_PERIOD.find(words)) {
                return true;
            }
            Matcher named = YEAR_NUMBER.matcher(words);
            while (named.find()) {
                if (Integer.parseInt(named.group(1)) != year) {
                    return true;
                }
            }
            boolean thisYear = THIS_YEAR.find(words) || words.contains(year + "年");
            return SPAN.find(words) && !thisYear || PART_OF_THE_YEAR.matcher(words).find() && !TO_YEAR_END.find(words);
        }

        /** Ways of applying, one of which counts some of the applications: “通过信函收到申请4件”, “当面受理申请3件”. */
        private static final WordPattern CHANNEL = WordPattern.compile("网上|网络|在线|当面|现场|窗口|信函|邮寄|传真|邮件|线上|线下");
        /** A way that may be the only one (“通过依申请公开平台收到申请12件”): some only where the sentence names another way too. */
        private static final WordPattern ONE_OF_CHANNELS = WordPattern.compile("网站|平台|公众号|热线");
        /** Several ways, or a whole: “通过网上、信函等方式共收到申请12件”. */
        private static final Pattern ALL_CHANNELS = Pattern.compile("[、等和及与或共]|多种|各种|多渠道|全部|所有");
        /** Some kinds of applications between the verb and 申请: a topic (涉及, 关于) or how they came (上级转办的, 代收的). */
        private static final WordPattern SOME_KIND = WordPattern.compile("涉及|关于|有关|针对|转办|转交|转来|转送|代收|上级");
        /** Another body's applications the agency helps with: “协助区政府办理政府信息公开申请3件”. */
        private static final WordPattern ASSISTING = WordPattern.compile("协助|配合|协办");
        /** After 申请, a count of something else: “依申请公开咨询30件”, “申请咨询电话30件”. */
        private static final WordPattern OTHER_THAN_APPLICATIONS = WordPattern.compile("咨询|电话|来电|留言|补正|材料");

        /**
         * Whether a count of applications counts some of them, or something else: a sentence opening with 其中 (the part of the last
         * one's count), one way of applying, a topic or a route, or 咨询 after 申请.
         */
        static boolean someApplications(String folded, java.util.regex.MatchResult match) {
            if (folded.stripLeading().startsWith("其中")) {
                return true;
            }
            int application = folded.lastIndexOf("申请", match.start(1));
            if (application > match.start() && (SOME_KIND.find(folded, match.start(), application)
                    || OTHER_THAN_APPLICATIONS.find(folded, application, match.start(1)))) {
                return true;
            }
            String words = clauseBefore(folded, match.start(1));
            return (CHANNEL.find(words) || ONE_OF_CHANNELS.find(words) && CHANNEL.find(folded))
                    && !ALL_CHANNELS.matcher(words).find();
        }

        /**
         * The agency as count phrases see it: the report's year and, for a township (its level, or a name ending in 镇, 乡, 街道), its
         * own place and the places above it (兖州区, 济宁市), to tell the district's figures from the town's.
         */
        record Area(int year, boolean regionWide, boolean township, String place, List<String> above) {

            /** Found once a report: both count rules ask, and reading the places out of the name is most of the cost. */
            static Area of(ReportSnapshot report) {
                return report.derived("counts.area", Area::read);
            }

            /** Whether the agency is a township: by its level, or by its name (the unit of its own place is read once a report). */
            static boolean township(ReportSnapshot report) {
                String unit = AgencyName.ownUnit(report);
                return report.agencyLevel == cn.gongkai.agency.AgencyLevel.TOWNSHIP
                        || report.agencyLevel == cn.gongkai.agency.AgencyLevel.SUBDISTRICT || unit != null && AgencyName.rank(unit) == 1;
            }

            private static Area read(ReportSnapshot report) {
                String name = report.compactAgencyName();
                boolean township = township(report);
                // a government's report at county level or above speaks of its region: its units' counts are read as before
                boolean regionWide = report.coversRegion() || AgencyName.isCountyOrAboveGovernment(report.agencyLevel, name);
                return township ? new Area(report.year, regionWide, true, AgencyName.ownPlace(report), AgencyName.placesAbove(name))
                        : new Area(report.year, regionWide, false, null, List.of());
            }

            /**
             * Whether a count is not the year's own of the agency: {@link #notOfTheYear}, other units' or part of the year's as a claim of
             * none would be (“各村共收到申请3件”, {@link TextChecks#claimsNoneOfOthers}), another body's it helps with (“协助区政府办理…”),
             * or the district's in a township's report.
             */
            boolean othersCount(Sentence sentence, java.util.regex.MatchResult match) {
                String words = clauseBefore(sentence.folded(), match.start(1));
                // whose count it is, in the words before the phrase: not the 其他 of its own 其他处理 or 其他组织
                String before = clauseBefore(sentence.folded(), match.start());
                // a span to the year's end is the whole year there too: “一季度至四季度共收到…”
                String units = TO_YEAR_END.find(before) ? PART_OF_THE_YEAR.matcher(before).replaceAll("") : before;
                return notOfTheYear(words, year) || claimsNoneOfOthers(units, regionWide) || ASSISTING.find(before)
                        || districts(sentence.folded(), match.start());
            }

            /**
             * Whether, in a township's report, a count at {@code at} is the district's: a wider area (全区, 全县, 兖州区) stands before
             * it, no mention of the town between, and the sentence names the town elsewhere, as TownshipScope reads it (“全区共受理申请
             * 156件，其中漕河镇12件”). A sentence naming no town is read as before: the district's figure copied as the town's.
             */
            boolean districts(String folded, int at) {
                if (!township) {
                    return false;
                }
                // the wider area in the count's clause, or, for a part after 其中, in the whole's clause before it: not “按照全区统一部署，…”
                int clause = clauseStart(folded, at);
                int from = folded.startsWith("其中", clause) || folded.startsWith("对其中", clause) ? clauseStart(folded, Math.max(0, clause - 1)) : clause;
                int wider = widerIn(folded, from, at);
                return wider >= 0 && TownshipScope.ownMentions(folded, place) != null
                        && TownshipScope.ownMentions(folded.substring(wider, at), place) == null;
            }

            /** Where the last wider area than the town (全区, 全县, 兖州区) stands in [{@code from}, {@code at}), or -1. */
            private int widerIn(String folded, int from, int at) {
                int wider = -1;
                Matcher scope = TownshipScope.WORD.matcher(folded).region(from, at);
                while (scope.find()) {
                    wider = AgencyName.rank(scope.group(1)) > 1 ? scope.start() : wider;
                }
                for (String outer : above) {
                    int named = folded.lastIndexOf(outer, at - outer.length());
                    wider = named >= from ? Math.max(wider, named) : wider;
                }
                return wider;
            }

            /** Whether {@link #OWN_COUNT} names the town, after a count of applications of its district in the sentence. */
            boolean ownCountAfterDistricts(Sentence sentence, java.util.regex.MatchResult match) {
                String folded = sentence.folded();
                int head = folded.startsWith("其中", match.start()) ? match.start() + 2 : match.start();
                int[] own = TownshipScope.ownMentions(folded.substring(head, match.start(1)), place);
                if (own == null || own[0] != 0 || folded.lastIndexOf("申请", match.start()) < 0 || widerIn(folded, 0, match.start()) < 0) {
                    return false;
                }
                int name = head + ownLength(folded, head);
                return folded.substring(name, match.start(1)).strip().chars().allMatch(c -> AFTER_OWN.indexOf(c) >= 0)
                        && !notOfTheYear(clauseBefore(folded, match.start(1)), year);
            }

            /** How long the town's mention at {@code at} is: its place, or 本镇, 我镇… (two or three characters). */
            private int ownLength(String folded, int at) {
                if (place != null && folded.startsWith(place, at)) {
                    return place.length();
                }
                return folded.startsWith("街道", at + 1) ? 3 : 2;
            }
        }

        /**
         * Between the verb and 申请: up to 15 characters of the clause, or, when they name who submitted it, up to 30 more
         * before 提出的 (提交的, 递交的): “收到公民、法人和其他组织通过网上申请、信函、当面等方式提出的政府信息公开申请5件”. Neither
         * holds a clause break or a number, so it never reaches another count.
         */
        private static final String BEFORE_APPLICATION = "(?:[^，,。；;：:0-9]{0,15}?|[^，,。；;：:0-9" + ChineseText.NUMERALS
                + "]{0,30}?(?:提出|提交|递交)的[^，,。；;：:0-9" + ChineseText.NUMERALS + "]{0,8}?)";

        private static final Pattern COUNT = Pattern.compile(N + "件");

        /** Applicants named before 申请 (收到商业企业提出的政府信息公开申请3件) and the 表三 columns that count theirs. */
        private static final List<Map.Entry<String, List<String>>> APPLICANTS = List.of(
                Map.entry("自然人", List.of("NATURAL")), Map.entry("公民", List.of("NATURAL")),
                Map.entry("法人", List.of("BUSINESS", "RESEARCH", "NONPROFIT", "LEGAL_SERVICE", "OTHER_ORG")),
                Map.entry("商业企业", List.of("BUSINESS")), Map.entry("科研机构", List.of("RESEARCH")),
                Map.entry("社会公益组织", List.of("NONPROFIT")), Map.entry("法律服务机构", List.of("LEGAL_SERVICE")));

        /**
         * The cells a count of applications is compared with: the rows' TOTAL, or the columns of the applicants named
         * between its verb and 申请 (“收到商业企业提出的政府信息公开申请3件” counts 商业企业's, not all). 公民、法人和其他组织
         * names them all.
         */
        static List<String> applicants(Sentence sentence, java.util.regex.MatchResult match, List<String> rows) {
            String words = sentence.folded().substring(match.start(), match.start(1));
            int applicant = words.lastIndexOf("申请");
            words = applicant > 0 ? words.substring(0, applicant) : words;
            List<String> columns = null;
            for (Map.Entry<String, List<String>> entry : APPLICANTS) {
                if (words.contains(entry.getKey())) {
                    if (columns != null) {
                        // more than one kind named: all of them together, as the TOTAL column has it
                        return rows.stream().map(row -> "table3/" + row + "/TOTAL").toList();
                    }
                    columns = entry.getValue();
                }
            }
            if (columns == null) {
                return rows.stream().map(row -> "table3/" + row + "/TOTAL").toList();
            }
            List<String> cells = new ArrayList<>();
            for (String row : rows) {
                for (String column : columns) {
                    cells.add("table3/" + row + "/" + column);
                }
            }
            return cells;
        }

        /**
         * Whether a count stands after 其中 that follows another count of the sentence: “共收到申请12件，其中通过网络平台收到申请10件”
         * counts a part of the 12, not the applications of the year.
         */
        static boolean partOfCount(Sentence sentence, java.util.regex.MatchResult match) {
            String folded = sentence.folded();
            int among = folded.lastIndexOf("其中", match.start());
            return among > 0 && COUNT.matcher(folded).region(0, among).find();
        }

        /** Words around 申请 that leave it plain: “收到申请共计5件”, “受理申请数量为12件”. */
        private static final String PLAIN = "共计总合各类的数量为达到";

        /**
         * Whether a count of 申请 counts disclosure applications: 政府信息公开申请 and 依申请公开 do (公开 between the verb
         * and the number); plain 申请 does in a sentence about disclosure applications (it names them, or stands in
         * 依申请公开 of part 一); any other kind does not (“收到行政复议申请1件”, “收到信访举报投诉类申请2件”).
         */
        static boolean disclosureApplications(Sentence sentence, java.util.regex.MatchResult match) {
            String folded = sentence.folded();
            int verbEnd = match.start() + (folded.startsWith("共处理", match.start()) ? 3 : 2);
            String words = folded.substring(verbEnd, match.start(1));
            if (words.contains("公开")) {
                return true;
            }
            String rest = words.replace("申请", "");
            for (int i = 0; i < rest.length(); i++) {
                if (PLAIN.indexOf(rest.charAt(i)) < 0) {
                    return false;
                }
            }
            return "ON_REQUEST".equals(sentence.source().itemKey()) || folded.contains("信息公开") || folded.contains("依申请");
        }

        /**
         * Whether a count of applications includes last year's: its own verb says so (收办, 共处理), 含上年结转 follows
         * it, or its verb is 办理 and 上年结转 follows. 新收 never does, and another count's verb does not make this one so: in “新收申请15件，上年结转3件，
         * 共处理18件” the 15 is the new applications only.
         */
        static boolean withCarryIn(Sentence sentence, java.util.regex.MatchResult match) {
            String matched = match.group();
            if (matched.startsWith("新收")) {
                return false;
            }
            if (matched.startsWith("收办") || matched.startsWith("共处理")
                    || WITH_CARRY_IN.find(sentence.folded(), match.start(), sentence.folded().length())) {
                return true;
            }
            // “共办理申请20件，其中本年新收17件，上年结转3件”: 办理 counts what was handled, the carry-over too when it is named
            // only as an item of a 其中 list after the count: “办理申请17件，上年结转3件，合计20件” counts the 17 alone
            int among = sentence.folded().indexOf("其中", match.end());
            return matched.startsWith("办理") && among >= 0 && sentence.folded().indexOf("上年结转", among) >= 0;
        }

        @jakarta.enterprise.inject.Produces
        @Singleton
        RuleCheck resultCounts() {
            // every result phrase's number is followed by 件: a sentence without one before 件 is not searched
            List<TextCounts.Phrase> results = notProactive(List.of(
                    // “予以公开（含部分公开）8件” is both rows together too
                    new TextCounts.Phrase("GRANT_AND_PARTIAL", "予以公开及部分公开", "部分公开",
                            Pattern.compile("予以公开(?:及|和|与|、|\\(含|\\(包括)部分公开" + GAP + N + "件"),
                            (sentence, match) -> TextCounts.totals("R_GRANT", "R_PARTIAL")),
                    // not the 予以公开 of “不予以公开”; “予以公开5件，其中部分公开2件” counts the 部分公开 in it
                    new TextCounts.Phrase("R_GRANT", "予以公开", "予以公开", Pattern.compile("(?<!不)予以公开" + GAP + N + "件"),
                            (sentence, match) -> PARTIAL_WITHIN.matcher(sentence.folded()).region(match.end(), sentence.folded().length()).lookingAt()
                                    ? TextCounts.totals("R_GRANT", "R_PARTIAL")
                                    : TextCounts.totals("R_GRANT")),
                    TextCounts.Phrase.of("R_PARTIAL", "部分公开", "部分公开" + GAP + N + "件", TextCounts.totals("R_PARTIAL")),
                    new TextCounts.Phrase("DENY", "不予公开", "不予", Pattern.compile("不予以?公开" + GAP + N + "件"), (sentence, match) -> TextCounts.totals(
                            "R_DENY_SECRET", "R_DENY_LAW", "R_DENY_SAFETY", "R_DENY_THIRD_PARTY", "R_DENY_INTERNAL", "R_DENY_PROCESS",
                            "R_DENY_ENFORCEMENT", "R_DENY_QUERY")),
                    TextCounts.Phrase.of("UNABLE", "无法提供", "无法提供" + GAP + N + "件",
                            TextCounts.totals("R_UNABLE_NOINFO", "R_UNABLE_CREATE", "R_UNABLE_UNCLEAR")),
                    TextCounts.Phrase.of("REJECT", "不予处理", "不予处理" + GAP + N + "件", TextCounts.totals("R_REJECT_PETITION",
                            "R_REJECT_REPEAT", "R_REJECT_PUBLICATION", "R_REJECT_MASSIVE", "R_REJECT_CONFIRM")),
                    new TextCounts.Phrase("OTHER", "其他处理", "其他处理", Pattern.compile("其他处理" + GAP + N + "件"), CountRules::otherResults),
                    new TextCounts.Phrase("CARRY_OUT", "结转下年度", "结转", Pattern.compile("结转(?:下年度|至下年|到下年|下一年度?)" + GAP + N + "件"),
                            (sentence, match) -> TextCounts.totals("CARRY_OUT")),
                    // “全年共答复政府信息公开申请98件”: the applications answered, 表三 （七）总计 (新收 + 上年结转 − 结转下年度); not 申请人,
                    // and no result word between (“…申请予以公开8件” is 予以公开's)
                    new TextCounts.Phrase("R_TOTAL", "答复申请", "答复", Pattern.compile("答复" + BEFORE_APPLICATION + "申请(?!人)"
                            + TextCounts.gap("复诉予部无其结") + N + "件"), (sentence, match) -> applicants(sentence, match, List.of("R_TOTAL")),
                            CountRules::allAnswered))).stream().map(phrase -> phrase.counting("件")).toList();
            // a monthly average, another year's or the district's results are not the year's own (“去年予以公开10件”)
            return TextCounts.rule("TXT_RESULT_COUNTS", "件", CountRules::countsFirst, report -> {
                // the area is read only where a phrase matches, as for TXT_APP_COUNT
                List<TextCounts.Phrase> phrases = new ArrayList<>(results.size());
                for (TextCounts.Phrase phrase : results) {
                    phrases.add(phrase.readingOnly((sentence, match) -> !Area.of(report).othersCount(sentence, match)));
                }
                return phrases;
            });
        }

        /**
         * Before 答复 (in its clause, a label's length at most), words that make the count not all the applications answered this
         * year: not answered (未, 尚, 待, 不), some by timing (按时, 延期, 当场, 期限内) or by channel (网上, 当面, 书面), counted
         * with their receipt (收到并答复, 受理, 办理: TXT_APP_COUNT reads those), of other years (累计, 以来, 上年), a change (较上年),
         * or a part (其中).
         */
        private static final Pattern NOT_ALL_ANSWERED = Pattern.compile("[未没不待尚]|逾期|延期|按时|按期|当场|当日|即时|期限|时限|限期|工作日|收到|受理|"
                + "新收|接收|办理|收办|处理|累计|历年|以来|上年|去年|往年|前年|上一年|网上|网络|在线|当面|现场|窗口|信函|邮寄|传真|邮件|线上|线下|书面|口头|电话|"
                + "较|同比|比上|增|减|其中");
        /**
         * The only words between 答复 and 申请 that leave the count all the answered applications: what they are (政府信息公开, 依申请公开)
         * and who made them (自然人, 法人或其他组织 …, which {@link #applicants} reads). Any other word names some of them: “答复上级转办的…”,
         * “答复涉及征地的…”, “答复行政复议申请”.
         */
        private static final Pattern ALL_KINDS = Pattern.compile("政府信息公开|信息公开|依申请公开|政府信息|公开|的|各类|共计|合计|共|全部|所有|了|自然人|公民|"
                + "法人|或其他组织|和其他组织|其他组织|商业企业|科研机构|社会公益组织|法律服务机构|提出|提交|递交|、|和|及");

        /**
         * Whether a 答复 count is of all the applications answered: nothing of {@link #NOT_ALL_ANSWERED} before it, only
         * {@link #ALL_KINDS} before 申请 and {@link #PLAIN} words after it (not “申请中逾期的3件”), and not a part after 其中.
         */
        static boolean allAnswered(Sentence sentence, java.util.regex.MatchResult match) {
            String folded = sentence.folded();
            int from = match.start();
            while (from > 0 && match.start() - from < PartsSum.LONGEST_LABEL && !Sentence.isClauseBreak(folded.charAt(from - 1))) {
                from--;
            }
            int application = folded.lastIndexOf("申请", match.start(1));
            String kind = folded.substring(match.start() + 2, application);
            String after = folded.substring(application + 2, match.start(1)).strip();
            return !NOT_ALL_ANSWERED.matcher(folded).region(from, match.start()).find() && ALL_KINDS.matcher(kind).replaceAll("").isEmpty()
                    && after.chars().allMatch(c -> PLAIN.indexOf(c) >= 0) && disclosureApplications(sentence, match) && !partOfCount(sentence, match);
        }

        /** A count of one kind of 其他处理 stated on its own: “逾期未补正2件”, “逾期未缴费1件”. */
        private static final Pattern NO_CORRECTION = Pattern.compile("逾期(?:未|不)补正" + GAP + N + "件");
        private static final Pattern NO_FEE = Pattern.compile("逾期(?:未|不)(?:缴费|缴纳|交费)" + GAP + N + "件");

        /**
         * The rows a 其他处理 count is compared with: all of them, but those whose kind the sentence counted apart before it
         * (“无法提供27件，逾期未补正2件，其他处理5件”: the 5 are the rest).
         */
        private static List<String> otherResults(Sentence sentence, java.util.regex.MatchResult match) {
            List<String> rows = new ArrayList<>(List.of("R_OTHER_NO_CORRECTION", "R_OTHER_NO_FEE", "R_OTHER_OTHER", "R_OTHER_UNSPLIT"));
            String before = sentence.folded().substring(0, match.start());
            if (before.contains("补正") && NO_CORRECTION.matcher(before).find()) {
                rows.remove("R_OTHER_NO_CORRECTION");
            }
            if (before.contains("逾期") && NO_FEE.matcher(before).find()) {
                rows.remove("R_OTHER_NO_FEE");
            }
            return TextCounts.totals(rows.toArray(String[]::new));
        }

        /** Right after a 予以公开 count: the 部分公开 it includes (“，其中部分公开2件”, “（含部分公开2件）”). */
        private static final Pattern PARTIAL_WITHIN = Pattern.compile("[,，(]?(?:其中|含|包括)[^。；;]{0,10}?部分公开");

        /**
         * The phrases, not read in a sentence about proactive disclosure: one in 主动公开 of part 一, or one that names
         * 主动公开 and no 申请. “对重大决策予以公开12件” there is no result of applications. Nor in part 六 or about
         * 建议/提案 without 申请: “建议提案办理结果予以公开8件” are no applications either.
         */
        private static List<TextCounts.Phrase> notProactive(List<TextCounts.Phrase> phrases) {
            return phrases.stream().map(phrase -> new TextCounts.Phrase(phrase.instance(), phrase.nameZh(), phrase.keyword(), phrase.pattern(),
                    phrase.cells(), (sentence, match) -> !aboutProactive(sentence) && !countOfNextResult(sentence, match)
                            && phrase.reads().test(sentence, match), phrase.units())).toList();
        }

        /** The result words of 表三 a count may stand before, with the adverbs seen between them (依法予以公开, 均不予处理). */
        private static final String RESULT_WORD = "(?:已|均|依法|已依法)?(?:予以公开|部分公开|不予以?公开|无法提供|不予处理|其他处理)";
        /** Right after a count: the result word it is the count of (“…、2件不予公开”). */
        private static final Pattern RESULT_AFTER = Pattern.compile(RESULT_WORD);
        /** One item of a list after 其中: the count, then its result word (“8件予以公开”), groups 1 and 3. */
        private static final Pattern COUNT_FIRST = Pattern.compile("(" + N + "件)(" + RESULT_WORD + ")");
        /** After an item's result word, another one joined to it: the count is of both (“8件予以公开或部分公开”). */
        private static final Pattern JOINED_RESULT = Pattern.compile("(?:及|和|与|或|、|以及)" + RESULT_WORD);
        /** Words in the clause of the count before 其中 that make it some applications, not the year's: by whom, how, which year, a change or a rate. */
        private static final Pattern PART_OF_APPLICATIONS = Pattern.compile("结转|上年|去年|往年|前年|上一年|累计|复议|诉讼|信访|投诉|举报|自然人|公民|法人|企业|机构|"
                + "组织|网上|网络|在线|当面|现场|窗口|信函|邮寄|传真|邮件|线上|线下|均|每");

        /**
         * Whether a phrase's count is the next result word's: in “予以公开、2件不予公开” the 2 stands before 不予公开, it is not a
         * count of 予以公开 (a list {@link #countsFirst} could not put in order, such as one after a part of the applications).
         */
        private static boolean countOfNextResult(Sentence sentence, java.util.regex.MatchResult match) {
            return RESULT_AFTER.matcher(sentence.folded()).region(match.end(), sentence.folded().length()).lookingAt();
        }

        /**
         * “收到申请10件，对其中8件予以公开、2件不予公开” read as “…对其中予以公开8件、不予公开2件”, the order the phrases read: each
         * item's count moved after its result word, character for character in place (so offsets stay). Only a list right after
         * 其中 (对其中, 其中的) whose whole is the sentence's first count, a count of applications of the year: not after a part of them
         * (“其中网上申请6件，对其中4件…”, “收到自然人申请6件，对其中…”), the carry-over, a change or another kind of count
         * (建议, 行政复议), whose results 表三 does not count apart. The list ends at the first item that is not a count and one
         * result word.
         */
        static Sentence countsFirst(Sentence sentence) {
            String folded = sentence.folded();
            if (folded.indexOf("其中") < 0 || !ChineseText.mayHoldNumberBefore(folded, "件")) {
                return sentence; // most sentences with 件: no list to reorder, and no count to look for (“文件6条” has none)
            }
            // the whole is the sentence's first count, so only a 其中 right after it can open such a list: one look, not one per 其中
            Matcher first = COUNT.matcher(folded);
            if (!first.find()) {
                return sentence;
            }
            int lead = first.end() + (first.end() < folded.length() && (folded.charAt(first.end()) == ',' || folded.charAt(first.end()) == ':') ? 1 : 0);
            int among = lead + (folded.startsWith("对", lead) ? 1 : 0);
            PartsSum.Whole whole = folded.startsWith("其中", among) ? PartsSum.wholeBefore(folded, lead) : null;
            if (whole == null || !whole.unit().equals("件") || !ofTheYear(folded, whole)) {
                return sentence;
            }
            char[] reordered = null;
            int at = among + 2 + (folded.startsWith("的", among + 2) ? 1 : 0);
            Matcher item = COUNT_FIRST.matcher(folded);
            while (item.region(at, folded.length()).lookingAt() && !JOINED_RESULT.matcher(folded).region(item.end(), folded.length()).lookingAt()) {
                reordered = reordered == null ? folded.toCharArray() : reordered;
                String result = item.group(3);
                String count = item.group(1);
                result.getChars(0, result.length(), reordered, item.start());
                count.getChars(0, count.length(), reordered, item.start() + result.length());
                at = item.end();
                // the next item after 、 or a comma, maybe with its own 对 (“，对2件不予公开”)
                at += at < folded.length() && "、,".indexOf(folded.charAt(at)) >= 0 ? 1 : 0;
                at += folded.startsWith("对", at) ? 1 : 0;
            }
            return reordered == null ? sentence : sentence.reworded(new String(reordered));
        }

        /** Whether the count before 其中 is of the year's applications: its clause says 申请, and none of {@link #PART_OF_APPLICATIONS}. */
        private static boolean ofTheYear(String folded, PartsSum.Whole whole) {
            int clause = whole.start();
            while (clause > 0 && !Sentence.isClauseBreak(folded.charAt(clause - 1))) {
                clause--;
            }
            String words = folded.substring(clause, whole.end());
            return words.contains("申请") && !PART_OF_APPLICATIONS.matcher(words).find() && !PartsSum.CHANGE.find(words);
        }

        private static boolean aboutProactive(Sentence sentence) {
            String folded = sentence.folded();
            return "PROACTIVE".equals(sentence.source().itemKey()) || !folded.contains("申请") && (folded.contains("主动公开")
                    || "part6".equals(sentence.source().section()) || folded.contains("建议") || folded.contains("提案"));
        }

        /** Characters of the result words (维持, 纠正/纠错, 撤销/撤回, 驳回, 终止, 审结, 结果, 其他) that a total's gap never holds. */
        private static final String RESULT_WORDS = "维纠撤驳终审果其";
        /** A result said before the case: “尚未审结的行政诉讼”, “结果维持的行政复议”. */
        private static final String RESULT_BEFORE = "(?<!(?:审结|维持|纠正|纠错|撤销|驳回)的?)";

        @jakarta.enterprise.inject.Produces
        @Singleton
        RuleCheck reviewLitigationCount() {
            // not a count of one result (“行政复议结果维持1件”, “尚未审结的行政诉讼1件”), nor, for 行政复议, the suit that
            // follows it (“未经行政复议直接提起行政诉讼1件” is a 行政诉讼)
            return TextCounts.rule("TXT_REVIEW_LIT_COUNT", List.of(
                    // “被申请行政复议和提起行政诉讼共3件” counts both together (read first, so neither alone takes it)
                    new TextCounts.Phrase("REVIEW_AND_LITIGATION", "行政复议和行政诉讼", "行政诉讼", Pattern.compile(RESULT_BEFORE
                            + "行政复议(?:和|及|与|、)(?:被?提起)?行政诉讼(?:案件)?" + TextCounts.gap(RESULT_WORDS) + N + "(?:件|起)"),
                            (sentence, match) -> List.of("table4/CASES/RV_TOTAL", "table4/CASES/LD_TOTAL", "table4/CASES/LA_TOTAL")).counting("件起"),
                    // not where the agency is the 行政复议机关: the cases it decided are not those against it that 表四 counts
                    new TextCounts.Phrase("REVIEW", "行政复议", "行政复议", Pattern.compile(RESULT_BEFORE + "行政复议(?:案件|申请)?"
                            + TextCounts.gap(RESULT_WORDS + "诉") + N + "(?:件|起)"), (sentence, match) -> List.of("table4/CASES/RV_TOTAL"),
                            (sentence, match) -> !AS_REVIEW_BODY.matcher(sentence.folded()).find()).counting("件起"),
                    new TextCounts.Phrase("LITIGATION", "行政诉讼", "行政诉讼", Pattern.compile(RESULT_BEFORE + "行政诉讼(?:案件)?"
                            + TextCounts.gap(RESULT_WORDS) + N + "(?:件|起)"), CountRules::litigationCells).counting("件起")));
        }

        /**
         * The agency as the body deciding 行政复议: “作为行政复议机关”, “受理…行政复议案件”; not an application it 受理 that led to
         * one (“受理的政府信息公开申请引发行政复议1件” is a case against it).
         */
        private static final Pattern AS_REVIEW_BODY = Pattern.compile("作为(?:行政)?复议机关|受理[^，,。；;申引]{0,12}行政复议");
        /** A clause naming one kind of 行政诉讼 of 表四: “未经复议直接提起”, “直接起诉”; “复议后提起”, “经复议的”, “不服复议决定”. */
        private static final Pattern DIRECT = Pattern.compile("未经(?:行政)?复议|直接(?:提起|起诉)");
        private static final Pattern AFTER_REVIEW = Pattern.compile("复议后|(?<!未)经(?:行政)?复议|不服(?:行政)?复议决定");

        /** “行政诉讼N件” is both kinds, unless its clause names one: “未经复议直接提起行政诉讼1件、复议后提起行政诉讼1件”. */
        private static List<String> litigationCells(Sentence sentence, java.util.regex.MatchResult match) {
            String folded = sentence.folded();
            int from = match.start();
            while (from > 0 && !Sentence.isClauseBreak(folded.charAt(from - 1)) && folded.charAt(from - 1) != '、') {
                from--;
            }
            String clause = folded.substring(from, match.end());
            boolean direct = DIRECT.matcher(clause).find();
            boolean after = AFTER_REVIEW.matcher(clause).find();
            if (direct != after) {
                return List.of(direct ? "table4/CASES/LD_TOTAL" : "table4/CASES/LA_TOTAL");
            }
            return List.of("table4/CASES/LD_TOTAL", "table4/CASES/LA_TOTAL");
        }
    }

    @Singleton
    static class PartsSum implements RuleCheck {

        private static final List<String> UNITS = List.of("条", "件", "期", "篇", "个", "次", "项", "场", "份");
        private static final int LONGEST_GAP = 14;
        private static final String SEPARATORS = "、，,；;。";
        static final int LONGEST_LABEL = 16;
        /**
         * The most text a list runs over the sentences that ； ends: each sentence is at most {@link Sentence#LONGEST}, but a
         * text of “…；…；…” would otherwise be read whole for each of its wholes.
         */
        private static final int LONGEST_LIST = Sentence.LONGEST;

        /** “共发布65条”: the whole a list adds up to, at [start, end) of its text. */
        record Whole(int start, int end, String text, String number, String unit) {

            BigDecimal stated() {
                return Sentence.number(number).orElse(BigDecimal.ONE.negate());
            }
        }

        /** One item of a 其中 list: “镇街动态25条” is 镇街动态 and 25. */
        record Item(String label, String number) {
        }

        /**
         * The items of a list, whether commas separate them (then where the list ends is not always clear), and whether
         * an item was counted in another unit (“图片新闻10组”), so the items read are not all of it.
         */
        record Items(List<Item> items, boolean commas, boolean otherUnit) {
        }

        /**
         * Words looked for where a piece of a list starts, with their first characters: one bit test at most pieces, which start with
         * none of them, rather than a look at each word (this runs at every separator of every list).
         */
        private record Starts(List<String> words, CharSet firsts) {

            static Starts of(String... words) {
                StringBuilder firsts = new StringBuilder(words.length);
                for (String word : words) {
                    firsts.append(word.charAt(0));
                }
                return new Starts(List.of(words), CharSet.of(firsts.toString()));
            }

            /** Whether one of the words starts at {@code at} of {@code text}. */
            boolean at(String text, int at) {
                if (at >= text.length() || !firsts.contains(text.charAt(at))) {
                    return false;
                }
                for (String word : words) {
                    if (text.startsWith(word, at)) {
                        return true;
                    }
                }
                return false;
            }
        }

        /** Words that start a statement after a list, not an item of it: “…，另转载信息3条”, “…；上述申请中4件通过网上提交”. */
        private static final Starts AFTER_LIST = Starts.of("另", "此外", "同时", "以上", "上述");
        /** Words that start a list of the item before: “机构类信息20条，内有领导成员10条、…”, “工作类信息11条，其中镇街动态3条、…”. */
        private static final Starts NESTED = Starts.of("内有", "内含", "其中", "包括", "包含", "含");

        @Override
        public String ruleId() {
            return "TXT_PARTS_SUM";
        }

        @Override
        public List<Finding> check(RuleDefinition rule, ReportSnapshot report, ReportSnapshot previous) {
            List<Finding> findings = new ArrayList<>();
            List<Sentence> sentences = report.sentences();
            BigDecimal carriedIn = carriedIn(report);
            for (int i : report.sentencesWith("共")) {
                for (Whole whole : wholes(sentences.get(i).folded())) {
                    BigDecimal stated = Sentence.number(whole.number()).orElse(null);
                    String list = listAfter(sentences, i, whole.end(), false);
                    if (stated == null || list == null) {
                        continue;
                    }
                    TextRef span = span(sentences, i, whole.end());
                    if (coordinated(sentences.get(i).folded(), whole)) {
                        findings.add(Findings.of(rule, instance(sentences.get(i).source(), findings.size() + 1), rule.severity(),
                                FindingStatus.NOT_ASSESSABLE, "Σ 其中各项 ≤ 共" + whole.number(), null, null, List.of(), span,
                                "正文“" + whole.text() + "”后并列另一数量，“其中”所指总数无法确定", "the whole the items belong to is unclear"));
                        continue;
                    }
                    Finding compared = compare(rule, sentences.get(i).source(), findings.size() + 1, span, whole, stated, list, carriedIn,
                            aboutApplications(sentences.get(i), whole));
                    findings.add(unlessLoose(rule, compared, sentences.get(i).folded(), whole, list, span));
                }
            }
            // wholes without 共, read after those with it so that their instances keep their numbers
            for (String opener : OPENERS) {
                for (int i : report.sentencesWith(opener)) {
                    readBareWholes(rule, sentences, i, opener, carriedIn, findings);
                }
            }
            if (findings.isEmpty()) {
                findings.add(Findings.notAssessable(rule, "text", "正文未见“共…其中…”或“…N条，其中…”分项表述", "no itemised total in the text"));
            }
            return findings;
        }

        /**
         * A sum over the whole that the words leave open, NOT_ASSESSABLE rather than an ERROR: an approximate whole (“共发布信息约60条”,
         * “500份以上”: the items may exceed it), or items that may overlap (“共开展政策解读12次，其中主要负责人解读3次、图文解读6次…”).
         */
        private static Finding unlessLoose(RuleDefinition rule, Finding compared, String folded, Whole whole, String list, TextRef span) {
            if (compared.status() != FindingStatus.FAIL || compared.severity() != Severity.ERROR) {
                return compared;
            }
            if (approximate(folded, whole)) {
                return open(rule, compared, span, "正文“" + whole.text() + "”为约数，分项合计不与之核对", "the whole is approximate");
            }
            if (SET_APART.matcher(list).find()) {
                return open(rule, compared, span, "正文“" + whole.text() + "”后的分项有不计入总数的（另计、不计入），不作加总核对",
                        "an item is said to be counted apart from the whole");
            }
            if (mayOverlap(list)) {
                return open(rule, compared, span, "正文“" + whole.text() + "”后的分项按涉及事项或参与人员列出，可能交叉，不作加总核对",
                        "the items are topics or people taking part, which may overlap");
            }
            List<Item> items = list(list, whole.unit().charAt(0)).items();
            if (overlappingLabels(whole, items)) {
                return open(rule, compared, span, "正文“" + whole.text() + "”后的分项兼按不同口径列出（如答复时限、来源、办理状态），可能交叉，不作加总核对",
                        "the items count along more than one dimension (timing, provenance, state), which may overlap");
            }
            if (items.size() > 1 && !ofApplicationsOrCases(folded, whole)
                    && items.stream().anyMatch(item -> Sentence.number(item.number()).map(n -> n.compareTo(whole.stated()) == 0).orElse(false))) {
                // “共发布信息65条，其中文字信息65条、配图信息40条”: one item is all of the whole, so the others count it another way
                // (applications and cases are divided by result: there another item beside all of them is an error)
                return open(rule, compared, span, "正文“" + whole.text() + "”后有分项等于总数，其余分项为另一口径，不作加总核对",
                        "one item is the whole, so the others count it another way");
            }
            return compared;
        }

        private static boolean ofApplicationsOrCases(String folded, Whole whole) {
            String upTo = folded.substring(0, whole.end());
            return upTo.contains("申请") || upTo.contains("复议") || upTo.contains("诉讼");
        }

        /** An item counted apart from the whole: “转发上级信息30条（不计入总数）”, “上级信息30条另计”. */
        private static final Pattern SET_APART = Pattern.compile("另计|另行统计|不计入|未计入|不计在|不包含在|不含在|未含在");

        /** {@code compared}'s instance left NOT_ASSESSABLE, for the reason given. */
        private static Finding open(RuleDefinition rule, Finding compared, TextRef span, String message, String messageEn) {
            return Findings.of(rule, compared.instance(), rule.severity(), FindingStatus.NOT_ASSESSABLE, compared.expression(), null, null,
                    List.of(), span, message, messageEn);
        }

        /**
         * Whether a whole counts applications: its words say 申请, or its sentence does before it, or it stands in 依申请公开
         * (“依申请公开方面，全年受理5件，其中…”, “本年度新收10件，其中…”), so its results may include those carried in.
         */
        private static boolean aboutApplications(Sentence sentence, Whole whole) {
            return whole.text().contains("申请") || sentence.folded().substring(0, whole.end()).contains("申请")
                    || "ON_REQUEST".equals(sentence.source().itemKey());
        }

        /** What introduces the list of a whole without 共: 其中, or 包括 when no 其中 follows (the list would be read after that). */
        private static final List<String> OPENERS = List.of("其中", "包括");

        /** The wholes without 共 before {@code opener} in sentence {@code i}, each compared with its list. */
        private static void readBareWholes(RuleDefinition rule, List<Sentence> sentences, int i, String opener, BigDecimal carriedIn,
                List<Finding> findings) {
            String folded = sentences.get(i).folded();
            for (int at = folded.indexOf(opener); at >= 0; at = folded.indexOf(opener, at + 2)) {
                Whole whole = wholeBefore(folded, at);
                BigDecimal stated = whole == null ? null : Sentence.number(whole.number()).orElse(null);
                if (stated == null || !plainCount(folded, whole) || !opener.equals("其中") && folded.indexOf("其中", at) >= 0) {
                    continue;
                }
                String list = listAfter(sentences, i, whole.end(), true);
                // the list starts in this sentence: it is the text the finding rests on
                TextRef span = sentences.get(i).ref();
                Finding compared = compare(rule, sentences.get(i).source(), findings.size() + 1, span, whole, stated, list, carriedIn,
                        aboutApplications(sentences.get(i), whole));
                if (ITEMS_UNREAD.equals(compared.messageEn())) {
                    // “收到申请12件，其中自然人申请10件”: one part named, no list to add up
                    continue;
                }
                findings.add(atMostWarning(unlessLoose(rule, compared, folded, whole, list, span)));
            }
        }

        /**
         * A whole without 共 is read from where its count stands, not from a word that says it is the total, and on correct
         * reports that reading was wrong often enough (39 false ERRORs in 128 probes before BareWholeProbeTest's fixes) that a
         * sum over it is a point for the reviewer, not a reason to send the report back: its failures are WARNINGs.
         */
        private static Finding atMostWarning(Finding finding) {
            return finding.severity() == Severity.ERROR ? finding.withSeverity(Severity.WARNING) : finding;
        }

        /**
         * “主动公开政府信息63条，其中…”: the count right before a 其中 (包括) at {@code at} (a comma or colon between them at most), when it is the
         * first count of the text: “新收申请10件，上年结转2件，其中…” leaves unclear which the list is of. The count's number is whole
         * (no digit, numeral, point or 第 before it: not 第3期) and its label runs back to the clause break, 16 characters at most.
         * A scan, twin of the pattern in PartsSumScannerTest.
         */
        static Whole wholeBefore(String text, int at) {
            int end = at > 0 && (text.charAt(at - 1) == ',' || text.charAt(at - 1) == ':') ? at - 1 : at;
            if (end < 2 || UNIT_CHARS.indexOf(text.charAt(end - 1)) < 0) {
                return null;
            }
            int numberEnd = text.charAt(end - 2) == ' ' ? end - 2 : end - 1;
            int runStart = numberEnd;
            while (runStart > 0 && (isNumberChar(text.charAt(runStart - 1)) || text.charAt(runStart - 1) == ' ')) {
                runStart--;
            }
            int numberStart = -1;
            for (int s = runStart; s < numberEnd && numberStart < 0; s++) {
                char c = text.charAt(s);
                char before = s == 0 ? ' ' : text.charAt(s - 1);
                // a number starts here, not inside a longer one (12万, 1.5) or an ordinal (第3期)
                if ((isAsciiDigit(c) || isNumeral(c)) && !isAsciiDigit(before) && !isNumeral(before)
                        && before != '.' && before != '第' && numberEnd(text, s) == numberEnd) {
                    numberStart = s;
                }
            }
            if (numberStart <= 0 || countBefore(text, numberStart)) {
                return null;
            }
            int labelStart = numberStart;
            while (labelStart > 0 && numberStart - labelStart < LONGEST_LABEL && LABEL_BREAKS.indexOf(text.charAt(labelStart - 1)) < 0) {
                labelStart--;
            }
            if (labelStart == numberStart) {
                return null;
            }
            return new Whole(labelStart, end, text.substring(labelStart, end), text.substring(numberStart, numberEnd), text.substring(end - 1, end));
        }

        private static final String UNIT_CHARS = String.join("", UNITS);
        /** Where the label of a whole without 共 starts at the latest. */
        private static final String LABEL_BREAKS = ",。;、:()\n";

        private static boolean isNumberChar(char c) {
            return isAsciiDigit(c) || c == ',' || c == '.' || isNumeral(c);
        }

        /** Whether a count (number, a space at most, unit) stands in {@code text} before {@code end}. */
        private static boolean countBefore(String text, int end) {
            for (int i = 1; i < end; i++) {
                if (UNIT_CHARS.indexOf(text.charAt(i)) >= 0) {
                    char before = text.charAt(i - 1) == ' ' && i >= 2 ? text.charAt(i - 2) : text.charAt(i - 1);
                    if (isAsciiDigit(before) || isNumeral(before)) {
                        return true;
                    }
                }
            }
            return false;
        }

        /**
         * Whether the clause of a whole without 共 states a count of things: not a change (“较上年增加5件，其中…”, “同比…”), not a rate (月均, 每月),
         * and not one the 共 reading has had (“收到申请共计12件，其中…”).
         */
        private static boolean plainCount(String text, Whole whole) {
            int clause = whole.start();
            while (clause > 0 && !Sentence.isClauseBreak(text.charAt(clause - 1))) {
                clause--;
            }
            for (int i = clause; i < whole.end(); i++) {
                if (text.charAt(i) == '共') {
                    return false;
                }
            }
            String words = text.substring(clause, whole.end());
            // “月均更新信息5条”, “每月发布5条”: a rate, whose items may be the year's
            return !CHANGE.find(words) && words.indexOf('均') < 0 && words.indexOf('每') < 0;
        }

        static final WordPattern CHANGE = WordPattern.compile("同比|环比|较|比上|比去|比前|增加|增长|减少|下降|上升|提高|提升|增幅|降幅|多出");

        /**
         * Items that may share members: topics (“涉及土地征收8件、涉及房屋拆迁6件”, “关于…的”), or people taking part (“主要负责同志解读2篇、
         * 图文解读5篇…”, “主要负责同志出席2场、分管负责同志出席3场”: one 解读 or one 发布会 may count under several).
         */
        private static boolean mayOverlap(String list) {
            return list.contains("涉及") || list.contains("关于") || PEOPLE.matcher(list).find();
        }

        /** People doing what is counted (主要负责人解读3次, 分管负责同志出席3场), not a kind of information about them (领导成员10条). */
        private static final Pattern PEOPLE = Pattern.compile(
                "(?:负责人|负责同志|领导|专家|一把手|书记|镇长|乡长|区长|县长|市长|局长|主任|干部)[^、,;]{0,4}?(?:解读|出席|参加|发布|接待|带班)");

        /**
         * Item labels that count along another dimension than the rest of the list, so the items may share members: when
         * (答复期限: “按期答复12件、当场答复3件”, “予以公开10件、…、延期答复1件”), provenance beside kinds (“原创信息40条、转载信息23条、
         * 图文信息30条”), items taken up elsewhere (“本级发布50条、转载上级信息13条、被市级采用10条”), an umbrella kind (重点领域 holds 惠民惠农), a state beside roles (“主办3件、协办2件、已办结5件”),
         * a kind of applicant within another (律师 are 自然人), what was asked for (“申请公开征地信息5件”: one application may ask
         * for several), or a 行政诉讼 (起诉) that followed a 行政复议 of the whole.
         */
        private static boolean overlappingLabels(Whole whole, List<Item> items) {
            long provenance = items.stream().filter(item -> PROVENANCE.matcher(item.label()).find()).count();
            long adopted = items.stream().filter(item -> ADOPTED.matcher(item.label()).find()).count();
            long state = items.stream().filter(item -> item.label().contains("办结")).count();
            // “已办结10件、结转下年度2件” are states both: a division
            long roles = items.stream().filter(item -> !item.label().contains("办结") && !STATE.matcher(item.label()).find()).count();
            return items.stream().anyMatch(item -> TIMING.matcher(item.label()).find() || item.label().contains("重点领域")
                    || item.label().contains("律师") || item.label().startsWith("申请公开") || item.label().startsWith("申请获取"))
                    || provenance > 0 && provenance < items.size() || adopted > 0 && adopted < items.size() || state > 0 && roles > 0
                    || whole.text().contains("复议") && !whole.text().contains("诉讼")
                            && items.stream().anyMatch(item -> item.label().contains("诉讼") || item.label().contains("起诉"));
        }

        private static final Pattern TIMING = Pattern.compile("延期|按期|按时|当场|当日|即时|逾期答复|期限内|工作日|转主动公开|转为主动公开");
        private static final Pattern STATE = Pattern.compile("结转|在办|办理中|正在|未办结");
        private static final Pattern PROVENANCE = Pattern.compile("原创|转载|转发|自主");
        /** Taken up by another body (“被市级采用10条”), a count of the same items again; not 招考录用, a kind of information. */
        private static final Pattern ADOPTED = Pattern.compile("采用|刊用|采纳");

        /** The message of a finding on items that could not be read. */
        private static final String ITEMS_UNREAD = "the items could not be read";

        /**
         * Every “共 + up to 14 characters + number + unit” in a text, the gap holding no number and no
         * clause break (，。；). A scan, not a pattern: a character class of that many ideographs is a
         * chain of tests per character in java.util.regex, and this runs at every 共 of the report.
         */
        static List<Whole> wholes(String text) {
            List<Whole> wholes = List.of();
            int from = 0;
            for (int at = text.indexOf('共'); at >= 0; at = text.indexOf('共', Math.max(at + 1, from))) {
                int numberAt = at + 1;
                // a number inside a quotation or title is part of a name (“共办理“高效办成一件事”120件”): read past it. The
                // quotation marks are counted only where a number stands, not at every character of the gap
                while (numberAt < text.length() && numberAt - at - 1 <= LONGEST_GAP && (isGap(text.charAt(numberAt))
                        || !Sentence.isClauseBreak(text.charAt(numberAt)) && quoted(text, at + 1, numberAt))) {
                    numberAt++;
                }
                if (numberAt >= text.length() || numberAt - at - 1 > LONGEST_GAP) {
                    continue;
                }
                int numberEnd = numberEnd(text, numberAt);
                int unitAt = unitAt(text, numberEnd);
                if (numberEnd > numberAt && unitAt < text.length() && UNIT_CHARS.indexOf(text.charAt(unitAt)) >= 0) {
                    wholes = wholes.isEmpty() ? new ArrayList<>(1) : wholes;
                    wholes.add(new Whole(at, unitAt + 1, text.substring(at, unitAt + 1), text.substring(numberAt, numberEnd),
                            String.valueOf(text.charAt(unitAt))));
                    from = unitAt + 1;
                }
            }
            return wholes;
        }

        /** Whether more quotations or titles open than close in [{@code from}, {@code to}) of {@code text}. */
        private static boolean quoted(String text, int from, int to) {
            int quoted = 0;
            for (int i = from; i < to; i++) {
                quoted += quotes(text.charAt(i));
            }
            return quoted > 0;
        }

        /** +1 where a quotation or title opens, -1 where it closes. */
        private static int quotes(char c) {
            return c == '“' || c == '《' || c == '「' ? 1 : c == '”' || c == '》' || c == '」' ? -1 : 0;
        }

        private static boolean isGap(char c) {
            return !isAsciiDigit(c) && !isNumeral(c) && !Sentence.isClauseBreak(c);
        }

        /**
         * Whether another count of the whole's unit is joined to it by 、和及与 (“共办理人大代表建议12件、政协委员提案8件，其中主办件
         * 15件…”): the items may then belong to the counts together.
         */
        static boolean coordinated(String text, Whole whole) {
            int at = whole.end();
            if (at >= text.length() || "、和及与".indexOf(text.charAt(at)) < 0) {
                return false;
            }
            for (int i = at + 1; i < text.length() && !Sentence.isClauseBreak(text.charAt(i)); i++) {
                char c = text.charAt(i);
                if (c == whole.unit().charAt(0) && (isAsciiDigit(text.charAt(i - 1)) || isNumeral(text.charAt(i - 1)))) {
                    return true;
                }
            }
            return false;
        }

        /** A whole said to be about (约, 近, 逾, 超(过), 不少于, 至少, 不低于, 突破 before its number) or at least (以上, 左右, 多 after its unit) its number. */
        static boolean approximate(String text, Whole whole) {
            String before = text.substring(whole.start(), whole.end() - whole.number().length() - whole.unit().length());
            return ABOUT.stream().anyMatch(before::endsWith) || AT_LEAST_AFTER.at(text, whole.end());
        }

        /** Words before a whole's number that make it approximate (约 covers 大约). */
        private static final List<String> ABOUT = List.of("约", "近", "逾", "超", "超过", "不少于", "至少", "不低于", "突破");
        private static final Starts AT_LEAST_AFTER = Starts.of("以上", "左右", "多");

        static String instance(NarrativeText text, int number) {
            return text.section() + (text.itemKey() == null ? "" : "." + text.itemKey()) + "." + number;
        }

        /** The text the finding rests on: the sentence with the whole, and the next one when the items are there. */
        private static TextRef span(List<Sentence> sentences, int index, int from) {
            Sentence sentence = sentences.get(index);
            if (sentence.folded().indexOf("其中", from) >= 0 || index + 1 >= sentences.size()) {
                return sentence.ref();
            }
            Sentence next = sentences.get(index + 1);
            return new TextRef(sentence.source().pointer(), sentence.source().text().substring(sentence.start(), next.end()), sentence.start(),
                    next.end());
        }

        /**
         * The items after 其中, in the rest of this sentence or in the next one, and on over the sentences that ； ends
         * (“其中予以公开15件，占75%；部分公开5件，占25%。”).
         */
        private static String listAfter(List<Sentence> sentences, int index, int from, boolean bare) {
            // read in the sentence from the whole's end, not in a copy of its rest
            String folded = sentences.get(index).folded();
            int at = folded.indexOf("其中", from);
            int last = index;
            String list = null;
            int lead = at < 0 ? listLead(folded, from) : 0;
            if (at >= 0) {
                list = folded.substring(at + 2);
            } else if (lead > 0) {
                list = folded.substring(from + lead);
            } else if (sameText(sentences, index, index + 1) && sentences.get(index + 1).folded().strip().startsWith("其中")) {
                last = index + 1;
                list = sentences.get(last).folded().strip().substring(2);
            }
            // for a whole without 共, not into a sentence with a list of its own (“行政复议2件，其中维持2件；被提起行政诉讼1件，
            // 其中维持1件。”): with 共 that is an item's own list (“其中机构类信息16条，内有…；工作类信息11条，其中…”)
            while (list != null && list.endsWith(";") && list.length() < LONGEST_LIST && sameText(sentences, index, last + 1)
                    && !(bare && ownList(sentences.get(last + 1).folded()))) {
                list += sentences.get(++last).folded();
            }
            return list;
        }

        /**
         * Where a list that follows the whole (at {@code from} of {@code text}) directly starts, counted from {@code from}, or 0: after a colon (“共主动公开政府信息总数171条：基层政务公开领域信息124条，…”)
         * or 包括 (“共主动公开政府信息32条，包括领导信息类1条、…”), where no 其中 follows.
         */
        private static int listLead(String text, int from) {
            int at = text.startsWith(",", from) ? 1 : 0;
            if (text.startsWith("包括", from + at)) {
                return text.startsWith(":", from + at + 2) ? at + 3 : at + 2;
            }
            return text.startsWith(":", from) ? 1 : 0;
        }

        /** Whether a sentence has a whole of its own right before its 其中. */
        private static boolean ownList(String text) {
            int at = text.indexOf("其中");
            return at >= 0 && wholeBefore(text, at) != null;
        }

        private static boolean sameText(List<Sentence> sentences, int index, int other) {
            return other < sentences.size() && sentences.get(other).source() == sentences.get(index).source();
        }

        /**
         * The items of a list separated by 、，；。, each read on its own; pieces that are no “label + number + unit” are
         * left out. A comma between a digit and three more (1,100) separates thousands, not items; pieces that start
         * inside brackets are the details of the item before them (“不予公开3件（保护第三方合法权益2件、…）”); and a list
         * enumerated with 、 ends at the first comma (“其中自然人14件、法人1件，上年结转2件”: the carry-over is no item).
         * A list ends before a piece that starts with 另, 此外, 同时, 以上 or 上述 (“…，另转载信息3条”), and a list enumerated with
         * commas after its 其他 item (“政务动态40条，其他信息25条，转载信息3条”).
         */
        static List<Item> items(String list, char unit) {
            return list(list, unit).items();
        }

        static Items list(String list, char unit) {
            List<Item> items = new ArrayList<>();
            int start = 0;
            int depth = 0;
            int depthAtStart = 0;
            boolean enumerated = false;
            boolean commas = false;
            boolean otherUnit = false;
            // in a list of an item's own: “机构类信息20条，内有领导成员10条、机构职能4条；…”
            boolean nested = false;
            boolean commasBefore = false;
            // the separator after the first item: a list separated by ； whose later piece is enumerated with 、 has ended
            // (“其中自然人申请20件；办结18件、结转下年度2件”: what follows counts something else); lists with commas mix in 、
            char firstSeparator = 0;
            for (int i = 0; i <= list.length(); i++) {
                char c = i == list.length() ? '。' : list.charAt(i);
                if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    depth = Math.max(0, depth - 1);
                }
                if (!isSeparator(c) || separatesThousands(list, i)) {
                    continue;
                }
                if (depthAtStart == 0 && !items.isEmpty() && (startsAfterList(list, start) || cumulative(list, start, i))) {
                    break;
                }
                if (!nested && depthAtStart == 0 && !items.isEmpty() && NESTED.at(list, start)) {
                    // the comma before a list of the item's own separates no items of this one
                    nested = true;
                    commas = commasBefore;
                }
                if (nested) {
                    // its items are the previous item's parts, enumerated with 、: skipped up to the next comma or ；
                    nested = c == '、';
                    start = i + 1;
                    depthAtStart = depth;
                    continue;
                }
                if (depth == 0 && depthAtStart == 0 && c == '、' && (firstSeparator == '；' || firstSeparator == ';')) {
                    break;
                }
                Item item = depthAtStart == 0 ? item(list, start, i, unit) : null;
                if (item != null && depth == 0 && firstSeparator == 0) {
                    firstSeparator = c;
                }
                if (item != null) {
                    items.add(item);
                } else if (depthAtStart == 0) {
                    otherUnit |= countedInOtherUnit(list.substring(start, i), unit);
                }
                // ； ends a list as a comma does (it comes only from joining sentences, see listAfter)
                boolean comma = c == ',' || c == '，' || c == ';' || c == '；';
                if (depth == 0 && comma && (enumerated || item != null && isOther(item))) {
                    break;
                }
                enumerated |= depth == 0 && c == '、';
                commasBefore = commas;
                // ； ends pieces as a comma does, but a list of them is no list with commas: each piece is an item
                commas |= depth == 0 && (c == ',' || c == '，');
                start = i + 1;
                depthAtStart = depth;
            }
            return new Items(items, commas && !enumerated, otherUnit);
        }

        /** “图片新闻10组”: a number followed by a measure word other than the list's unit (not by %, 元 or a date's 年月日). */
        private static boolean countedInOtherUnit(String piece, char unit) {
            for (int i = 1; i < piece.length(); i++) {
                char c = piece.charAt(i);
                if (isAsciiDigit(piece.charAt(i - 1)) && c != unit && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                        && NOT_A_MEASURE.indexOf(c) < 0 && !ordinal(piece, i - 1)) {
                    return true;
                }
            }
            return false;
        }

        /** After a number, no measure of things counted: dates, times, money, document numbers (1号). */
        private static final String NOT_A_MEASURE = "年月日元季周天时号";

        /** Whether the number ending at {@code last} is an ordinal (第3季度, 第2期). */
        private static boolean ordinal(String piece, int last) {
            int first = last;
            while (first > 0 && isAsciiDigit(piece.charAt(first - 1))) {
                first--;
            }
            return first > 0 && piece.charAt(first - 1) == '第';
        }

        /** A piece counting more than the year's (“截至目前累计公开政策文件1,200条”, “历年规范性文件总数达到120条”): the list has ended. */
        private static boolean cumulative(String list, int start, int end) {
            // read in place, not in a copy of the piece: this runs at every separator of every list
            for (int i = start; i + 2 <= end; i++) {
                char c = list.charAt(i);
                if (c == '累' && list.startsWith("累计", i) || c == '截' && (list.startsWith("截至", i) || list.startsWith("截止", i))
                        || c == '历' && list.startsWith("历年", i)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean startsAfterList(String list, int at) {
            return AFTER_LIST.at(list, at);
        }

        /**
         * “其中通过政府网站发布150条、政务新媒体发布120条”: channels, not kinds. The same piece of information goes out on several,
         * so their counts may add up to more than the whole without anything being wrong.
         */
        private static boolean isChannel(Item item) {
            return CHANNEL.find(item.label());
        }

        private static final WordPattern CHANNEL = WordPattern.compile("网站|门户|新媒体|微信|微博|公众号|客户端|头条|抖音|视频号|公开栏|报刊|电视|广播|网上|线上|线下|APP|App|app|小程序|平台|大厅|电子屏|显示屏|宣传栏|短信");

        /** Who applied (“自然人申请5件”, “法人或其他组织申请2件”): one way to divide applications, results are another. */
        private static final Pattern APPLICANT = Pattern.compile("自然人|法人|其他组织|公民|企业|个人|群众|律师");
        /** How they were submitted (“当面申请2件、网上申请3件”): a third way. */
        private static final Pattern MANNER = Pattern.compile("当面|现场|网上|在线|网络|信函|邮寄|传真|电子邮件|邮件|来信|来访|线上|线下|书面|窗口");

        /**
         * Whether the items divide applications in two or three ways (by applicant, by result, by manner), each item in one way
         * only and no way's items exceeding the whole (results may add the carry-in, as they answer those applications too).
         */
        private static boolean twoDivisions(List<Item> read, BigDecimal stated, BigDecimal carriedIn) {
            List<Pattern> ways = List.of(APPLICANT, RESULT, MANNER);
            int used = 0;
            for (Pattern way : ways) {
                List<Item> group = read.stream().filter(item -> only(item, way, ways)).toList();
                BigDecimal bound = way == RESULT && carriedIn != null ? stated.add(carriedIn) : stated;
                if (sum(group, group.size()).compareTo(bound) > 0) {
                    return false;
                }
                used += group.isEmpty() ? 0 : 1;
            }
            int placed = (int) read.stream().filter(item -> ways.stream().anyMatch(way -> only(item, way, ways))).count();
            return used >= 2 && placed == read.size();
        }

        /** Whether the item's label names {@code way} and no other of {@code ways}. */
        private static boolean only(Item item, Pattern way, List<Pattern> ways) {
            return ways.stream().allMatch(other -> other.matcher(item.label()).find() == (other == way));
        }

        /**
         * An item that is the rest of the whole (其他信息), not 其他处理: that is one kind of result of applications, and the whole
         * they are items of may count the carry-over too (“其中…其他处理5件，结转下年度继续办理16件”).
         */
        private static boolean isOther(Item item) {
            return (item.label().contains("其他") || item.label().contains("其它")) && !item.label().contains("处理");
        }

        private static boolean separatesThousands(String text, int at) {
            if (at >= text.length() || text.charAt(at) != ',' || at == 0 || at + 3 >= text.length()) {
                return false;
            }
            return isAsciiDigit(text.charAt(at - 1)) && isAsciiDigit(text.charAt(at + 1)) && isAsciiDigit(text.charAt(at + 2)) && isAsciiDigit(text.charAt(at + 3))
                    && (at + 4 == text.length() || !isAsciiDigit(text.charAt(at + 4)));
        }

        /**
         * “label + number + unit” at the start of a piece: the shortest label (1 to 16 characters, no Arabic
         * digit) that a number and the unit follow. A scan rather than a pattern: this runs for every item
         * of every list, and a regular expression with a lazy label costs several times as much.
         */
        static Item item(String piece, char unit) {
            return item(piece, 0, piece.length(), unit);
        }

        /** {@link #item(String, char)} of the piece at [start, end) of {@code text}, read in place rather than in a copy. */
        private static Item item(String text, int start, int end, char unit) {
            // “占全部20件的50%” names the whole a share is of, not an item
            if (end > start && text.charAt(start) == '占') {
                return null;
            }
            for (int labelEnd = start + 1; labelEnd <= Math.min(start + LONGEST_LABEL, end - 1); labelEnd++) {
                if (isAsciiDigit(text.charAt(labelEnd - 1))) {
                    return null;
                }
                int numberEnd = numberEnd(text, labelEnd, end);
                int unitAt = unitAt(text, numberEnd, end);
                if (numberEnd > labelEnd && unitAt < end && text.charAt(unitAt) == unit) {
                    // a count inside a title (“《关于做好3件民生实事的通知》等通知8件”) is no item's: the piece's last 《 up to here is unclosed
                    if (unclosedTitle(text, start, labelEnd)) {
                        return null;
                    }
                    return new Item(text.substring(start, labelEnd), text.substring(labelEnd, numberEnd));
                }
            }
            return null;
        }

        /**
         * Whether the last 《 or 》 in [{@code start}, {@code at}] of {@code text} is a 《: read back from {@code at} to the piece's
         * start only, not to the start of the list as two lastIndexOf calls would.
         */
        private static boolean unclosedTitle(String text, int start, int at) {
            for (int i = at; i >= start; i--) {
                char c = text.charAt(i);
                if (c == '《' || c == '》') {
                    return c == '《';
                }
            }
            return false;
        }

        /** Where the unit after a number ending at {@code numberEnd} is: a copy may put a space before it (12 件). */
        private static int unitAt(String text, int numberEnd) {
            return unitAt(text, numberEnd, text.length());
        }

        /** The same within [0, {@code end}) of {@code text}. */
        private static int unitAt(String text, int numberEnd, int end) {
            return numberEnd + 1 < end && text.charAt(numberEnd) == ' ' ? numberEnd + 1 : numberEnd;
        }

        /** Where a number starting at {@code from} ends (1,234 · 0.5 · 二十五), or {@code from} when none starts there. */
        private static int numberEnd(String text, int from) {
            return numberEnd(text, from, text.length());
        }

        /** The same within [0, {@code end}) of {@code text}. */
        private static int numberEnd(String text, int from, int end) {
            int i = from;
            if (isAsciiDigit(text.charAt(i))) {
                // a space between digits is a copy's (1 2件), as in ChineseText.NUMBER
                while (i < end && (isAsciiDigit(text.charAt(i)) || text.charAt(i) == ','
                        || text.charAt(i) == ' ' && i + 1 < end && isAsciiDigit(text.charAt(i + 1)))) {
                    i++;
                }
                if (i + 1 < end && text.charAt(i) == '.' && isAsciiDigit(text.charAt(i + 1))) {
                    i += 2;
                    while (i < end && isAsciiDigit(text.charAt(i))) {
                        i++;
                    }
                }
                return i;
            }
            while (i < end && isNumeral(text.charAt(i))) {
                i++;
            }
            return i;
        }

        /** The sum of the first {@code end} items. */
        private static BigDecimal sum(List<Item> items, int end) {
            BigDecimal sum = BigDecimal.ZERO;
            for (int i = 0; i < end; i++) {
                sum = sum.add(Sentence.number(items.get(i).number()).orElseThrow());
            }
            return sum;
        }

        /** One of {@link ChineseText#NUMERALS}: asked of every character of a list. */
        static boolean isNumeral(char c) {
            return NUMERAL_CHARS.contains(c);
        }

        /** One of {@link #SEPARATORS}: list() asks this of every character of a list. */
        private static boolean isSeparator(char c) {
            return SEPARATOR_CHARS.contains(c);
        }

        private static final CharSet NUMERAL_CHARS = CharSet.of(ChineseText.NUMERALS);
        private static final CharSet SEPARATOR_CHARS = CharSet.of(SEPARATORS);

        /** 表三's 上年结转 total, when it is a number: the year's results answer those applications too. */
        private static BigDecimal carriedIn(ReportSnapshot report) {
            CellReading carryIn = report.cell("table3", "CARRY_IN", "TOTAL");
            return carryIn != null && carryIn.hasNumber() ? carryIn.value() : null;
        }

        /** Results of applications (“予以公开20件、部分公开5件…”): of this year's and of those carried in from last year. */
        private static final Pattern RESULT = Pattern.compile("予以公开|部分公开|不予公开|无法提供|不予处理|其他处理|办结|答复");

        private static Finding compare(RuleDefinition rule, NarrativeText text, int number, TextRef sentence, Whole whole,
                BigDecimal stated, String list, BigDecimal carriedIn, boolean applications) {
            Items items = list(list, whole.unit().charAt(0));
            // the items whose number reads, and their sum: each number parsed once
            List<Item> read = new ArrayList<>(items.items().size());
            BigDecimal sum = BigDecimal.ZERO;
            for (Item item : items.items()) {
                java.util.Optional<BigDecimal> value = Sentence.number(item.number());
                if (value.isPresent()) {
                    read.add(item);
                    sum = sum.add(value.get());
                }
            }
            boolean ambiguous = false;
            if (items.commas() && sum.compareTo(stated) > 0) {
                // “其中政务动态40条，通知公告25条，办结…”: a list with commas may end before its last pieces; the longest
                // start of it (two items at least) that fits the whole is read, and is the list only if it adds up to it
                for (int end = read.size() - 1; end >= 2; end--) {
                    BigDecimal start = sum(read, end);
                    if (start.compareTo(stated) <= 0) {
                        read = read.subList(0, end);
                        sum = start;
                        ambiguous = start.compareTo(stated) < 0;
                        break;
                    }
                }
            }
            int count = read.size();
            boolean exhaustive = false;
            for (int i = 0; i < read.size() && !exhaustive; i++) {
                exhaustive = isOther(read.get(i));
            }
            String instance = instance(text, number);
            String expression = "Σ 其中各项 (" + count + ") " + (exhaustive ? "=" : "≤") + (whole.text().charAt(0) == '共' ? " 共" : " ") + Wording.number(stated);
            String head = "正文“" + whole.text() + "”，其中" + count + "项合计" + Wording.number(sum);
            if (count < 2) {
                return Findings.of(rule, instance, rule.severity(), FindingStatus.NOT_ASSESSABLE, expression, null, null, List.of(),
                        sentence, "正文“" + whole.text() + "”后的分项无法逐项读取", ITEMS_UNREAD);
            }
            if (ambiguous) {
                return Findings.of(rule, instance, rule.severity(), FindingStatus.NOT_ASSESSABLE, expression, null, null, List.of(), sentence,
                        "正文“" + whole.text() + "”后以逗号分隔的分项止于何处无法确定", "where the comma-separated items end is unclear");
            }
            if (sum.compareTo(stated) > 0 && carriedIn != null && applications
                    && read.stream().allMatch(item -> RESULT.matcher(item.label()).find()) && sum.compareTo(stated.add(carriedIn)) <= 0) {
                // “共收到申请30件，其中予以公开20件、…” with 4 carried in: the results are of 34 applications
                return Findings.of(rule, instance, rule.severity(), FindingStatus.PASS, expression, sum, stated, List.of(), sentence,
                        head + "，为办理结果，含上年结转申请" + Wording.number(carriedIn) + "件的结果，不超过新收与结转之和",
                        "the items are results, which include those of applications carried in");
            }
            if (sum.compareTo(stated) > 0 && applications && twoDivisions(read, stated, carriedIn)) {
                // “共收到申请5件，其中自然人申请5件，予以公开5件”: by applicant, then by result (or manner), each within the whole
                return Findings.of(rule, instance, rule.severity(), FindingStatus.NOT_ASSESSABLE, expression, sum, stated, List.of(), sentence,
                        head + "，分项兼按申请人、办理结果或申请方式等不同口径列出，各自未超过总数，不作加总核对",
                        "the items divide the applications in more than one way (applicant, result, manner), each within the whole");
            }
            // a channel that carried all of them (“政府网站发布63条、“漕河镇发布”发布40条” of 63): the others are channels too
            if (sum.compareTo(stated) > 0 && (read.stream().filter(PartsSum::isChannel).count() >= 2 || read.stream().anyMatch(
                    item -> isChannel(item) && Sentence.number(item.number()).map(n -> n.compareTo(stated) == 0).orElse(false)))) {
                return Findings.of(rule, instance, rule.severity(), FindingStatus.NOT_ASSESSABLE, expression, sum, stated, List.of(), sentence,
                        head + "，分项为发布渠道，同一信息可在多个渠道发布，不作加总核对", "the items are channels, which may carry the same items");
            }
            if (sum.compareTo(stated) > 0) {
                return Findings.of(rule, instance, Severity.ERROR, FindingStatus.FAIL, expression, sum, stated, List.of(), sentence,
                        head + "，超过总数" + Wording.number(sum.subtract(stated)), "the parts add up to more than the whole");
            }
            if (sum.compareTo(stated) < 0 && exhaustive && items.otherUnit()) {
                return Findings.of(rule, instance, rule.severity(), FindingStatus.NOT_ASSESSABLE, expression, sum, stated, List.of(), sentence,
                        head + "，另有分项以其他单位计数，无法核对是否等于总数", "an item is counted in another unit");
            }
            if (sum.compareTo(stated) < 0 && exhaustive) {
                return Findings.of(rule, instance, Severity.WARNING, FindingStatus.FAIL, expression, sum, stated, List.of(), sentence,
                        head + "，比总数少" + Wording.number(stated.subtract(sum)) + "（分项含“其他”，应等于总数）",
                        "the parts, which include 其他, add up to less than the whole");
            }
            return Findings.of(rule, instance, rule.severity(), FindingStatus.PASS, expression, sum, stated, List.of(), sentence,
                    head + "，与总数" + Wording.number(stated) + (sum.compareTo(stated) == 0 ? "一致" : "不矛盾"), "the parts fit the whole");
        }
    }

    @Singleton
    static class Percent implements RuleCheck {

        /**
         * 80%, and 百分之八十, 百分之十二点五, 百分之百, 百分之80 (group 2); no 千 or 万, which no share of a whole needs (百分之一千 is a
         * growth).
         */
        private static final Pattern PERCENT = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)%|百分之([0-9]+(?:\\.[0-9]+)?|[零〇一二两三四五六七八九十百]+(?:点["
                + "零〇一二三四五六七八九]+)?)");
        /**
         * A percentage in words is read only where it ends its clause, as a share does: a word after it makes it an approximation
         * (百分之八十以上, 左右) or a figure of speech (“百分之百按时答复”, “百分之百全覆盖”), not a share.
         */
        private static final Pattern WORDS_AFTER = Pattern.compile("[^，,。；;、:)\\s]");
        private static final Pattern PART = Pattern.compile(N + "(条|件|期|篇|个|次|项)");
        private static final BigDecimal TOLERANCE = new BigDecimal("0.1");
        /** The most text read before a percentage for its part and whole (see {@link #nearby}). */
        private static final int NEARBY = 400;
        private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
        /** 率 (a rate), 较 增 减 降 升 (a change). */
        private static final String NOT_A_SHARE = "率较增减降升";

        @Override
        public String ruleId() {
            return "TXT_PERCENT";
        }

        @Override
        public List<Finding> check(RuleDefinition rule, ReportSnapshot report, ReportSnapshot previous) {
            List<Finding> findings = new ArrayList<>();
            List<Sentence> sentences = report.sentences();
            // in printed order, as findings are numbered: the sentences with either form
            java.util.BitSet withPercent = report.sentencesWithAny(List.of("%", "百分之"));
            for (int i = withPercent.nextSetBit(0); i >= 0; i = withPercent.nextSetBit(i + 1)) {
                String folded = sentences.get(i).folded();
                Matcher percent = PERCENT.matcher(folded);
                while (percent.find()) {
                    if (percent.group(2) != null && WORDS_AFTER.matcher(folded).region(percent.end(), folded.length()).lookingAt()) {
                        continue;
                    }
                    Finding finding = check(rule, sentences.get(i).source(), findings.size() + 1, sentences, i, percent);
                    if (finding != null) {
                        findings.add(finding);
                    }
                }
            }
            if (findings.isEmpty()) {
                findings.add(Findings.notAssessable(rule, "text", "正文未见可核对的百分比", "no checkable percentage in the text"));
            }
            return findings;
        }

        /**
         * Whether the words between a part and its percentage make it the part's share (“予以公开10件，占66.7%”, “15件（75%）”),
         * not a rate (“按时答复率100%”), a change (“同比增长25%”, “较上年下降10%”) or a measure of something else (“参训人员
         * 满意度达98%”), which no part/whole of the text gives: a share says 占, 比例 or 比重, or stands right after its part.
         */
        private static boolean isShare(String between) {
            boolean punctuation = true;
            for (int i = 0; i < between.length(); i++) {
                char c = between.charAt(i);
                if (NOT_A_SHARE.indexOf(c) >= 0) {
                    return false;
                }
                punctuation &= "，,、()：: ".indexOf(c) >= 0;
            }
            return !between.contains("同比") && (punctuation || between.contains("占") || between.contains("比例") || between.contains("比重"));
        }

        /**
         * Whether the words between the nearest count and its percentage name another part or a whole (“，网上申请占比”,
         * “，占已办结申请的”), so the nearest count may not be the part: words after 占 name a whole; words before it name
         * a part, unless they are the nearest count's own label (“不予公开5件，不予公开占50%”).
         */
        private static boolean namesAnotherPart(String before, int partAt, int partEnd) {
            String gap = before.substring(partEnd);
            int share = gap.indexOf('占');
            String label = (share < 0 ? gap : gap.substring(0, share)).replaceAll("[，,、()：: ]", "");
            String named = share < 0 ? "" : gap.substring(share + 1).replaceAll("^比|[，,、()：: 的]", "");
            if (!named.isEmpty()) {
                return true;
            }
            return !label.isEmpty() && !before.substring(0, partAt).endsWith(label);
        }

        /**
         * A part and whole among the counts before the percentage that give it, when the part right before and the
         * whole do not: “其中网上申请18件、当面申请2件，网上申请占比90%” (18 of 20), “已办结16件，其中予以公开12件，占已办结申请的75%”
         * (12 of 16). Null when none does; a part is smaller than its whole.
         */
        private static BigDecimal[] otherPair(List<BigDecimal> counts, BigDecimal stated, int decimals) {
            for (BigDecimal whole : counts) {
                for (BigDecimal part : counts) {
                    if (part.compareTo(whole) < 0 && whole.signum() > 0 && agrees(stated, part.multiply(HUNDRED).divide(whole, 6, RoundingMode.HALF_UP),
                            decimals)) {
                        return new BigDecimal[] { part, whole };
                    }
                }
            }
            return null;
        }

        /**
         * Where the text a percentage is read with starts: at most {@link #NEARBY} characters before {@code end}, and not inside
         * a number. Its part and whole stand within a sentence or two of it; reading all that precedes it in a sentence that
         * runs on for pages (a copy with no 。) made each percentage cost as much as the text, and the text's pairs of counts more.
         */
        private static int nearby(String text, int end) {
            int from = Math.max(0, end - NEARBY);
            while (from > 0 && from < end && (isAsciiDigit(text.charAt(from)) || PartsSum.isNumeral(text.charAt(from))
                    || text.charAt(from) == '.' || text.charAt(from) == ',')) {
                from++;
            }
            return from;
        }

        /** Whether the nearest count is a change (“予以公开16件，同比增加4件，占80%”): no part; the share is of a count before it. */
        private static boolean changeBefore(String before, int partAt) {
            return PartsSum.CHANGE.find(labelOf(before, partAt));
        }

        /**
         * Whether the part's clause names a sub-whole it is counted in (“网上申请中予以公开12件”): its share is of that, not of
         * the whole before 其中.
         */
        private static boolean ofSubWhole(String before, int partAt) {
            return labelOf(before, partAt).replace("其中", "").indexOf('中') >= 0;
        }

        /** The words of the count at {@code partAt}: back to the clause break or 、, at most a label's length. */
        private static String labelOf(String before, int partAt) {
            int from = partAt;
            while (from > 0 && partAt - from < PartsSum.LONGEST_LABEL && !Sentence.isClauseBreak(before.charAt(from - 1)) && before.charAt(from - 1) != '、') {
                from--;
            }
            return before.substring(from, partAt);
        }

        /** Where the last percentage in {@code before} after {@code from} ends; -1 when there is none. */
        private static int lastPercentEnd(String before, int from) {
            int end = -1;
            for (Matcher percent = PERCENT.matcher(before).region(Math.max(from, 0), before.length()); percent.find();) {
                end = percent.end();
            }
            return end;
        }

        private static boolean agrees(BigDecimal stated, BigDecimal exact, int decimals) {
            return stated.subtract(exact).abs().compareTo(TOLERANCE) <= 0 || stated.compareTo(exact.setScale(decimals, RoundingMode.HALF_UP)) == 0
                    || stated.compareTo(exact.setScale(decimals, RoundingMode.DOWN)) == 0;
        }

        private static Finding check(RuleDefinition rule, NarrativeText text, int number, List<Sentence> sentences, int index, Matcher percent) {
            Sentence sentence = sentences.get(index);
            String before = sentence.folded().substring(nearby(sentence.folded(), percent.start()), percent.start());
            Matcher part = PART.matcher(before);
            String partNumber = null;
            String unit = null;
            int partAt = -1;
            int partEnd = -1;
            int previousEnd = -1;
            String previousNumber = null;
            List<String[]> counts = new ArrayList<>();
            while (part.find()) {
                previousEnd = partEnd;
                previousNumber = partNumber;
                partNumber = part.group(1);
                unit = part.group(2);
                partAt = part.start();
                partEnd = part.end();
                counts.add(new String[] { partNumber, unit });
            }
            if (partNumber == null || changeBefore(before, partAt)) {
                return null;
            }
            // “予以公开10件，占全部20件的60%”: the count after 占 is the whole, the one before it the part; both stated
            BigDecimal namedWhole = null;
            String named = before.substring(Math.max(previousEnd, 0), partAt);
            // 占 in the whole's own clause (not “9件占75%，部分公开3件”, where it is the 9's)
            if (previousNumber != null && named.contains("占") && named.substring(named.lastIndexOf('占')).chars().noneMatch(c -> "%,，;；".indexOf(c) >= 0)
                    && counts.get(counts.size() - 2)[1].equals(unit)) {
                namedWhole = Sentence.number(partNumber).orElse(null);
                partNumber = previousNumber;
                partEnd = previousEnd;
            }
            boolean sameText = index > 0 && sentences.get(index - 1).source() == sentence.source();
            String previousSentence = sameText ? sentences.get(index - 1).folded() : "";
            String context = (before.length() < NEARBY ? previousSentence.substring(nearby(previousSentence, previousSentence.length())) : "")
                    + before.substring(0, partAt);
            BigDecimal total = null;
            for (PartsSum.Whole whole : PartsSum.wholes(context)) {
                if (whole.unit().equals(unit)) {
                    total = Sentence.number(whole.number()).orElse(null);
                }
            }
            boolean bareWhole = false;
            if (total == null && !ofSubWhole(before, partAt)) {
                // “收到申请20件，其中予以公开15件，占75%”: a whole without 共, where TXT_PARTS_SUM reads one (the count before 其中)
                int list = context.lastIndexOf("其中");
                PartsSum.Whole bare = list < 0 ? null : PartsSum.wholeBefore(context, list);
                if (bare != null && bare.unit().equals(unit) && PartsSum.plainCount(context, bare)) {
                    total = Sentence.number(bare.number()).orElse(null);
                    bareWhole = total != null;
                }
            }
            total = namedWhole != null ? namedWhole : total;
            BigDecimal partValue = Sentence.number(partNumber).orElse(null);
            // a percentage between the part and this one, then words, is the part's share (“其中政策解读15条，占23.1%，
            // 图文解读比例达到60%”): this one is of something the text does not count. A list of shares (“分别占75%、25%”) is read on
            int lastPercent = lastPercentEnd(before, partEnd);
            BigDecimal stated = percent.group(1) != null ? new BigDecimal(percent.group(1)) : Sentence.number(percent.group(2)).orElse(null);
            if (total == null || partValue == null || stated == null || total.signum() == 0 || !isShare(before.substring(partEnd))
                    || lastPercent > partEnd && !before.substring(lastPercent).chars().allMatch(c -> "、，, ".indexOf(c) >= 0)) {
                return null;
            }
            int decimals = Math.max(0, stated.scale());
            BigDecimal exact = partValue.multiply(HUNDRED).divide(total, 6, RoundingMode.HALF_UP);
            boolean holds = agrees(stated, exact, decimals);
            String instance = PartsSum.instance(text, number);
            // a whole named after 占 settles the pair; otherwise only words naming another part or whole leave it open
            if (!holds && namedWhole == null && namesAnotherPart(before, partAt, partEnd)) {
                String partUnit = unit;
                List<BigDecimal> sameUnit = new ArrayList<>();
                counts.stream().filter(count -> count[1].equals(partUnit)).forEach(count -> Sentence.number(count[0]).ifPresent(sameUnit::add));
                sameUnit.add(total);
                BigDecimal[] other = otherPair(sameUnit, stated, decimals);
                if (other == null && bareWhole) {
                    // the whole without 共 is only the count before 其中; words naming another part or whole may mean a sum of
                    // parts (“公开及部分公开的占75%”) or a base the text does not count (“占全部办结件数的83.3%”)
                    return Findings.of(rule, instance, rule.severity(), FindingStatus.NOT_ASSESSABLE, "? / ? × 100 = " + percent.group(),
                            stated, null, List.of(), sentence.ref(), "正文称占" + percent.group() + "，所指分项或总数不是紧邻的计数，无法确定",
                            "the share names a part or whole other than the nearest counts; cannot tell which");
                }
                if (other != null) {
                    // which counts the words mean is not read: that some pair gives the percentage does not make it right
                    return Findings.of(rule, instance, rule.severity(), FindingStatus.NOT_ASSESSABLE, "? / ? × 100 = " + percent.group(),
                            stated, null, List.of(), sentence.ref(), "正文称占" + percent.group() + "，所指分项或总数不是紧邻的计数（如按"
                                    + Wording.number(other[0]) + "/" + Wording.number(other[1]) + "则一致），无法确定",
                            "the share names a part or whole other than the nearest counts; cannot tell which");
                }
            }
            String computed = exact.setScale(Math.max(decimals, 1), RoundingMode.HALF_UP).toPlainString();
            return Findings.of(rule, instance, rule.severity(), holds ? FindingStatus.PASS : FindingStatus.FAIL,
                    Wording.number(partValue) + " / " + Wording.number(total) + " × 100 = " + percent.group(), stated, exact, List.of(),
                    sentence.ref(), "正文称占" + percent.group() + "，按" + Wording.number(partValue) + "/" + Wording.number(total) + "计算为"
                            + computed + "%" + (holds ? "，一致" : "，不一致"),
                    "stated " + percent.group() + ", computed " + computed + "%");
        }
    }
}
