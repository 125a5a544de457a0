package cn.gongkai.validation;

import static cn.gongkai.common.ChineseText.isAsciiDigit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Singleton;

import cn.gongkai.agency.AgencyLevel;
import cn.gongkai.common.AnchoredFind;
import cn.gongkai.common.ChineseText;
import cn.gongkai.common.WordPattern;

/** Text rules about what the report covers: its year and area, and the 信息处理费 of part 六. */
final class TextScopeChecks {

    private TextScopeChecks() {
    }

    /** Part 六 item （一）, or all of part 六 where it has no items. */
    static List<NarrativeText> feeTexts(ReportSnapshot report) {
        return report.derived("part6.feeTexts", TextScopeChecks::findFeeTexts);
    }

    private static List<NarrativeText> findFeeTexts(ReportSnapshot report) {
        List<NarrativeText> part6 = report.narratives("part6");
        List<NarrativeText> item = new ArrayList<>(1);
        for (NarrativeText text : part6) {
            if ("INFO_FEE".equals(text.itemKey()) || (text.heading() != null && text.heading().contains("信息处理费"))) {
                item.add(text);
            }
        }
        return item.isEmpty() ? part6 : item;
    }

    @Singleton
    static class YearScope implements RuleCheck {

        /**
         * Not the year of a law's revision (“《条例》（2019年修订）”): that names the law, not the period reported. Nor the
         * year of a document published in the report's year: a budget, final accounts or an annual report of the year before
         * or after (“公开了2023年度部门预算、2022年度决算”, “发布2022年信息公开年报”).
         */
        static final Pattern YEAR = Pattern.compile("(?<![0-9])(20[0-9]{2})年(?!修订|修正|版|施行|颁布|印发"
                + "|度?(?:部门|财政|政府)?(?:预算|决算|预决算|[“\"]?三公[”\"]?经费)|度?(?:政府)?信息公开(?:工作)?年度?报)");
        /** Comparisons, plans, and a year something started in (“自2021年起每年举办…” speaks of this year too). */
        private static final Pattern EXEMPT = Pattern.compile("较|比|同比|相比|上年|去年|上一年|以来|至今|计划|将|下一步|明年|来年|年起(?!草|步)|年开始");
        /**
         * Not the 全 of 健全, 完全, 安全, 齐全, 周全 (“健全市场主体信息公示制度” names no 市), nor a wider area the agency stands in or
         * follows (“在全区政务公开考核中”, “按照全区统一部署”), or whose award it won (“荣获全市政务公开工作先进单位”, “被评为全市…”):
         * a department's or district's report speaks of its city so. A township's report, which names its district far more,
         * is read by {@link TownshipScope} instead.
         */
        private static final Pattern SCOPE = Pattern.compile("(?<![健完安齐周获]|在|按照|根据|参加|配合|评为)全(省|市|区|县|镇|乡|街道)");
        @Override
        public String ruleId() {
            return "TXT_YEAR_SCOPE";
        }

        @Override
        public List<Finding> check(RuleDefinition rule, ReportSnapshot report, ReportSnapshot previous) {
            List<Finding> findings = new ArrayList<>();
            findings.add(years(rule, report));
            findings.add(scope(rule, report));
            return findings;
        }

        private static Finding years(RuleDefinition rule, ReportSnapshot report) {
            // only sentences with a 20 can name a year 20xx年: found by one search of all the text, not by cutting and reading
            // every sentence of part 一
            for (int i : report.sentencesWith("20")) {
                Sentence sentence = report.sentences().get(i);
                if (!sentence.source().section().equals("part1") || !mayNameOtherYear(sentence.folded(), report.year)) {
                    continue;
                }
                AnchoredFind years = new AnchoredFind(YEAR, sentence.folded(), '2');
                while (years.find()) {
                    Matcher year = years.matcher();
                    if (Integer.parseInt(year.group(1)) != report.year && !EXEMPT.matcher(sentence.folded()).find()
                            && !inTitle(sentence.folded(), year.start())) {
                        return Findings.of(rule, "YEAR", FindingStatus.FAIL, List.of(), sentence.ref(),
                                "第一部分出现“" + year.group() + "”，与报告年度" + report.year + "年不符",
                                "part 一 names " + year.group(1) + ", not the report year " + report.year);
                    }
                }
            }
            return Findings.of(rule, "YEAR", FindingStatus.PASS, List.of(), null, "第一部分所述年份与报告年度一致", "years match the report");
        }

        /**
         * Whether {@code text} has a year 20xx年 other than {@code year} where {@link #YEAR} could match (no digit before it):
         * false means YEAR finds nothing to report, so a sentence naming only the report year is not searched.
         */
        static boolean mayNameOtherYear(String text, int year) {
            for (int at = text.indexOf('2'); at >= 0 && at + 4 < text.length(); at = text.indexOf('2', at + 1)) {
                if (text.charAt(at + 1) == '0' && isAsciiDigit(text.charAt(at + 2)) && isAsciiDigit(text.charAt(at + 3)) && text.charAt(at + 4) == '年'
                        && (at == 0 || !isAsciiDigit(text.charAt(at - 1)))
                        && 2000 + 10 * (text.charAt(at + 2) - '0') + (text.charAt(at + 3) - '0') != year) {
                    return true;
                }
            }
            return false;
        }

        /** Whether {@code at} is inside 《…》: a document's title (“《2021—2025年政务公开规划》”), not the text's own year. */
        private static boolean inTitle(String text, int at) {
            return text.lastIndexOf('《', at) > text.lastIndexOf('》', at);
        }

        private static Finding scope(RuleDefinition rule, ReportSnapshot report) {
            boolean township = report.agencyLevel == AgencyLevel.TOWNSHIP || report.agencyLevel == AgencyLevel.SUBDISTRICT;
            String own = AgencyName.ownUnit(report);
            if (own == null && !township) {
                return Findings.notAssessable(rule, "SCOPE", "无法从机关名称判断其地域层级", "the agency's area cannot be told from its name");
            }
            // a township named only by its level: which of 镇, 乡, 街道 it is is unknown, so only a wider area counts
            int ownRank = own == null ? 1 : AgencyName.rank(own);
            String level = own != null ? own : report.agencyLevel == AgencyLevel.SUBDISTRICT ? "街道" : "乡镇";
            township |= ownRank == 1;
            String place = township ? AgencyName.ownPlace(report) : null;
            for (int i : report.sentencesWith("全")) {
                Sentence sentence = report.sentences().get(i);
                AnchoredFind scopes = new AnchoredFind(township ? TownshipScope.WORD : SCOPE, sentence.folded(), '全');
                int[] mentions = null;
                boolean mentionsRead = false;
                while (scopes.find()) {
                    Matcher scope = scopes.matcher();
                    String unit = scope.group(1);
                    boolean other = own == null ? AgencyName.rank(unit) > ownRank : !unit.equals(own) && AgencyName.rank(unit) >= ownRank;
                    if (other && township && !mentionsRead) {
                        mentions = TownshipScope.ownMentions(sentence.folded(), place);
                        mentionsRead = true;
                    }
                    if (other && (!township || TownshipScope.claims(sentence.folded(), scope, mentions))) {
                        return Findings.of(rule, "SCOPE", FindingStatus.FAIL, List.of(), sentence.ref(),
                                "正文出现“" + scope.group() + "”，本机关所在层级为“" + level + "”，疑似套用其他报告",
                                "the text says " + scope.group() + " but the agency is at the level of " + level);
                    }
                }
            }
            return Findings.of(rule, "SCOPE", FindingStatus.PASS, List.of(), null, "正文地域口径与本机关一致", "scope words match the agency");
        }
    }

    @Singleton
    static class FeeStatement implements RuleCheck {

        private static final WordPattern FEE = WordPattern.compile("信息处理费|处理费|收费|费用");
        /**
         * Also “未向申请人收取”, “未实际收取”, “免收”, “免于收费”, “免除”, “不予收取”, “免费提供”, “一律免费”, “不涉及信息处理费收取”,
         * “不存在收取信息处理费的情况”, “收取总额为0”,
         * “收取情况：0”. 无 only
         * where it is the fee's own answer (“收取情况：无”, “无信息处理费收取情况”, “无收费”), not “无违规收费行为” or
         * “无因信息处理费引发的投诉”, which say nothing of the amount.
         */
        private static final WordPattern STATED = WordPattern.compile("未收取|没有收取|不(?:予)?收(?:取|费)|(?:未|没有)(?:产生|发生)|未收|零|免于?收|免除|不涉及|未涉及|不存在"
                + "|无(?:收|信息处理费|处理费|费用|任何费|此项|[。，,；;!]|$)|为0(?![0-9.])"
                // “未对申请人计收信息处理费”, “未征收信息处理费”
                + "|(?:未|没有)[^，,。；;]{0,8}?(?:计收|征收|收(?:取|费))"
                // “未对政府信息公开申请人收取任何费用”: the applicants named between the negation and the charge
                + "|(?:未|没有)[向对][^，,。；;]{0,12}?申请人收(?:取|费)"
                // “无需收取”, “不需要收取”; “收取信息处理费0次” counts none collected
                + "|无[需须]收|不需要?收|(?<![0-9.,])0(?:笔|次|件|项)"
                // “申请人无须缴纳信息处理费”: nothing to pay is nothing collected
                + "|无[需须][缴交]|不需要?[缴交]"
                // “收取信息处理费情况：0。”: zero as the answer after the colon; “均免费提供” (not any 免费: “免费咨询”)
                + "|:\\s*0(?![0-9.])|免费提供"
                // “信息处理费一律免费”, “均免费”: all of it free (not “免费咨询”, a service)
                + "|(?:均|一律|全部|全部为|均为)免费(?![咨服])");
        /**
         * An amount: apart from {@link #STATED} and tried only where 元 stands, since the number's class of ideographs is a
         * chain of tests at every position of the sentence (most of this rule's time when it was one pattern).
         */
        /**
         * A sentence about violations or complaints (“不存在违规收费行为”, “因信息处理费引发的投诉为0”, “无收费投诉”) says nothing of
         * what was collected, whatever negation or zero it holds; only an amount in it states the fee.
         */
        private static final WordPattern NOT_THE_AMOUNT = WordPattern.compile("违规|投诉|乱收|举报");
        private static final Pattern AMOUNT = Pattern.compile("(?<![0-9])0元|" + Sentence.NUMBER + "(万)?元");

        @Override
        public String ruleId() {
            return "TXT_FEE_STATEMENT";
        }

        /** The sentence that states the fee collected (an amount, or that none was); found once per report, two rules ask. */
        static Optional<Sentence> statement(ReportSnapshot report) {
            return report.derived("TXT_FEE_STATEMENT.statement", FeeStatement::find);
        }

        private static Optional<Sentence> find(ReportSnapshot report) {
            List<NarrativeText> texts = feeTexts(report);
            // every fee word has 费
            for (int i : report.sentencesWith("费")) {
                Sentence sentence = report.sentences().get(i);
                if (isOneOf(sentence.source(), texts) && states(sentence.folded(), sentence.folded())) {
                    return Optional.of(sentence);
                }
            }
            for (NarrativeText text : texts) {
                Optional<Sentence> answer = text.item() ? inHeading(text) : Optional.empty();
                if (answer.isPresent()) {
                    return answer;
                }
            }
            // the fee item's answer leaves the fee to its heading (“（一）收取信息处理费情况” then “2023年未收取。”): read the item's
            // own sentences against the heading; only part 六's, and only when no sentence names a fee
            for (NarrativeText text : texts) {
                if (text.item() && text.heading() != null && text.heading().contains("费")) {
                    String heading = ChineseText.fold(text.heading());
                    for (Sentence sentence : report.sentences("part6")) {
                        // a bare 无 stays the warning of onlyNone: it does not say 未收取
                        if (sentence.source() == text && !BARE_NONE.matcher(ChineseText.compact(sentence.folded())).matches()
                                && states(heading + sentence.folded(), sentence.folded())) {
                            return Optional.of(sentence);
                        }
                    }
                }
            }
            // a heading line in the text itself (“（一）收取信息处理费情况” then “本年度未收取。”) is a sentence of its own, as Sentence
            // ends a heading's line: read the line after it against it, as against an item's heading
            List<Sentence> part6 = report.sentences("part6");
            for (int i = 1; i < part6.size(); i++) {
                Sentence heading = part6.get(i - 1);
                Sentence sentence = part6.get(i);
                if (heading.source() == sentence.source() && heading.folded().endsWith("\n") && heading.folded().indexOf('费') >= 0
                        && isOneOf(sentence.source(), texts)
                        && states(heading.folded() + sentence.folded(), sentence.folded())) {
                    return Optional.of(sentence);
                }
            }
            // item （一） says nothing, but another item of part 六 states the fee (“（六）…本年度未收取政府信息公开信息处理费”): read
            // only a sentence that names 信息处理费, as an item about services may well say “不收取任何费用”
            for (int i : report.sentencesWith("信息处理费")) {
                Sentence sentence = report.sentences().get(i);
                if ("part6".equals(sentence.source().section()) && states(sentence.folded(), sentence.folded())) {
                    return Optional.of(sentence);
                }
            }
            return Optional.empty();
        }

        /** Whether {@code source} is one of {@code texts} (the same object): a loop, asked for every sentence with 费. */
        private static boolean isOneOf(NarrativeText source, List<NarrativeText> texts) {
            for (NarrativeText text : texts) {
                if (text == source) {
                    return true;
                }
            }
            return false;
        }

        /** Whether {@code sentence} speaks of the fee and {@code answer} (the sentence, or the words after a heading's colon) states it. */
        private static boolean states(String sentence, String answer) {
            return FEE.find(sentence) && (!NOT_THE_AMOUNT.find(sentence) && STATED.find(answer)
                    || answer.indexOf('元') >= 0 && AMOUNT.matcher(answer).find());
        }

        /**
         * A fee item whose heading carries its answer after a colon, its text left empty (“（一）收取信息处理费情况：本年度未收取”, as
         * an import takes a short line without 。 for a heading). The heading's words before the colon are no answer.
         */
        private static Optional<Sentence> inHeading(NarrativeText item) {
            String heading = item.heading();
            if (heading == null || heading.indexOf('：') < 0 && heading.indexOf(':') < 0) {
                return Optional.empty();
            }
            String pointer = item.pointer().substring(0, item.pointer().lastIndexOf('/')) + "/heading";
            for (Sentence sentence : Sentence.split(new NarrativeText(item.section(), true, item.itemKey(), heading, heading, pointer))) {
                String folded = sentence.folded();
                int colon = folded.indexOf(':');
                if (colon >= 0 && states(folded, folded.substring(colon + 1))) {
                    return Optional.of(sentence);
                }
            }
            return Optional.empty();
        }

        /**
         * Whether the fee item answers only 无 (“（一）收取信息处理费情况” then “无。”): it most likely means none was collected, as
         * “收取情况：无” does, but does not say so; a warning, not the error of a fee left unstated.
         */
        static boolean onlyNone(ReportSnapshot report) {
            for (NarrativeText text : feeTexts(report)) {
                if (text.item() && BARE_NONE.matcher(ChineseText.compact(text.text())).matches()) {
                    return true;
                }
            }
            return false;
        }

        /** “无。”, “暂无”, “本年度无。”: an answer of only 无 (an item's, or one sentence of it), perhaps after the year it speaks of. */
        private static final Pattern BARE_NONE = Pattern.compile("(?:本年度?|今年|[0-9]{4}年度?)?[,，]?暂?无[。.]?");

        @Override
        public List<Finding> check(RuleDefinition rule, ReportSnapshot report, ReportSnapshot previous) {
            List<NarrativeText> texts = feeTexts(report);
            if (texts.isEmpty()) {
                return List.of(Findings.of(rule, "part6", FindingStatus.FAIL, List.of(), null, "第六部分缺失，未报告信息处理费收取情况",
                        "part 六 is missing: no statement on the information processing fee"));
            }
            Optional<Sentence> statement = statement(report);
            if (statement.isPresent()) {
                return List.of(Findings.of(rule, "part6", FindingStatus.PASS, List.of(), statement.get().ref(), "第六部分已说明信息处理费收取情况",
                        "part 六 states the fee"));
            }
            if (onlyNone(report)) {
                return List.of(Findings.of(rule, "part6", Severity.WARNING, FindingStatus.FAIL, rule.expression(), null, null, List.of(), null,
                        "第六部分信息处理费事项仅写“无”，应写明“未收取信息处理费”或收取金额", "part 六's fee item says only 无"));
            }
            return List.of(Findings.of(rule, "part6", FindingStatus.FAIL, List.of(), null,
                    "第六部分未说明信息处理费收取情况（应写明收取金额或“未收取”）", "part 六 does not state the information processing fee collected"));
        }
    }

    @Singleton
    static class FeeConsistency implements RuleCheck {

        /**
         * Also “发出信息处理费收取通知1件，申请人逾期未缴费”, 交纳/交费 as reports also write 缴纳, and the 收费告知书 some offices send
         * instead of a 通知 (not any 告知书: 政府信息公开告知书 answers an application).
         */
        private static final Pattern MENTION = Pattern.compile("收费通知|缴费通知|收取通知|收费告知|收取告知|缴纳|缴费|交纳|交费|收取[^。；;]{0,20}?" + Sentence.NUMBER
                + "元");

        @Override
        public String ruleId() {
            return "TXT_FEE_CONSISTENCY";
        }

        @Override
        public List<Finding> check(RuleDefinition rule, ReportSnapshot report, ReportSnapshot previous) {
            CellReading unpaid = report.cell("table3", "R_OTHER_NO_FEE", "TOTAL");
            List<CellRef> cells = List.of(CellRef.of(unpaid, false));
            if (!unpaid.hasNumber()) {
                return List.of(Findings.of(rule, "R_OTHER_NO_FEE", FindingStatus.NOT_ASSESSABLE, cells, null,
                        "表三“逾期未按收费通知缴纳费用”总计为空白", "the cell is blank"));
            }
            if (unpaid.value().compareTo(BigDecimal.ZERO) == 0) {
                return List.of(Findings.of(rule, "R_OTHER_NO_FEE", FindingStatus.PASS, cells, null, "本年未因逾期未缴费终止处理申请",
                        "no application was closed for an unpaid fee"));
            }
            for (Sentence sentence : report.sentences("part6")) {
                if (MENTION.matcher(sentence.folded()).find()) {
                    return List.of(Findings.of(rule, "R_OTHER_NO_FEE", FindingStatus.PASS, cells, sentence.ref(), "第六部分已说明收费情况",
                            "part 六 explains the fees"));
                }
            }
            return List.of(Findings.of(rule, "R_OTHER_NO_FEE", FindingStatus.FAIL, cells, null,
                    "表三有" + Wording.number(unpaid.value()) + "件申请因逾期未缴费不再处理，第六部分未说明收费通知或收费情况",
                    Wording.number(unpaid.value()) + " application(s) closed for unpaid fees, but part 六 mentions no fee notice"));
        }
    }
}
