package cn.gongkai.rollup;

/** Example bodies for the OpenAPI document of the roll-ups (shortened: a real summary lists every cell). */
final class RollupExamples {

    private RollupExamples() {
    }

    static final String SUMMARY = """
            {"division":{"code":"370812","name":"兖州区","level":"COUNTY","prefix":"370812"},"year":2023,"format":"national-2021",\
            "formats":{"national-2021":3},"formatsMixed":false,"sums":"AGENCY",\
            "agencyReports":{"scope":"AGENCY","format":"national-2021","reports":2,"sections":{"table4":{"key":"table4","kind":"TABLE","cells":{"CASES":\
            {"RV_UPHELD":0,"RV_CORRECTED":0,"RV_OTHER":0,"RV_PENDING":0,"RV_TOTAL":0,"LD_UPHELD":0,"LD_CORRECTED":0,"LD_OTHER":0,\
            "LD_PENDING":0,"LD_TOTAL":0,"LA_UPHELD":0,"LA_CORRECTED":0,"LA_OTHER":0,"LA_PENDING":0,"LA_TOTAL":0}}}},\
            "validation":{"valid":true,"format":"national-2021","year":2023,"previousYearCompared":false,\
            "summary":{"evaluated":40,"passed":40,"failed":0,"notAssessable":0,"dismissed":0},"findings":[]}},\
            "regionReports":{"scope":"REGION","format":"national-2021","reports":1,"sections":{}},"otherFormats":[],\
            "coverage":{"agencies":4,"regionAgencies":1,"reportsPresent":3,"missing":1,\
            "missingAgencies":[{"id":7,"name":"济宁市兖州区小孟镇人民政府","divisionCode":"370812","scope":"AGENCY"}],\
            "failingValidation":0,"notValidated":0}}""";

    static final String SUMMARY_CSV = """
            区划代码,区划名称,年度,表格,行代码,列代码,行名称,列名称,机关报告合计,本级政府报告合计（不计入机关合计）,格式
            370812,兖州区,2023,table3,NEW,NATURAL,一、本年新收政府信息公开申请数量,自然人,2,40,national-2021
            """;

    static final String BAD_YEAR = """
            {"type":"urn:gongkai:problem:invalid-input","title":"Invalid input","status":400,\
            "detail":"no national format covers 2015 (formats cover 2019 onwards)","instance":"/divisions/370812/years/2015/summary",\
            "errors":[{"parameter":"year","reason":"no national format covers 2015 (formats cover 2019 onwards)"}]}""";

    static final String AGENCIES = """
            {"division":{"code":"370812","name":"兖州区","level":"COUNTY","prefix":"370812"},"year":2023,"items":[\
            {"agencyId":1,"name":"济宁市兖州区漕河镇人民政府","divisionCode":"370812","level":"TOWNSHIP","scope":"AGENCY",\
            "reportPresent":true,"format":"national-2021","validity":"VALID","errors":0,"warnings":1,"newApplications":2,\
            "reviews":0,"litigation":0}],"page":0,"size":50,"totalItems":1,"totalPages":1}""";

    static final String AGENCIES_CSV = """
            机关ID,机关名称,区划代码,机关类别,报告范围,是否提交报告,格式,校验结论,错误数,警告数,本年新收申请,行政复议总计,行政诉讼总计
            1,济宁市兖州区漕河镇人民政府,370812,乡镇人民政府,AGENCY,是,national-2021,VALID,0,1,2,0,0
            """;

    static final String TREND = """
            {"division":{"code":"370812","name":"兖州区","level":"COUNTY","prefix":"370812"},"from":2022,"to":2023,"sums":"AGENCY",\
            "years":[{"year":2022,"format":"national-2021","reports":0,"formats":{},"otherFormats":[]},\
            {"year":2023,"format":"national-2021","reports":2,"formats":{"national-2021":1,"trial-2019":1},"newApplications":5,\
            "results":4,"granted":2,"grantedShare":0.5,"partiallyGranted":1,"partiallyGrantedShare":0.25,"denied":0,"reviews":0,\
            "reviewsCorrected":0,"litigation":0,"litigationCorrected":0,"documentsIssued":0,"decisions":3,\
            "otherFormats":[{"format":"trial-2019","reports":1,"documentsIssued":2}]}]}""";

    static final String TREND_CSV = """
            年度,报告数,本年新收申请,办理结果总计,予以公开,予以公开占比,部分公开,部分公开占比,不予公开,行政复议总计,行政复议纠正,行政复议纠错率,\
            行政诉讼总计,行政诉讼纠正,行政诉讼纠错率,规章和规范性文件制发数（本年格式）,许可处罚强制决定数,格式,报告数（national-2021）,\
            规章和规范性文件数（national-2021，不跨格式相加）,报告数（trial-2019）,规章和规范性文件数（trial-2019，不跨格式相加）
            2023,2,5,4,2,0.5,1,0.25,0,0,0,,0,0,,0,3,national-2021,1,0,1,2
            """;
}
