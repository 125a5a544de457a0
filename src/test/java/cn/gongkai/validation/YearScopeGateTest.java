package cn.gongkai.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.regex.Matcher;

import org.junit.jupiter.api.Test;

/** TXT_YEAR_SCOPE searches a sentence only where it names a 20xx年 other than the report year: never where YEAR would find one. */
class YearScopeGateTest {

    private static final int NAMING_AT_LEAST = 200; // 298 with this seed

    @Test
    void noYearOtherThanTheReportsIsPassedOver() {
        Random random = new Random(20231231);
        // 2, 0 and 年 weighted: with the plain alphabet only 17 of the 200,000 texts named another year
        String alphabet = "2220000123年年年度1修订９《》a预算 ";
        int naming = 0;
        for (int n = 0; n < 200_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int length = random.nextInt(14); length > 0; length--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String sentence = text.toString();
            boolean other = false;
            for (Matcher year = TextScopeChecks.YearScope.YEAR.matcher(sentence); year.find();) {
                other |= Integer.parseInt(year.group(1)) != 2023;
            }
            if (other) {
                naming++;
                assertTrue(TextScopeChecks.YearScope.mayNameOtherYear(sentence, 2023), sentence);
            }
        }
        // enough sentences naming another year that the gate is really put to the test
        assertTrue(naming > NAMING_AT_LEAST, naming + " sentences name another year");
    }

    @Test
    void readsTheYearsAsYEARDoes() {
        assertFalse(TextScopeChecks.YearScope.mayNameOtherYear("2023年，本镇2023年度", 2023));
        assertFalse(TextScopeChecks.YearScope.mayNameOtherYear("12022年", 2023));
        assertTrue(TextScopeChecks.YearScope.mayNameOtherYear("自2021年起", 2023));
        assertTrue(TextScopeChecks.YearScope.mayNameOtherYear("2022年", 2023));
        assertEquals(false, TextScopeChecks.YearScope.mayNameOtherYear("2022", 2023));
    }
}
