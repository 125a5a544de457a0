package cn.gongkai.report;

import jakarta.validation.constraints.Size;

import cn.gongkai.common.PlainText;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SectionItem", description = "A numbered sub-item of a narrative part, e.g. 一（二） or 六（一）.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ItemBody(
        @Schema(description = "Catalogue key of the item when it is one of the format's items (GET /formats/{id}); null for a free sub-heading.",
                example = "INFO_FEE", nullable = true)
        @Size(max = 32) @PlainText
        String key,

        @Schema(description = "Heading as printed in this report.", example = "（一）依据《政府信息公开信息处理费管理办法》收取信息处理费的情况需在此专门报告",
                maxLength = 500)
        @Size(max = 500) @PlainText
        String heading,

        @Schema(description = "Text; paragraphs separated by line breaks.", example = "2023年度，漕河镇未收取政府信息公开信息处理费。")
        @Size(max = 100_000) @PlainText(multiline = true)
        String text) {
}
