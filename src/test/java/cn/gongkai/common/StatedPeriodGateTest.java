package cn.gongkai.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** StatedPeriod.find looks only at texts holding a wording's first character and a 日: a 日 that folding makes counts too. */
class StatedPeriodGateTest {

    @Test
    void aDayWrittenWithTheKangxiRadicalIsStillRead() {
        // U+2F47 KANGXI RADICAL SUN folds to 日, as PDF extraction writes it
        assertTrue(StatedPeriod.find("统计期限自2023年1月1\u2F47起至2023年12月31\u2F47止").orElseThrow().isCalendarYear(2023));
        assertTrue(StatedPeriod.find("所列数据自2023年1月1\u2F47至12月31\u2F47").orElseThrow().isCalendarYear(2023));
        assertTrue(StatedPeriod.find("内容涵盖漕河镇2023年1月1日至12月31日期间的工作").orElseThrow().isCalendarYear(2023));
    }

    @Test
    void aTextWithoutAWordingsFirstCharacterOrADayStatesNone() {
        assertTrue(StatedPeriod.find("期限自2023年1月1日起至2023年12月31日止").isEmpty());
        assertTrue(StatedPeriod.find("统计期限自2023年1月起至2023年12月止").isEmpty());
    }

    @Test
    void theGateSaysTheSameOfATextAsPrintedAndFolded() {
        // STR_STAT_PERIOD asks it of the preamble as printed before splitting and folding it: no character folds to a wording's first
        // character or to 日 but ⽇, which it looks for too
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            for (String text : new String[] { "统" + c, c + "日", "内容涵盖" + c, String.valueOf(c) }) {
                assertEquals(StatedPeriod.mayState(ChineseText.fold(text)), StatedPeriod.mayState(text), "U+" + Integer.toHexString(c));
            }
        }
    }
}
