package cn.gongkai.division;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import cn.gongkai.common.PlainText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Division", description = "An administrative division (GB/T 2260). What GET returns, PUT accepts.")
public record DivisionBody(
        @Schema(description = "6-digit GB/T 2260 code; optional on PUT (must then equal the path).", example = "370812", pattern = Division.CODE_PATTERN)
        @Pattern(regexp = Division.CODE_PATTERN, message = Division.CODE_MESSAGE)
        String code,

        @Schema(description = "Name.", example = "兖州区", maxLength = 100)
        @NotBlank @Size(max = 100) @PlainText
        String name,

        @Schema(description = "Level; when omitted, taken from the code's shape (xx0000 province, xxxx00 city, else county).")
        DivisionLevel level,

        @Schema(description = "Code of the parent division; none for a province. Its code prefix must contain this code "
                + "(a county under 3708xx or directly under its province).", example = "370800", nullable = true)
        @Pattern(regexp = Division.CODE_PATTERN, message = Division.CODE_MESSAGE)
        String parentCode,

        @Schema(description = "When it was last changed.", readOnly = true, example = "2026-11-26T08:00:00Z")
        Instant updatedAt) {

    static DivisionBody of(Division division) {
        return new DivisionBody(division.code, division.name, division.level, division.parentCode, division.updatedAt);
    }
}
