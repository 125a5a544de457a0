package cn.gongkai.validation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How a cell reads: NUMBER; BLANK (not reported); NOT_APPLICABLE (printed “-”, “/” or “—”); TEXT (not a number, "
        + "e.g. “500元”); MISSING (its table is absent).", example = "NUMBER")
public enum CellState {
    NUMBER, BLANK, NOT_APPLICABLE, TEXT, MISSING
}
