package cn.gongkai.support;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.restassured.response.Response;

/** Import and export through the HTTP API, and the report shapes tests compare. */
public final class Documents {

    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String TEXT = "text/plain; charset=utf-8";

    private Documents() {
    }

    /** Posts a document; text types without a charset are declared UTF-8 (RestAssured would otherwise declare ISO-8859-1). */
    public static Response importDocument(long agencyId, int year, byte[] content, String contentType, boolean dryRun) {
        String declared = contentType.startsWith("text/") && !contentType.contains("charset") ? contentType + "; charset=utf-8" : contentType;
        return given().contentType(declared).body(content).accept("application/json")
                .queryParam("dryRun", dryRun).post("/agencies/" + agencyId + "/years/" + year + "/import");
    }

    public static Response importText(long agencyId, int year, String text) {
        return importDocument(agencyId, year, text.getBytes(StandardCharsets.UTF_8), TEXT, false);
    }

    public static byte[] export(long agencyId, int year, String mediaType) {
        return given().accept(mediaType).get("/agencies/" + agencyId + "/years/" + year).then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith(mediaType)).extract().asByteArray();
    }

    /** What a report says, without who, when and the keys the API adds: title, preamble, format and sections as written. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> content(Map<String, Object> report) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("format", report.get("format"));
        content.put("title", report.get("title"));
        content.put("preamble", report.get("preamble"));
        Map<String, Object> sections = new LinkedHashMap<>();
        ((Map<String, Map<String, Object>>) report.get("sections")).forEach((key, section) -> {
            Map<String, Object> copy = new LinkedHashMap<>(section);
            copy.remove("lastModified");
            copy.remove("key");
            copy.remove("kind");
            if (copy.get("items") instanceof List<?> items && items.isEmpty()) {
                copy.remove("items");
            }
            sections.put(key, copy);
        });
        content.put("sections", sections);
        return content;
    }

    /** The first place where two JSON-like values differ, as a path with both values: for readable failures. */
    public static String firstDifference(Object expected, Object actual, String path) {
        if (expected instanceof Map<?, ?> a && actual instanceof Map<?, ?> b) {
            for (Object key : a.keySet()) {
                String found = firstDifference(a.get(key), b.get(key), path + "/" + key);
                if (found != null) {
                    return found;
                }
            }
            return a.keySet().equals(b.keySet()) ? null : path + ": keys " + a.keySet() + " vs " + b.keySet();
        }
        if (expected instanceof List<?> a && actual instanceof List<?> b) {
            for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
                String found = firstDifference(a.get(i), b.get(i), path + "/" + i);
                if (found != null) {
                    return found;
                }
            }
            return a.size() == b.size() ? null : path + ": " + a.size() + " vs " + b.size() + " elements";
        }
        return java.util.Objects.equals(expected, actual) ? null : path + ": " + expected + " vs " + actual;
    }

    public static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
