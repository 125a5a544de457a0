package cn.gongkai.document;

import static cn.gongkai.support.Api.createAgency;
import static cn.gongkai.support.Api.uniqueName;
import static cn.gongkai.support.Documents.content;
import static cn.gongkai.support.Documents.importDocument;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.gongkai.support.Documents;
import cn.gongkai.support.ExampleFixtures;
import cn.gongkai.support.SharedFiles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Hand-made .docx and HTML renderings of the example, and text variants with the artefacts of real
 * documents (FORMAT.md §9), imported (dry run) against the demo report and the catalogue.
 */
@QuarkusTest
class RealDocumentImportTest {

    private static final String EXAMPLE = SharedFiles.exampleReport();

    @Test
    void aDocxWithRealTablesImportsCellExact() {
        byte[] docx = ExampleFixtures.docx(ExampleFixtures.pieces(EXAMPLE));
        JsonPath result = dryRun(docx, Documents.DOCX);
        assertEquals(content(TextImportTest.demoReport()), content(result.getMap("report")));
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document", result.getString("parse.mediaType"));
    }

    @Test
    void anHtmlPageWithNbspCellsAndANavigationLineImportsCellExact() {
        String html = ExampleFixtures.html(ExampleFixtures.pieces(EXAMPLE));
        JsonPath result = dryRun(html.getBytes(StandardCharsets.UTF_8), "text/html");
        assertEquals(content(TextImportTest.demoReport()), content(result.getMap("report")));
        assertTrue(result.getList("parse.unrecognised", String.class).get(0).contains("首页"), "the portal's navigation is not the report");
    }

    @Test
    void fullWidthDigitsRadicalsPageNumbersSeparatorsMarksAndATypoAreReadAsPrinted() {
        String variant = EXAMPLE
                .replace("一、总体情况\n", "\u2F00、总体情况\n- 4 -\n")                           // Kangxi radical ⼀, a page number
                .replace("\t（一）予以公开\n\t0\n", "\t（一）予以公开\n\t１２\n")                  // full-width digits
                .replace("\t二、上年结转政府信息公开申请数量\n\t0\n", "\t二、上年结转政府信息公开申请数量\n\t1,234\n") // thousands separator
                .replace("\t行政许可\n\t0\n", "\t行政许可\n\t-\n")                                // not applicable
                .replace("\t行政处罚\n\t0\n", "\t行政处罚\n\t/\n")
                .replace("\t行政强制\n\t0\n", "\t行政强制\n\t约3\n")                              // unreadable: never 0
                .replace("\t行政事业性收费\n\t0\n", "\t行政事业性收费\n\t500元\n")                   // unit suffix
                .replace("5.属于三类内部事务信息", "5.属于三类内容事务信息");                       // typo (FORMAT.md §4)
        JsonPath result = dryRun(variant.getBytes(StandardCharsets.UTF_8), Documents.TEXT);
        assertEquals("一、总体情况", result.getString("report.sections.part1.heading"));
        assertTrue(result.getList("parse.removedArtefacts", String.class).contains("page number - 4 -"));
        assertCell(result, "table3.R_GRANT.NATURAL", "１２", "NUMBER", 12, null);
        assertCell(result, "table3.CARRY_IN.NATURAL", "1,234", "NUMBER", 1234, "1,234");
        assertCell(result, "table2.LICENSING.DECISIONS", "-", "NOT_APPLICABLE", null, "-");
        assertCell(result, "table2.PENALTY.DECISIONS", "/", "NOT_APPLICABLE", null, "/");
        assertCell(result, "table2.COERCION.DECISIONS", "约3", "TEXT", null, "约3");
        assertCell(result, "table2.ADMIN_FEE.AMOUNT_WAN", "500元", "NUMBER", 500, "500元");
        assertNull(result.get("report.sections.table2.cells.COERCION.DECISIONS"), "an unreadable cell is stored blank, not 0");
        assertEquals("约3", result.getString("report.sections.table2.printed.COERCION.DECISIONS"));
        Map<String, Object> typo = result.getMap("parse.labels.find { it.key == 'table3.R_DENY_INTERNAL' }");
        assertEquals("5.属于三类内容事务信息", typo.get("found"));
        assertEquals(false, typo.get("exact"));
        List<String> codes = result.getList("parse.warnings.code");
        assertTrue(codes.containsAll(List.of("CELL_UNREADABLE", "CELL_UNIT", "LABEL_LOOSE")), codes.toString());
    }

    @Test
    void aTableAsOneRowPerLineAndAMissingTableAreRead() {
        int start = EXAMPLE.indexOf("四、政府信息公开行政复议、行政诉讼情况");
        int end = EXAMPLE.indexOf("五、存在的主要问题及改进情况");
        // 表四 as PDF text gives it: headers on lines, the 15 values on one line
        String onePerLine = EXAMPLE.substring(0, start) + "四、政府信息公开行政复议、行政诉讼情况\n行政复议 行政诉讼\n"
                + "0 0 0 0 0 0 0 0 0 0 0 0 0 0 7\n" + EXAMPLE.substring(end);
        JsonPath read = dryRun(onePerLine.getBytes(StandardCharsets.UTF_8), Documents.TEXT);
        assertEquals(7, read.getInt("report.sections.table4.cells.CASES.LA_TOTAL"));
        assertEquals("", read.getString("report.sections.part4.text"), "the header line is not a paragraph");

        String withoutTable = EXAMPLE.substring(0, start) + "四、政府信息公开行政复议、行政诉讼情况\n[image: table4-scan]\n" + EXAMPLE.substring(end);
        JsonPath missing = dryRun(withoutTable.getBytes(StandardCharsets.UTF_8), Documents.TEXT);
        assertNull(missing.get("report.sections.table4"));
        assertTrue(missing.getList("parse.warnings.code").contains("TABLE_MISSING"));
        List<String> readAs = missing.getList("parse.cells.findAll { it.cell.startsWith('table4.') }.readAs");
        assertEquals(15, readAs.size());
        assertTrue(readAs.stream().allMatch("MISSING"::equals));
    }

    @Test
    void tabSeparatedRowsAsCopiedFromWordAreRead() {
        StringBuilder rows = new StringBuilder();
        for (ExampleFixtures.Piece piece : ExampleFixtures.pieces(EXAMPLE)) {
            if (piece instanceof ExampleFixtures.Line line) {
                rows.append(line.text()).append('\n');
            } else if (piece instanceof ExampleFixtures.Grid grid) {
                grid.rows().forEach(row -> rows.append(String.join("\t", row).replace("\n", "")).append("\t\n"));
            }
        }
        JsonPath result = dryRun(rows.toString().getBytes(StandardCharsets.UTF_8), Documents.TEXT);
        assertEquals(content(TextImportTest.demoReport()), content(result.getMap("report")));
    }

    @Test
    void theHybridFormatIsDetectedAndItsSingleRowGoesToTheResidualRow() {
        int start = EXAMPLE.indexOf("\t（六）其他处理");
        int end = EXAMPLE.indexOf("\t（七）总计");
        String hybrid = EXAMPLE.substring(0, start) + "\t（六）其他处理\n\t5\n\t0\n\t0\n\t0\n\t0\n\t0\n\t5\n\n\t\n" + EXAMPLE.substring(end);
        JsonPath result = dryRun(hybrid.getBytes(StandardCharsets.UTF_8), Documents.TEXT);
        assertEquals("hybrid", result.getString("parse.detectedFormat"));
        assertEquals("national-2021", result.getString("report.format"));
        assertEquals(5, result.getInt("report.sections.table3.cells.R_OTHER_OTHER.NATURAL"));
        assertNull(result.get("report.sections.table3.cells.R_OTHER_NO_CORRECTION.NATURAL"), "sub-rows the document lacks stay blank");
        assertTrue(result.getList("parse.warnings.code").contains("FORMAT_HYBRID"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theTrialFormatIsDetectedFromItsTableLabels() {
        // the example with 表二 and the （六） row as the 2019 trial format prints them, written out from the catalogue as Word extracts a table
        List<Map<String, Object>> blocks = io.restassured.RestAssured.get("/formats/trial-2019").jsonPath()
                .getList("sections.find { it.key == 'table2' }.blocks");
        StringBuilder table2 = new StringBuilder();
        for (Map<String, Object> block : blocks) {
            table2.append('\t').append(block.get("label")).append("\n\n\t信息内容\n");
            List<Map<String, Object>> columns = (List<Map<String, Object>>) block.get("columns");
            columns.forEach(column -> table2.append('\t').append(column.get("label")).append('\n'));
            for (Map<String, Object> row : (List<Map<String, Object>>) block.get("rows")) {
                table2.append("\n\t").append(row.get("label")).append('\n').append("\t0\n".repeat(columns.size()));
            }
            table2.append('\n');
        }
        String trial = EXAMPLE.substring(0, EXAMPLE.indexOf("\t第二十条第（一）项")) + table2 + EXAMPLE.substring(EXAMPLE.indexOf("三、收到和处理"));
        trial = trial.substring(0, trial.indexOf("\t（六）其他处理")) + "\t（六）其他处理\n" + "\t0\n".repeat(7) + "\n\t\n"
                + trial.substring(trial.indexOf("\t（七）总计"));
        JsonPath result = dryRun(trial.getBytes(StandardCharsets.UTF_8), Documents.TEXT);
        assertEquals("trial-2019", result.getString("parse.detectedFormat"));
        assertEquals("trial-2019", result.getString("report.format"));
        assertEquals(0, result.getInt("report.sections.table2.cells.PROCUREMENT.PROJECTS"));
        assertEquals(0, result.getInt("report.sections.table3.cells.R_OTHER_UNSPLIT.TOTAL"));
        assertTrue(result.getList("parse.formatEvidence").contains("对外公开总数量"));
        assertEquals(List.of(), result.getList("parse.cells.findAll { it.readAs == 'MISSING' }"));
    }

    private static void assertCell(JsonPath result, String cell, String raw, String readAs, Integer value, String printed) {
        Map<String, Object> report = result.getMap("parse.cells.find { it.cell == '" + cell + "' }");
        assertEquals(raw, report.get("raw"), cell);
        assertEquals(readAs, report.get("readAs"), cell);
        String[] key = cell.split("\\.");
        Object stored = result.get("report.sections." + key[0] + ".cells." + key[1] + "." + key[2]);
        assertEquals(value, stored == null ? null : ((Number) stored).intValue(), cell);
        assertEquals(printed, result.get("report.sections." + key[0] + ".printed." + key[1] + "." + key[2]), cell);
    }

    private static JsonPath dryRun(byte[] content, String contentType) {
        long agency = createAgency(uniqueName("夹具镇"), "370812");
        return importDocument(agency, 2023, content, contentType, true).then().statusCode(200).extract().jsonPath();
    }

}
