package cn.gongkai.format;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A numbered sub-item of a narrative part, such as 六（一） on the 信息处理费.")
public record ItemDefinition(
        @Schema(description = "Stable key.", example = "INFO_FEE") String key,
        @Schema(description = "Heading as printed in the format.", example = "（一）依据《政府信息公开信息处理费管理办法》收取信息处理费的情况需在此专门报告") String heading,
        @Schema(description = "Whether every report must contain this item.", example = "true") boolean required) {
}
