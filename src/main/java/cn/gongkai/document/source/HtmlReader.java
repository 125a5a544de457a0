package cn.gongkai.document.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import cn.gongkai.document.DocumentProblems;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Reads an HTML page with jsoup: block elements and line breaks make paragraphs, tables are read
 * row by row ({@code th} and {@code td}; a colspan cell is one cell, rowspan leaves no cell below).
 * {@code &nbsp;} in a cell is a blank cell.
 */
public final class HtmlReader {

    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "section", "article",
            "header", "footer", "blockquote", "pre", "center", "dd", "dt", "caption", "figcaption", "main", "nav", "ul", "ol", "dl",
            "address", "hr", "form", "fieldset");
    private static final Set<String> SKIPPED = Set.of("script", "style", "head", "noscript", "template", "svg", "iframe", "object");

    private HtmlReader() {
    }

    public static SourceDocument read(byte[] content, String contentType) {
        if (content.length == 0) {
            throw DocumentProblems.unreadable("The document is empty.");
        }
        Document page;
        try {
            boolean declared = contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).contains("charset");
            page = Jsoup.parse(new ByteArrayInputStream(content), declared ? Texts.declaredCharset(contentType).name() : null, "");
        } catch (IOException e) {
            throw DocumentProblems.unreadable("The HTML page cannot be read (" + e.getMessage() + ").");
        }
        List<String> removed = new ArrayList<>();
        Lines lines = new Lines(removed);
        List<Block> blocks = new ArrayList<>();
        walk(page.body(), lines, blocks, removed);
        lines.flushInto(blocks);
        return new SourceDocument(DocumentType.HTML, blocks, removed);
    }

    private static void walk(Element element, Lines lines, List<Block> blocks, List<String> removed) {
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) {
                lines.append(text.getWholeText());
            } else if (child instanceof Element inner) {
                String tag = inner.normalName();
                if (SKIPPED.contains(tag)) {
                    continue;
                }
                if (tag.equals("table")) {
                    lines.flushInto(blocks);
                    blocks.add(table(inner, removed));
                } else if (tag.equals("br")) {
                    lines.flushInto(blocks);
                } else if (tag.equals("img")) {
                    removed.add("image " + inner.attr("src"));
                } else if (BLOCKS.contains(tag)) {
                    lines.flushInto(blocks);
                    walk(inner, lines, blocks, removed);
                    lines.flushInto(blocks);
                } else {
                    walk(inner, lines, blocks, removed);
                }
            }
        }
    }

    private static Table table(Element table, List<String> removed) {
        List<List<String>> rows = new ArrayList<>();
        for (Element row : table.select("tr")) {
            if (row.closest("table") != table) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (Element cell : row.children()) {
                if (cell.normalName().equals("td") || cell.normalName().equals("th")) {
                    List<Block> inside = new ArrayList<>();
                    Lines lines = new Lines(removed);
                    walk(cell, lines, inside, removed);
                    lines.flushInto(inside);
                    cells.add(String.join("\n", inside.stream().filter(Paragraph.class::isInstance)
                            .map(block -> ((Paragraph) block).text()).toList()));
                }
            }
            rows.add(cells);
        }
        return new Table(rows);
    }

    /** Text gathered until the next block boundary; HTML white space collapses. */
    private static final class Lines {
        private final StringBuilder current = new StringBuilder();
        private final List<String> removed;

        Lines(List<String> removed) {
            this.removed = removed;
        }

        void append(String text) {
            current.append(text.replaceAll("[ \\t\\n\\r\\f]+", " "));
        }

        void flushInto(List<Block> blocks) {
            String line = Artefacts.clean(current.toString().replace('\t', ' '), removed);
            current.setLength(0);
            if (line != null && !Artefacts.strip(line).isEmpty()) {
                blocks.add(new Paragraph(Artefacts.strip(line)));
            }
        }
    }
}
