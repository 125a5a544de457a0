package cn.gongkai.validation;

/**
 * Example bodies for the OpenAPI document, each what the service really sends (ValidationExamplesTest replays them):
 * {@link #RESULT} answers {@link #BODY}, a draft whose 总计 column does not balance, posted with {@link #RESULT_QUERY}.
 */
final class ValidationExamples {

    private ValidationExamples() {
    }

    /** The query {@link #RESULT} answers, with {@link #BODY} posted to /validate. */
    static final java.util.Map<String, String> RESULT_QUERY = java.util.Map.of("severity", "ERROR", "category", "IN_TABLE");

    static final String RESULT = """
            {"valid":false,"format":"national-2021","year":2023,"previousYearCompared":false,"summary":{"evaluated":88,"passed":3,\
            "failed":8,"notAssessable":77,"dismissed":0,"bySeverity":{"ERROR":{"evaluated":53,"passed":1,"failed":5,"notAssessable":47},\
            "WARNING":{"evaluated":30,"passed":2,"failed":3,"notAssessable":25},"INFO":{"evaluated":5,"passed":0,"failed":0,\
            "notAssessable":5}},"byCategory":{"IN_TABLE":{"evaluated":50,"passed":1,"failed":2,"notAssessable":47},\
            "CROSS_YEAR":{"evaluated":17,"passed":0,"failed":0,"notAssessable":17},"TEXT_TABLE":{"evaluated":11,"passed":1,"failed":1,\
            "notAssessable":9},"STRUCTURE":{"evaluated":10,"passed":1,"failed":5,"notAssessable":4}}},\
            "findings":[{"id":"APP_BALANCE:TOTAL","ruleId":"APP_BALANCE","instance":"TOTAL","severity":"ERROR","category":"IN_TABLE",\
            "status":"FAIL","expression":"table3/NEW/TOTAL + table3/CARRY_IN/TOTAL = table3/R_TOTAL/TOTAL + table3/CARRY_OUT/TOTAL",\
            "lhs":12,"rhs":10,"imbalance":2,"cells":[{"pointer":"/sections/table3/cells/NEW/TOTAL","value":12,"state":"NUMBER"},\
            {"pointer":"/sections/table3/cells/CARRY_IN/TOTAL","value":0,"state":"NUMBER"},\
            {"pointer":"/sections/table3/cells/R_TOTAL/TOTAL","value":9,"state":"NUMBER"},\
            {"pointer":"/sections/table3/cells/CARRY_OUT/TOTAL","value":1,"state":"NUMBER"}],\
            "message":"表三（总计列）：本年新收+上年结转=12，办理结果总计+结转下年度=10，相差2",\
            "messageEn":"Table 3 (column 总计): new + carried in = 12, results total + carried out = 10, difference 2",\
            "reference":"表三表头：本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和（国办公开办函〔2021〕30号）","fingerprint":"cbe31c3e3c365f12109ee677561bf30d"}]}""";

    static final String RULE = """
            {"id":"APP_BALANCE","kind":"COMPARE","severity":"ERROR","category":"IN_TABLE",\
            "titleZh":"表三各列：新收+上年结转=办理结果总计+结转下年度",\
            "titleEn":"Table 3, every column: new + carried in = results total + carried out",\
            "expression":"T3[NEW][c] + T3[CARRY_IN][c] = T3[R_TOTAL][c] + T3[CARRY_OUT][c], for every column c",\
            "reference":"表三表头：本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和（国办公开办函〔2021〕30号）",\
            "formats":["national-2021","trial-2019"],"forEach":{"columnsOf":"table3"},\
            "lhs":["table3/NEW/{column}","table3/CARRY_IN/{column}"],"op":"=","rhs":["table3/R_TOTAL/{column}","table3/CARRY_OUT/{column}"],\
            "lhsLabelZh":"本年新收+上年结转","rhsLabelZh":"办理结果总计+结转下年度","lhsLabelEn":"new + carried in","rhsLabelEn":"results total + carried out"}""";

    static final String BODY = """
            {"report":{"year":2023,"format":"national-2021","sections":{"table3":{"cells":{"NEW":{"TOTAL":12},"CARRY_IN":{"TOTAL":0},\
            "R_GRANT":{"TOTAL":9},"R_TOTAL":{"TOTAL":9},"CARRY_OUT":{"TOTAL":1}}}}},"previous":null}""";

    /** The answer to {@link #DECISION} on the demo report with 其他信息 16 → 15 条, abridged: its cells and text left out. */
    static final String DISMISSED = """
            {"id":"TXT_PARTS_SUM:part1.PROACTIVE.1","ruleId":"TXT_PARTS_SUM","instance":"part1.PROACTIVE.1","severity":"WARNING",\
            "category":"TEXT_TABLE","status":"FAIL","message":"正文“共发布65条”，其中9项合计64，比总数少1（分项含“其他”，应等于总数）",\
            "decision":{"status":"DISMISSED","reason":"另有1条为转载信息，不列入分类。","decidedAt":"2026-11-26T08:00:00Z","current":true}}""";

    static final String DECISION = """
            {"status":"DISMISSED","reason":"另有1条为转载信息，不列入分类。"}""";
}
