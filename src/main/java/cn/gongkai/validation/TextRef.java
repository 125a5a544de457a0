package cn.gongkai.validation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The sentence a text rule matched, and where it stands.")
public record TextRef(
        @Schema(description = "JSON pointer of the text in the report.", example = "/sections/part1/items/1/text") String pointer,
        @Schema(description = "The sentence as written.", example = "2023年度，漕河镇未收到依申请公开政府信息。") String sentence,
        @Schema(description = "Offset of the sentence in that text (UTF-16 code units, as JavaScript counts).", example = "0") int start,
        @Schema(description = "End offset (exclusive).", example = "22") int end) {
}
