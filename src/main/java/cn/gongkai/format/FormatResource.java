package cn.gongkai.format;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import cn.gongkai.problem.ApiException;
import cn.gongkai.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/formats")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Formats", description = "The national report formats as data: parts, tables, rows, columns, cells and labels.")
public class FormatResource {

    private static final String SUMMARY_EXAMPLE = """
            [{"id":"national-2021","name":"中华人民共和国政府信息公开工作年度报告格式","basis":"国办公开办函〔2021〕30号",\
            "firstYear":2021,"lastYear":null,"cellCount":200}]""";
    private static final String FORMAT_EXAMPLE = """
            {"id":"national-2021","name":"中华人民共和国政府信息公开工作年度报告格式","basis":"国办公开办函〔2021〕30号",\
            "description":"The national format for reports on 2021 and later years.","firstYear":2021,"lastYear":null,\
            "sections":[{"key":"table2","kind":"TABLE","part":"二","heading":"主动公开政府信息情况",\
            "blocks":[{"key":"ART20_8","label":"第二十条第（八）项","rowHeader":"信息内容",\
            "columns":[{"key":"AMOUNT_WAN","label":"本年收费金额（单位：万元）","groups":[],"type":"AMOUNT_WAN"}],\
            "rows":[{"key":"ADMIN_FEE","label":"行政事业性收费","groups":[],"labelPrinted":true}]}],\
            "cells":[{"key":"table2.ADMIN_FEE.AMOUNT_WAN","block":"ART20_8","row":"ADMIN_FEE","column":"AMOUNT_WAN",\
            "type":"AMOUNT_WAN","pointer":"/sections/table2/cells/ADMIN_FEE/AMOUNT_WAN"}]}]}""";

    private final FormatCatalogue catalogue;

    public FormatResource(FormatCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GET
    @Operation(summary = "List the report formats", description = "The 2021 national format (30号) and the 2019 trial format (60号).")
    @APIResponse(responseCode = "200", description = "The formats.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FormatSummary.class, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY),
                    examples = @ExampleObject(name = "formats", value = SUMMARY_EXAMPLE)))
    public List<FormatSummary> list() {
        return catalogue.all().stream().map(Format::definition).map(FormatSummary::of).toList();
    }

    @GET
    @Path("/{formatId}")
    @Operation(summary = "Get one format, whole", description = "Every section, table block, row, column and cell with its key, "
            + "Chinese label and value type: enough to draw an empty report form.")
    @APIResponse(responseCode = "200", description = "The format (example abridged to one table block).",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FormatDefinition.class),
                    examples = @ExampleObject(name = "national-2021 (abridged)", value = FORMAT_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such format.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public FormatDefinition get(@Parameter(description = "Format id.", example = "national-2021") @PathParam("formatId") String formatId) {
        return catalogue.find(formatId).map(Format::definition)
                .orElseThrow(() -> ApiException.notFound("There is no format '" + formatId + "'; see GET /formats."));
    }
}
