package cn.gongkai.document.source;

/** A line of running text, stripped of layout whitespace and extraction artefacts; never empty. */
public record Paragraph(String text) implements Block {
}
