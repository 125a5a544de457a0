package cn.gongkai.document.parse;

import java.math.BigDecimal;

/** A printed cell, read: the value to store (null = blank), the printed text to keep, and any problem. */
record CellReading(String raw, ValueSemantics semantics, BigDecimal value, String printed, String problem) {
}
