package cn.gongkai.document.source;

import cn.gongkai.document.DocumentProblems;

/** Picks the reader for a document: by its declared type, or by its first bytes when the type says nothing. */
public final class DocumentReaders {

    private static final byte[] OLE2_MAGIC = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 };

    private DocumentReaders() {
    }

    public static SourceDocument read(byte[] content, String contentType, DocumentLimits limits) {
        if (content.length > limits.maxBytes()) {
            throw DocumentProblems.tooLarge("The document has " + content.length + " bytes; at most " + limits.maxBytes() + " are accepted.");
        }
        if (content.length == 0) {
            throw DocumentProblems.unreadable("The document is empty.");
        }
        DocumentType type = typeOf(content, contentType);
        return switch (type) {
            case DOCX -> DocxReader.read(content, limits);
            case HTML -> HtmlReader.read(content, contentType);
            case TEXT -> TextReader.read(content, contentType);
            case MARKDOWN -> MarkdownReader.read(content, contentType);
        };
    }

    /** The declared type; for application/octet-stream or none, what the content looks like. */
    public static DocumentType typeOf(byte[] content, String contentType) {
        String bare = contentType == null ? "" : contentType.split(";", 2)[0].trim().toLowerCase(java.util.Locale.ROOT);
        if (!bare.isEmpty() && !bare.equals("application/octet-stream")) {
            return DocumentType.ofMediaType(contentType).orElseThrow(() -> DocumentProblems.unsupportedType(contentType));
        }
        if (ZipInspector.isZip(content) || startsWith(content, OLE2_MAGIC)) {
            return DocumentType.DOCX;
        }
        String start = new String(content, 0, Math.min(content.length, 512), java.nio.charset.StandardCharsets.ISO_8859_1)
                .stripLeading().toLowerCase(java.util.Locale.ROOT);
        return start.startsWith("<!doctype html") || start.startsWith("<html") ? DocumentType.HTML : DocumentType.TEXT;
    }

    static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
