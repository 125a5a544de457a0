package cn.gongkai.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Hand-made renderings of the example report, as Word and a portal would hold it: the paragraphs
 * and tables of ../shared/format/examples/caohe-2023.txt (rows separated by empty lines there, cells
 * by tab-indented lines) put into a real .docx table or an HTML table, with the artefacts that real
 * documents carry.
 */
public final class ExampleFixtures {

    /** A paragraph (String) or a table (rows of cells). */
    public sealed interface Piece permits Line, Grid {
    }

    public record Line(String text) implements Piece {
    }

    public record Grid(List<List<String>> rows) implements Piece {
    }

    private ExampleFixtures() {
    }

    public static List<Piece> pieces(String text) {
        List<Piece> pieces = new ArrayList<>();
        List<List<String>> rows = null;
        List<String> row = null;
        boolean afterCell = false;
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("\t")) {
                if (rows == null) {
                    rows = new ArrayList<>();
                }
                if (row == null) {
                    row = new ArrayList<>();
                    rows.add(row);
                }
                row.add(line.substring(1));
                afterCell = true;
            } else if (line.isEmpty()) {
                row = null;
                afterCell = false;
            } else if (afterCell) {
                row.set(row.size() - 1, row.get(row.size() - 1) + "\n" + line);
            } else {
                if (rows != null) {
                    pieces.add(new Grid(rows));
                    rows = null;
                }
                pieces.add(new Line(line));
            }
        }
        if (rows != null) {
            pieces.add(new Grid(rows));
        }
        return pieces;
    }

    /** A .docx with real tables; a cell's lines become paragraphs of the cell. */
    public static byte[] docx(List<Piece> pieces) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (Piece piece : pieces) {
                if (piece instanceof Line line) {
                    document.createParagraph().createRun().setText(line.text());
                } else if (piece instanceof Grid grid) {
                    XWPFTable table = document.createTable();
                    for (int r = 0; r < grid.rows().size(); r++) {
                        XWPFTableRow row = r == 0 ? table.getRow(0) : table.createRow();
                        while (!row.getTableCells().isEmpty()) {
                            row.removeCell(0);
                        }
                        for (String cell : grid.rows().get(r)) {
                            var tableCell = row.addNewTableCell();
                            String[] lines = cell.split("\n");
                            for (int i = 0; i < lines.length; i++) {
                                (i == 0 && !tableCell.getParagraphs().isEmpty() ? tableCell.getParagraphs().get(0) : tableCell.addParagraph())
                                        .createRun().setText(lines[i]);
                            }
                        }
                    }
                }
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An HTML page as a portal serves it: &nbsp; in empty cells, line breaks as <br>, a page header before the title. */
    public static String html(List<Piece> pieces) {
        Document page = Document.createShell("");
        page.head().appendElement("meta").attr("charset", "utf-8");
        Element body = page.body();
        body.appendElement("div").addClass("nav").text("首页 > 政府信息公开 > 年度报告");
        for (Piece piece : pieces) {
            if (piece instanceof Line line) {
                body.appendElement("p").text(line.text());
            } else if (piece instanceof Grid grid) {
                Element table = body.appendElement("table").appendElement("tbody");
                for (List<String> row : grid.rows()) {
                    Element tr = table.appendElement("tr");
                    for (String cell : row) {
                        Element td = tr.appendElement("td");
                        if (cell.isEmpty()) {
                            td.html("&nbsp;");
                        } else {
                            String[] lines = cell.split("\n");
                            for (int i = 0; i < lines.length; i++) {
                                if (i > 0) {
                                    td.appendElement("br");
                                }
                                td.appendText(lines[i]);
                            }
                        }
                    }
                }
            }
        }
        return page.outerHtml();
    }

    /** The .docx encrypted with a password, as Word saves it: an OLE2 container holding an EncryptedPackage. */
    public static byte[] encrypted(byte[] docx) {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream encrypted = encryptor.getDataStream(fs)) {
                encrypted.write(docx);
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException("Could not encrypt the .docx", e);
        }
    }
}
