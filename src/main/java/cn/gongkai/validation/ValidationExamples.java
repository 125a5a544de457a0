package cn.gongkai.validation;

/** Example bodies for the OpenAPI document, from the demo report with one cell changed. */
final class ValidationExamples {

    private ValidationExamples() {
    }

    static final String RESULT = """
            {"valid":false,"format":"national-2021","year":2023,"previousYearCompared":false,\
            "summary":{"evaluated":112,"passed":88,"failed":2,"notAssessable":22,"dismissed":0,\
            "bySeverity":{"ERROR":{"evaluated":60,"passed":58,"failed":2,"notAssessable":0}},\
            "byCategory":{"IN_TABLE":{"evaluated":47,"passed":46,"failed":1,"notAssessable":0}}},\
            "findings":[{"id":"APP_BALANCE:TOTAL","ruleId":"APP_BALANCE","instance":"TOTAL","severity":"ERROR","category":"IN_TABLE",\
            "status":"FAIL","expression":"table3/NEW/TOTAL + table3/CARRY_IN/TOTAL = table3/R_TOTAL/TOTAL + table3/CARRY_OUT/TOTAL",\
            "lhs":12,"rhs":10,"imbalance":2,"cells":[{"pointer":"/sections/table3/cells/NEW/TOTAL","value":12,"state":"NUMBER"},\
            {"pointer":"/sections/table3/cells/CARRY_IN/TOTAL","value":0,"state":"NUMBER"},\
            {"pointer":"/sections/table3/cells/R_TOTAL/TOTAL","value":9,"state":"NUMBER"},\
            {"pointer":"/sections/table3/cells/CARRY_OUT/TOTAL","value":1,"state":"NUMBER"}],\
            "message":"表三（总计列）：本年新收+上年结转=12，办理结果总计+结转下年度=10，相差2",\
            "messageEn":"Table 3 (column 总计): new + carried in = 12, results total + carried out = 10, difference 2",\
            "reference":"表三表头：本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和（国办公开办函〔2021〕30号）",\
            "fingerprint":"9c0e4f2b7d1a3e5f6a7b8c9d0e1f2a3b"}]}""";

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
            {"report":{"year":2023,"format":"national-2021","sections":{"table3":{"cells":{"NEW":{"NATURAL":3,"TOTAL":3},\
            "CARRY_IN":{"NATURAL":0,"TOTAL":0},"R_GRANT":{"NATURAL":2,"TOTAL":2},"R_TOTAL":{"NATURAL":2,"TOTAL":2},\
            "CARRY_OUT":{"NATURAL":1,"TOTAL":1}}}}},"previous":null}""";

    static final String DECISION = """
            {"status":"DISMISSED","reason":"两件申请为同一申请人就同一事项的补正，经核实计数无误。"}""";
}
