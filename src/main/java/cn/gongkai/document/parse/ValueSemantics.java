package cn.gongkai.document.parse;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a printed table cell was read as (FORMAT.md §9). */
@Schema(description = "What a table cell was read as: NUMBER (a number other than 0, possibly with a unit or thousands separators), "
        + "ZERO (0), BLANK (empty), NOT_APPLICABLE ('-', '/', '—'), TEXT (cannot be read as a number of the cell's type: stored "
        + "blank with the printed text, never as 0), MISSING (the document has no such cell: table or row not found, or too few cells).",
        example = "ZERO")
public enum ValueSemantics {
    NUMBER, ZERO, BLANK, NOT_APPLICABLE, TEXT, MISSING
}
