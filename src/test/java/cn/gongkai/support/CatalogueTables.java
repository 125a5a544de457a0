package cn.gongkai.support;

import static cn.gongkai.support.Api.json;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Builds table section bodies from the served catalogue, so tests never spell out rows and columns by hand. */
public final class CatalogueTables {

    /** A catalogue cell as served by GET /formats/{id}. */
    public record Cell(String key, String row, String column, String type) {
    }

    private CatalogueTables() {
    }

    public static List<Cell> cells(String formatId, String sectionKey) {
        List<Map<String, String>> cells = json().get("/formats/" + formatId).then().statusCode(200).extract().jsonPath()
                .getList("sections.find { it.key == '" + sectionKey + "' }.cells");
        return cells.stream().map(cell -> new Cell(cell.get("key"), cell.get("row"), cell.get("column"), cell.get("type"))).toList();
    }

    /** {"cells": {row: {column: value}}} with a value for every cell of the table. */
    public static Map<String, Object> filled(String formatId, String sectionKey, Function<Cell, Object> value) {
        Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
        for (Cell cell : cells(formatId, sectionKey)) {
            rows.computeIfAbsent(cell.row(), row -> new LinkedHashMap<>()).put(cell.column(), value.apply(cell));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("cells", rows);
        return body;
    }
}
