package cn.gongkai.format;

import static cn.gongkai.support.Api.json;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import cn.gongkai.support.Api;
import cn.gongkai.support.SharedFiles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class FormatResourceTest {

    @Test
    void listsBothFormatVersions() {
        json().get("/formats").then().statusCode(200)
                .body("id", equalTo(List.of("national-2021", "trial-2019")))
                .body("find { it.id == 'national-2021' }.basis", equalTo("国办公开办函〔2021〕30号"))
                .body("find { it.id == 'national-2021' }.cellCount", equalTo(10 + 175 + 15))
                .body("find { it.id == 'trial-2019' }.lastYear", equalTo(2020));
    }

    @Test
    void national2021HasTheSixPartsAndThreeTablesInPrintedOrder() {
        JsonPath format = json().get("/formats/national-2021").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("part1", "part2", "table2", "part3", "table3", "part4", "table4", "part5", "part6"),
                format.getList("sections.key"));
        assertEquals(List.of("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"),
                format.getList("sections.findAll { it.kind == 'NARRATIVE' }.heading"));
        assertEquals(7, format.getList("sections.find { it.key == 'part6' }.items").size());
        assertEquals("（一）依据《政府信息公开信息处理费管理办法》收取信息处理费的情况需在此专门报告",
                format.getString("sections.find { it.key == 'part6' }.items[0].heading"));
        assertEquals(true, format.getBoolean("sections.find { it.key == 'part6' }.items[0].required"));
    }

    @Test
    void table2HasFourArticle20BlocksSixRowsAndTheWanYuanDecimal() {
        JsonPath format = json().get("/formats/national-2021").then().extract().jsonPath();
        String table = "sections.find { it.key == 'table2' }";
        assertEquals(List.of("第二十条第（一）项", "第二十条第（五）项", "第二十条第（六）项", "第二十条第（八）项"),
                format.getList(table + ".blocks.label"));
        assertEquals(List.of("规章", "行政规范性文件", "行政许可", "行政处罚", "行政强制", "行政事业性收费"),
                format.getList(table + ".blocks.rows.flatten().label"));
        assertEquals(List.of("本年制发件数", "本年废止件数", "现行有效件数"), format.getList(table + ".blocks[0].columns.label"));
        assertEquals(10, format.getList(table + ".cells").size());
        assertEquals("AMOUNT_WAN", format.getString(table + ".cells.find { it.key == 'table2.ADMIN_FEE.AMOUNT_WAN' }.type"));
        assertEquals("本年收费金额（单位：万元）", format.getString(table + ".blocks[3].columns[0].label"));
        assertEquals("/sections/table2/cells/RULES/ISSUED", format.getString(table + ".cells[0].pointer"));
    }

    /** The catalogue's 表三 rows and columns are checked against FORMAT.md §4, key by key and label by label. */
    @Test
    void table3RowsAndColumnsAreExactlyThoseOfTheFormatDescription() {
        JsonPath format = json().get("/formats/national-2021").then().extract().jsonPath();
        String block = "sections.find { it.key == 'table3' }.blocks[0]";
        String section4 = between(SharedFiles.formatDescription(), "## 4. Table 三", "## 5. Table 四");
        Map<String, String> rows = keyedLabels(section4, "\\| `([A-Z_]+)` \\| ([^|]+?) \\|");
        assertEquals(25, rows.size(), "FORMAT.md §4 lists 25 value rows");
        assertEquals(List.copyOf(rows.keySet()), format.getList(block + ".rows.key"));
        assertEquals(List.copyOf(rows.values()), format.getList(block + ".rows.label"));
        Map<String, String> columns = keyedLabels(section4, "\\| c\\d \\| (?:[^|→]+→ )?([^|]+?) \\| `([A-Z_]+)` \\|");
        assertEquals(List.of("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"),
                List.copyOf(columns.keySet()), "labels");
        assertEquals(List.copyOf(columns.values()), format.getList(block + ".columns.key"));
        assertEquals(List.copyOf(columns.keySet()), format.getList(block + ".columns.label"));
        assertEquals(175, format.getList("sections.find { it.key == 'table3' }.cells").size());
        assertEquals("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
                format.getString("sections.find { it.key == 'table3' }.note"));
        assertEquals(List.of("三、本年度办理结果", "（三）不予公开"),
                format.getList(block + ".rows.find { it.key == 'R_DENY_SECRET' }.groups"));
        assertEquals(List.of("申请人情况", "法人或其他组织"), format.getList(block + ".columns.find { it.key == 'LEGAL_SERVICE' }.groups"));
    }

    @Test
    void table4HasFifteenCellsInThreeGroups() {
        JsonPath format = json().get("/formats/national-2021").then().extract().jsonPath();
        String section5 = between(SharedFiles.formatDescription(), "## 5. Table 四", "## 6.");
        Matcher keys = Pattern.compile("`([A-Z]{2}_[A-Z]+)`").matcher(section5);
        List<String> expected = keys.results().map(match -> match.group(1)).toList();
        assertEquals(15, expected.size());
        String block = "sections.find { it.key == 'table4' }.blocks[0]";
        assertEquals(expected, format.getList(block + ".columns.key"));
        assertEquals(List.of("行政复议"), format.getList(block + ".columns[4].groups"));
        assertEquals(List.of("行政诉讼", "复议后起诉"), format.getList(block + ".columns[14].groups"));
        assertEquals("总计", format.getString(block + ".columns[14].label"));
        assertEquals(false, format.getBoolean(block + ".rows[0].labelPrinted"));
    }

    @Test
    void trial2019HasItsOwnTable2AndASingleOtherHandlingRow() {
        JsonPath format = json().get("/formats/trial-2019").then().statusCode(200).extract().jsonPath();
        String table2 = "sections.find { it.key == 'table2' }";
        assertEquals(List.of("ART20_1", "ART20_5", "ART20_6", "ART20_8", "ART20_9"), format.getList(table2 + ".blocks.key"));
        assertEquals(List.of("本年新制作数量", "本年新公开数量", "对外公开总数量"), format.getList(table2 + ".blocks[0].columns.label"));
        assertEquals("SIGNED_COUNT", format.getString(table2 + ".cells.find { it.key == 'table2.LICENSING.CHANGE' }.type"));
        assertEquals("政府集中采购", format.getString(table2 + ".blocks[4].rows[0].label"));
        String rows = "sections.find { it.key == 'table3' }.blocks[0].rows";
        assertEquals(23, format.getList(rows).size());
        json().get("/formats/trial-2019").then().body(rows + ".key", hasItems("R_OTHER_UNSPLIT"));
    }

    @Test
    void unknownFormatIsAProblem() {
        json().get("/formats/national-2030").then().statusCode(404).contentType(Api.PROBLEM_JSON)
                .body("status", equalTo(404)).body("type", equalTo("urn:gongkai:problem:not-found"));
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        return text.substring(from, text.indexOf(end, from));
    }

    private static Map<String, String> keyedLabels(String text, String regex) {
        Map<String, String> result = new LinkedHashMap<>();
        Pattern.compile(regex).matcher(text).results().forEach(match -> result.put(match.group(1), match.group(2).trim()));
        return result;
    }
}
