package cn.gongkai.document.source;

/**
 * How much a document or an archive may hold. A real report is a few hundred kilobytes; the limits
 * leave room for embedded photos and still refuse what would exhaust memory.
 */
public record DocumentLimits(long maxBytes, int maxEntries, long maxEntryBytes, long maxExpandedBytes, int maxExpansionRatio) {

    /** 50 MB per upload; an archive of at most 1000 entries expanding to at most 200 MB, no entry more than 100× its compressed size. */
    public static final DocumentLimits DEFAULT = new DocumentLimits(50L * 1024 * 1024, 1000, 100L * 1024 * 1024, 200L * 1024 * 1024, 100);
}
