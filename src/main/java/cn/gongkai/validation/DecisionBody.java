package cn.gongkai.validation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.gongkai.common.PlainText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A reviewer's decision on a failing finding.")
public record DecisionBody(
        @Schema(description = "CONFIRMED or DISMISSED.") @NotNull Decision.DecisionStatus status,
        @Schema(description = "Why; required.", example = "两件申请为同一申请人就同一事项的补正，经核实计数无误。", maxLength = 2000)
        @NotBlank @Size(max = 2000) @PlainText(multiline = true) String reason) {
}
