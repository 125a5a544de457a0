package cn.gongkai.rollup;

import java.util.Locale;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import cn.gongkai.common.Csv;
import cn.gongkai.common.PageRequest;
import cn.gongkai.division.Division;
import cn.gongkai.format.FormatCatalogue;
import cn.gongkai.problem.ApiException;
import cn.gongkai.problem.Problem;
import cn.gongkai.problem.Violation;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/divisions/{code}")
@Produces({ MediaType.APPLICATION_JSON, RollupResource.CSV })
@Tag(name = "Roll-ups", description = "Sums, coverage, validity and trends of a division's reports, for district dashboards. "
        + "Every roll-up also answers Accept: text/csv (UTF-8 with a BOM, Chinese headers).")
public class RollupResource {

    static final String CSV = "text/csv; charset=UTF-8";

    private final RollupService rollups;
    private final FormatCatalogue catalogue;

    public RollupResource(RollupService rollups, FormatCatalogue catalogue) {
        this.rollups = rollups;
        this.catalogue = catalogue;
    }

    @GET
    @Path("/years/{year}/summary")
    @Operation(summary = "A division's summed tables, coverage and validation for a year",
            description = "Over all agencies in the division and its sub-divisions: 表二, 表三 and 表四 summed in SQL, in the shape of a "
                    + "report's table sections (agencyReports.sections); REGION-scope reports summed apart (regionReports), never added in; "
                    + "coverage (agencies, reports present, missing agencies, reports failing validation); the in-table rules over the sums. "
                    + "Accept: text/csv gives one line a cell.")
    @APIResponse(responseCode = "200", description = "The roll-up.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RollupSummary.class),
                    examples = @ExampleObject(name = "兖州区 2023", value = RollupExamples.SUMMARY)),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "CSV", value = RollupExamples.SUMMARY_CSV)) })
    @APIResponse(responseCode = "400", description = "A bad code or a year no format covers.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad year", value = RollupExamples.BAD_YEAR)))
    @APIResponse(responseCode = "404", description = "No such division.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response summary(
            @Parameter(description = "GB/T 2260 code.", example = "370812") @PathParam("code") @Pattern(regexp = Division.CODE_PATTERN,
                    message = Division.CODE_MESSAGE) String code,
            @Parameter(description = "Report year.", example = "2023") @PathParam("year") @Min(1990) @Max(2100) int year,
            @Context HttpHeaders headers) {
        RollupSummary summary = rollups.summary(code, year);
        if (wantsCsv(headers)) {
            return csv(RollupCsv.summary(summary, catalogue), code + "-" + year + "-summary.csv");
        }
        return Response.ok(summary, MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("/years/{year}/agencies")
    @Operation(summary = "A division's agencies for a year, one row each",
            description = "Report present, validity with ERROR/WARNING counts, and key figures (表三 新收 总计, 复议 and 诉讼 totals); "
                    + "sortable (sort=newApplications, -errors, …; a leading - sorts descending), paged (page from 0, Link headers, "
                    + "X-Total-Count), filterable by validity. Accept: text/csv gives every matching row (no paging).")
    @APIResponse(responseCode = "200", description = "A page of rows.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgencyTable.class),
                    examples = @ExampleObject(name = "兖州区 2023", value = RollupExamples.AGENCIES)),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "CSV", value = RollupExamples.AGENCIES_CSV)) })
    @APIResponse(responseCode = "400", description = "A bad code, year, sort, validity or paging parameter.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such division.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response agencies(
            @Parameter(description = "GB/T 2260 code.", example = "370812") @PathParam("code") @Pattern(regexp = Division.CODE_PATTERN,
                    message = Division.CODE_MESSAGE) String code,
            @Parameter(description = "Report year.", example = "2023") @PathParam("year") @Min(1990) @Max(2100) int year,
            @Parameter(description = "Only rows of this validity: VALID, INVALID, MISSING or UNVALIDATED.", example = "INVALID")
            @QueryParam("validity") String validity,
            @Parameter(description = "Sort by name, division, errors, warnings, newApplications, reviews or litigation; a leading - "
                    + "sorts descending. Blanks sort last; ties by agency id.", example = "-newApplications")
            @QueryParam("sort") @DefaultValue("division") String sort,
            @Parameter(description = "Page number, from 0.", example = "0") @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @Parameter(description = "Page size, 1–500.", example = "50") @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size,
            @Context HttpHeaders headers, @Context UriInfo uri) {
        AgencyRow.Validity filter = validity(validity);
        RollupService.Sort order = sort(sort);
        if (wantsCsv(headers)) {
            RollupService.AgencyListing all = rollups.agencies(code, year, filter, order, null);
            return csv(RollupCsv.agencies(all.rows()), code + "-" + year + "-agencies.csv");
        }
        PageRequest request = new PageRequest(page, size);
        RollupService.AgencyListing listing = rollups.agencies(code, year, filter, order, request);
        AgencyTable body = new AgencyTable(listing.division(), year, listing.rows(), page, size, listing.total(),
                request.totalPages(listing.total()));
        return request.addHeaders(Response.ok(body, MediaType.APPLICATION_JSON_TYPE), uri, listing.total()).build();
    }

    @GET
    @Path("/trend")
    @Operation(summary = "A division's key indicators year by year",
            description = "Per year from..to (at most 30 years), over AGENCY-scope reports: reports present, 新收, shares of 予以公开 and 部分公开, "
                    + "不予公开, 复议 and 诉讼 totals with their 纠正 rates, 主动公开 counts. Reports kept in another format than the year's "
                    + "are added in where the cells mean the same in both formats (表三, 表四, 处理决定数量); documentsIssued is counted per "
                    + "format (the year's, and otherFormats). Accept: text/csv gives one line a year.")
    @APIResponse(responseCode = "200", description = "The trend.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Trend.class),
                    examples = @ExampleObject(name = "兖州区", value = RollupExamples.TREND)),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "CSV", value = RollupExamples.TREND_CSV)) })
    @APIResponse(responseCode = "400", description = "A bad code, or from/to missing, reversed or too far apart.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such division.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response trend(
            @Parameter(description = "GB/T 2260 code.", example = "370812") @PathParam("code") @Pattern(regexp = Division.CODE_PATTERN,
                    message = Division.CODE_MESSAGE) String code,
            @Parameter(description = "First year.", example = "2021", required = true) @QueryParam("from") @Min(1990) @Max(2100) Integer from,
            @Parameter(description = "Last year.", example = "2023", required = true) @QueryParam("to") @Min(1990) @Max(2100) Integer to,
            @Context HttpHeaders headers) {
        if (from == null || to == null) {
            throw ApiException.invalidInput(Violation.parameter(from == null ? "from" : "to", "is required, e.g. from=2021&to=2023"));
        }
        if (from > to || to - from >= 30) {
            throw ApiException.invalidInput(Violation.parameter("to", "must be from " + from + " to " + (from + 29)));
        }
        Trend trend = rollups.trend(code, from, to);
        if (wantsCsv(headers)) {
            return csv(RollupCsv.trend(trend, catalogue), code + "-" + from + "-" + to + "-trend.csv");
        }
        return Response.ok(trend, MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** CSV only when asked for more than JSON; a wildcard Accept gets JSON. */
    private static boolean wantsCsv(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isWildcardType() || type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
            if (!type.isWildcardSubtype() && type.isCompatible(MediaType.valueOf(Csv.MEDIA_TYPE))) {
                return true;
            }
        }
        return false;
    }

    private static Response csv(byte[] body, String fileName) {
        return Response.ok(body, CSV).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }

    private static AgencyRow.Validity validity(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return AgencyRow.Validity.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidInput(Violation.parameter("validity", "must be VALID, INVALID, MISSING or UNVALIDATED"));
        }
    }

    private static RollupService.Sort sort(String text) {
        boolean descending = text.startsWith("-");
        RollupService.SortKey key = RollupService.SortKey.ofParameter(descending ? text.substring(1) : text).orElseThrow(() ->
                ApiException.invalidInput(Violation.parameter("sort", "must be one of " + java.util.Arrays.stream(RollupService.SortKey.values())
                        .map(RollupService.SortKey::parameter).toList() + ", optionally with a leading -")));
        return new RollupService.Sort(key, descending);
    }
}
