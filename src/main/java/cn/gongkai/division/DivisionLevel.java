package cn.gongkai.division;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Level of an administrative division: PROVINCE 省级 (code xx0000), CITY 地级 (xxxx00), COUNTY 县级 (any other).",
        example = "COUNTY")
public enum DivisionLevel {
    PROVINCE(2, "省"), CITY(4, "市"), COUNTY(6, "县");

    private final int prefixLength;
    private final String label;

    DivisionLevel(int prefixLength, String label) {
        this.prefixLength = prefixLength;
        this.label = label;
    }

    /** Digits of the code that all its sub-divisions and agencies share. */
    public int prefixLength() {
        return prefixLength;
    }

    public String label() {
        return label;
    }

    /** The level a GB/T 2260 code's shape implies. */
    public static DivisionLevel ofCode(String code) {
        if (code.endsWith("0000")) {
            return PROVINCE;
        }
        return code.endsWith("00") ? CITY : COUNTY;
    }
}
