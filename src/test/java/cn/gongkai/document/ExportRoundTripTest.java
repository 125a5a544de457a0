package cn.gongkai.document;

import static cn.gongkai.support.Api.createAgency;
import static cn.gongkai.support.Api.getReport;
import static cn.gongkai.support.Api.json;
import static cn.gongkai.support.Api.uniqueName;
import static cn.gongkai.support.Documents.content;
import static cn.gongkai.support.Documents.export;
import static cn.gongkai.support.Documents.importDocument;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import cn.gongkai.support.Documents;
import cn.gongkai.support.RandomReports;
import io.quarkus.test.junit.QuarkusTest;

/** Export in the national layout, then import: the same report, every cell and every paragraph. */
@QuarkusTest
class ExportRoundTripTest {

    private static final List<String> EXPORT_TYPES = List.of("text/html", Documents.DOCX, "text/markdown");

    @ParameterizedTest
    @ValueSource(strings = { "text/html", Documents.DOCX, "text/markdown" })
    void theDemoReportExportsAndImportsBackUnchanged(String mediaType) {
        Map<String, Object> demo = TextImportTest.demoReport();
        long demoId = ((Number) demo.get("agencyId")).longValue();
        byte[] exported = export(demoId, 2023, mediaType);
        Map<String, Object> imported = importDocument(demoId, 2023, exported, mediaType, true).then().statusCode(200)
                .extract().jsonPath().getMap("report");
        assertEquals(content(demo), content(imported));
    }

    @Test
    void randomlyFilledReportsRoundTripThroughEveryExportType() {
        Random random = new Random(20231231);
        for (int round = 0; round < 6; round++) {
            String formatId = round % 2 == 0 ? "national-2021" : "trial-2019";
            int year = formatId.equals("national-2021") ? 2021 + random.nextInt(3) : 2019 + random.nextInt(2);
            String name = uniqueName("随机镇");
            long agency = createAgency(name, "370812");
            json().body(RandomReports.report(formatId, name, year, random)).put("/agencies/" + agency + "/years/" + year).then()
                    .statusCode(201);
            Map<String, Object> original = content(getReport(agency, year).jsonPath().getMap(""));
            for (String mediaType : EXPORT_TYPES) {
                byte[] exported = export(agency, year, mediaType);
                Map<String, Object> imported = importDocument(agency, year, exported, mediaType, true).then().statusCode(200)
                        .extract().jsonPath().getMap("report");
                assertEquals(null, Documents.firstDifference(original, content(imported), ""), formatId + " " + year + " via " + mediaType);
            }
        }
    }

    @Test
    void theHtmlPageHasTheNationalLayoutsMergedHeaders() {
        long demoId = ((Number) TextImportTest.demoReport().get("agencyId")).longValue();
        String html = Documents.utf8(export(demoId, 2023, "text/html"));
        assertTrue(html.contains("<th colspan=\"3\" rowspan=\"3\">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</th>"), html);
        assertTrue(html.contains("<th colspan=\"7\">申请人情况</th>"));
        assertTrue(html.contains("<th colspan=\"5\">法人或其他组织</th>"));
        // 三、本年度办理结果 spans its 22 result rows, （三）不予公开 its 8
        assertTrue(html.contains("<td class=\"label\" rowspan=\"22\">三、本年度办理结果</td>"));
        assertTrue(html.contains("<td class=\"label\" rowspan=\"8\">（三）不予公开</td>"));
        assertTrue(html.contains("<th colspan=\"10\">行政诉讼</th>"));
    }

    @Test
    void jsonStaysTheDefaultAndDocxComesAsAFile() {
        long demoId = ((Number) TextImportTest.demoReport().get("agencyId")).longValue();
        given().get("/agencies/" + demoId + "/years/2023").then().statusCode(200).contentType(startsWith("application/json"));
        given().accept("*/*").get("/agencies/" + demoId + "/years/2023").then().statusCode(200).contentType(startsWith("application/json"));
        given().accept(Documents.DOCX).get("/agencies/" + demoId + "/years/2023").then().statusCode(200)
                .header("Content-Disposition", containsString(".docx"));
        given().accept("text/html").get("/agencies/" + demoId + "/years/1999").then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
    }
}
