package cn.gongkai.document.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import cn.gongkai.document.DocumentProblems;
import org.apache.poi.EmptyFileException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Reads a .docx with POI: body paragraphs and real tables in document order. A cell spanning
 * columns (gridSpan) is one cell; a cell merged down (vMerge) leaves an empty cell in the rows below.
 */
public final class DocxReader {

    private DocxReader() {
    }

    public static SourceDocument read(byte[] content, DocumentLimits limits) {
        refuseWhatIsNotOoxml(content);
        ZipInspector.check(content, limits, "The .docx");
        List<String> removed = new ArrayList<>();
        List<Block> blocks = new ArrayList<>();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    addLines(paragraph.getText(), blocks, removed);
                } else if (element instanceof XWPFTable table) {
                    blocks.add(table(table, removed));
                } else if (element instanceof XWPFSDT control) {
                    addLines(control.getContent().getText(), blocks, removed);
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof cn.gongkai.problem.ApiException problem) {
                throw problem;
            }
            throw DocumentProblems.unreadable("The .docx cannot be read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ").");
        }
        return new SourceDocument(DocumentType.DOCX, blocks, removed);
    }

    /** An encrypted .docx is an OLE2 container holding an EncryptedPackage; so is a Word 97–2003 .doc, without one. */
    private static void refuseWhatIsNotOoxml(byte[] content) {
        if (content.length == 0) {
            throw DocumentProblems.unreadable("The document is empty.");
        }
        FileMagic magic;
        try (InputStream in = FileMagic.prepareToCheckMagic(new ByteArrayInputStream(content))) {
            magic = FileMagic.valueOf(in);
        } catch (IOException | EmptyFileException e) {
            throw DocumentProblems.unreadable("The document is empty.");
        }
        if (magic == FileMagic.OLE2) {
            boolean encrypted;
            try (POIFSFileSystem ole = new POIFSFileSystem(new ByteArrayInputStream(content))) {
                encrypted = ole.getRoot().hasEntry("EncryptedPackage");
            } catch (IOException | RuntimeException e) {
                throw DocumentProblems.unreadable("The document is a damaged OLE2 file.");
            }
            throw DocumentProblems.unreadable(encrypted
                    ? "The .docx is encrypted (password-protected); remove the password in Word and send it again."
                    : "The document is a Word 97–2003 .doc (or another OLE2 file), not a .docx; save it as .docx in Word.");
        }
        if (magic != FileMagic.OOXML) {
            throw DocumentProblems.unreadable("The document is not a .docx (it does not start as a zip package).");
        }
    }

    private static void addLines(String text, List<Block> blocks, List<String> removed) {
        for (String raw : text.split("\r\n|\r|\n")) {
            String line = Artefacts.clean(raw, removed);
            if (line != null && !Artefacts.strip(line).isEmpty()) {
                blocks.add(new Paragraph(Artefacts.strip(line)));
            }
        }
    }

    private static Table table(XWPFTable table, List<String> removed) {
        List<List<String>> rows = new ArrayList<>();
        for (XWPFTableRow row : table.getRows()) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                cells.add(cellText(cell, removed));
            }
            rows.add(cells);
        }
        return new Table(rows);
    }

    /** The cell's paragraphs joined by line breaks, as the text extraction would print them. */
    private static String cellText(XWPFTableCell cell, List<String> removed) {
        List<String> lines = new ArrayList<>();
        for (XWPFParagraph paragraph : cell.getParagraphs()) {
            for (String raw : paragraph.getText().split("\r\n|\r|\n")) {
                String line = Artefacts.clean(raw, removed);
                if (line != null && !Artefacts.strip(line).isEmpty()) {
                    lines.add(Artefacts.strip(line));
                }
            }
        }
        return String.join("\n", lines);
    }
}
