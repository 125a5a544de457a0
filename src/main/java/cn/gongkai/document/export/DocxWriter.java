package cn.gongkai.document.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * A .docx in the national layout: title, paragraphs, headings, and the tables as real Word tables with
 * merged header cells (gridSpan across, vMerge down), so Word and WPS show the format's table.
 */
public final class DocxWriter {

    /** Text width of an A4 page with 2.5 cm margins, in twentieths of a point. */
    private static final int TABLE_WIDTH_TWIPS = 9000;

    private DocxWriter() {
    }

    public static byte[] write(List<ExportContent.Element> elements) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (ExportContent.Element element : elements) {
                if (element instanceof ExportContent.Title title) {
                    XWPFParagraph paragraph = document.createParagraph();
                    paragraph.setAlignment(ParagraphAlignment.CENTER);
                    run(paragraph, title.text(), true, 22);
                } else if (element instanceof ExportContent.Heading heading) {
                    run(document.createParagraph(), heading.text(), true, 16);
                } else if (element instanceof ExportContent.Text text) {
                    XWPFParagraph paragraph = document.createParagraph();
                    paragraph.setFirstLineIndent(640);
                    run(paragraph, text.text(), false, 16);
                } else if (element instanceof ExportContent.TableElement table) {
                    table(document, table.layout());
                }
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void run(XWPFParagraph paragraph, String text, boolean bold, int points) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setBold(bold);
        run.setFontSize(points);
        run.setFontFamily("仿宋");
    }

    private static void table(XWPFDocument document, TableLayout layout) {
        XWPFTable table = document.createTable();
        CTTblPr properties = table.getCTTbl().getTblPr();
        CTTblWidth width = properties.isSetTblW() ? properties.getTblW() : properties.addNewTblW();
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(TABLE_WIDTH_TWIPS));
        int columnWidth = TABLE_WIDTH_TWIPS / layout.width();
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int i = 0; i < layout.width(); i++) {
            grid.addNewGridCol().setW(BigInteger.valueOf(columnWidth));
        }
        List<List<TableLayout.Cell>> rows = layout.rows();
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = r == 0 ? table.getRow(0) : table.createRow();
            // createRow copies the previous row's cells: start each row empty
            while (row.getTableCells().size() > 0) {
                row.removeCell(0);
            }
            for (TableLayout.Cell cell : rows.get(r)) {
                XWPFTableCell tableCell = row.addNewTableCell();
                CTTcPr cellProperties = tableCell.getCTTc().isSetTcPr() ? tableCell.getCTTc().getTcPr() : tableCell.getCTTc().addNewTcPr();
                cellProperties.addNewTcW().setW(BigInteger.valueOf((long) columnWidth * cell.colSpan()));
                if (cell.colSpan() > 1) {
                    cellProperties.addNewGridSpan().setVal(BigInteger.valueOf(cell.colSpan()));
                }
                if (cell.continuation()) {
                    cellProperties.addNewVMerge().setVal(STMerge.CONTINUE);
                } else if (cell.rowSpan() > 1) {
                    cellProperties.addNewVMerge().setVal(STMerge.RESTART);
                }
                XWPFParagraph paragraph = tableCell.getParagraphs().isEmpty() ? tableCell.addParagraph() : tableCell.getParagraphs().get(0);
                paragraph.setAlignment(cell.role() == TableLayout.Role.LABEL ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER);
                if (!cell.continuation() && !cell.text().isEmpty()) {
                    run(paragraph, cell.text(), cell.role() == TableLayout.Role.HEADER, 10);
                }
            }
        }
    }
}
