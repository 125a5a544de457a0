package cn.gongkai.validation;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One rule of the catalogue (src/main/resources/validation/rules.json). COMPARE rules are declared
 * entirely here, over catalogue keys, and evaluated by one engine; CELLS rules apply a value check to
 * every cell of a table; CHECK rules name a rule implemented in code (text and structure heuristics).
 */
@Schema(name = "Rule", description = "A consistency rule of the format (勾稽关系), with its id, severity, readable expression and reference.")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record RuleDefinition(
        @Schema(description = "Rule id, as in the format description.", example = "APP_BALANCE") String id,
        @Schema(description = "How it is evaluated: COMPARE (declared sums), CELLS (a check on every cell), CHECK (in code).", example = "COMPARE") String kind,
        @Schema(description = "Severity of a failure.") Severity severity,
        @Schema(description = "Category.") RuleCategory category,
        @Schema(description = "Title in Chinese.", example = "表三各列：新收+上年结转=办理结果总计+结转下年度") String titleZh,
        @Schema(description = "Title in English.", example = "Table 3, every column: new + carried in = results total + carried out") String titleEn,
        @Schema(description = "The rule in readable form.", example = "T3[NEW][c] + T3[CARRY_IN][c] = T3[R_TOTAL][c] + T3[CARRY_OUT][c], for every column c") String expression,
        @Schema(description = "Legal or format reference.", example = "表三表头：本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和") String reference,
        @Schema(description = "Format versions it applies to.", example = "[\"national-2021\", \"trial-2019\"]") List<String> formats,
        @Schema(description = "COMPARE: what the rule runs over: the columns or rows of a table, or listed keys.") ForEach forEach,
        @Schema(description = "COMPARE without forEach: the name of its single instance.", example = "RV") String instance,
        @Schema(description = "COMPARE: cells summed on the left: section/row/column, {column} or {row} for the forEach variable, "
                + "previous: for last year's report, a trailing ? for cells only some formats have.", example = "[\"table3/NEW/{column}\", \"table3/CARRY_IN/{column}\"]") List<String> lhs,
        @Schema(description = "COMPARE: = or >=.", example = "=") String op,
        @Schema(description = "COMPARE: cells summed on the right.", example = "[\"table3/R_TOTAL/{column}\", \"table3/CARRY_OUT/{column}\"]") List<String> rhs,
        @Schema(description = "COMPARE: the left side in words (Chinese).", example = "本年新收+上年结转") String lhsLabelZh,
        @Schema(description = "COMPARE: the right side in words (Chinese).", example = "办理结果总计+结转下年度") String rhsLabelZh,
        @Schema(description = "COMPARE: the left side in words (English).", example = "new + carried in") String lhsLabelEn,
        @Schema(description = "COMPARE: the right side in words (English).", example = "results total + carried out") String rhsLabelEn,
        @Schema(description = "Severity of particular instances, by forEach value.", example = "{\"TOTAL\": \"ERROR\"}") Map<String, Severity> severityFor,
        @Schema(description = "CELLS: the table checked.", example = "table3") String section,
        @Schema(description = "CELLS: VALUE_TYPE (the column's value type) or NOT_BLANK.", example = "NOT_BLANK") String check) {

    public Severity severityOf(String instance) {
        return severityFor != null && severityFor.containsKey(instance) ? severityFor.get(instance) : severity;
    }

    public boolean appliesTo(String formatId) {
        return formats.contains(formatId);
    }

    @Schema(description = "What a COMPARE rule runs over.")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record ForEach(
            @Schema(description = "Every column of this table; variable {column}.", example = "table3") String columnsOf,
            @Schema(description = "Every row of this table; variable {row}.", example = "table3") String rowsOf,
            @Schema(description = "These keys.", example = "[\"RULES\", \"NORMATIVE\"]") List<String> values,
            @Schema(description = "Variable name for values.", example = "row") String var) {
    }
}
