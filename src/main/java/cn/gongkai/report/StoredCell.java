package cn.gongkai.report;

import java.math.BigDecimal;
import java.util.Objects;

import jakarta.persistence.Embeddable;

/** A stored cell: its number (null when blank) and, when the source printed something else, that text. */
@Embeddable
public class StoredCell {

    public BigDecimal value;

    public String printed;

    protected StoredCell() {
    }

    public StoredCell(BigDecimal value, String printed) {
        this.value = value;
        this.printed = printed;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StoredCell cell && Objects.equals(value, cell.value) && Objects.equals(printed, cell.printed);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, printed);
    }
}
