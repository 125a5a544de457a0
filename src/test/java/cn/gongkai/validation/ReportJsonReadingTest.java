package cn.gongkai.validation;

import static cn.gongkai.support.Api.json;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.gongkai.support.Api;
import cn.gongkai.support.Draft;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;

/**
 * POST /validate reads the body token by token, looking for each row and value where the last one was found: a body in any
 * key order, of any shape, reads as the same report.
 */
@QuarkusTest
class ReportJsonReadingTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The demo report with failing cells, a printed mark and a failing sentence: a result with something in every part. */
    private static Draft failing() {
        return Draft.demo().cell("table3", "NEW", "NATURAL", 3).cell("table3", "R_GRANT", "BUSINESS", 2)
                .cell("table2", "ADMIN_FEE", "AMOUNT_WAN", new java.math.BigDecimal("1.50"))
                .cell("table2", "LICENSING", "DECISIONS", "5件").printed("table3", "CARRY_IN", "OTHER_ORG", "—")
                .cell("table3", "CARRY_IN", "OTHER_ORG", null).replace("/sections/part1/items/0/text", "其他信息16条", "其他信息15条");
    }

    private static String validate(String body) {
        return json().queryParam("include", "all").body(body).post("/validate").then().statusCode(200).extract().asString();
    }

    @Test
    void everyObjectsKeysInReverseOrderGiveTheSameResult() {
        Draft report = failing();
        String expected = validate(report.json());
        assertNotEquals(-1, expected.indexOf("\"status\":\"FAIL\""), "the result has failures to compare");
        assertEquals(expected, validate(reversed(report.tree()).toString()));

        Draft lastYear = Draft.demo().set("year", 2022).cell("table2", "LICENSING", "DECISIONS", 500);
        String wrapped = report.with(lastYear, "TOWNSHIP");
        String expectedWrapped = validate(wrapped);
        assertEquals(expectedWrapped, validate(reversed(Draft.of(wrapped).tree()).toString()));
        assertNotEquals(expected, expectedWrapped, "last year's report was read");
    }

    @Test
    void cellsSentInAnyOrderWithinARowOrAcrossRowsAreFound() {
        Draft report = failing();
        ObjectNode cells = (ObjectNode) report.tree().at("/sections/table3/cells");
        // rows shuffled, and one row's columns moved by one place: every value is found away from where the last one was
        List<String> rows = new ArrayList<>();
        cells.fieldNames().forEachRemaining(rows::add);
        Collections.shuffle(rows, new java.util.Random(7));
        ObjectNode shuffled = MAPPER.createObjectNode();
        for (String row : rows) {
            shuffled.set(row, cells.get(row));
        }
        ObjectNode natural = MAPPER.createObjectNode();
        ObjectNode newRow = (ObjectNode) cells.get("NEW");
        List<String> columns = new ArrayList<>();
        newRow.fieldNames().forEachRemaining(columns::add);
        Collections.rotate(columns, 1);
        columns.forEach(column -> natural.set(column, newRow.get(column)));
        shuffled.set("NEW", natural);
        String expected = validate(report.json());
        ((ObjectNode) report.tree().at("/sections/table3")).set("cells", shuffled);
        assertEquals(expected, validate(report.json()));
    }

    @Test
    void unknownSectionsRowsAndColumnsAreNamedInTheOrderSent() {
        Draft report = Draft.demo().cell("table3", "NEW", "BAR", 1).cell("table3", "FOO", "NATURAL", 1);
        ((ObjectNode) report.tree().get("sections")).putObject("table9");
        json().queryParam("include", "all").body(report.json()).post("/validate").then().statusCode(200)
                .body("findings.find { it.id == 'STR_TABLE_SHAPE:tables' }.status", equalTo("FAIL"))
                .body("findings.find { it.id == 'STR_TABLE_SHAPE:tables' }.message", equalTo("/sections/table9 is not a section of format "
                        + "national-2021；/sections/table3/cells/NEW/BAR is not a column of row NEW；/sections/table3/cells/FOO is not a row of table3"));
    }

    @Test
    void aRowThatIsNoObjectHoldsBlanksAndANullSectionIsAbsent() {
        Draft report = Draft.demo();
        ((ObjectNode) report.tree().at("/sections/table3/cells")).put("CARRY_IN", 5);
        ((ObjectNode) report.tree().get("sections")).putNull("table4");
        json().queryParam("include", "all").body(report.json()).post("/validate").then().statusCode(200)
                .body("findings.find { it.id == 'APP_NO_BLANK:table3' }.status", equalTo("FAIL"))
                .body("findings.find { it.id == 'APP_NO_BLANK:table3' }.cells.pointer",
                        hasItems("/sections/table3/cells/CARRY_IN/NATURAL", "/sections/table3/cells/CARRY_IN/TOTAL"))
                .body("findings.find { it.id == 'APP_NO_BLANK:table3' }.cells.pointer", not(hasItems("/sections/table3/cells/NEW/NATURAL")))
                .body("findings.find { it.id == 'STR_TABLE_SHAPE:tables' }.message", containsString("缺少表四"))
                .body("findings.find { it.id == 'STR_TABLE_SHAPE:tables' }.message", not(containsString("CARRY_IN")));
    }

    @Test
    void textsThatAreNoStringsAndItemsThatAreNoArrayAreEmpty() {
        // items as an object once answered 500; an item that is no object is an item with no text
        Draft report = Draft.demo();
        ((ObjectNode) report.tree().at("/sections/part5")).put("text", 12);
        ((ObjectNode) report.tree().at("/sections/part6")).set("items", MAPPER.createObjectNode().put("INFO_FEE", "未收取费用。"));
        json().queryParam("include", "all").body(report.json()).post("/validate").then().statusCode(200)
                .body("findings.find { it.id == 'STR_PART5_NONEMPTY:part5' }.status", equalTo("FAIL"))
                .body("findings.find { it.id == 'STR_PART6_FEE:INFO_FEE' }.status", equalTo("FAIL"));
        Draft withNullItem = Draft.demo();
        ((com.fasterxml.jackson.databind.node.ArrayNode) withNullItem.tree().at("/sections/part6/items")).insertNull(0);
        json().queryParam("include", "all").body(withNullItem.json()).post("/validate").then().statusCode(200)
                .body("findings.find { it.id == 'STR_PART6_ITEMS:part6' }.status", equalTo("PASS"));
    }

    @Test
    void malformedBodiesAreProblemsNamingWhatIsWrong() {
        String demo = Draft.demo().json();
        json().body(demo.replaceFirst("\"year\":2023", "\"year\":2023,\"year\":2024")).post("/validate").then().statusCode(400)
                .contentType(Api.PROBLEM_JSON).body("detail", containsString("year"));
        json().body(demo + " {}").post("/validate").then().statusCode(400).contentType(Api.PROBLEM_JSON);
        json().body("null").post("/validate").then().statusCode(400).contentType(Api.PROBLEM_JSON).body("errors[0].pointer", equalTo(""));
        json().body("{\"report\":null}").post("/validate").then().statusCode(400).body("errors[0].pointer", equalTo("/report"));
        json().body("{\"report\":" + demo + ",\"previous\":null}").post("/validate").then().statusCode(200)
                .body("previousYearCompared", equalTo(false));
    }

    /** A copy with the keys of every object in reverse order (arrays keep theirs: items are numbered). */
    private static JsonNode reversed(JsonNode node) {
        if (node.isArray()) {
            com.fasterxml.jackson.databind.node.ArrayNode copy = MAPPER.createArrayNode();
            node.forEach(element -> copy.add(reversed(element)));
            return copy;
        }
        if (!node.isObject()) {
            return node;
        }
        List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            fields.add(it.next());
        }
        Collections.reverse(fields);
        ObjectNode copy = MAPPER.createObjectNode();
        fields.forEach(field -> copy.set(field.getKey(), reversed(field.getValue())));
        return copy;
    }
}
