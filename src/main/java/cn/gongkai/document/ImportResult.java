package cn.gongkai.document;

import cn.gongkai.document.parse.ParseReport;
import cn.gongkai.report.ReportBody;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The outcome of importing one document: the report as read (the same JSON as GET of the year), how it was read, "
        + "and whether it was stored.")
public record ImportResult(
        @Schema(description = "True when the report was stored; false for ?dryRun=true.", example = "true") boolean stored,
        @Schema(description = "The report: as stored, or as it would be stored (dry run).") ReportBody report,
        @Schema(description = "How the document was read.") ParseReport parse) {
}
