package cn.gongkai.format;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A format version in the list of formats.")
public record FormatSummary(
        @Schema(description = "Format id.", example = "national-2021") String id,
        @Schema(description = "Official name.", example = "中华人民共和国政府信息公开工作年度报告格式") String name,
        @Schema(description = "The document that issued it.", example = "国办公开办函〔2021〕30号") String basis,
        @Schema(description = "First report year it applies to.", example = "2021") int firstYear,
        @Schema(description = "Last report year it applies to; null while current.", example = "null", nullable = true) Integer lastYear,
        @Schema(description = "Number of value cells over all its tables.", example = "200") int cellCount) {

    static FormatSummary of(FormatDefinition format) {
        int cells = format.sections().stream().mapToInt(section -> section.cells().size()).sum();
        return new FormatSummary(format.id(), format.name(), format.basis(), format.firstYear(), format.lastYear(), cells);
    }
}
