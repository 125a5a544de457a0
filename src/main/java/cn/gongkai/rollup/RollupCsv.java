package cn.gongkai.rollup;

import java.util.ArrayList;
import java.util.List;

import cn.gongkai.agency.ReportScope;
import cn.gongkai.common.Csv;
import cn.gongkai.format.BlockDefinition;
import cn.gongkai.format.ColumnDefinition;
import cn.gongkai.format.FormatCatalogue;
import cn.gongkai.format.RowDefinition;
import cn.gongkai.format.SectionDefinition;
import cn.gongkai.report.SectionBody;
import com.fasterxml.jackson.databind.JsonNode;

/** The roll-ups as CSV for Excel: UTF-8 with a BOM, Chinese headers, RFC 4180 quoting. */
final class RollupCsv {

    private RollupCsv() {
    }

    /**
     * One line a cell of the year's format: the agencies' sum and, apart, the REGION-scope reports' sum; then the same
     * for each other format the reports are stored in (last column: which format the line's sums are over).
     */
    static byte[] summary(RollupSummary summary, FormatCatalogue catalogue) {
        List<List<?>> lines = new ArrayList<>();
        lines.add(List.of("区划代码", "区划名称", "年度", "表格", "行代码", "列代码", "行名称", "列名称", "机关报告合计", "本级政府报告合计（不计入机关合计）",
                "格式"));
        addLines(lines, catalogue, summary, summary.agencyReports(), summary.regionReports());
        for (String format : summary.otherFormats().stream().map(RollupSummary.Sums::format).distinct().toList()) {
            addLines(lines, catalogue, summary, of(summary, format, ReportScope.AGENCY), of(summary, format, ReportScope.REGION));
        }
        return Csv.write(lines);
    }

    private static RollupSummary.Sums of(RollupSummary summary, String format, ReportScope scope) {
        return summary.otherFormats().stream().filter(sums -> sums.format().equals(format) && sums.scope() == scope).findFirst().orElse(null);
    }

    private static void addLines(List<List<?>> lines, FormatCatalogue catalogue, RollupSummary summary, RollupSummary.Sums agencies,
            RollupSummary.Sums region) {
        String formatId = agencies != null ? agencies.format() : region.format();
        RollupSummary.Sums laidOut = agencies != null ? agencies : region;
        for (SectionDefinition section : catalogue.find(formatId).orElseThrow().sections()) {
            if (!laidOut.sections().containsKey(section.key())) {
                continue;
            }
            for (BlockDefinition block : section.blocks()) {
                for (RowDefinition row : block.rows()) {
                    for (ColumnDefinition column : block.columns()) {
                        List<Object> line = new ArrayList<>(List.of(summary.division().code(), summary.division().name(), summary.year(),
                                section.key(), row.key(), column.key(), row.label(), column.label()));
                        line.add(agencies == null ? null : value(agencies.sections().get(section.key()), row, column));
                        line.add(region == null ? null : value(region.sections().get(section.key()), row, column));
                        line.add(formatId);
                        lines.add(line);
                    }
                }
            }
        }
    }

    private static Object value(SectionBody section, RowDefinition row, ColumnDefinition column) {
        JsonNode value = section.cells().get(row.key()).get(column.key());
        return value == null || value.isNull() ? null : value.decimalValue();
    }

    static byte[] agencies(List<AgencyRow> rows) {
        List<List<?>> lines = new ArrayList<>();
        lines.add(List.of("机关ID", "机关名称", "区划代码", "机关类别", "报告范围", "是否提交报告", "格式", "校验结论", "错误数", "警告数",
                "本年新收申请", "行政复议总计", "行政诉讼总计"));
        for (AgencyRow row : rows) {
            lines.add(java.util.Arrays.asList(row.agencyId(), row.name(), row.divisionCode(), row.level().label(), row.scope().name(),
                    row.reportPresent() ? "是" : "否", row.format(), row.validity().name(), row.errors(), row.warnings(),
                    row.newApplications(), row.reviews(), row.litigation()));
        }
        return Csv.write(lines);
    }

    /**
     * One line a year. 规章和规范性文件制发数 is over the year's format (column 格式), as documentsIssued; then, for each
     * format of the catalogue, its reports and its own 规章/规范性文件 count, which are never added across formats.
     */
    static byte[] trend(Trend trend, FormatCatalogue catalogue) {
        List<String> formats = catalogue.all().stream().map(cn.gongkai.format.Format::id).toList();
        List<Object> header = new ArrayList<>(List.of("年度", "报告数", "本年新收申请", "办理结果总计", "予以公开", "予以公开占比", "部分公开", "部分公开占比",
                "不予公开", "行政复议总计", "行政复议纠正", "行政复议纠错率", "行政诉讼总计", "行政诉讼纠正", "行政诉讼纠错率", "规章和规范性文件制发数（本年格式）",
                "许可处罚强制决定数", "格式"));
        for (String format : formats) {
            header.add("报告数（" + format + "）");
            header.add("规章和规范性文件数（" + format + "，不跨格式相加）");
        }
        List<List<?>> lines = new ArrayList<>();
        lines.add(header);
        for (Trend.Point p : trend.years()) {
            List<Object> line = new ArrayList<>(java.util.Arrays.asList(p.year(), p.reports(), p.newApplications(), p.results(), p.granted(),
                    p.grantedShare(), p.partiallyGranted(), p.partiallyGrantedShare(), p.denied(), p.reviews(), p.reviewsCorrected(),
                    p.reviewCorrectionRate(), p.litigation(), p.litigationCorrected(), p.litigationCorrectionRate(), p.documentsIssued(),
                    p.decisions(), p.format()));
            for (String format : formats) {
                line.add(p.formats().getOrDefault(format, 0L));
                line.add(format.equals(p.format()) ? p.documentsIssued() : p.otherFormats().stream().filter(other -> other.format().equals(format))
                        .findFirst().map(Trend.FormatPoint::documentsIssued).orElse(null));
            }
            lines.add(line);
        }
        return Csv.write(lines);
    }
}
