package cn.gongkai.document.source;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the Markdown this service exports: "#" headings are paragraphs, "| a | b |" lines are table
 * rows (the |---| rule skipped), "\" escapes taken off. Other text is read as plain text.
 */
public final class MarkdownReader {

    private MarkdownReader() {
    }

    public static SourceDocument read(byte[] content, String contentType) {
        String text = Texts.decode(content, Texts.declaredCharset(contentType));
        StringBuilder asText = new StringBuilder();
        for (String line : text.split("\r\n|\r|\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.startsWith("|")) {
                if (trimmed.matches("\\|(\\s*:?-{3,}:?\\s*\\|)+")) {
                    continue;
                }
                asText.append(String.join("\t", cells(trimmed))).append('\t').append('\n');
            } else {
                asText.append(unescape(trimmed.replaceFirst("^#{1,6}\\s+", ""))).append("\n\n");
            }
        }
        return TextReader.read(asText.toString(), DocumentType.MARKDOWN);
    }

    /** The cells of "| a | b\| c |": split on unescaped bars. */
    private static List<String> cells(String row) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        String inner = row.substring(1, row.endsWith("|") && !row.endsWith("\\|") ? row.length() - 1 : row.length());
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
