package cn.gongkai.document.export;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gongkai.format.Format;
import cn.gongkai.format.FormatCatalogue;
import cn.gongkai.report.ReportBody;

/** Renders a report in the national layout as HTML, .docx or Markdown. */
@ApplicationScoped
public class ReportExporter {

    private final FormatCatalogue catalogue;

    public ReportExporter(FormatCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    public String html(ReportBody report) {
        return HtmlWriter.write(content(report), report.title());
    }

    public byte[] docx(ReportBody report) {
        return DocxWriter.write(content(report));
    }

    public String markdown(ReportBody report) {
        return MarkdownWriter.write(content(report));
    }

    private List<ExportContent.Element> content(ReportBody report) {
        Format format = catalogue.find(report.format())
                .orElseThrow(() -> new IllegalStateException("Report in unknown format " + report.format()));
        return ExportContent.of(report, format);
    }
}
