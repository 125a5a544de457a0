package cn.gongkai.document.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import cn.gongkai.common.TextRules;
import cn.gongkai.format.PrintedMarks;
import cn.gongkai.format.ValueType;

/** A cell's printed form is always one storage accepts: an import must never fail on how a cell was typed. */
class CellReaderTest {

    @Test
    void thePrintedFormIsAlwaysStorableAsOneLine() {
        for (String raw : new String[] { "500\t元", "500\u000B元", "50\r0元", "不\u0007适用", " 1,234\n 元 ", "无".repeat(200), "𠀀".repeat(100) }) {
            String printed = CellReader.read(raw, ValueType.COUNT).printed();
            if (printed != null) {
                assertEquals(Optional.empty(), TextRules.problem(printed, false), raw);
                assertTrue(printed.length() <= PrintedMarks.MAX_LENGTH, raw);
            }
        }
        assertEquals("500 元", CellReader.read("500\u000B元", ValueType.COUNT).printed());
    }

    /** Any whitespace a cell was typed with, not only ASCII: Word puts en spaces and ideographic spaces in tables. */
    @Test
    void whitespaceInsideANumberIsIgnored() {
        for (String raw : new String[] { "12", " 1 2 ", "1\u20022", "１２", "1\u30002", "\u200312\u2003" }) {
            CellReading reading = CellReader.read(raw, ValueType.COUNT);
            assertEquals(ValueSemantics.NUMBER, reading.semantics(), raw);
            assertEquals(new java.math.BigDecimal("12"), reading.value(), raw);
        }
        CellReading withUnit = CellReader.read("3\u2002件", ValueType.COUNT);
        assertEquals(new java.math.BigDecimal("3"), withUnit.value());
    }
}
