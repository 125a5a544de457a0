package cn.gongkai.document.source;

import java.util.Arrays;
import java.util.Optional;

/** The document types the service reads and writes, by media type. */
public enum DocumentType {
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx"),
    HTML("text/html", ".html"),
    TEXT("text/plain", ".txt"),
    MARKDOWN("text/markdown", ".md");

    public static final String DOCX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String MARKDOWN_MEDIA_TYPE = "text/markdown";

    private final String mediaType;
    private final String extension;

    DocumentType(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The type named by a Content-Type value (parameters such as charset ignored). */
    public static Optional<DocumentType> ofMediaType(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        String bare = contentType.split(";", 2)[0].trim().toLowerCase(java.util.Locale.ROOT);
        return Arrays.stream(values()).filter(type -> type.mediaType.equals(bare)).findFirst();
    }

    /** The type a file name's extension stands for (.docx, .html/.htm, .txt, .md). */
    public static Optional<DocumentType> ofFileName(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".htm")) {
            return Optional.of(HTML);
        }
        return Arrays.stream(values()).filter(type -> lower.endsWith(type.extension)).findFirst();
    }
}
