package cn.gongkai.document;

import static cn.gongkai.support.Api.createAgency;
import static cn.gongkai.support.Api.json;
import static cn.gongkai.support.Api.uniqueName;
import static cn.gongkai.support.Documents.content;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import cn.gongkai.support.Api;
import cn.gongkai.support.Documents;
import cn.gongkai.support.ExampleFixtures;
import cn.gongkai.support.SharedFiles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Many documents at once: each matched to its agency, stored whole or not at all, answered on its own. */
@QuarkusTest
class BatchImportTest {

    private static final String EXAMPLE = SharedFiles.exampleReport();
    private static final String EXAMPLE_AGENCY = "济宁市兖州区漕河镇人民政府";

    @Test
    void aMultipartBatchMatchesAgenciesByMappingAndByNameAndOneBadFileStopsNoOther() {
        long mapped = createAgency(uniqueName("映射镇"), "370812");
        String named = uniqueName("同名镇");
        long byName = createAgency(named, "370812");
        byte[] namedDocx = ExampleFixtures.docx(ExampleFixtures.pieces(EXAMPLE.replaceFirst(EXAMPLE_AGENCY, named)));
        JsonPath result = given().multiPart("files", "mapped.txt", EXAMPLE.getBytes(StandardCharsets.UTF_8), "text/plain; charset=utf-8")
                .multiPart("files", "named.docx", namedDocx, Documents.DOCX)
                .multiPart("files", "broken.docx", new byte[] { 'P', 'K', 3, 4, 0 }, Documents.DOCX)
                .multiPart("mapping", "{\"mapped.txt\": " + mapped + "}")
                .accept("application/json").post("/imports").then().statusCode(200).extract().jsonPath();
        assertEquals(3, result.getInt("files"));
        assertEquals(2, result.getInt("stored"));
        assertEquals(1, result.getInt("failed"));
        assertEquals(mapped, result.getLong("results[0].agencyId"));
        assertEquals(201, result.getInt("results[0].status"));
        assertEquals(byName, result.getLong("results[1].agencyId"));
        assertEquals(2023, result.getInt("results[1].year"));
        assertEquals(400, result.getInt("results[2].status"));
        assertEquals("urn:gongkai:problem:unreadable-document", result.getString("results[2].problem.type"));
        Map<String, Object> demo = content(TextImportTest.demoReport());
        assertEquals(demo, content(Api.getReport(mapped, 2023).jsonPath().getMap("")));
        Map<String, Object> namedReport = content(Api.getReport(byName, 2023).jsonPath().getMap(""));
        assertEquals(named + "2023年政府信息公开工作年度报告", namedReport.get("title"));
        assertEquals(demo.get("sections"), namedReport.get("sections"), "the .docx reads cell- and paragraph-exact");
    }

    @Test
    void aZipWithAMappingImportsEachEntryAndAnUnmatchedOrExistingOneFailsAlone() throws IOException {
        long mapped = createAgency(uniqueName("压缩镇"), "370812");
        byte[] zip = zip(Map.of("mapping.json", ("{\"reports/a.txt\": " + mapped + "}").getBytes(StandardCharsets.UTF_8),
                "reports/a.txt", EXAMPLE.getBytes(StandardCharsets.UTF_8),
                "reports/unknown.txt", EXAMPLE.replaceFirst(EXAMPLE_AGENCY, uniqueName("无此镇")).getBytes(StandardCharsets.UTF_8),
                "reports/demo.txt", EXAMPLE.getBytes(StandardCharsets.UTF_8)));
        JsonPath result = given().contentType("application/zip").body(zip).accept("application/json").post("/imports").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(3, result.getInt("files"));
        Map<String, Object> byFile = new LinkedHashMap<>();
        for (int i = 0; i < 3; i++) {
            byFile.put(result.getString("results[" + i + "].file"), result.getInt("results[" + i + "].status"));
        }
        assertEquals(Map.of("reports/a.txt", 201, "reports/unknown.txt", 422, "reports/demo.txt", 428), byFile);
        assertEquals(1, result.getInt("stored"));
    }

    @Test
    void aZipWithPathTricksIsRefusedWholeAndNothingIsStored() throws IOException {
        long mapped = createAgency(uniqueName("路径镇"), "370812");
        byte[] zip = zip(Map.of("mapping.json", ("{\"a.txt\": " + mapped + "}").getBytes(StandardCharsets.UTF_8),
                "a.txt", EXAMPLE.getBytes(StandardCharsets.UTF_8), "../../escape.txt", EXAMPLE.getBytes(StandardCharsets.UTF_8)));
        given().contentType("application/zip").body(zip).accept("application/json").post("/imports").then().statusCode(400)
                .contentType(Api.PROBLEM_JSON).body("type", equalTo("urn:gongkai:problem:unsafe-archive"));
        json().get("/agencies/" + mapped + "/years").then().statusCode(200).body("$", empty());
    }

    @Test
    void aMalformedMappingIsRefused() {
        given().multiPart("files", "a.txt", EXAMPLE.getBytes(StandardCharsets.UTF_8), "text/plain; charset=utf-8")
                .multiPart("mapping", "not json").accept("application/json").post("/imports").then().statusCode(400)
                .contentType(Api.PROBLEM_JSON).body("errors[0].parameter", equalTo("mapping"));
    }

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : new java.util.TreeMap<>(entries).entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
