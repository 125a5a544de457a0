package cn.gongkai.agency;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import cn.gongkai.common.PlainText;
import cn.gongkai.division.Division;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Agency", description = "An agency (行政机关) that publishes an annual report. What GET returns, PUT accepts.")
public record AgencyBody(
        @Schema(description = "Server-assigned id; optional on PUT (must then equal the path), refused on POST.", readOnly = true, example = "1")
        Long id,

        @Schema(description = "Full name as in the report title.", example = "济宁市兖州区漕河镇人民政府", maxLength = 200)
        @NotBlank @Size(max = 200) @PlainText
        String name,

        @Schema(description = "统一社会信用代码 (18 characters), optional, unique when given.", example = "11370882004245010D", nullable = true)
        @Pattern(regexp = "^$|^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$",
                message = "must be an 18-character unified social credit code (统一社会信用代码)")
        String code,

        @Schema(description = "6-digit GB/T 2260 code of the agency's area.", example = "370812", pattern = Division.CODE_PATTERN)
        @NotNull @Pattern(regexp = Division.CODE_PATTERN, message = Division.CODE_MESSAGE)
        String divisionCode,

        @Schema(description = "Kind of agency.")
        @NotNull
        AgencyLevel level,

        @Schema(description = "What its reports cover; AGENCY when omitted.")
        ReportScope scope,

        @Schema(description = "Postal address.", example = "济宁市兖州区漕河镇府前路9号", nullable = true, maxLength = 300)
        @Size(max = 300) @PlainText
        String address,

        @Schema(description = "Contact phone.", example = "0537—3822211", nullable = true, maxLength = 50)
        @Size(max = 50) @PlainText
        String phone,

        @Schema(description = "Website where its reports are published.", example = "www.yanzhou.gov.cn", nullable = true, maxLength = 300)
        @Size(max = 300) @PlainText
        String website,

        @Schema(description = "When it was created.", readOnly = true, example = "2026-11-26T08:00:00Z")
        Instant createdAt,

        @Schema(description = "When it was last changed.", readOnly = true, example = "2026-11-26T08:00:00Z")
        Instant updatedAt) {

    static AgencyBody of(Agency agency) {
        return new AgencyBody(agency.id, agency.name, agency.code, agency.divisionCode, agency.level, agency.scope,
                agency.address, agency.phone, agency.website, agency.createdAt, agency.updatedAt);
    }
}
