package cn.gongkai.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The 统计期限 as the importer and STR_STAT_PERIOD both read it, from the text as printed. */
class StatedPeriodTest {

    @Test
    void readsThePeriodHoweverItIsSpacedOrWritten() {
        for (String text : new String[] { "本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。", "统计期限自2023 年 1 月 1 日起至2023年12月31日止",
                "统计期限为二〇二三年一月一日至十二月三十一日", "统计期限自２０２３年１月１日起至２０２３年１２月３１日止" }) {
            assertTrue(StatedPeriod.find(text).orElseThrow().isCalendarYear(2023), text);
        }
        StatedPeriod half = StatedPeriod.find("统计期限自2023年1月1日起至2023年6月30日止").orElseThrow();
        assertEquals(LocalDate.of(2023, 6, 30), half.to());
        assertNull(StatedPeriod.find("统计期限自2023年2月30日起至2023年12月31日止").orElseThrow().from(), "no such day");
        assertTrue(StatedPeriod.find("本报告电子版可在门户网站查阅。").isEmpty());
    }
}
