package cn.gongkai.validation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** AgencyName looks for the words that name no place (社区, 城市 …) only where one of their characters is next to the unit. */
class AgencyNameWordGateTest {

    private static final int IN_WORDS_AT_LEAST = 10_000; // 18,347 with this seed

    @Test
    void noUnitInsideAWordIsPassedOver() {
        Random random = new Random(13);
        String alphabet = "省市区县镇乡街道社小园超域城都场政村州兖漕";
        int inWords = 0;
        for (int n = 0; n < 200_000; n++) {
            StringBuilder name = new StringBuilder();
            for (int length = 1 + random.nextInt(10); length > 0; length--) {
                name.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = name.toString();
            for (int at = 0; at < text.length(); at++) {
                for (String unit : new String[] { "省", "市", "区", "县", "镇", "乡", "街道" }) {
                    if (text.startsWith(unit, at) && AgencyName.inAnyWord(text, at, unit)) {
                        inWords++;
                        assertTrue(AgencyName.mayBeInWord(text, at, unit), text + " at " + at);
                    }
                }
            }
        }
        // enough units inside a word that the gate is really put to the test
        assertTrue(inWords > IN_WORDS_AT_LEAST, inWords + " units inside a word");
    }
}
