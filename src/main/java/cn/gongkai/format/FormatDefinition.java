package cn.gongkai.format;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A format version of the annual report, whole: enough to draw an empty report form.")
public record FormatDefinition(
        @Schema(description = "Format id.", example = "national-2021") String id,
        @Schema(description = "Official name.", example = "中华人民共和国政府信息公开工作年度报告格式") String name,
        @Schema(description = "The document that issued it.", example = "国办公开办函〔2021〕30号") String basis,
        @Schema(description = "What it is used for.", example = "The national format for reports on 2021 and later years.") String description,
        @Schema(description = "First report year it applies to.", example = "2021") int firstYear,
        @Schema(description = "Last report year it applies to; null while current.", example = "null", nullable = true) Integer lastYear,
        @Schema(description = "Sections in printed order: narrative parts and tables.") List<SectionDefinition> sections) {

    public FormatDefinition {
        sections = List.copyOf(sections);
    }

    public boolean appliesTo(int year) {
        return year >= firstYear && (lastYear == null || year <= lastYear);
    }
}
