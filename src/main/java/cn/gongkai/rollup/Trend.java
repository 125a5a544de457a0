package cn.gongkai.rollup;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import cn.gongkai.agency.ReportScope;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RollupTrend", description = "Key indicators of a division's AGENCY-scope reports, year by year.")
public record Trend(
        @Schema(description = "The division.") RollupSummary.DivisionRef division,
        @Schema(description = "First year.", example = "2021") int from,
        @Schema(description = "Last year.", example = "2023") int to,
        @Schema(description = "Which reports are summed: AGENCY (REGION-scope reports are never added in).", example = "AGENCY") ReportScope sums,
        @Schema(description = "One point a year, from..to.") List<Point> years) {

    @Schema(name = "RollupTrendPoint", description = "One year's indicators. Sums are null when no report has the cells; rates and "
            + "shares are null when their base is 0 or blank, and are rounded to 4 decimals. The 表三, 表四 and 处理决定数量 indicators "
            + "mean the same in both formats and are summed over every report of the year whatever its format; documentsIssued does "
            + "not (2019: 本年新制作 of 规章 and 规范性文件; 2021: 本年制发 of 规章 and 行政规范性文件) and is summed per format: the "
            + "year's format here, each other format in otherFormats.")
    public record Point(
            @Schema(description = "Year.", example = "2023") int year,
            @Schema(description = "The year's format: documentsIssued is over its reports only (null when no format covers the year).",
                    example = "national-2021", nullable = true) String format,
            @Schema(description = "AGENCY-scope reports present, in any format.", example = "12") long reports,
            @Schema(description = "Reports present by the format they are kept in.", example = "{\"national-2021\": 11, \"trial-2019\": 1}")
            Map<String, Long> formats,
            @Schema(description = "表三 本年新收 总计.", example = "40", nullable = true) BigDecimal newApplications,
            @Schema(description = "表三 办理结果 总计.", example = "38", nullable = true) BigDecimal results,
            @Schema(description = "（一）予以公开 总计.", example = "20", nullable = true) BigDecimal granted,
            @Schema(description = "Share of 予以公开 in 办理结果总计.", example = "0.5263", nullable = true) BigDecimal grantedShare,
            @Schema(description = "（二）部分公开 总计.", example = "5", nullable = true) BigDecimal partiallyGranted,
            @Schema(description = "Share of 部分公开 in 办理结果总计.", example = "0.1316", nullable = true) BigDecimal partiallyGrantedShare,
            @Schema(description = "（三）不予公开, all eight grounds, 总计.", example = "2", nullable = true) BigDecimal denied,
            @Schema(description = "行政复议 总计.", example = "3", nullable = true) BigDecimal reviews,
            @Schema(description = "行政复议 结果纠正.", example = "1", nullable = true) BigDecimal reviewsCorrected,
            @Schema(description = "纠正 rate of 行政复议: 结果纠正 / 总计.", example = "0.3333", nullable = true) BigDecimal reviewCorrectionRate,
            @Schema(description = "行政诉讼 总计 (未经复议直接起诉 + 复议后起诉).", example = "2", nullable = true) BigDecimal litigation,
            @Schema(description = "行政诉讼 结果纠正 (both kinds).", example = "0", nullable = true) BigDecimal litigationCorrected,
            @Schema(description = "纠正 rate of 行政诉讼.", example = "0", nullable = true) BigDecimal litigationCorrectionRate,
            @Schema(description = "主动公开: 规章 and 行政规范性文件 本年制发 (trial-2019: 规章 and 规范性文件 本年新制作), over the reports "
                    + "in the year's format only.", example = "30", nullable = true)
            BigDecimal documentsIssued,
            @Schema(description = "主动公开: 行政许可, 行政处罚 and 行政强制 处理决定数量, all formats.", example = "1200", nullable = true)
            BigDecimal decisions,
            @Schema(description = "Reports kept in other formats than the year's, one entry per format: their counts that are not "
                    + "added to the year's format's (their 表三, 表四 and decisions are in the sums above).") List<FormatPoint> otherFormats) {
    }

    @Schema(name = "RollupTrendFormat", description = "One year's reports kept in a format other than the year's, with the indicators "
            + "that mean something else there.")
    public record FormatPoint(
            @Schema(description = "The format.", example = "trial-2019") String format,
            @Schema(description = "AGENCY-scope reports kept in it.", example = "1") long reports,
            @Schema(description = "规章 and 规范性文件 as that format counts them (trial-2019: 本年新制作数量; national-2021: 本年制发件数).",
                    example = "2", nullable = true) BigDecimal documentsIssued) {
    }
}
