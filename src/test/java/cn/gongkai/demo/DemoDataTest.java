package cn.gongkai.demo;

import static cn.gongkai.support.Api.json;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.gongkai.support.CatalogueTables;
import cn.gongkai.support.SharedFiles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The demo report, as the API serves it, against the published text in ../shared (caohe-2023.txt):
 * every table cell in printed order, and every paragraph in document order.
 */
@QuarkusTest
class DemoDataTest {

    private static final List<String> PART_HEADINGS = List.of("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
            "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项");

    @Test
    void theDemoAgencyIsTheTownship() {
        json().queryParam("name", "漕河镇").get("/agencies").then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].name", equalTo("济宁市兖州区漕河镇人民政府"))
                .body("items[0].divisionCode", equalTo("370812"))
                .body("items[0].level", equalTo("TOWNSHIP"))
                .body("items[0].scope", equalTo("AGENCY"));
    }

    @Test
    void everyTableCellIsAsPrinted() {
        JsonPath report = demoReport();
        List<String> lines = SharedFiles.exampleReport().lines().toList();
        assertCellsAsPrinted(report, "table2", numbersBetween(lines, PART_HEADINGS.get(1), PART_HEADINGS.get(2)), 10);
        assertCellsAsPrinted(report, "table3", numbersBetween(lines, PART_HEADINGS.get(2), PART_HEADINGS.get(3)), 175);
        assertCellsAsPrinted(report, "table4", numbersBetween(lines, PART_HEADINGS.get(3), PART_HEADINGS.get(4)), 15);
    }

    @Test
    void everyParagraphIsAsPrinted() {
        JsonPath report = demoReport();
        List<String> lines = SharedFiles.exampleReport().lines().toList();
        assertEquals(lines.get(0) + lines.get(1), report.getString("title"), "the title is printed over two lines");

        List<String> expected = new ArrayList<>();
        boolean inTables = false;
        for (String line : lines.subList(2, lines.size())) {
            if (PART_HEADINGS.contains(line)) {
                // parts 二–四 of this report hold only tables; their cells and broken labels are not paragraphs
                inTables = line.startsWith("二") || line.startsWith("三") || line.startsWith("四");
                expected.add(line);
            } else if (!inTables && !line.isBlank() && !line.startsWith("\t") && !line.startsWith("[image:")) {
                expected.add(line);
            }
        }
        List<String> served = new ArrayList<>(List.of(report.getString("preamble").split("\n")));
        for (String key : List.of("part1", "part2", "part3", "part4", "part5", "part6")) {
            Map<String, Object> section = report.getMap("sections." + key);
            served.add((String) section.get("heading"));
            addParagraphs(served, (String) section.get("text"));
            @SuppressWarnings("unchecked")
            List<Map<String, String>> items = (List<Map<String, String>>) section.getOrDefault("items", List.of());
            for (Map<String, String> item : items) {
                served.add(item.get("heading"));
                addParagraphs(served, item.get("text"));
            }
        }
        assertEquals(expected, served);
        assertEquals(5, report.getList("sections.part1.items").size());
        assertEquals(7, report.getList("sections.part6.items").size());
    }

    @Test
    void theCatalogueLabelsAreThoseOfTheRealDocument() {
        String flattened = SharedFiles.exampleReport().replaceAll("\\[bookmark: \\w+\\]", "").replaceAll("[\\t\\n]", "");
        List<Map<String, Object>> rows = json().get("/formats/national-2021").jsonPath()
                .getList("sections.find { it.key == 'table3' }.blocks[0].rows");
        for (Map<String, Object> row : rows) {
            assertTrue(flattened.contains((String) row.get("label")), "label " + row.get("label") + " is printed in the example");
        }
    }

    private static void addParagraphs(List<String> into, String text) {
        if (text != null && !text.isEmpty()) {
            into.addAll(List.of(text.split("\n")));
        }
    }

    private static JsonPath demoReport() {
        long id = json().queryParam("name", "济宁市兖州区漕河镇人民政府").get("/agencies").jsonPath().getLong("items[0].id");
        return json().get("/agencies/" + id + "/years/2023").then().statusCode(200).body("format", equalTo("national-2021"))
                .extract().jsonPath();
    }

    /** Numbers printed as table cells (tab-indented lines) between two headings, in document order. */
    private static List<BigDecimal> numbersBetween(List<String> lines, String from, String to) {
        return lines.subList(lines.indexOf(from), lines.indexOf(to)).stream()
                .filter(line -> line.matches("\\t[0-9]+(\\.[0-9]+)?"))
                .map(line -> new BigDecimal(line.trim()))
                .toList();
    }

    private static void assertCellsAsPrinted(JsonPath report, String table, List<BigDecimal> printed, int count) {
        List<CatalogueTables.Cell> cells = CatalogueTables.cells("national-2021", table);
        assertEquals(count, cells.size());
        assertEquals(count, printed.size(), table + " prints " + count + " numbers");
        for (int i = 0; i < count; i++) {
            CatalogueTables.Cell cell = cells.get(i);
            Object value = report.get("sections." + table + ".cells." + cell.row() + "." + cell.column());
            assertEquals(0, printed.get(i).compareTo(new BigDecimal(String.valueOf(value))), cell.key());
        }
    }
}
