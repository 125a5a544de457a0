package cn.gongkai.document.source;

import java.util.List;

/**
 * What every input type is read into: paragraphs and tables in reading order, and the extraction
 * artefacts that were removed on the way (image lines, bookmarks, page numbers), for the parse report.
 */
public record SourceDocument(DocumentType type, List<Block> blocks, List<String> removedArtefacts) {

    public SourceDocument {
        blocks = List.copyOf(blocks);
        removedArtefacts = List.copyOf(removedArtefacts);
    }
}
