package cn.gongkai.document.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Markdown: headings, paragraphs, and each table as a pipe table. Markdown cannot merge cells, so a
 * cell spanning columns is padded with empty cells: before a header or label (the label stays next
 * to its values), after a value.
 */
public final class MarkdownWriter {

    private MarkdownWriter() {
    }

    public static String write(List<ExportContent.Element> elements) {
        StringBuilder out = new StringBuilder();
        for (ExportContent.Element element : elements) {
            if (element instanceof ExportContent.Title title) {
                out.append("# ").append(escapeLine(title.text())).append("\n\n");
            } else if (element instanceof ExportContent.Heading heading) {
                out.append("#".repeat(heading.level())).append(' ').append(escapeLine(heading.text())).append("\n\n");
            } else if (element instanceof ExportContent.Text text) {
                out.append(escapeLine(text.text())).append("\n\n");
            } else if (element instanceof ExportContent.TableElement table) {
                table(out, table.layout());
            }
        }
        return out.toString();
    }

    private static void table(StringBuilder out, TableLayout layout) {
        boolean first = true;
        for (List<TableLayout.Cell> row : layout.rows()) {
            List<String> cells = new ArrayList<>();
            for (TableLayout.Cell cell : row) {
                List<String> padding = Collections.nCopies(cell.colSpan() - 1, "");
                String text = escapeCell(cell.continuation() ? "" : cell.text());
                if (cell.role() == TableLayout.Role.VALUE) {
                    cells.add(text);
                    cells.addAll(padding);
                } else {
                    cells.addAll(padding);
                    cells.add(text);
                }
            }
            out.append("| ").append(String.join(" | ", cells)).append(" |\n");
            if (first) {
                out.append("|").append("---|".repeat(cells.size())).append('\n');
                first = false;
            }
        }
        out.append('\n');
    }

    private static String escapeLine(String text) {
        String escaped = text.replace("\\", "\\\\");
        return escaped.startsWith("#") || escaped.startsWith("|") ? "\\" + escaped : escaped;
    }

    private static String escapeCell(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ");
    }
}
