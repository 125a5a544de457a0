package cn.gongkai.division;

/** Example bodies for the OpenAPI document of the division resource. */
final class DivisionExamples {

    private DivisionExamples() {
    }

    static final String DIVISION = """
            {"code":"370812","name":"兖州区","level":"COUNTY","parentCode":"370800","updatedAt":"2026-11-26T08:00:00Z"}""";

    static final String DIVISION_INPUT = """
            {"name":"兖州区","level":"COUNTY","parentCode":"370800"}""";

    static final String PAGE = "{\"items\":[" + DIVISION + "],\"page\":0,\"size\":100,\"totalItems\":1,\"totalPages\":1}";

    static final String BULK_JSON = """
            [{"code":"370000","name":"山东省"},{"code":"370800","name":"济宁市","parentCode":"370000"},\
            {"code":"370812","name":"兖州区","level":"COUNTY","parentCode":"370800"}]""";

    static final String BULK_CSV = """
            code,name,level,parentCode
            370000,山东省,PROVINCE,
            370800,济宁市,CITY,370000
            370812,兖州区,COUNTY,370800
            """;

    static final String BULK_RESULT = """
            {"received":3,"created":1,"updated":2}""";

    static final String BULK_INVALID = """
            {"type":"urn:gongkai:problem:invalid-input","title":"Invalid input","status":400,\
            "detail":"1 value(s) refused; nothing was stored.","instance":"/divisions",\
            "errors":[{"pointer":"/2/parentCode","reason":"line 4: there is no division 370900 (stored or in this upload)"}]}""";

    static final String NOT_FOUND = """
            {"type":"urn:gongkai:problem:not-found","title":"Not found","status":404,\
            "detail":"There is no division 379999.","instance":"/divisions/379999"}""";

    static final String CONFLICT = """
            {"type":"urn:gongkai:problem:conflict","title":"Conflict","status":409,\
            "detail":"Division 370800 has 11 sub-division(s) and 2 agency(ies) in it; delete or move them first.",\
            "instance":"/divisions/370800"}""";
}
