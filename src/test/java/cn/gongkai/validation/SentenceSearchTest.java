package cn.gongkai.validation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.gongkai.format.Format;
import cn.gongkai.format.FormatCatalogue;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The keyword search the narrative rules share: the same sentences a search of each sentence would find. */
class SentenceSearchTest {

    private static final Format FORMAT = new FormatCatalogue().find("national-2021").orElseThrow();

    @Test
    void findsEachSentenceOnceInPrintedOrderAndNothingAcrossABoundary() throws Exception {
        ObjectNode report = new ObjectMapper().createObjectNode();
        ObjectNode sections = report.putObject("sections");
        sections.putObject("part1").put("text", "  本年共收到申请3件，其中申请人为自然人的申请2件。无申\n\n请。未收到\n申请。\n\n");
        sections.putObject("part5").put("text", "（一）存在问题：申请处理不及时；共1项！");
        ReportSnapshot snapshot = ReportSnapshot.read(new ObjectMapper().treeToValue(report, ReportJson.class), FORMAT, 2023, "某局", null, null);
        List<Sentence> sentences = snapshot.sentences();

        assertEquals(List.of("  本年共收到申请3件,其中申请人为自然人的申请2件。", "无申\n", "请。", "未收到\n申请。", "(一)存在问题:申请处理不及时;",
                "共1项!"),
                sentences.stream().map(Sentence::folded).toList());
        for (String keyword : List.of("申请", "共", "申\n请", "申\n\n请", "到\n申", "件。", "!", "不存在")) {
            int[] expected = java.util.stream.IntStream.range(0, sentences.size())
                    .filter(i -> sentences.get(i).folded().contains(keyword)).toArray();
            assertArrayEquals(expected, snapshot.sentencesWith(keyword), keyword);
        }
    }
}
