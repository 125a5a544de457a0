package cn.gongkai.document.source;

import java.util.List;

/**
 * A table as rows of cell texts, left to right. A cell merged across columns is one cell; a cell
 * merged down into later rows leaves an empty cell there (as Word's text extraction does) or none
 * (as HTML's rowspan does): the interpreter finds labels and values either way.
 */
public record Table(List<List<String>> rows) implements Block {

    public Table {
        rows = rows.stream().map(List::copyOf).toList();
    }
}
