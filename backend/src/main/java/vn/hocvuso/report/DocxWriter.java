package vn.hocvuso.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.text.Normalizer;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import vn.hocvuso.report.ReportDocument.Block;
import vn.hocvuso.report.ReportDocument.Heading;
import vn.hocvuso.report.ReportDocument.Paragraph;
import vn.hocvuso.report.ReportDocument.Table;

/**
 * A report as a Word document (Apache POI XWPF): A4, Times New Roman 13 pt, the margins of NĐ 30/2020 (left
 * 30 mm, right 20 mm, top and bottom 20 mm); the notice with its letterhead and signature block. Blocking work:
 * run it on a worker thread.
 */
final class DocxWriter {

    private static final String FONT = "Times New Roman";
    private static final int SIZE = 13;
    /** Twentieths of a point per millimetre. */
    private static final double TWIPS_PER_MM = 56.6929;

    private DocxWriter() {}

    static byte[] write(ReportDocument doc) {
        try (XWPFDocument d = new XWPFDocument()) {
            page(d);
            d.getProperties().getCoreProperties().setTitle(clean(doc.title()));
            d.getProperties().getCoreProperties().setCreator("Học vụ số");
            if (doc.letter()) {
                letterhead(d, doc);
            } else {
                line(d, doc.dateLine(), ParagraphAlignment.RIGHT, false, true);
            }
            line(d, doc.title(), ParagraphAlignment.CENTER, true, false);
            for (Block b : doc.blocks()) {
                switch (b) {
                    case Heading h -> line(d, h.text(), ParagraphAlignment.LEFT, true, false);
                    case Paragraph p -> paragraph(d, p.lines());
                    case Table t -> table(d, t);
                }
            }
            if (doc.letter()) {
                signature(d, doc);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
            d.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void page(XWPFDocument d) {
        CTSectPr section = d.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(Math.round(210 * TWIPS_PER_MM)));
        size.setH(BigInteger.valueOf(Math.round(297 * TWIPS_PER_MM)));
        CTPageMar margins = section.addNewPgMar();
        margins.setLeft(BigInteger.valueOf(Math.round(30 * TWIPS_PER_MM)));
        margins.setRight(BigInteger.valueOf(Math.round(20 * TWIPS_PER_MM)));
        margins.setTop(BigInteger.valueOf(Math.round(20 * TWIPS_PER_MM)));
        margins.setBottom(BigInteger.valueOf(Math.round(20 * TWIPS_PER_MM)));
    }

    /** Two columns without borders: the issuer and the number on the left, the motto and the date on the right. */
    private static void letterhead(XWPFDocument d, ReportDocument doc) {
        XWPFTableCell[] cells = twoColumns(d);
        XWPFTableCell left = cells[0];
        XWPFTableCell right = cells[1];
        cellLines(left, List.of(doc.issuer().get(0)), false, false);
        cellLines(left, List.of(doc.issuer().get(1)), true, false);
        cellLines(left, List.of(ReportDocument.NUMBER), false, false);
        cellLines(right, List.of(ReportDocument.MOTTO.get(0)), true, false);
        cellLines(right, List.of(ReportDocument.MOTTO.get(1)), true, false);
        cellLines(right, List.of(doc.dateLine()), false, true);
        dropFirstParagraphs(left, right);
    }

    private static void signature(XWPFDocument d, ReportDocument doc) {
        XWPFTableCell[] cells = twoColumns(d);
        XWPFTableCell left = cells[0];
        XWPFTableCell right = cells[1];
        List<String> recipients = doc.recipients();
        cellLines(left, recipients.subList(0, 1), true, true);
        cellLines(left, recipients.subList(1, recipients.size()), false, false);
        cellLines(right, ReportDocument.SIGNER, true, false);
        dropFirstParagraphs(left, right);
    }

    /** A row of two cells across the page, without borders. */
    private static XWPFTableCell[] twoColumns(XWPFDocument d) {
        XWPFTable t = d.createTable(1, 2);
        t.removeBorders();
        t.setWidth("100%");
        return new XWPFTableCell[] {t.getRow(0).getCell(0), t.getRow(0).getCell(1)};
    }

    /** Each new cell's own empty paragraph, above the lines added to it. */
    private static void dropFirstParagraphs(XWPFTableCell... cells) {
        for (XWPFTableCell cell : cells) {
            cell.removeParagraph(0);
        }
    }

    private static void cellLines(XWPFTableCell cell, List<String> lines, boolean bold, boolean italic) {
        for (String text : lines) {
            XWPFParagraph p = cell.addParagraph();
            p.setAlignment(ParagraphAlignment.CENTER);
            p.setSpacingAfter(0);
            run(p, text, bold, italic, SIZE - 1);
        }
    }

    private static void line(XWPFDocument d, String text, ParagraphAlignment align, boolean bold, boolean italic) {
        XWPFParagraph p = d.createParagraph();
        p.setAlignment(align);
        p.setSpacingBefore(120);
        run(p, text, bold, italic, SIZE);
    }

    private static void paragraph(XWPFDocument d, List<String> lines) {
        XWPFParagraph p = d.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setFirstLineIndent((int) Math.round(10 * TWIPS_PER_MM));
        XWPFRun r = run(p, lines.getFirst(), false, false, SIZE);
        for (String line : lines.subList(1, lines.size())) {
            r.addBreak();
            r.setText(clean(line));
        }
    }

    private static void table(XWPFDocument d, Table table) {
        XWPFTable t = d.createTable(table.rows().size() + 1, table.header().size());
        t.setWidth("100%");
        t.setTableAlignment(TableRowAlign.CENTER);
        for (int c = 0; c < table.header().size(); c++) {
            cell(t.getRow(0).getCell(c), table.header().get(c), true, ParagraphAlignment.CENTER);
        }
        for (int r = 0; r < table.rows().size(); r++) {
            List<Object> row = table.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                Object v = row.get(c);
                cell(
                        t.getRow(r + 1).getCell(c),
                        ReportDocument.text(v, table.percent()[c]),
                        false,
                        v instanceof Number ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
            }
        }
        // A paragraph after the table, so that two tables in a row stay two tables.
        d.createParagraph().setSpacingAfter(0);
    }

    private static void cell(XWPFTableCell cell, String text, boolean bold, ParagraphAlignment align) {
        XWPFParagraph p = cell.getParagraphs().getFirst();
        p.setAlignment(align);
        p.setSpacingAfter(0);
        run(p, text, bold, false, SIZE - 2);
    }

    private static XWPFRun run(XWPFParagraph p, String text, boolean bold, boolean italic, int size) {
        XWPFRun r = p.createRun();
        r.setFontFamily(FONT);
        r.setFontSize(size);
        r.setBold(bold);
        r.setItalic(italic);
        r.setText(clean(text));
        return r;
    }

    static String clean(String text) {
        return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC);
    }
}
