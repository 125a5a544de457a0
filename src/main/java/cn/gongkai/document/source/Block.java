package cn.gongkai.document.source;

/** One piece of a document in reading order: a paragraph line or a table. */
public sealed interface Block permits Paragraph, Table {
}
