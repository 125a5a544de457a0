package cn.gongkai.document;

import java.util.List;

import cn.gongkai.problem.ApiException;

/** The ways a document can be refused before anything is stored, as problem details. */
public final class DocumentProblems {

    private DocumentProblems() {
    }

    /** Empty, corrupt, encrypted, in a legacy format, or in an encoding it does not declare. */
    public static ApiException unreadable(String detail) {
        return new ApiException(400, "unreadable-document", "Unreadable document", detail + " Nothing was stored.", List.of());
    }

    /** Over the size limit, or an archive that expands beyond its limits (a zip bomb). */
    public static ApiException tooLarge(String detail) {
        return new ApiException(413, "document-too-large", "Document too large", detail + " Nothing was stored.", List.of());
    }

    /** A request body over the limit, whichever import it is sent to. */
    public static ApiException uploadTooLarge(long maxBytes) {
        return tooLarge("The upload is larger than " + maxBytes + " bytes (" + maxBytes / (1024 * 1024) + " MB), the most this service accepts.");
    }

    /** An archive entry whose name would escape its folder, or other archive tricks. */
    public static ApiException unsafeArchive(String detail) {
        return new ApiException(400, "unsafe-archive", "Unsafe archive", detail + " Nothing was stored.", List.of());
    }

    /** Read fine, but no annual report in it: no part headings and no tables of the format. */
    public static ApiException notAReport(String detail) {
        return new ApiException(422, "not-a-report", "Not an annual report", detail + " Nothing was stored.", List.of());
    }

    public static ApiException unsupportedType(String contentType) {
        return new ApiException(415, "unsupported-document-type", "Unsupported document type", "Content-Type '" + contentType
                + "' is not a document type this service reads: send .docx (" + cn.gongkai.document.source.DocumentType.DOCX_MEDIA_TYPE
                + "), text/plain; charset=utf-8, text/html or text/markdown. Nothing was stored.", List.of());
    }
}
