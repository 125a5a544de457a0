package cn.gongkai.document.export;

import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** A printable HTML page in the national layout: the tables with their merged headers as colspan/rowspan. */
public final class HtmlWriter {

    private static final String STYLE = """
            body{font-family:"FangSong","仿宋","SimSun",serif;max-width:48em;margin:2em auto;line-height:1.8}
            h1{text-align:center;font-size:1.5em}h2{font-size:1.15em}h3{font-size:1em}
            p{text-indent:2em;margin:.3em 0}
            table{border-collapse:collapse;width:100%;margin:1em 0;font-size:.9em}
            th,td{border:1px solid #000;padding:.2em .4em;text-align:center;vertical-align:middle}
            td.label{text-align:left}
            @media print{body{margin:0;max-width:none}}""";

    private HtmlWriter() {
    }

    public static String write(List<ExportContent.Element> elements, String title) {
        Document page = Document.createShell("");
        page.outputSettings().prettyPrint(false);
        page.head().appendElement("meta").attr("charset", "utf-8");
        page.head().appendElement("title").text(title == null ? "政府信息公开工作年度报告" : title);
        page.head().appendElement("style").appendText(STYLE);
        page.selectFirst("html").attr("lang", "zh-CN");
        Element body = page.body();
        for (ExportContent.Element element : elements) {
            if (element instanceof ExportContent.Title heading) {
                body.appendElement("h1").text(heading.text());
            } else if (element instanceof ExportContent.Heading heading) {
                body.appendElement("h" + heading.level()).text(heading.text());
            } else if (element instanceof ExportContent.Text text) {
                body.appendElement("p").text(text.text());
            } else if (element instanceof ExportContent.TableElement table) {
                table(body.appendElement("table").attr("data-section", table.sectionKey()), table.layout());
            }
        }
        return "<!DOCTYPE html>\n" + page.outerHtml();
    }

    private static void table(Element table, TableLayout layout) {
        for (List<TableLayout.Cell> row : layout.rows()) {
            Element tr = table.appendElement("tr");
            for (TableLayout.Cell cell : row) {
                if (cell.continuation()) {
                    continue;
                }
                Element td = tr.appendElement(cell.role() == TableLayout.Role.HEADER ? "th" : "td").text(cell.text());
                if (cell.role() == TableLayout.Role.LABEL) {
                    td.addClass("label");
                }
                if (cell.colSpan() > 1) {
                    td.attr("colspan", String.valueOf(cell.colSpan()));
                }
                if (cell.rowSpan() > 1) {
                    td.attr("rowspan", String.valueOf(cell.rowSpan()));
                }
            }
        }
    }
}
