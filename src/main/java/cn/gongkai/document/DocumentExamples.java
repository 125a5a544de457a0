package cn.gongkai.document;

/** Example bodies for the OpenAPI document of import and export, from the demo report (漕河镇 2023). */
public final class DocumentExamples {

    private DocumentExamples() {
    }

    public static final String IMPORT_RESULT = """
            {"stored":true,"report":{"agencyId":1,"agencyName":"济宁市兖州区漕河镇人民政府","year":2023,"format":"national-2021",\
            "title":"济宁市兖州区漕河镇人民政府2023年政府信息公开工作年度报告","lastModified":"2026-11-26T08:00:00Z",\
            "sections":{"table4":{"key":"table4","kind":"TABLE","cells":{"CASES":{"RV_UPHELD":0,"RV_CORRECTED":0,"RV_OTHER":0,\
            "RV_PENDING":0,"RV_TOTAL":0,"LD_UPHELD":0,"LD_CORRECTED":0,"LD_OTHER":0,"LD_PENDING":0,"LD_TOTAL":0,"LA_UPHELD":0,\
            "LA_CORRECTED":0,"LA_OTHER":0,"LA_PENDING":0,"LA_TOTAL":0}}}}},\
            "parse":{"mediaType":"text/plain","detectedFormat":"national-2021","format":"national-2021",\
            "formatEvidence":["本年制发件数","本年废止件数","现行有效件数"],\
            "title":"济宁市兖州区漕河镇人民政府2023年政府信息公开工作年度报告","agencyName":"济宁市兖州区漕河镇人民政府","year":2023,\
            "statisticalPeriod":{"from":"2023-01-01","to":"2023-12-31"},\
            "labels":[{"kind":"ROW","key":"table3.R_REJECT_CONFIRM","found":"5.要求行政机关确认或重新\\n出具已获取信息",\
            "catalogue":"5.要求行政机关确认或重新出具已获取信息","exact":true}],\
            "cells":[{"cell":"table2.RULES.ISSUED","raw":"0","readAs":"ZERO","value":0,"rowLabel":"规章"}],\
            "unrecognised":[],"removedArtefacts":["image [image: e94226c78cc7ddd58a72544838e7b5a]"],"warnings":[],"parseMillis":4.2}}""";

    public static final String UNREADABLE = """
            {"type":"urn:gongkai:problem:unreadable-document","title":"Unreadable document","status":400,\
            "detail":"The .docx is encrypted (password-protected); remove the password in Word and send it again. Nothing was stored.",\
            "instance":"/agencies/1/years/2023/import"}""";

    /** Every import answers an upload over 50 MB in the same words; only the path differs. */
    private static final String UPLOAD_TOO_LARGE = """
            {"type":"urn:gongkai:problem:document-too-large","title":"Document too large","status":413,\
            "detail":"The upload is larger than 52428800 bytes (50 MB), the most this service accepts. Nothing was stored.",""";

    public static final String TOO_LARGE = UPLOAD_TOO_LARGE + "\"instance\":\"/agencies/1/years/2023/import\"}";

    /** The batch imports' refusals are of the whole request; a file that cannot be read is refused in its own result. */
    public static final String BATCH_TOO_LARGE = UPLOAD_TOO_LARGE + "\"instance\":\"/imports\"}";

    public static final String BATCH_UNSAFE_ARCHIVE = """
            {"type":"urn:gongkai:problem:unsafe-archive","title":"Unsafe archive","status":400,\
            "detail":"The archive upload.zip has an entry named '../../escape.txt', which points outside the archive. Nothing was stored.",\
            "instance":"/imports"}""";

    public static final String NOT_A_REPORT = """
            {"type":"urn:gongkai:problem:not-a-report","title":"Not an annual report","status":422,\
            "detail":"The document has no part headings (一、总体情况 …) and no table of the format: it is not a 政府信息公开工作年度报告, \
            or its text is not extractable (a scan). Nothing was stored.",\
            "instance":"/agencies/1/years/2023/import"}""";

    public static final String PRECONDITION_REQUIRED = """
            {"type":"urn:gongkai:problem:precondition-required","title":"Precondition required","status":428,\
            "detail":"Agency 1 already has a report for 2023. An import replaces it only with If-Match: the ETag from \
            GET /agencies/1/years/2023. Nothing was stored.",\
            "instance":"/agencies/1/years/2023/import"}""";

    public static final String UNSUPPORTED = """
            {"type":"urn:gongkai:problem:unsupported-document-type","title":"Unsupported document type","status":415,\
            "detail":"Content-Type 'application/pdf' is not a document type this service reads: send .docx \
            (application/vnd.openxmlformats-officedocument.wordprocessingml.document), text/plain; charset=utf-8, text/html or \
            text/markdown. Nothing was stored.",\
            "instance":"/agencies/1/years/2023/import"}""";

    public static final String TEXT_DOCUMENT = """
            济宁市兖州区漕河镇人民政府
            2023年政府信息公开工作年度报告
            一、总体情况
            ……
            二、主动公开政府信息情况
            \t第二十条第（一）项
            """;

    public static final String HTML_EXPORT = """
            <!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>济宁市兖州区漕河镇人民政府2023年政府信息公开工作年度报告</title></head>\
            <body><h1>济宁市兖州区漕河镇人民政府2023年政府信息公开工作年度报告</h1><h2>一、总体情况</h2><p>……</p></body></html>""";

    public static final String MARKDOWN_EXPORT = """
            # 济宁市兖州区漕河镇人民政府2023年政府信息公开工作年度报告

            ## 二、主动公开政府信息情况

            |  |  |  | 第二十条第（一）项 |
            |---|---|---|---|
            | 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |
            | 规章 | 0 | 0 | 0 |
            """;

    public static final String BATCH_RESULT = """
            {"files":2,"stored":1,"failed":1,"results":[\
            {"file":"caohe-2023.docx","agencyId":1,"year":2023,"status":201,"stored":true,"etag":"\\"report-1-0\\"",\
            "detectedFormat":"national-2021","warnings":[]},\
            {"file":"scan.docx","status":400,"stored":false,"problem":{"type":"urn:gongkai:problem:unreadable-document",\
            "title":"Unreadable document","status":400,"detail":"The .docx is encrypted (password-protected); remove the password in Word \
            and send it again. Nothing was stored."}}]}""";
}
