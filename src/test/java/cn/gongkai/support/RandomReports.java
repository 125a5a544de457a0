package cn.gongkai.support;

import static cn.gongkai.support.Api.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Randomly filled reports for round trips, built from the served catalogue (sections, items, cells,
 * value types) and the example report's own paragraphs; every kind of cell: numbers, 0, blank,
 * '/', '-', '—', thousands separators, signed changes and 万元 decimals.
 */
public final class RandomReports {

    private RandomReports() {
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> report(String formatId, String agencyName, int year, Random random) {
        Map<String, Object> format = json().get("/formats/" + formatId).then().statusCode(200).extract().jsonPath().getMap("");
        List<String> pool = sentences();
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("format", formatId);
        report.put("title", agencyName + year + "年政府信息公开工作年度报告");
        report.put("preamble", String.join("\n", pick(pool, 1 + random.nextInt(3), random)));
        Map<String, Object> sections = new LinkedHashMap<>();
        for (Map<String, Object> section : (List<Map<String, Object>>) format.get("sections")) {
            String key = (String) section.get("key");
            if ("TABLE".equals(section.get("kind"))) {
                sections.put(key, table(section, random));
                continue;
            }
            Map<String, Object> part = new LinkedHashMap<>();
            List<String> variants = (List<String>) section.getOrDefault("headingVariants", List.of());
            part.put("heading", !variants.isEmpty() && random.nextBoolean() ? variants.get(random.nextInt(variants.size())) : section.get("heading"));
            part.put("text", String.join("\n", pick(pool, random.nextInt(3), random)));
            List<Map<String, Object>> defined = (List<Map<String, Object>>) section.getOrDefault("items", List.of());
            List<Map<String, Object>> items = new ArrayList<>();
            int count = defined.isEmpty() ? random.nextInt(3) : defined.size();
            for (int i = 0; i < count; i++) {
                Map<String, Object> item = new LinkedHashMap<>();
                String numbering = "（" + "一二三四五六七八九".charAt(i) + "）";
                if (defined.isEmpty()) {
                    item.put("heading", numbering + "工作情况" + (i + 1));
                } else {
                    item.put("key", defined.get(i).get("key"));
                    item.put("heading", random.nextBoolean() ? defined.get(i).get("heading") : numbering + "落实情况" + (i + 1));
                }
                item.put("text", String.join("\n", pick(pool, 1 + random.nextInt(3), random)));
                items.add(item);
            }
            if (!items.isEmpty()) {
                part.put("items", items);
            }
            sections.put(key, part);
        }
        report.put("sections", sections);
        return report;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> table(Map<String, Object> section, Random random) {
        Map<String, Map<String, Object>> cells = new LinkedHashMap<>();
        Map<String, Map<String, String>> printed = new LinkedHashMap<>();
        for (Map<String, Object> cell : (List<Map<String, Object>>) section.get("cells")) {
            String row = (String) cell.get("row");
            String column = (String) cell.get("column");
            Object value;
            String mark = null;
            switch (random.nextInt(8)) {
                case 0 -> value = 0;
                case 1 -> value = null;
                case 2 -> {
                    value = null;
                    mark = List.of("/", "-", "—").get(random.nextInt(3));
                }
                case 3 -> {
                    value = 1000 + random.nextInt(9000);
                    mark = String.format("%,d", (Integer) value);
                }
                default -> value = number((String) cell.get("type"), random);
            }
            cells.computeIfAbsent(row, key -> new LinkedHashMap<>()).put(column, value);
            if (mark != null) {
                printed.computeIfAbsent(row, key -> new LinkedHashMap<>()).put(column, mark);
            }
        }
        Map<String, Object> table = new LinkedHashMap<>();
        table.put("cells", cells);
        if (!printed.isEmpty()) {
            table.put("printed", printed);
        }
        return table;
    }

    private static Object number(String type, Random random) {
        return switch (type) {
            case "SIGNED_COUNT" -> random.nextInt(41) - 20;
            case "AMOUNT_WAN", "AMOUNT" -> BigDecimal.valueOf(random.nextInt(1_000_000), random.nextInt(5));
            default -> 1 + random.nextInt(300);
        };
    }

    /** The example report's narrative sentences (lines ending in 。), as a pool of realistic paragraphs. */
    private static List<String> sentences() {
        return SharedFiles.exampleReport().lines().filter(line -> !line.startsWith("\t") && line.endsWith("。") && line.length() > 10)
                .toList();
    }

    private static List<String> pick(List<String> pool, int count, Random random) {
        List<String> picked = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            picked.add(pool.get(random.nextInt(pool.size())));
        }
        return picked;
    }
}
