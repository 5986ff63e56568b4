package vn.hocvuso.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import vn.hocvuso.certificate.CertificatePdf;
import vn.hocvuso.common.PdfGlyphs;
import vn.hocvuso.report.ReportDocument.Block;
import vn.hocvuso.report.ReportDocument.Heading;
import vn.hocvuso.report.ReportDocument.Paragraph;
import vn.hocvuso.report.ReportDocument.Table;

/**
 * A report as PDF (PDFBox), laid out like its Word form: A4 portrait, the margins of NĐ 30/2020, Liberation
 * Serif (metric-compatible with Times New Roman, the fonts the certificates embed), lines wrapped to the width,
 * tables with their header repeated on each page they cross. Blocking work: run it on a worker thread. Each call
 * builds its own document; the font bytes are read once.
 */
final class PdfWriter {

    private static final float MM = 72f / 25.4f;
    private static final float LEFT = 30 * MM;
    private static final float RIGHT = PDRectangle.A4.getWidth() - 20 * MM;
    private static final float TOP = PDRectangle.A4.getHeight() - 20 * MM;
    private static final float BOTTOM = 20 * MM;
    private static final float SIZE = 13;
    private static final float CELL = 10.5f;

    private static final byte[] REGULAR = CertificatePdf.fontBytes("LiberationSerif-Regular.ttf");
    private static final byte[] BOLD = CertificatePdf.fontBytes("LiberationSerif-Bold.ttf");
    private static final byte[] ITALIC = CertificatePdf.fontBytes("LiberationSerif-Italic.ttf");

    private final PDDocument doc;
    private final PDFont regular;
    private final PDFont bold;
    private final PDFont italic;
    private PDPageContentStream cs;
    private float y;

    private PdfWriter(PDDocument doc) throws IOException {
        this.doc = doc;
        regular = PDType0Font.load(doc, new ByteArrayInputStream(REGULAR), true);
        bold = PDType0Font.load(doc, new ByteArrayInputStream(BOLD), true);
        italic = PDType0Font.load(doc, new ByteArrayInputStream(ITALIC), true);
    }

    static byte[] write(ReportDocument report) {
        try (PDDocument doc = new PDDocument()) {
            doc.getDocumentInformation().setTitle(DocxWriter.clean(report.title()));
            doc.getDocumentInformation().setCreator("Học vụ số");
            doc.getDocumentCatalog().setLanguage("vi-VN");
            PdfWriter w = new PdfWriter(doc);
            w.newPage();
            w.paint(report);
            w.cs.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void paint(ReportDocument report) throws IOException {
        float half = (RIGHT - LEFT) / 2;
        if (report.letter()) {
            float top = y;
            centred(report.issuer().get(0), regular, SIZE - 1, LEFT, half);
            centred(report.issuer().get(1), bold, SIZE - 1, LEFT, half);
            centred(ReportDocument.NUMBER, regular, SIZE - 1, LEFT, half);
            float leftEnd = y;
            y = top;
            centred(ReportDocument.MOTTO.get(0), bold, SIZE - 1, LEFT + half, half);
            centred(ReportDocument.MOTTO.get(1), bold, SIZE - 1, LEFT + half, half);
            centred(report.dateLine(), italic, SIZE - 1, LEFT + half, half);
            y = Math.min(y, leftEnd) - SIZE;
        } else {
            wrapped(report.dateLine(), italic, SIZE, LEFT, RIGHT - LEFT, Align.RIGHT);
        }
        for (String line : wrap(report.title(), bold, SIZE, RIGHT - LEFT - 20 * MM)) {
            centred(line, bold, SIZE, LEFT, RIGHT - LEFT);
        }
        y -= SIZE / 2;
        for (Block b : report.blocks()) {
            switch (b) {
                case Heading h -> {
                    y -= SIZE / 3;
                    wrapped(h.text(), bold, SIZE, LEFT, RIGHT - LEFT, Align.LEFT);
                }
                case Paragraph p -> {
                    for (String line : p.lines()) {
                        wrapped(line, regular, SIZE, LEFT, RIGHT - LEFT, Align.LEFT);
                    }
                    y -= SIZE / 3;
                }
                case Table t -> table(t);
            }
        }
        if (report.letter()) {
            List<String> left = report.recipients();
            List<String> right = ReportDocument.SIGNER;
            need((Math.max(left.size(), right.size()) + 1) * SIZE * 1.3f);
            y -= SIZE / 2;
            float top = y;
            for (int i = 0; i < left.size(); i++) {
                text(left.get(i), i == 0 ? italic : regular, SIZE - 2, LEFT);
                y -= (SIZE - 2) * 1.3f;
            }
            y = top;
            for (String line : right) {
                centred(line, bold, SIZE - 1, LEFT + half, half);
            }
        }
    }

    // ---- tables ----

    private void table(Table t) throws IOException {
        int columns = t.header().size();
        float width = RIGHT - LEFT;
        float[] widths = widths(t, width);
        List<List<String>> rows = new ArrayList<>();
        for (List<Object> row : t.rows()) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                cells.add(ReportDocument.text(row.get(c), t.percent()[c]));
            }
            rows.add(cells);
        }
        row(t.header(), widths, bold, true);
        for (int r = 0; r < rows.size(); r++) {
            if (rowHeight(rows.get(r), widths, regular) > y - BOTTOM) {
                newPage();
                row(t.header(), widths, bold, true);
            }
            row(rows.get(r), widths, regular, false);
        }
        y -= SIZE / 2;
    }

    /** The first column and the name columns wide, number columns narrow. */
    private float[] widths(Table t, float width) {
        int columns = t.header().size();
        float[] weights = new float[columns];
        float sum = 0;
        for (int c = 0; c < columns; c++) {
            int column = c;
            boolean numbers = !t.rows().isEmpty()
                    && t.rows().stream().allMatch(r -> r.get(column) == null || r.get(column) instanceof Number);
            weights[c] = numbers ? 1f : 2.2f;
            sum += weights[c];
        }
        float[] widths = new float[columns];
        for (int c = 0; c < columns; c++) {
            widths[c] = width * weights[c] / sum;
        }
        return widths;
    }

    private float rowHeight(List<String> cells, float[] widths, PDFont font) throws IOException {
        int lines = 1;
        for (int c = 0; c < cells.size(); c++) {
            lines = Math.max(
                    lines, wrap(cells.get(c), font, CELL, widths[c] - 6).size());
        }
        return lines * CELL * 1.25f + 6;
    }

    private void row(List<String> cells, float[] widths, PDFont font, boolean header) throws IOException {
        float height = rowHeight(cells, widths, font);
        need(height);
        float x = LEFT;
        for (float w : widths) {
            cs.addRect(x, y - height, w, height);
            x += w;
        }
        cs.setLineWidth(0.5f);
        cs.stroke();
        x = LEFT;
        for (int c = 0; c < cells.size(); c++) {
            float line = y - 3 - CELL;
            for (String part : wrap(cells.get(c), font, CELL, widths[c] - 6)) {
                float w = width(part, font, CELL);
                float at = header ? x + (widths[c] - w) / 2 : looksNumeric(part) ? x + widths[c] - 3 - w : x + 3;
                show(part, font, CELL, at, line);
                line -= CELL * 1.25f;
            }
            x += widths[c];
        }
        y -= height;
    }

    private static boolean looksNumeric(String s) {
        return !s.isEmpty() && s.chars().allMatch(ch -> Character.isDigit(ch) || ".,%+-".indexOf(ch) >= 0);
    }

    // ---- text ----

    private enum Align {
        LEFT,
        RIGHT
    }

    private void wrapped(String text, PDFont font, float size, float x, float width, Align align) throws IOException {
        for (String line : wrap(text, font, size, width)) {
            need(size * 1.35f);
            float at = align == Align.RIGHT ? x + width - width(line, font, size) : x;
            text(line, font, size, at);
            y -= size * 1.35f;
        }
    }

    private void centred(String text, PDFont font, float size, float x, float width) throws IOException {
        need(size * 1.35f);
        text(text, font, size, x + (width - width(text, font, size)) / 2);
        y -= size * 1.35f;
    }

    private void text(String text, PDFont font, float size, float x) throws IOException {
        show(text, font, size, x, y - size);
    }

    private void show(String text, PDFont font, float size, float x, float baseline) throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, baseline);
        cs.showText(printable(text, font));
        cs.endText();
    }

    private static List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : DocxWriter.clean(text).split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(candidate, font, size) <= width || line.isEmpty()) {
                line.setLength(0);
                line.append(candidate);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    private static float width(String text, PDFont font, float size) throws IOException {
        return font.getStringWidth(printable(text, font)) / 1000 * size;
    }

    /** NFC, with characters the font lacks shown as "?" rather than failing the whole document. */
    private static String printable(String text, PDFont font) {
        return PdfGlyphs.shown(font, DocxWriter.clean(text));
    }

    // ---- pages ----

    private void need(float height) throws IOException {
        if (y - height < BOTTOM) {
            newPage();
        }
    }

    private void newPage() throws IOException {
        if (cs != null) {
            cs.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        cs = new PDPageContentStream(doc, page);
        y = TOP;
    }
}
