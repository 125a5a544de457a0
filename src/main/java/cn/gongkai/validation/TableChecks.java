package cn.gongkai.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Singleton;

import cn.gongkai.agency.AgencyLevel;
import cn.gongkai.format.ColumnDefinition;

/** Table rules that need more than sums: who may report 规章, and the 万元 unit of the fee. */
final class TableChecks {

    private TableChecks() {
    }

    @Singleton
    static class RulesScope implements RuleCheck {

        private static final Set<AgencyLevel> RULE_MAKERS = EnumSet.of(AgencyLevel.PROVINCE_GOVERNMENT, AgencyLevel.CITY_GOVERNMENT,
                AgencyLevel.STATE_COUNCIL_DEPARTMENT);

        @Override
        public String ruleId() {
            return "ACT_RULES_SCOPE";
        }

        @Override
        public List<Finding> check(RuleDefinition rule, ReportSnapshot report, ReportSnapshot previous) {
            if (report.agencyLevel == null) {
                return List.of(Findings.notAssessable(rule, "RULES", "机关层级未知，无法判断其是否制定规章", "agency level unknown"));
            }
            if (!report.presentTables.contains("table2")) {
                return List.of(Findings.notAssessable(rule, "RULES", "表二缺失", "table 2 is missing"));
            }
            if (RULE_MAKERS.contains(report.agencyLevel)) {
                return List.of(Findings.of(rule, "RULES", FindingStatus.PASS, List.of(), null, "本机关可制定规章", "the agency may make rules"));
            }
            List<CellRef> cells = new ArrayList<>();
            boolean reported = false;
            for (ColumnDefinition column : report.format.section("table2").orElseThrow().blocks().get(0).columns()) {
                CellReading reading = report.cell("table2", "RULES", column.key());
                cells.add(CellRef.of(reading, false));
                reported |= reading.hasNumber() && reading.value().signum() != 0;
            }
            return List.of(reported
                    ? Findings.of(rule, "RULES", FindingStatus.FAIL, cells, null,
                            "表二（规章）：本机关（" + report.agencyLevel.label() + "）不制定规章，规章栏应为0",
                            "Table 2 (规章): a " + report.agencyLevel + " makes no 规章; the row should be 0")
                    : Findings.of(rule, "RULES", FindingStatus.PASS, cells, null, "表二（规章）：均为0", "Table 2 (规章): all 0"));
        }
    }

    @Singleton
    static class FeeUnit implements RuleCheck {

        private static final BigDecimal IMPLAUSIBLE_WAN = new BigDecimal("1000000");
        private static final Pattern YUAN = Pattern.compile(Sentence.NUMBER + "(?<!万)元");

        @Override
        public String ruleId() {
            return "ACT_FEE_UNIT";
        }

        @Override
        public List<Finding> check(RuleDefinition rule, ReportSnapshot report, ReportSnapshot previous) {
            CellReading fee = report.cell("table2", "ADMIN_FEE", "AMOUNT_WAN");
            if (fee.state() == CellState.MISSING || fee.state() == CellState.BLANK || fee.state() == CellState.NOT_APPLICABLE) {
                return List.of(Findings.notAssessable(rule, "AMOUNT_WAN", "表二行政事业性收费为空白，无法核对", "the fee cell is blank"));
            }
            List<CellRef> cells = List.of(CellRef.of(fee, false));
            String printed = fee.printed() == null ? "" : fee.printed();
            if (printed.contains("元") && !printed.contains("万元")) {
                return fail(rule, cells, null, "表二行政事业性收费填写为“" + printed + "”，单位应为万元", "the fee is printed in 元; the unit is 万元");
            }
            if (fee.value() != null && fee.value().compareTo(IMPLAUSIBLE_WAN) >= 0) {
                return fail(rule, cells, null, "表二行政事业性收费" + Wording.number(fee.value()) + "万元，疑似按元填写",
                        "the fee looks like 元 entered as 万元");
            }
            if (fee.value() != null && fee.value().signum() > 0) {
                for (Sentence sentence : report.sentences()) {
                    if (sentence.folded().indexOf('元') < 0) {
                        continue;
                    }
                    Matcher matcher = YUAN.matcher(sentence.folded());
                    while (matcher.find()) {
                        BigDecimal yuan = Sentence.number(matcher.group(1)).orElse(null);
                        if (yuan != null && yuan.compareTo(fee.value()) == 0) {
                            return fail(rule, cells, sentence.ref(), "表二行政事业性收费" + Wording.number(fee.value())
                                    + "万元与正文所述" + matcher.group() + "数值相同，疑似按元填写", "the fee equals a 元 amount in the text");
                        }
                    }
                }
            }
            return List.of(Findings.of(rule, "AMOUNT_WAN", FindingStatus.PASS, cells, null, "表二行政事业性收费以万元填写", "the fee is in 万元"));
        }

        private static List<Finding> fail(RuleDefinition rule, List<CellRef> cells, TextRef text, String message, String messageEn) {
            return List.of(Findings.of(rule, "AMOUNT_WAN", FindingStatus.FAIL, cells, text, message, messageEn));
        }
    }
}
