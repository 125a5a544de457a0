package cn.gongkai.validation;

import static cn.gongkai.support.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;

/** The examples of the OpenAPI document (ValidationExamples) are what the service answers, to the letter. */
@QuarkusTest
class ValidationExamplesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theResultExampleIsTheAnswerToTheBodyExample() throws Exception {
        String answer = json().queryParams(ValidationExamples.RESULT_QUERY).body(ValidationExamples.BODY).post("/validate").then().statusCode(200)
                .extract().asString();
        assertEquals(JSON.readTree(ValidationExamples.RESULT), JSON.readTree(answer));
    }

    /**
     * Every field the abridged {@code example} shows is in {@code real} with the same value, except those at
     * {@code ignored} (dotted paths, such as a time stamp).
     */
    static void assertShows(String example, String real, Set<String> ignored) {
        try {
            assertShows(JSON.readTree(example), JSON.readTree(real), "", ignored);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void assertShows(JsonNode example, JsonNode real, String path, Set<String> ignored) {
        if (ignored.contains(path)) {
            return;
        }
        if (!example.isObject()) {
            assertEquals(example, real, path);
            return;
        }
        assertTrue(real != null && real.isObject(), path + " is not an object in " + real);
        example.fields().forEachRemaining(field -> assertShows(field.getValue(), real.get(field.getKey()),
                path.isEmpty() ? field.getKey() : path + "." + field.getKey(), ignored));
    }

    @Test
    void theRuleExampleIsTheRuleServed() throws Exception {
        String rule = json().get("/rules/APP_BALANCE").then().statusCode(200).extract().asString();
        assertEquals(JSON.readTree(ValidationExamples.RULE), JSON.readTree(rule));
    }
}
