package cn.gongkai.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import cn.gongkai.common.PlainText;
import cn.gongkai.format.SectionKind;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A report section as sent and returned. Narrative parts use heading, text and items; tables use
 * cells (and printed). Which fields apply, and which rows and columns exist, comes from the format
 * catalogue, so the one shape serves every part and table of every format version.
 */
@Schema(name = "Section", description = "A report section. Narrative parts (part1…part6) have heading, text and items; tables (table2…table4) "
        + "have cells: cells.{rowKey}.{columnKey} = a number, or null for a blank (not reported) cell. Row and column keys come from "
        + "GET /formats/{formatId}. What GET returns, PUT accepts.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SectionBody(
        @Schema(description = "Section key; optional on PUT (must then equal the path).", example = "table3")
        String key,

        @Schema(description = "NARRATIVE or TABLE, from the catalogue; optional on PUT (must then agree).", readOnly = true)
        SectionKind kind,

        @Schema(description = "Heading as printed in this report.", example = "一、总体情况", maxLength = 500)
        @Size(max = 500) @PlainText
        String heading,

        @Schema(description = "Narrative text before the first sub-item; paragraphs separated by line breaks.",
                example = "今年以来，按照《中华人民共和国政府信息公开条例》要求和政务公开工作部署，紧紧围绕镇中心工作……")
        @Size(max = 200_000) @PlainText(multiline = true)
        String text,

        @Schema(description = "Numbered sub-items, in printed order.")
        @Size(max = 50)
        List<@Valid ItemBody> items,

        @Schema(type = SchemaType.OBJECT, description = "Table cells: {rowKey: {columnKey: value}}. A value is a JSON number "
                + "(counts: whole and ≥ 0; 万元 amounts: ≥ 0 with at most 4 decimals) or null for a blank cell. Cells left out are blank. "
                + "GET returns every cell of the table.",
                example = "{\"NEW\":{\"NATURAL\":3,\"TOTAL\":3},\"CARRY_IN\":{\"NATURAL\":null}}")
        Map<String, Map<String, JsonNode>> cells,

        @Schema(type = SchemaType.OBJECT, description = "How the source document printed a cell when that was not just the number: "
                + "{rowKey: {columnKey: text}}, e.g. \"/\", \"-\", \"—\" for a blank, or \"500元\".",
                example = "{\"CARRY_IN\":{\"NATURAL\":\"/\"}}")
        Map<String, Map<String, String>> printed,

        @Schema(description = "When the section was last changed.", readOnly = true, example = "2026-11-26T08:00:00Z")
        Instant lastModified) {
}
