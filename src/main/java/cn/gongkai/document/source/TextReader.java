package cn.gongkai.document.source;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads plain text as Word's text extraction writes it (FORMAT.md §9, the example report): a
 * tab-indented line is a table cell, an empty line ends a table row, a line without a tab right
 * after a cell continues that cell (a label broken over lines). A line with tabs between its cells
 * is a whole table row (a table copied from Word). Everything else is a paragraph.
 */
public final class TextReader {

    private TextReader() {
    }

    public static SourceDocument read(byte[] content, String contentType) {
        return read(Texts.decode(content, Texts.declaredCharset(contentType)), DocumentType.TEXT);
    }

    static SourceDocument read(String text, DocumentType type) {
        List<String> removed = new ArrayList<>();
        Builder builder = new Builder();
        for (String raw : text.split("\r\n|\r|\n", -1)) {
            String line = Artefacts.clean(raw, removed);
            if (line != null) {
                builder.line(line);
            }
        }
        return new SourceDocument(type, builder.finish(), removed);
    }

    /** The reading state: blocks so far, and the table being read, if any. */
    private static final class Builder {
        private final List<Block> blocks = new ArrayList<>();
        private List<List<String>> rows;
        private List<String> row;
        private boolean afterCell;

        void line(String line) {
            if (line.startsWith("\t")) {
                String content = line.substring(1);
                if (content.indexOf('\t') >= 0) {
                    wholeRow(content);
                } else {
                    cell(content);
                }
            } else if (line.isBlank()) {
                endRow();
            } else if (afterCell) {
                int last = row.size() - 1;
                row.set(last, row.get(last) + "\n" + Artefacts.strip(line));
            } else if (line.indexOf('\t') >= 0) {
                wholeRow(line);
            } else {
                endTable();
                blocks.add(new Paragraph(Artefacts.strip(line)));
            }
        }

        private void cell(String content) {
            if (rows == null) {
                rows = new ArrayList<>();
            }
            if (row == null) {
                row = new ArrayList<>();
            }
            row.add(Artefacts.strip(content));
            afterCell = true;
        }

        private void wholeRow(String line) {
            endRow();
            if (rows == null) {
                rows = new ArrayList<>();
            }
            List<String> cells = new ArrayList<>();
            for (String cell : line.split("\t", -1)) {
                cells.add(Artefacts.strip(cell));
            }
            rows.add(cells);
        }

        private void endRow() {
            if (row != null) {
                rows.add(row);
                row = null;
            }
            afterCell = false;
        }

        private void endTable() {
            endRow();
            if (rows != null) {
                blocks.add(new Table(rows));
                rows = null;
            }
        }

        List<Block> finish() {
            endTable();
            return blocks;
        }
    }
}
