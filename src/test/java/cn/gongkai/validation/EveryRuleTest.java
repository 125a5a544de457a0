package cn.gongkai.validation;

import static cn.gongkai.support.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import cn.gongkai.support.Draft;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Every rule of the catalogue, with a report built from the example that passes it and one that fails
 * it, through POST /validate. The example itself passes every rule.
 */
@QuarkusTest
class EveryRuleTest {

    /** A rule instance, a report on which it passes, one on which it fails, and the severity of that failure. */
    record Case(String ruleId, String instance, Supplier<String> passing, Supplier<String> failing, String severity) {
    }

    private static final String ON_REQUEST = "/sections/part1/items/1/text";
    private static final String PROACTIVE = "/sections/part1/items/0/text";
    private static final String FEE = "/sections/part6/items/0/text";

    /** Three applications from natural persons: two granted, one carried over; consistent in every column. */
    static Draft threeApplications() {
        return Draft.demo().applicant("NEW", "NATURAL", 3).applicant("R_GRANT", "NATURAL", 2).applicant("R_TOTAL", "NATURAL", 2)
                .applicant("CARRY_OUT", "NATURAL", 1).text(ON_REQUEST, "2023年度，漕河镇共收到政府信息公开申请3件。");
    }

    static List<Case> cases() {
        return List.of(
                new Case("APP_BALANCE", "NATURAL", () -> Draft.demo().json(),
                        () -> Draft.demo().text(ON_REQUEST, "无。").applicant("NEW", "NATURAL", 1).json(), "ERROR"),
                new Case("APP_RESULT_SUM", "TOTAL", () -> threeApplications().json(),
                        () -> threeApplications().applicant("R_PARTIAL", "NATURAL", 1).json(), "ERROR"),
                new Case("APP_TOTAL_COLUMN", "CARRY_OUT", () -> threeApplications().json(),
                        () -> threeApplications().cell("table3", "CARRY_OUT", "BUSINESS", 1).json(), "ERROR"),
                new Case("APP_INTEGER_NONNEG", "table3", () -> Draft.demo().json(),
                        () -> Draft.demo().cell("table3", "R_REJECT_REPEAT", "RESEARCH", 1.5).json(), "ERROR"),
                new Case("APP_NO_BLANK", "table3", () -> Draft.demo().json(),
                        () -> Draft.demo().cell("table3", "NEW", "NATURAL", null).printed("table3", "NEW", "NATURAL", "/").json(), "WARNING"),
                new Case("REVIEW_TOTAL", "RV", () -> Draft.demo().cell("table4", "CASES", "RV_UPHELD", 1).cell("table4", "CASES", "RV_TOTAL", 1).json(),
                        () -> Draft.demo().cell("table4", "CASES", "RV_UPHELD", 1).json(), "ERROR"),
                new Case("LIT_DIRECT_TOTAL", "LD", () -> Draft.demo().json(), () -> Draft.demo().cell("table4", "CASES", "LD_OTHER", 1).json(), "ERROR"),
                new Case("LIT_AFTER_REVIEW_TOTAL", "LA", () -> Draft.demo().json(),
                        () -> Draft.demo().cell("table4", "CASES", "LA_PENDING", 2).json(), "ERROR"),
                new Case("LIT_INTEGER_NONNEG", "table4", () -> Draft.demo().json(), () -> Draft.demo().cell("table4", "CASES", "LA_TOTAL", -1).json(),
                        "ERROR"),
                new Case("ACT_INTEGER_NONNEG", "table2", () -> Draft.demo().cell("table2", "ADMIN_FEE", "AMOUNT_WAN", "12.3456").json(),
                        () -> Draft.demo().cell("table2", "PENALTY", "DECISIONS", -3).json(), "ERROR"),
                new Case("ACT_RULES_SCOPE", "RULES", () -> Draft.demo().cell("table2", "RULES", "IN_FORCE", 1).with(null, "CITY_GOVERNMENT"),
                        () -> Draft.demo().cell("table2", "RULES", "IN_FORCE", 1).with(null, "TOWNSHIP"), "WARNING"),
                new Case("ACT_STOCK_GE_FLOW", "NORMATIVE", () -> Draft.demo().cell("table2", "NORMATIVE", "ISSUED", 3).cell("table2", "NORMATIVE", "IN_FORCE", 30).json(),
                        () -> Draft.demo().cell("table2", "NORMATIVE", "ISSUED", 3).cell("table2", "NORMATIVE", "IN_FORCE", 2).json(), "WARNING"),
                new Case("ACT_FEE_UNIT", "AMOUNT_WAN", () -> Draft.demo().cell("table2", "ADMIN_FEE", "AMOUNT_WAN", "0.05").json(),
                        () -> Draft.demo().cell("table2", "ADMIN_FEE", "AMOUNT_WAN", "500元").json(), "WARNING"),
                new Case("XY_APP_CARRY", "TOTAL", () -> Draft.demo().with(lastYear(), null),
                        () -> Draft.demo().with(lastYear().applicant("NEW", "NATURAL", 1).applicant("CARRY_OUT", "NATURAL", 1), null), "ERROR"),
                new Case("XY_APP_CARRY", "NATURAL", () -> Draft.demo().with(lastYear(), null),
                        () -> Draft.demo().with(lastYear().applicant("NEW", "NATURAL", 1).applicant("CARRY_OUT", "NATURAL", 1), null), "WARNING"),
                new Case("XY_ACT_STOCK", "NORMATIVE", () -> Draft.demo().with(lastYear(), null),
                        () -> Draft.demo().with(lastYear().cell("table2", "NORMATIVE", "IN_FORCE", 5), null), "WARNING"),
                new Case("XY_FORMAT_STABLE", "format", () -> Draft.demo().with(lastYear(), null),
                        () -> Draft.demo().with(Draft.of("{\"year\":2022,\"format\":\"trial-2019\",\"sections\":{}}"), null), "INFO"),
                new Case("XY_TEXT_DUPLICATION", "part5",
                        () -> Draft.demo().with(lastYear().text("/sections/part5/text", "上一年度存在的主要问题是政务公开专栏更新不及时、解读材料形式单一、"
                                + "基层工作人员业务水平参差不齐。针对上述问题，我们建立了周调度制度，组织了三期专题培训，并在各村设立了公开栏。"), null),
                        () -> Draft.demo().with(lastYear(), null), "WARNING"),
                new Case("XY_YOY_JUMP", "LICENSING", () -> Draft.demo().with(lastYear(), null),
                        () -> Draft.demo().with(lastYear().cell("table2", "LICENSING", "DECISIONS", 120), null), "INFO"),
                new Case("TXT_NO_APPLICATION_CLAIM", "NEW", () -> Draft.demo().json(),
                        () -> threeApplications().text(ON_REQUEST, "2023年度，漕河镇未收到依申请公开政府信息。").json(), "ERROR"),
                new Case("TXT_NO_CASE_CLAIM", "REVIEW", () -> caseClaim().json(),
                        () -> caseClaim().cell("table4", "CASES", "RV_UPHELD", 1).cell("table4", "CASES", "RV_TOTAL", 1).json(), "ERROR"),
                new Case("TXT_APP_COUNT", "NEW", () -> threeApplications().json(),
                        () -> threeApplications().text(ON_REQUEST, "2023年度，漕河镇共收到政府信息公开申请4件。").json(), "WARNING"),
                new Case("TXT_RESULT_COUNTS", "R_GRANT", () -> threeApplications().text(ON_REQUEST, "全年予以公开2件，结转下年度1件。").json(),
                        () -> threeApplications().text(ON_REQUEST, "全年予以公开3件，结转下年度1件。").json(), "WARNING"),
                new Case("TXT_REVIEW_LIT_COUNT", "REVIEW",
                        () -> Draft.demo().cell("table4", "CASES", "RV_UPHELD", 1).cell("table4", "CASES", "RV_TOTAL", 1)
                                .text("/sections/part4/text", "本年度被申请行政复议1件，结果维持。").json(),
                        () -> Draft.demo().cell("table4", "CASES", "RV_UPHELD", 1).cell("table4", "CASES", "RV_TOTAL", 1)
                                .text("/sections/part4/text", "本年度被申请行政复议2件。").json(), "WARNING"),
                new Case("TXT_PARTS_SUM", "part1.PROACTIVE.1", () -> Draft.demo().json(),
                        () -> Draft.demo().replace(PROACTIVE, "其他信息16条", "其他信息17条").json(), "ERROR"),
                new Case("TXT_PERCENT", "part1.ON_REQUEST.1",
                        () -> threeApplications().text(ON_REQUEST, "全年共收到申请3件，其中予以公开2件，占66.7%。").json(),
                        () -> threeApplications().text(ON_REQUEST, "全年共收到申请3件，其中予以公开2件，占70%。").json(), "WARNING"),
                new Case("TXT_YEAR_SCOPE", "SCOPE", () -> Draft.demo().json(),
                        () -> Draft.demo().replace("/sections/part1/items/4/text", "纳入全镇党委", "纳入全市党委").json(), "WARNING"),
                new Case("TXT_YEAR_SCOPE", "YEAR", () -> Draft.demo().json(),
                        () -> Draft.demo().replace(PROACTIVE, "2023年度，漕河镇积极", "2022年度，漕河镇积极").json(), "WARNING"),
                new Case("TXT_FEE_STATEMENT", "part6", () -> Draft.demo().json(),
                        () -> Draft.demo().text(FEE, "本机关严格执行《政府信息公开信息处理费管理办法》。").json(), "ERROR"),
                new Case("TXT_FEE_CONSISTENCY", "R_OTHER_NO_FEE",
                        () -> unpaidFee().replace(FEE, "未收取", "发出收费通知1件，申请人逾期未缴费，未收取").json(),
                        () -> unpaidFee().json(), "WARNING"),
                new Case("STR_SIX_PARTS", "parts", () -> Draft.demo().text("/sections/part5/heading", "五、存在问题及改进情况").json(),
                        () -> Draft.demo().removeSection("part5").json(), "ERROR"),
                new Case("STR_TABLE_SHAPE", "tables", () -> Draft.demo().json(), () -> Draft.demo().removeSection("table4").json(), "ERROR"),
                new Case("STR_FORMAT_VERSION", "format", () -> Draft.demo().json(),
                        () -> Draft.of("{\"year\":2023,\"format\":\"trial-2019\",\"sections\":{}}").json(), "WARNING"),
                new Case("STR_PART6_FEE", "INFO_FEE", () -> Draft.demo().json(), () -> Draft.demo().removeItem("part6", 0).json(), "ERROR"),
                new Case("STR_PART6_ITEMS", "part6", () -> Draft.demo().json(), () -> Draft.demo().removeItem("part6", 6).json(), "WARNING"),
                new Case("STR_PART5_NONEMPTY", "part5", () -> Draft.demo().json(), () -> Draft.demo().text("/sections/part5/text", "无。").json(),
                        "WARNING"),
                new Case("STR_STAT_PERIOD", "period", () -> Draft.demo().json(),
                        () -> Draft.demo().replace("/preamble", "2023年12月31日止", "2023年6月30日止").json(), "WARNING"),
                new Case("STR_AGENCY_YEAR", "title", () -> Draft.demo().json(),
                        () -> Draft.demo().replace("/title", "2023年", "2022年").json(), "WARNING"),
                new Case("STR_DEADLINE", "published", () -> Draft.demo().set("publishedOn", "2024-01-20").json(),
                        () -> Draft.demo().set("publishedOn", "2024-02-15").json(), "WARNING"));
    }

    private static Draft lastYear() {
        return Draft.demo().set("year", 2022).replace("/title", "2023年", "2022年");
    }

    private static Draft caseClaim() {
        return Draft.demo().text("/sections/part4/text", "本年度未发生政府信息公开行政复议、行政诉讼案件。");
    }

    private static Draft unpaidFee() {
        return Draft.demo().text(ON_REQUEST, "无。").applicant("NEW", "NATURAL", 1).applicant("R_OTHER_NO_FEE", "NATURAL", 1)
                .applicant("R_TOTAL", "NATURAL", 1);
    }

    @TestFactory
    Stream<DynamicTest> everyRulePassesOnOneReportAndFailsOnAnother() {
        return cases().stream().flatMap(c -> Stream.of(
                DynamicTest.dynamicTest(c.ruleId() + ":" + c.instance() + " passes", () -> {
                    Map<String, Object> finding = finding(validate(c.passing().get()), c);
                    assertEquals("PASS", finding.get("status"), String.valueOf(finding));
                }),
                DynamicTest.dynamicTest(c.ruleId() + ":" + c.instance() + " fails", () -> {
                    Map<String, Object> finding = finding(validate(c.failing().get()), c);
                    assertEquals("FAIL", finding.get("status"), String.valueOf(finding));
                    assertEquals(c.severity(), finding.get("severity"));
                    assertFalse(String.valueOf(finding.get("message")).isBlank());
                    assertFalse(String.valueOf(finding.get("messageEn")).isBlank());
                })));
    }

    @Test
    void everyRuleOfTheCatalogueHasACase() {
        Set<String> catalogue = new TreeSet<>(json().get("/rules").jsonPath().getList("id", String.class));
        Set<String> covered = cases().stream().map(Case::ruleId).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(catalogue, covered);
        assertEquals(37, catalogue.size());
    }

    @Test
    void theExampleReportPassesEveryRule() {
        long id = json().queryParam("name", "济宁市兖州区漕河镇人民政府").get("/agencies").jsonPath().getLong("items[0].id");
        JsonPath result = json().queryParam("include", "all").get("/agencies/" + id + "/years/2023/validate").then().statusCode(200)
                .extract().jsonPath();
        assertTrue(result.getBoolean("valid"));
        assertEquals(0, result.getInt("summary.failed"));
        assertEquals(List.of(), result.getList("findings.findAll { it.status == 'FAIL' }.id"));
        // what the example does exercise passes, not merely "not assessable"
        for (String id2 : List.of("TXT_PARTS_SUM:part1.PROACTIVE.1", "TXT_NO_APPLICATION_CLAIM:NEW", "STR_STAT_PERIOD:period",
                "STR_AGENCY_YEAR:title", "TXT_FEE_STATEMENT:part6", "ACT_RULES_SCOPE:RULES", "APP_BALANCE:TOTAL", "STR_SIX_PARTS:parts")) {
            assertEquals("PASS", result.getString("findings.find { it.id == '" + id2 + "' }.status"), id2);
        }
    }

    @Test
    void aCountEndingInZeroIsNoClaimOfNone() {
        // “申请10件” once read as “申请…0件”: an ERROR against a report that was right
        JsonPath result = validate(Draft.demo().applicant("NEW", "NATURAL", 10).applicant("R_GRANT", "NATURAL", 10)
                .applicant("R_TOTAL", "NATURAL", 10).text(ON_REQUEST, "2023年度，漕河镇共收到政府信息公开申请10件，均予以公开。").json());
        assertEquals("NOT_ASSESSABLE", result.getString("findings.find { it.id == 'TXT_NO_APPLICATION_CLAIM:NEW' }.status"));
        assertEquals("PASS", result.getString("findings.find { it.id == 'TXT_APP_COUNT:NEW' }.status"));
        assertTrue(result.getBoolean("valid"), String.valueOf(result.getList("findings.findAll { it.status == 'FAIL' }.message")));
    }

    @Test
    void aSuitWithoutReviewIsNoClaimOfNoSuit() {
        // “未经行政复议直接提起行政诉讼1件” is the table's own column (未经复议直接起诉), not “no 行政诉讼”
        JsonPath result = validate(Draft.demo().cell("table4", "CASES", "LD_PENDING", 1).cell("table4", "CASES", "LD_TOTAL", 1)
                .text("/sections/part4/text", "本年度未经行政复议直接提起行政诉讼1件，尚未审结。").json());
        // no claim of no case: the rule's one finding says so
        assertEquals(List.of("TXT_NO_CASE_CLAIM:REVIEW"), result.getList("findings.findAll { it.ruleId == 'TXT_NO_CASE_CLAIM' }.id"));
        assertEquals("NOT_ASSESSABLE", result.getString("findings.find { it.id == 'TXT_NO_CASE_CLAIM:REVIEW' }.status"));
        assertTrue(result.getBoolean("valid"), String.valueOf(result.getList("findings.findAll { it.status == 'FAIL' }.message")));
    }

    static JsonPath validate(String body) {
        return json().queryParam("include", "all").body(body).post("/validate").then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> finding(JsonPath result, Case c) {
        Map<String, Object> finding = result.getMap("findings.find { it.id == '" + c.ruleId() + ":" + c.instance() + "' }");
        if (finding == null) {
            throw new AssertionError("no finding " + c.ruleId() + ":" + c.instance() + " in " + result.getList("findings.id"));
        }
        return finding;
    }
}
