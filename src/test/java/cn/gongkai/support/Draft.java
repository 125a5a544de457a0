package cn.gongkai.support;

import java.math.BigDecimal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A report JSON to change and send: starts from the demo report as GET returns it. */
public final class Draft {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final ObjectNode report;

    private Draft(ObjectNode report) {
        this.report = report;
    }

    /** The demo report (漕河镇 2023), as served. */
    public static Draft demo() {
        long id = Api.json().queryParam("name", "济宁市兖州区漕河镇人民政府").get("/agencies").jsonPath().getLong("items[0].id");
        return of(Api.json().get("/agencies/" + id + "/years/2023").then().statusCode(200).extract().asString());
    }

    public static Draft of(String json) {
        try {
            return new Draft((ObjectNode) MAPPER.readTree(json));
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public Draft copy() {
        return new Draft(report.deepCopy());
    }

    public Draft cell(String table, String row, String column, Object value) {
        ObjectNode cells = (ObjectNode) report.with("sections").with(table).with("cells").with(row);
        if (value == null) {
            cells.putNull(column);
        } else if (value instanceof String text) {
            cells.put(column, text);
        } else {
            cells.put(column, new BigDecimal(value.toString()));
        }
        return this;
    }

    /** Sets several cells of one row and its TOTAL column, e.g. row("NEW", "NATURAL", 3). */
    public Draft applicant(String row, String column, int value) {
        cell("table3", row, column, value);
        return cell("table3", row, "TOTAL", value);
    }

    public Draft printed(String table, String row, String column, String text) {
        ((ObjectNode) report.with("sections").with(table).with("printed").with(row)).put(column, text);
        return this;
    }

    /** Replaces the text at a pointer such as /sections/part1/items/1/text. */
    public Draft text(String pointer, String text) {
        int slash = pointer.lastIndexOf('/');
        ((ObjectNode) report.at(pointer.substring(0, slash))).put(pointer.substring(slash + 1), text);
        return this;
    }

    public Draft replace(String pointer, String from, String to) {
        String current = report.at(pointer).asText();
        if (!current.contains(from)) {
            throw new IllegalArgumentException(pointer + " does not contain " + from);
        }
        return text(pointer, current.replace(from, to));
    }

    public Draft set(String field, Object value) {
        report.set(field, MAPPER.valueToTree(value));
        return this;
    }

    public Draft removeSection(String key) {
        ((ObjectNode) report.get("sections")).remove(key);
        return this;
    }

    public Draft removeItem(String section, int index) {
        ((ArrayNode) report.at("/sections/" + section + "/items")).remove(index);
        return this;
    }

    public ObjectNode tree() {
        return report;
    }

    public String json() {
        return report.toString();
    }

    /** {"report": this, "previous": previous, "agencyLevel": level} (nulls left out). */
    public String with(Draft previous, String agencyLevel) {
        return with(previous, agencyLevel, null);
    }

    /** {"report": this, "previous": previous, "agencyLevel": level, "scope": scope} (nulls left out). */
    public String with(Draft previous, String agencyLevel, String scope) {
        ObjectNode body = MAPPER.createObjectNode();
        body.set("report", report);
        if (previous != null) {
            body.set("previous", previous.report);
        }
        if (agencyLevel != null) {
            body.put("agencyLevel", agencyLevel);
        }
        if (scope != null) {
            body.put("scope", scope);
        }
        return body.toString();
    }

    public JsonNode at(String pointer) {
        return report.at(pointer);
    }
}
