package cn.gongkai.validation;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A cell a finding rests on.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CellRef(
        @Schema(description = "JSON pointer of the cell in the report; previous: marks last year's report.",
                example = "/sections/table3/cells/NEW/TOTAL") String pointer,
        @Schema(description = "Its value; null when blank.", example = "12", nullable = true) BigDecimal value,
        @Schema(description = "How it reads.") CellState state,
        @Schema(description = "How it was printed, when that was not just the number.", example = "/", nullable = true) String printed) {

    static CellRef of(CellReading reading, boolean previous) {
        return new CellRef(previous ? "previous:" + reading.pointer() : reading.pointer(), reading.value(), reading.state(),
                reading.printed());
    }
}
