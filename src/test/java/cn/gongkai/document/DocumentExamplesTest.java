package cn.gongkai.document;

import static cn.gongkai.support.Api.createAgency;
import static cn.gongkai.support.Api.json;
import static cn.gongkai.support.Api.uniqueName;
import static cn.gongkai.support.Documents.importDocument;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import cn.gongkai.support.Api;
import cn.gongkai.support.Documents;
import cn.gongkai.support.ExampleFixtures;
import cn.gongkai.support.SharedFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.response.Response;

/**
 * The examples of the OpenAPI document (DocumentExamples) are what the service sends: each is replayed as the request it
 * shows and compared with the real answer. The examples are written for the demo agency (agency 1) and its 2023 report.
 */
@QuarkusTest
class DocumentExamplesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EXAMPLE_AGENCY = "济宁市兖州区漕河镇人民政府";
    private static final String EXAMPLE = SharedFiles.exampleReport();

    @Test
    void everyRefusalOfAnImportIsTheExampleToTheLetter() {
        long demo = demoAgency();
        byte[] docx = ExampleFixtures.docx(ExampleFixtures.pieces(EXAMPLE));
        assertProblem(DocumentExamples.UNREADABLE, demo, importDocument(demo, 2023, ExampleFixtures.encrypted(docx), Documents.DOCX, false));
        assertProblem(DocumentExamples.NOT_A_REPORT, demo,
                importDocument(demo, 2023, "购物清单：苹果、梨。\n明天记得开会。".getBytes(StandardCharsets.UTF_8), Documents.TEXT, false));
        // sent as a client sends it: RestAssured would add a charset to a type without one
        assertProblem(DocumentExamples.UNSUPPORTED, demo, given()
                .config(RestAssured.config().encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .contentType("application/pdf").body("%PDF-1.7".getBytes(StandardCharsets.ISO_8859_1)).accept("application/json")
                .post("/agencies/" + demo + "/years/2023/import"));
        // the demo agency has its 2023 report: an import without If-Match may not replace it
        assertProblem(DocumentExamples.PRECONDITION_REQUIRED, demo,
                importDocument(demo, 2023, EXAMPLE.getBytes(StandardCharsets.UTF_8), Documents.TEXT, false));
    }

    @Test
    void everyImportRefusesAnUploadOver50MegabytesWithTheExample() {
        long demo = demoAgency();
        byte[] huge = new byte[50 * 1024 * 1024 + 1];
        Arrays.fill(huge, (byte) 'a');
        assertProblem(DocumentExamples.TOO_LARGE, demo, importDocument(demo, 2023, huge, Documents.TEXT, false));
        // the same words from the batch import's multipart form, which counts its parts itself (a .zip is read as above)
        Response multipart = given().multiPart("files", "huge.txt", huge, Documents.TEXT).accept("application/json").post("/imports");
        assertProblem(DocumentExamples.BATCH_TOO_LARGE, demo, multipart);
    }

    @Test
    void aBatchRefusesAnArchiveWithAnEntryOutsideItAsTheExampleShows() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream entries = new ZipOutputStream(zip)) {
            entries.putNextEntry(new ZipEntry("../../escape.txt"));
            entries.write(EXAMPLE.getBytes(StandardCharsets.UTF_8));
        }
        assertProblem(DocumentExamples.BATCH_UNSAFE_ARCHIVE, demoAgency(),
                given().contentType("application/zip").body(zip.toByteArray()).accept("application/json").post("/imports"));
    }

    @Test
    void theImportResultExampleIsAnAbridgedRealOne() {
        long demo = demoAgency();
        // a dry run: the demo agency keeps its report, and the answer is the one a stored import gives but for "stored"
        JsonNode real = body(importDocument(demo, 2023, EXAMPLE.getBytes(StandardCharsets.UTF_8), Documents.TEXT, true).then()
                .statusCode(200).extract().response());
        assertFalse(real.get("stored").asBoolean());
        ObjectNode example = (ObjectNode) forAgency(DocumentExamples.IMPORT_RESULT, demo);
        assertTrue(example.get("stored").asBoolean());
        List<String> differences = new ArrayList<>();
        within(example, real, "", Set.of("stored", "lastModified", "parseMillis"), differences);
        assertTrue(differences.isEmpty(), "the example says what the service does not send:\n" + String.join("\n", differences)
                + "\nreal: " + real);
    }

    @Test
    void theBatchResultExampleIsWhatABatchOfAReportAndAnEncryptedFileGives() {
        String name = uniqueName("样例镇");
        long agency = createAgency(name, "370812");
        byte[] report = ExampleFixtures.docx(ExampleFixtures.pieces(EXAMPLE.replaceFirst(EXAMPLE_AGENCY, name)));
        byte[] scan = ExampleFixtures.encrypted(ExampleFixtures.docx(ExampleFixtures.pieces(EXAMPLE)));
        JsonNode real = body(given().multiPart("files", "caohe-2023.docx", report, Documents.DOCX)
                .multiPart("files", "scan.docx", scan, Documents.DOCX)
                .multiPart("mapping", "{\"caohe-2023.docx\": " + agency + "}")
                .accept("application/json").post("/imports").then().statusCode(200).extract().response());
        // the example's report is agency 1's first: compare ids and tags with the real ones, then the rest to the letter
        ObjectNode stored = (ObjectNode) real.path("results").path(0);
        assertEquals(agency, stored.path("agencyId").asLong());
        assertEquals(Api.getReport(agency, 2023).header("ETag"), stored.path("etag").asText());
        JsonNode example = parse(DocumentExamples.BATCH_RESULT);
        stored.set("agencyId", example.path("results").path(0).path("agencyId"));
        stored.set("etag", example.path("results").path(0).path("etag"));
        assertEquals(example, real);
    }

    @Test
    void theExportExamplesAreAbridgedRealExports() {
        long demo = demoAgency();
        String markdown = Documents.utf8(Documents.export(demo, 2023, "text/markdown"));
        // whole paragraphs or tables left out, those shown as exported: each block of the example, in order
        int at = 0;
        for (String block : DocumentExamples.MARKDOWN_EXPORT.strip().split("\n\n")) {
            int found = markdown.indexOf(block + "\n", at);
            assertTrue(found >= 0, "the Markdown export has no block\n" + block + "\nafter " + at + " in\n" + markdown);
            at = found + block.length();
        }

        Document html = Jsoup.parse(Documents.utf8(Documents.export(demo, 2023, "text/html")));
        Document example = Jsoup.parse(DocumentExamples.HTML_EXPORT);
        assertEquals(example.documentType().outerHtml(), html.documentType().outerHtml());
        assertEquals(example.selectFirst("html").attr("lang"), html.selectFirst("html").attr("lang"));
        assertEquals(example.selectFirst("meta").outerHtml(), html.selectFirst("meta").outerHtml());
        assertEquals(example.title(), html.title());
        // the body's elements in order; a paragraph "……" stands for what is left out
        List<String> real = html.body().children().stream().map(element -> element.tagName() + ": " + element.text()).toList();
        int next = 0;
        for (Element element : example.body().children()) {
            if (element.text().equals("……")) {
                continue;
            }
            String shown = element.tagName() + ": " + element.text();
            int found = real.subList(next, real.size()).indexOf(shown);
            assertTrue(found >= 0, "the HTML export has no " + shown + " after element " + next + ": " + real);
            next += found + 1;
        }
    }

    private static long demoAgency() {
        return json().queryParam("name", EXAMPLE_AGENCY).get("/agencies").then().statusCode(200).body("totalItems", equalTo(1))
                .extract().jsonPath().getLong("items[0].id");
    }

    /** The problem as the example shows it, every member. */
    private static void assertProblem(String example, long demo, Response response) {
        JsonNode expected = forAgency(example, demo);
        response.then().statusCode(expected.get("status").asInt()).contentType(Api.PROBLEM_JSON);
        assertEquals(expected, body(response));
    }

    /** The example as the demo agency's, whatever its id: the examples are written for agency 1. */
    private static JsonNode forAgency(String example, long agency) {
        return parse(example.replace("\"agencyId\":1,", "\"agencyId\":" + agency + ",").replace("/agencies/1/", "/agencies/" + agency + "/"));
    }

    private static JsonNode body(Response response) {
        return parse(new String(response.asByteArray(), StandardCharsets.UTF_8));
    }

    private static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether an abridged example is part of the real answer: each member it shows has the real value (except the
     * ignored ones, which change from run to run), each element of a list it shows is part of some real element, and a
     * list it shows empty is empty.
     */
    private static void within(JsonNode example, JsonNode real, String path, Set<String> ignored, List<String> differences) {
        if (example.isObject()) {
            if (!real.isObject()) {
                differences.add(path + ": " + real + " is not an object");
                return;
            }
            for (Iterator<Map.Entry<String, JsonNode>> members = example.fields(); members.hasNext();) {
                Map.Entry<String, JsonNode> member = members.next();
                if (ignored.contains(member.getKey())) {
                    continue;
                }
                if (!real.has(member.getKey())) {
                    differences.add(path + "/" + member.getKey() + ": not sent");
                } else {
                    within(member.getValue(), real.get(member.getKey()), path + "/" + member.getKey(), ignored, differences);
                }
            }
        } else if (example.isArray()) {
            if (!real.isArray() || (example.isEmpty() && !real.isEmpty())) {
                differences.add(path + ": " + real + " where the example has " + example);
                return;
            }
            for (JsonNode element : example) {
                boolean found = false;
                for (JsonNode candidate : real) {
                    List<String> none = new ArrayList<>();
                    within(element, candidate, path, ignored, none);
                    found |= none.isEmpty();
                }
                if (!found) {
                    differences.add(path + ": no element is " + element);
                }
            }
        } else if (!example.equals(real)) {
            differences.add(path + ": " + real + " where the example has " + example);
        }
    }
}
