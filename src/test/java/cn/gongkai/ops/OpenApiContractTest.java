package cn.gongkai.ops;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The OpenAPI document is a contract people build on: every operation and schema is described and exemplified. */
@QuarkusTest
class OpenApiContractTest {

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationHasASummaryDescriptionTagAndExampleAndProblemErrors() {
        Map<String, Object> document = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath().getMap("");
        List<String> gaps = new ArrayList<>();
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) document.get("paths");
        assertTrue(paths.size() >= 8, "paths: " + paths.keySet());
        paths.forEach((path, operations) -> operations.forEach((method, value) -> {
            if (!(value instanceof Map<?, ?> operation) || method.equals("parameters")) {
                return;
            }
            String name = method.toUpperCase() + " " + path;
            if (isBlank(operation.get("summary")) || isBlank(operation.get("description"))) {
                gaps.add(name + ": summary/description");
            }
            if (!(operation.get("tags") instanceof List<?> tags) || tags.isEmpty()) {
                gaps.add(name + ": tags");
            }
            if (!operation.toString().contains("examples=") && !operation.toString().contains("example=")) {
                gaps.add(name + ": example");
            }
            Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation.get("responses");
            responses.forEach((status, response) -> {
                if (status.startsWith("4") || status.startsWith("5")) {
                    Map<String, Object> content = (Map<String, Object>) response.get("content");
                    if (content == null || !content.containsKey("application/problem+json")) {
                        gaps.add(name + " " + status + ": not problem+json");
                    }
                }
            });
        }));
        assertTrue(gaps.isEmpty(), String.join("\n", gaps));
    }

    @Test
    @SuppressWarnings("unchecked")
    void everySchemaHasADescriptionAndExamples() {
        Map<String, Map<String, Object>> schemas = given().queryParam("format", "json").get("/q/openapi").then()
                .extract().jsonPath().getMap("components.schemas");
        List<String> gaps = new ArrayList<>();
        schemas.forEach((name, schema) -> {
            if (isBlank(schema.get("description"))) {
                gaps.add(name + ": description");
            }
            Map<String, Map<String, Object>> properties = (Map<String, Map<String, Object>>) schema.getOrDefault("properties", Map.of());
            boolean enumOrScalar = properties.isEmpty();
            if (enumOrScalar && !schema.containsKey("example") && !schema.containsKey("examples")) {
                gaps.add(name + ": example");
            }
            properties.forEach((property, definition) -> {
                if (!exemplified(definition)) {
                    gaps.add(name + "." + property + ": example");
                }
            });
        });
        assertTrue(gaps.isEmpty(), String.join("\n", gaps));
    }

    /** A property is exemplified by its own example or by the schema it refers to. */
    @SuppressWarnings("unchecked")
    private static boolean exemplified(Map<String, Object> definition) {
        if (definition.containsKey("example") || definition.containsKey("examples") || definition.containsKey("$ref")) {
            return true;
        }
        Object items = definition.get("items");
        if (items instanceof Map<?, ?> map && map.containsKey("$ref")) {
            return true;
        }
        Object values = definition.get("additionalProperties");
        if (values instanceof Map<?, ?> map && map.containsKey("$ref")) {
            return true;
        }
        Object allOf = definition.get("allOf");
        return allOf instanceof List<?> list && list.stream().anyMatch(part -> ((Map<String, Object>) part).containsKey("$ref"));
    }

    private static boolean isBlank(Object text) {
        return !(text instanceof String string) || string.isBlank();
    }
}
