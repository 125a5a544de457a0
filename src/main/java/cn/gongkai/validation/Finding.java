package cn.gongkai.validation;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The result of one rule instance (e.g. APP_BALANCE on one column), pinned to the cells and text it rests on.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Finding(
        @Schema(description = "Finding id: ruleId:instance; stable between runs.", example = "APP_BALANCE:TOTAL") String id,
        @Schema(description = "Rule id.", example = "APP_BALANCE") String ruleId,
        @Schema(description = "What the instance ran on: a column, row, part or item key.", example = "TOTAL") String instance,
        @Schema(description = "Severity.") Severity severity,
        @Schema(description = "Category.") RuleCategory category,
        @Schema(description = "Outcome.") FindingStatus status,
        @Schema(description = "The expression checked, for this instance.",
                example = "table3/NEW/TOTAL + table3/CARRY_IN/TOTAL = table3/R_TOTAL/TOTAL + table3/CARRY_OUT/TOTAL") String expression,
        @Schema(description = "Left side, when the rule compares numbers.", example = "12", nullable = true) BigDecimal lhs,
        @Schema(description = "Right side.", example = "10", nullable = true) BigDecimal rhs,
        @Schema(description = "lhs − rhs.", example = "2", nullable = true) BigDecimal imbalance,
        @Schema(description = "Every cell involved, with its value.") List<CellRef> cells,
        @Schema(description = "For text rules: the sentence matched.") TextRef text,
        @Schema(description = "What a reviewer would write.", example = "表三（总计列）：本年新收+上年结转=12，办理结果总计+结转下年度=10，相差2") String message,
        @Schema(description = "The same in English.", example = "Table 3 (column 总计): new + carried in = 12, results total + carried out = 10, difference 2")
        String messageEn,
        @Schema(description = "Legal or format reference.", example = "表三表头：本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和") String reference,
        @Schema(description = "Hash of the cells and text the finding rests on; a reviewer's decision holds while it is unchanged.",
                example = "3f1c9a…") String fingerprint,
        @Schema(description = "A reviewer's decision, if any.") Decision decision) {

    Finding withSeverity(Severity severity) {
        return new Finding(id, ruleId, instance, severity, category, status, expression, lhs, rhs, imbalance, cells, text, message,
                messageEn, reference, fingerprint, decision);
    }

    Finding withDecision(Decision decision) {
        return new Finding(id, ruleId, instance, severity, category, status, expression, lhs, rhs, imbalance, cells, text, message,
                messageEn, reference, fingerprint, decision);
    }

    /** A failure that no current dismissal covers. */
    boolean counts() {
        return status == FindingStatus.FAIL && !(decision != null && decision.current() && decision.status() == Decision.DecisionStatus.DISMISSED);
    }
}
