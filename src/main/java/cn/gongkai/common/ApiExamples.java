package cn.gongkai.common;

/** Example bodies for the OpenAPI document, taken from the demo report (漕河镇 2023). */
public final class ApiExamples {

    private ApiExamples() {
    }

    public static final String AGENCY = """
            {"id":1,"name":"济宁市兖州区漕河镇人民政府","code":null,"divisionCode":"370812","level":"TOWNSHIP","scope":"AGENCY",\
            "address":"济宁市兖州区漕河镇府前路9号","phone":"0537—3822211","website":"www.yanzhou.gov.cn",\
            "createdAt":"2026-11-26T08:00:00Z","updatedAt":"2026-11-26T08:00:00Z"}""";

    public static final String AGENCY_INPUT = """
            {"name":"济宁市兖州区漕河镇人民政府","divisionCode":"370812","level":"TOWNSHIP","scope":"AGENCY",\
            "address":"济宁市兖州区漕河镇府前路9号","phone":"0537—3822211","website":"www.yanzhou.gov.cn"}""";

    public static final String AGENCY_PAGE = "{\"items\":[" + AGENCY + "],\"page\":0,\"size\":20,\"totalItems\":1,\"totalPages\":1}";

    public static final String INVALID_INPUT = """
            {"type":"urn:gongkai:problem:invalid-input","title":"Invalid input","status":400,\
            "detail":"2 value(s) refused; nothing was changed.","instance":"/agencies/1/years/2023/sections/table3",\
            "errors":[{"pointer":"/cells/NEW/NATURAL","reason":"must not be negative"},\
            {"pointer":"/cells/NEW/TOTAL","reason":"must be a number, or null for a blank cell"}]}""";

    public static final String NOT_FOUND = """
            {"type":"urn:gongkai:problem:not-found","title":"Not found","status":404,\
            "detail":"There is no agency 42.","instance":"/agencies/42"}""";

    public static final String CONFLICT = """
            {"type":"urn:gongkai:problem:conflict","title":"Conflict","status":409,\
            "detail":"Agency 1 has 1 report(s). Delete them first, or send DELETE /agencies/1?cascade=true to delete the agency with its reports.",\
            "instance":"/agencies/1"}""";

    public static final String PRECONDITION_FAILED = """
            {"type":"urn:gongkai:problem:precondition-failed","title":"Precondition failed","status":412,\
            "detail":"If-Match \\"report-1-3\\" does not match the current ETag \\"report-1-4\\" of the report of agency 1 for 2023: it was changed since you read it. Nothing was changed; GET it again, re-apply your change and retry.",\
            "instance":"/agencies/1/years/2023"}""";

    public static final String NARRATIVE_SECTION = """
            {"key":"part6","kind":"NARRATIVE","heading":"六、其他需要报告的事项","text":"",\
            "items":[{"key":"INFO_FEE","heading":"（一）依据《政府信息公开信息处理费管理办法》收取信息处理费的情况需在此专门报告",\
            "text":"2023年度，漕河镇未收取政府信息公开信息处理费。"}],"lastModified":"2026-11-26T08:00:00Z"}""";

    public static final String TABLE_SECTION = """
            {"key":"table4","kind":"TABLE","heading":"政府信息公开行政复议、行政诉讼情况",\
            "cells":{"CASES":{"RV_UPHELD":0,"RV_CORRECTED":0,"RV_OTHER":0,"RV_PENDING":0,"RV_TOTAL":0,\
            "LD_UPHELD":0,"LD_CORRECTED":0,"LD_OTHER":0,"LD_PENDING":0,"LD_TOTAL":0,\
            "LA_UPHELD":0,"LA_CORRECTED":0,"LA_OTHER":0,"LA_PENDING":0,"LA_TOTAL":0}},"lastModified":"2026-11-26T08:00:00Z"}""";

    public static final String TABLE_INPUT = """
            {"cells":{"NEW":{"NATURAL":3,"TOTAL":3},"R_GRANT":{"NATURAL":2,"TOTAL":2},"R_TOTAL":{"NATURAL":2,"TOTAL":2},\
            "CARRY_OUT":{"NATURAL":1,"TOTAL":1}},"printed":{"CARRY_IN":{"NATURAL":"/"}}}""";

    public static final String REPORT = "{\"agencyId\":1,\"agencyName\":\"济宁市兖州区漕河镇人民政府\",\"year\":2023,\"format\":\"national-2021\","
            + "\"title\":\"济宁市兖州区漕河镇人民政府2023年政府信息公开工作年度报告\","
            + "\"preamble\":\"本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。\",\"publishedOn\":null,"
            + "\"lastModified\":\"2026-11-26T08:00:00Z\",\"sections\":{\"part6\":" + NARRATIVE_SECTION + ",\"table4\":" + TABLE_SECTION + "}}";

    public static final String REPORT_INPUT = "{\"title\":\"济宁市兖州区漕河镇人民政府2023年政府信息公开工作年度报告\","
            + "\"sections\":{\"table4\":{\"cells\":{\"CASES\":{\"RV_UPHELD\":1,\"RV_TOTAL\":1}}}}}";
}
