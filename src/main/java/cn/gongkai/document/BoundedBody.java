package cn.gongkai.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads a request body into memory, refusing it as soon as it passes the limit. */
final class BoundedBody {

    private BoundedBody() {
    }

    static byte[] read(InputStream body, long maxBytes) {
        if (body == null) {
            return new byte[0];
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (body) {
            for (int read; (read = body.read(buffer)) > 0;) {
                total += read;
                if (total > maxBytes) {
                    throw DocumentProblems.uploadTooLarge(maxBytes);
                }
                out.write(buffer, 0, read);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
