package cn.gongkai.document;

import static cn.gongkai.support.Api.createAgency;
import static cn.gongkai.support.Api.getReport;
import static cn.gongkai.support.Api.json;
import static cn.gongkai.support.Api.uniqueName;
import static cn.gongkai.support.Documents.content;
import static cn.gongkai.support.Documents.importDocument;
import static cn.gongkai.support.Documents.importText;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.gongkai.support.Api;
import cn.gongkai.support.CatalogueTables;
import cn.gongkai.support.Documents;
import cn.gongkai.support.SharedFiles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** The example report (../shared, a real .docx text extraction) imported through the API, against the demo report. */
@QuarkusTest
class TextImportTest {

    @Test
    void theExampleTextImportsCellExactAndParagraphExact() {
        long agency = createAgency(uniqueName("导入镇"), "370812");
        importText(agency, 2023, SharedFiles.exampleReport()).then().statusCode(201)
                .header("Location", endsWith("/agencies/" + agency + "/years/2023")).header("ETag", notNullValue())
                .body("stored", equalTo(true)).body("report.agencyId", equalTo((int) agency));
        assertEquals(content(demoReport()), content(getReport(agency, 2023).jsonPath().getMap("")));
    }

    @Test
    void theStatisticalPeriodIsReadAsTheRuleReadsIt() {
        // Chinese numerals and the end's year left out: the importer once read only “YYYY年M月D日至YYYY年M月D日”, the rule more
        long agency = createAgency(uniqueName("导入镇"), "370812");
        String text = SharedFiles.exampleReport().replace("统计期限自2023年1月1日起至2023年12月31日止", "统计期限为二〇二三年一月一日至十二月三十一日");
        JsonPath imported = importText(agency, 2023, text).then().statusCode(201).extract().jsonPath();
        assertEquals("2023-01-01", imported.getString("parse.statisticalPeriod.from"));
        assertEquals("2023-12-31", imported.getString("parse.statisticalPeriod.to"));
        assertEquals("PASS", Api.json().queryParam("include", "all").get("/agencies/" + agency + "/years/2023/validate").then().statusCode(200)
                .extract().jsonPath().getString("findings.find { it.id == 'STR_STAT_PERIOD:period' }.status"));
    }

    @Test
    void theParseReportListsEveryCellLabelAndArtefact() {
        long agency = createAgency(uniqueName("导入镇"), "370812");
        JsonPath parse = importText(agency, 2023, SharedFiles.exampleReport()).then().statusCode(201).extract().jsonPath();
        assertEquals("national-2021", parse.getString("parse.detectedFormat"));
        assertEquals("济宁市兖州区漕河镇人民政府", parse.getString("parse.agencyName"));
        assertEquals(2023, parse.getInt("parse.year"));
        assertEquals("2023-01-01", parse.getString("parse.statisticalPeriod.from"));
        assertEquals("2023-12-31", parse.getString("parse.statisticalPeriod.to"));
        List<String> catalogueCells = List.of("table2", "table3", "table4").stream()
                .flatMap(table -> CatalogueTables.cells("national-2021", table).stream()).map(CatalogueTables.Cell::key).toList();
        assertEquals(catalogueCells, parse.getList("parse.cells.cell"));
        assertTrue(parse.getList("parse.cells.readAs").stream().allMatch("ZERO"::equals), "every cell of the example is printed 0");
        assertTrue(parse.getList("parse.cells.raw").stream().allMatch("0"::equals));
        // the label broken over two lines is matched to the catalogue label
        Map<String, Object> broken = parse.getMap("parse.labels.find { it.key == 'table3.R_REJECT_CONFIRM' }");
        assertEquals("5.要求行政机关确认或重新\n出具已获取信息", broken.get("found"));
        assertEquals("5.要求行政机关确认或重新出具已获取信息", broken.get("catalogue"));
        assertEquals(true, broken.get("exact"));
        assertTrue(parse.getList("parse.removedArtefacts", String.class).contains("image [image: e94226c78cc7ddd58a72544838e7b5a]"));
        assertEquals(10, parse.getList("parse.removedArtefacts", String.class).stream().filter(a -> a.startsWith("bookmark")).count());
        assertEquals(List.of(), parse.getList("parse.unrecognised"));
        // the only warning: the test agency is not 漕河镇
        assertEquals(List.of("AGENCY_NAME_DIFFERS"), parse.getList("parse.warnings.code"));
    }

    @Test
    void aDryRunAnswersWhatGetWouldAndStoresNothing() {
        long agency = createAgency(uniqueName("试读镇"), "370812");
        Response dryRun = importDocument(agency, 2023, SharedFiles.exampleReport().getBytes(StandardCharsets.UTF_8), Documents.TEXT, true);
        dryRun.then().statusCode(200).body("stored", equalTo(false)).header("ETag", org.hamcrest.Matchers.nullValue());
        assertEquals(content(demoReport()), content(dryRun.jsonPath().getMap("report")));
        getReport(agency, 2023).then().statusCode(404);
    }

    @Test
    void anExistingReportIsReplacedOnlyWithAMatchingIfMatch() {
        long agency = Api.createAgencyWithReport(2023);
        String etag = getReport(agency, 2023).header("ETag");
        importText(agency, 2023, SharedFiles.exampleReport()).then().statusCode(428).contentType(Api.PROBLEM_JSON)
                .body("type", equalTo("urn:gongkai:problem:precondition-required"));
        given(agency).header("If-Match", "\"report-0-0\"").post(path(agency)).then().statusCode(412).contentType(Api.PROBLEM_JSON);
        assertEquals(etag, getReport(agency, 2023).header("ETag"), "nothing was stored");
        given(agency).header("If-Match", etag).post(path(agency)).then().statusCode(200).body("stored", equalTo(true));
        assertEquals(content(demoReport()), content(getReport(agency, 2023).jsonPath().getMap("")));
    }

    @Test
    void aDocumentOfAnotherYearIsRefused() {
        long agency = createAgency(uniqueName("错年镇"), "370812");
        importText(agency, 2024, SharedFiles.exampleReport()).then().statusCode(400).contentType(Api.PROBLEM_JSON)
                .body("errors[0].parameter", equalTo("year")).body("detail", containsString("2023"));
        json().get("/agencies/" + agency + "/years").then().statusCode(200).body("$", org.hamcrest.Matchers.empty());
    }

    @Test
    void aDocumentTheServiceCannotStoreIsRefusedWithThePointersAPutWouldGet() {
        long agency = createAgency(uniqueName("长序镇"), "370812");
        String longPreamble = SharedFiles.exampleReport().replace("本报告内容包括", "本报告" + "依法公开。".repeat(5_000) + "内容包括");
        importText(agency, 2023, longPreamble).then().statusCode(400).contentType(Api.PROBLEM_JSON)
                .body("errors.pointer", equalTo(List.of("/preamble")));
        json().get("/agencies/" + agency + "/years").then().statusCode(200).body("$", org.hamcrest.Matchers.empty());
    }

    @Test
    void partsAndItemsKeepTheirPrintedHeadings() {
        long agency = createAgency(uniqueName("标题镇"), "370812");
        JsonPath parse = importText(agency, 2023, SharedFiles.exampleReport()).then().statusCode(201).extract().jsonPath();
        assertEquals(6, parse.getList("parse.labels.findAll { it.kind == 'PART' }").size());
        Map<String, Object> item = parse.getMap("parse.labels.find { it.key == 'part1.PROACTIVE' }");
        assertEquals("（一）加大主动公开力度", item.get("found"));
        assertEquals("（一）主动公开", item.get("catalogue"));
        assertTrue(parse.getList("parse.labels.key").containsAll(List.of("part6.INFO_FEE", "part6.OTHER_DOCUMENTS")));
        parse.getList("parse.labels.findAll { it.kind == 'PART' }.exact").forEach(exact -> assertEquals(true, exact));
        org.hamcrest.MatcherAssert.assertThat(parse.getList("parse.labels.key"), hasItem("part5"));
    }

    private static io.restassured.specification.RequestSpecification given(long agency) {
        return io.restassured.RestAssured.given().contentType(Documents.TEXT).accept("application/json")
                .body(SharedFiles.exampleReport().getBytes(StandardCharsets.UTF_8));
    }

    private static String path(long agency) {
        return "/agencies/" + agency + "/years/2023/import";
    }

    static Map<String, Object> demoReport() {
        long id = json().queryParam("name", "济宁市兖州区漕河镇人民政府").get("/agencies").jsonPath().getLong("items[0].id");
        return getReport(id, 2023).jsonPath().getMap("");
    }
}
