package cn.gongkai.validation;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A reviewer's decision on a finding. It holds while the cells and text the finding rests on are unchanged (current = true).")
public record Decision(
        @Schema(description = "CONFIRMED or DISMISSED.", example = "DISMISSED") DecisionStatus status,
        @Schema(description = "Why.", example = "两件申请系联合申请，分别计入自然人与法人列，经核实无误。") String reason,
        @Schema(description = "When it was made.", example = "2026-11-26T08:00:00Z") Instant decidedAt,
        @Schema(description = "Whether the finding still rests on the same cells and text; a stale decision no longer applies.", example = "true")
        boolean current) {

    @Schema(description = "A reviewer's decision.", example = "DISMISSED")
    public enum DecisionStatus {
        CONFIRMED, DISMISSED
    }
}
