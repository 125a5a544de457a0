package cn.gongkai.document.source;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the Markdown this service exports: "#" headings and text lines are paragraphs, "| a | b |"
 * lines are table rows (the |---| rule skipped), "\" escapes taken off.
 */
public final class MarkdownReader {

    private MarkdownReader() {
    }

    public static SourceDocument read(byte[] content, String contentType) {
        String text = Texts.decode(content, Texts.declaredCharset(contentType));
        List<String> removed = new ArrayList<>();
        List<Block> blocks = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (String raw : text.split("\r\n|\r|\n", -1)) {
            String line = raw.strip();
            if (line.startsWith("|")) {
                if (!line.matches("\\|(\\s*:?-{3,}:?\\s*\\|)+")) {
                    rows.add(cells(line));
                }
                continue;
            }
            if (!rows.isEmpty()) {
                blocks.add(new Table(rows));
                rows = new ArrayList<>();
            }
            String cleaned = Artefacts.clean(unescape(line.replaceFirst("^#{1,6}\\s+", "")), removed);
            if (cleaned != null && !Artefacts.strip(cleaned).isEmpty()) {
                blocks.add(new Paragraph(Artefacts.strip(cleaned)));
            }
        }
        if (!rows.isEmpty()) {
            blocks.add(new Table(rows));
        }
        return new SourceDocument(DocumentType.MARKDOWN, blocks, removed);
    }

    /** The cells of "| a | b\| c |": split on unescaped bars. */
    private static List<String> cells(String row) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        String inner = row.endsWith("|") && !row.endsWith("\\|") ? row.substring(1, row.length() - 1) : row.substring(1);
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (c == '\\' && i + 1 < inner.length()) {
                cell.append(inner.charAt(++i));
            } else if (c == '|') {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString().strip());
        return cells;
    }

    private static String unescape(String line) {
        return line.replaceAll("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~])", "$1");
    }
}
