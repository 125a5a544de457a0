package cn.gongkai.document.source;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.regex.Pattern;

import cn.gongkai.document.DocumentProblems;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Opens a zip archive held in memory (a .docx, or a batch of reports) only within {@link DocumentLimits}:
 * entry count, expanded size per entry and in total, expansion ratio, counted while inflating rather
 * than trusted from the headers; and entry names that stay inside the archive.
 */
public final class ZipInspector {

    /** An archive entry, expanded. */
    public record Entry(String name, byte[] content) {
    }

    private static final Pattern UNSAFE_NAME = Pattern.compile("(^|[/\\\\])\\.\\.([/\\\\]|$)|^[/\\\\]|^[A-Za-z]:|\\\\|\\x00");
    private static final byte[] ZIP_MAGIC = { 'P', 'K', 3, 4 };

    private ZipInspector() {
    }

    public static boolean isZip(byte[] content) {
        return DocumentReaders.startsWith(content, ZIP_MAGIC);
    }

    /** Checks the whole archive against the limits without keeping what it expands. */
    public static void check(byte[] archive, DocumentLimits limits, String what) {
        expand(archive, limits, what, false);
    }

    /** Every file entry (folders skipped), expanded, in archive order. */
    public static List<Entry> entries(byte[] archive, DocumentLimits limits, String what) {
        return expand(archive, limits, what, true);
    }

    private static List<Entry> expand(byte[] archive, DocumentLimits limits, String what, boolean keep) {
        List<Entry> entries = new ArrayList<>();
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(archive)).get()) {
            long expandedTotal = 0;
            int count = 0;
            Enumeration<ZipArchiveEntry> all = zip.getEntriesInPhysicalOrder();
            while (all.hasMoreElements()) {
                ZipArchiveEntry entry = all.nextElement();
                if (++count > limits.maxEntries()) {
                    throw DocumentProblems.tooLarge(what + " has more than " + limits.maxEntries() + " entries.");
                }
                if (UNSAFE_NAME.matcher(entry.getName()).find()) {
                    throw DocumentProblems.unsafeArchive(what + " has an entry named '" + entry.getName()
                            + "', which points outside the archive.");
                }
                if (entry.isDirectory()) {
                    continue;
                }
                byte[] content = inflate(zip, entry, limits, what, limits.maxExpandedBytes() - expandedTotal);
                expandedTotal += content.length;
                if (keep) {
                    entries.add(new Entry(entry.getName(), content));
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof cn.gongkai.problem.ApiException problem) {
                throw problem;
            }
            throw DocumentProblems.unreadable(what + " is not a readable zip archive (" + e.getMessage() + ").");
        }
        return entries;
    }

    private static byte[] inflate(ZipFile zip, ZipArchiveEntry entry, DocumentLimits limits, String what, long budget)
            throws IOException {
        long compressed = Math.max(entry.getCompressedSize(), 1);
        long cap = Math.min(limits.maxEntryBytes(), budget);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = zip.getInputStream(entry)) {
            long total = 0;
            for (int read; (read = in.read(buffer)) > 0;) {
                total += read;
                if (total > cap) {
                    throw DocumentProblems.tooLarge(what + " expands beyond its limit (" + limits.maxEntryBytes() / (1024 * 1024)
                            + " MB per entry, " + limits.maxExpandedBytes() / (1024 * 1024) + " MB in all) at entry '"
                            + entry.getName() + "'.");
                }
                // small entries may compress well; only large ones are held to the ratio
                if (total > 1024 * 1024 && total / compressed > limits.maxExpansionRatio()) {
                    throw DocumentProblems.tooLarge(what + " entry '" + entry.getName() + "' expands more than "
                            + limits.maxExpansionRatio() + " times its compressed size: a zip bomb.");
                }
                out.write(buffer, 0, read);
            }
        }
        return out.toByteArray();
    }
}
