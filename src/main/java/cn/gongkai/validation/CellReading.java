package cn.gongkai.validation;

import java.math.BigDecimal;

/** A cell as the rules see it. {@code value} is set for NUMBER, and for TEXT when a number can be read out of it. */
record CellReading(String pointer, CellState state, BigDecimal value, String printed) {

    /** The value arithmetic may use: numbers only, never a blank read as 0. */
    boolean hasNumber() {
        return state == CellState.NUMBER;
    }
}
