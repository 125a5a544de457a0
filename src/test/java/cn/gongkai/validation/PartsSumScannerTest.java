package cn.gongkai.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * TXT_PARTS_SUM reads “共…N条” and “label N条” with hand-written scanners for speed. They must find exactly
 * what the patterns that define them find: checked here on the example's list and on random text made of
 * the characters that matter (numbers, Chinese numerals, units, clause breaks, separators).
 */
class PartsSumScannerTest {

    private static final String N = Sentence.NUMBER;
    private static final String UNITS = "条件期篇个次项场份";
    private static final Pattern WHOLE = Pattern.compile("共[^，,。；;0-9零〇一二两三四五六七八九十百千万]{0,14}?" + N + "([" + UNITS + "])");
    private static final String ALPHABET = "共共共发布信息其他其它文件类0123456789,,.零一二两十百万条件期项个、，；。 ";
    private static final String NUMERALS = "零〇一二两三四五六七八九十百千万";
    /** A whole without 共: a count right before 其中 (a comma or colon between them at most), its number not inside another or after 第. */
    private static final Pattern WHOLE_BEFORE = Pattern.compile("(?<![0-9" + NUMERALS + "第.])" + N + "([" + UNITS + "])[,:]?\\z");
    /** A count before it, which makes the whole the list is of unclear. */
    private static final Pattern COUNT = Pattern.compile("[0-9" + NUMERALS + "] ?[" + UNITS + "]");
    private static final Pattern LABEL = Pattern.compile("[^,。;、:()\\n]{1,16}\\z");
    private static final String BEFORE_ALPHABET = "其中其中其中共发布信息第其他0123456789,,.零一二两十万条件期项、，；。 :(";

    @Test
    void theExampleListReadsAsItsNineItems() {
        List<TextChecks.PartsSum.Item> items = TextChecks.PartsSum.items(
                "镇街动态25条、政府工作报告落实6条、镇街文件6条、组织管理5条、招考录用4条、机构职能1条、部门财政预算1条、通知公告1条、其他信息16条。", '条');
        assertEquals(9, items.size());
        assertEquals(new TextChecks.PartsSum.Item("其他信息", "16"), items.get(8));
        assertEquals(List.of(new TextChecks.PartsSum.Whole(8, 14, "共发布65条", "65", "条")),
                TextChecks.PartsSum.wholes("本年度漕河镇通过共发布65条信息"));
    }

    @Test
    void aListIsReadAsReportsWriteIt() {
        // 1,100 is one number, not the items “…1” and “100条”
        assertEquals(List.of(new TextChecks.PartsSum.Item("政务动态", "1,100"), new TextChecks.PartsSum.Item("其他信息", "100")),
                TextChecks.PartsSum.items("政务动态1,100条、其他信息100条。", '条'));
        // the details in brackets belong to the item before them
        assertEquals(List.of("予以公开", "不予公开", "无法提供"), TextChecks.PartsSum.items("予以公开8件、不予公开3件(保护第三方合法权益2件、属于四类过程性信息1件)、无法提供2件。", '件')
                .stream().map(TextChecks.PartsSum.Item::label).toList());
        // a list enumerated with 、 ends at the comma: the carry-over after it is no item
        assertEquals(List.of("自然人", "法人或其他组织"), TextChecks.PartsSum.items("自然人14件、法人或其他组织1件,上年结转2件。", '件').stream()
                .map(TextChecks.PartsSum.Item::label).toList());
        // a list enumerated with commas goes on to the end of the sentence
        assertEquals(3, TextChecks.PartsSum.items("予以公开10件,部分公开2件,不予公开3件。", '件').size());
        // but not past a statement after it (另…), nor, with commas, past its 其他 item
        assertEquals(List.of("政务动态", "通知公告"), TextChecks.PartsSum.items("政务动态40条,通知公告25条,另转载信息3条。", '条').stream()
                .map(TextChecks.PartsSum.Item::label).toList());
        assertEquals(List.of("政务动态", "其他信息"), TextChecks.PartsSum.items("政务动态40条,其他信息25条,转载信息3条。", '条').stream()
                .map(TextChecks.PartsSum.Item::label).toList());
    }

    @Test
    void wholesAreWhatThePatternFinds() {
        Random random = new Random(20231231);
        int found = 0;
        for (int round = 0; round < 20_000; round++) {
            String text = randomText(random, 1 + random.nextInt(40));
            List<String> expected = new ArrayList<>();
            Matcher matcher = WHOLE.matcher(text);
            while (matcher.find()) {
                expected.add(matcher.start() + ":" + matcher.group() + ":" + matcher.group(1) + ":" + matcher.group(2));
            }
            List<String> actual = TextChecks.PartsSum.wholes(text).stream()
                    .map(whole -> whole.start() + ":" + whole.text() + ":" + whole.number() + ":" + whole.unit()).toList();
            assertEquals(expected, actual, text);
            found += expected.isEmpty() ? 0 : 1;
        }
        // the random texts must hold wholes often enough for the comparison to say something
        assertTrue(found > 1_000, "texts with a whole: " + found);
    }

    @Test
    void itemsAreWhatThePatternFinds() {
        Random random = new Random(42);
        int found = 0;
        for (int round = 0; round < 20_000; round++) {
            char unit = UNITS.charAt(random.nextInt(3));
            Pattern item = Pattern.compile("^([^0-9]{1,16}?)" + N + unit);
            String piece = randomText(random, 1 + random.nextInt(24)).replaceAll("[、，,；;。]", "");
            Matcher matcher = item.matcher(piece);
            TextChecks.PartsSum.Item expected = matcher.find() ? new TextChecks.PartsSum.Item(matcher.group(1), matcher.group(2)) : null;
            List<TextChecks.PartsSum.Item> actual = TextChecks.PartsSum.items(piece, unit);
            assertEquals(expected == null ? List.of() : List.of(expected), actual, piece);
            found += expected == null ? 0 : 1;
        }
        assertTrue(found > 500, "pieces with an item: " + found);
    }

    @Test
    void wholesWithoutGongAreWhatThePatternFinds() {
        Random random = new Random(63);
        int found = 0;
        for (int round = 0; round < 20_000; round++) {
            // half the texts random, half built as a count before 其中 with random words, numbers and units around it
            String text = round % 2 == 0 ? randomText(random, BEFORE_ALPHABET, 1 + random.nextInt(30))
                    : randomText(random, "发布信息第其他共,,。;、:( .0123456789零一二十万", random.nextInt(14)) + randomText(random, "0123456789,. 一二十万", 1 + random.nextInt(4))
                            + randomText(random, "条件期项个 ", 1) + randomText(random, ",:其", random.nextInt(2)) + "其中" + randomText(random, BEFORE_ALPHABET, random.nextInt(10));
            for (int at = text.indexOf("其中"); at >= 0; at = text.indexOf("其中", at + 1)) {
                String expected = wholeBefore(text.substring(0, at));
                TextChecks.PartsSum.Whole whole = TextChecks.PartsSum.wholeBefore(text, at);
                String actual = whole == null ? null : whole.start() + ":" + whole.text() + ":" + whole.number() + ":" + whole.unit();
                assertEquals(expected, actual, text + " at " + at);
                found += expected == null ? 0 : 1;
            }
        }
        assertTrue(found > 1_000, "wholes without 共: " + found);
    }

    @Test
    void wholesWithoutGongAsReportsWriteThem() {
        // on folded text, as the rule reads it: the commas are ASCII
        String text = "2023年,本机关主动公开政府信息63条,其中镇街动态25条、通知公告20条、其他信息18条。";
        assertEquals(new TextChecks.PartsSum.Whole(6, 20, "本机关主动公开政府信息63条", "63", "条"), TextChecks.PartsSum.wholeBefore(text, text.indexOf("其中")));
        // another count before: which one the list is of is unclear
        text = "新收申请10件,上年结转2件,其中予以公开8件、部分公开4件。";
        assertEquals(null, TextChecks.PartsSum.wholeBefore(text, text.indexOf("其中")));
        // an ordinal, and a number inside another
        text = "编印政务公开专刊第3期,其中政策解读2篇、工作动态5篇。";
        assertEquals(null, TextChecks.PartsSum.wholeBefore(text, text.indexOf("其中")));
        text = "网站访问量12万次,其中首页访问5万次、专栏访问7万次。";
        assertEquals(null, TextChecks.PartsSum.wholeBefore(text, text.indexOf("其中")));
    }

    /** The whole the patterns define before a 其中 that {@code prefix} is followed by, as “start:text:number:unit”. */
    private static String wholeBefore(String prefix) {
        Matcher number = WHOLE_BEFORE.matcher(prefix);
        if (!number.find() || COUNT.matcher(prefix.substring(0, number.start())).find()) {
            return null;
        }
        Matcher label = LABEL.matcher(prefix.substring(0, number.start()));
        if (!label.find()) {
            return null;
        }
        int end = number.end(2);
        return label.start() + ":" + prefix.substring(label.start(), end) + ":" + number.group(1) + ":" + number.group(2);
    }

    private static String randomText(Random random, int length) {
        return randomText(random, ALPHABET, length);
    }

    private static String randomText(Random random, String alphabet, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
