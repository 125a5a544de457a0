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
}
