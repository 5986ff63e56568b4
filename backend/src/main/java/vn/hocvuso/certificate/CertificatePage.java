package vn.hocvuso.certificate;

import static vn.hocvuso.certificate.CertificatePdf.REVOKED;
import static vn.hocvuso.certificate.CertificatePdf.TITLE;
import static vn.hocvuso.certificate.CertificatePdf.dateLine;
import static vn.hocvuso.certificate.PdfTexts.fit;
import static vn.hocvuso.certificate.PdfTexts.safe;
import static vn.hocvuso.certificate.PdfTexts.widest;
import static vn.hocvuso.certificate.PdfTexts.width;
import static vn.hocvuso.certificate.PdfTexts.wrap;
import static vn.hocvuso.certificate.PdfTexts.wrapChars;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.awt.Color;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;
import vn.hocvuso.certificate.CertificatePdf.Data;
import vn.hocvuso.province.Province;

/**
 * The certificate's page as {@link CertificatePdf} draws it: border, headings, the holder and the
 * course, the QR block, the signature block and, for a revoked certificate, the stamp. Lives for one
 * render, so it needs no synchronisation.
 */
final class CertificatePage {

    /** A4 landscape. */
    static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());

    private static final float W = PAGE.getWidth();
    private static final float H = PAGE.getHeight();

    private static final Color RED = new Color(0xA3, 0x1D, 0x24);
    private static final Color GOLD = new Color(0xC2, 0x9B, 0x45);
    private static final Color NAVY = new Color(0x12, 0x2F, 0x66);
    private static final Color INK = new Color(0x1E, 0x1E, 0x1E);
    private static final Color GREY = new Color(0x55, 0x55, 0x55);
    private static final Color STAMP = new Color(0xD0, 0x10, 0x1A);
    private static final float CONTENT_WIDTH = 680;

    /** The three faces of the embedded font, loaded into the document being drawn. */
    record Fonts(PDFont regular, PDFont bold, PDFont italic) {}

    private final PDPageContentStream cs;
    private final Fonts f;
    /** When set, {@link #text} only measures: used to find a body size that fits. */
    private boolean dry;

    CertificatePage(PDPageContentStream cs, Fonts fonts) {
        this.cs = cs;
        this.f = fonts;
    }

    void paint(Data data) throws IOException {
        border();
        header(data.province());

        float y = 422;
        float titleSize = fit(f.bold(), TITLE, 27, 18, W - 120);
        text(f.bold(), titleSize, RED, W / 2, y, TITLE, Align.CENTER);
        divider(y - 16);

        float codeY = qrBlock(data);
        signatureBlock(data, codeY);

        // the body at full size if it ends clear of the bottom blocks, else a little smaller (long names/titles)
        float floor = codeY + 34;
        float scale = 1f;
        dry = true;
        while (scale > 0.7f && body(data, scale) < floor) {
            scale -= 0.05f;
        }
        dry = false;
        body(data, scale);

        if (data.revoked()) {
            revokedStamp();
        }
    }

    /** "Chứng nhận Ông/Bà:" down to "thuộc phong trào…", all sizes times {@code k}; returns the last baseline. */
    private float body(Data data, float k) throws IOException {
        float y = 370;
        text(f.italic(), 15 * k, INK, W / 2, y, "Chứng nhận Ông/Bà:", Align.CENTER);

        // the name on one line if it fits at a generous size, else on two lines, shrinking only as needed
        String holder = safe(f.bold(), data.holderName());
        float nameSize = fit(f.bold(), holder, 32 * k, 22 * k, CONTENT_WIDTH);
        List<String> nameLines = List.of(holder);
        if (width(f.bold(), nameSize, holder) > CONTENT_WIDTH) {
            nameSize = 28 * k;
            nameLines = wrap(f.bold(), nameSize, holder, CONTENT_WIDTH, 2);
            while (nameSize > 12 && widest(f.bold(), nameSize, nameLines) > CONTENT_WIDTH) {
                nameSize -= 1;
                nameLines = wrap(f.bold(), nameSize, holder, CONTENT_WIDTH, 2);
            }
        }
        y -= 40 * k;
        for (String line : nameLines) {
            text(f.bold(), nameSize, NAVY, W / 2, y, line, Align.CENTER);
            y -= nameSize * 1.15f;
        }

        y -= 4 * k;
        if (data.unitName() != null && !data.unitName().isBlank()) {
            y = labelled("Đơn vị: ", f.regular(), safe(f.regular(), data.unitName()), f.regular(), 15 * k, y);
        }
        y = labelled("Đã hoàn thành khóa học: ", f.regular(), safe(f.bold(), data.courseTitle()), f.bold(), 15 * k, y);
        text(f.italic(), 14 * k, INK, W / 2, y, "thuộc phong trào “Bình dân học vụ số”", Align.CENTER);
        return y;
    }

    private void border() throws IOException {
        cs.setStrokingColor(RED);
        cs.setLineWidth(3.2f);
        cs.addRect(18, 18, W - 36, H - 36);
        cs.stroke();
        cs.setStrokingColor(GOLD);
        cs.setLineWidth(1.2f);
        cs.addRect(25, 25, W - 50, H - 50);
        cs.stroke();
        cs.setStrokingColor(RED);
        cs.setLineWidth(0.6f);
        cs.addRect(29, 29, W - 58, H - 58);
        cs.stroke();
        // corner ornaments: a gold diamond framed by red brackets
        float[][] corners = {{29, 29, 1, 1}, {W - 29, 29, -1, 1}, {29, H - 29, 1, -1}, {W - 29, H - 29, -1, -1}};
        for (float[] c : corners) {
            float x = c[0];
            float y = c[1];
            float dx = c[2];
            float dy = c[3];
            cs.setStrokingColor(RED);
            cs.setLineWidth(1.2f);
            cs.moveTo(x + dx * 8, y + dy * 34);
            cs.lineTo(x + dx * 8, y + dy * 8);
            cs.lineTo(x + dx * 34, y + dy * 8);
            cs.stroke();
            diamond(x + dx * 17, y + dy * 17, 5.5f, GOLD);
        }
    }

    private void diamond(float cx, float cy, float r, Color color) throws IOException {
        cs.setNonStrokingColor(color);
        cs.moveTo(cx, cy + r);
        cs.lineTo(cx + r, cy);
        cs.lineTo(cx, cy - r);
        cs.lineTo(cx - r, cy);
        cs.closePath();
        cs.fill();
    }

    private void header(Province province) throws IOException {
        float left = 218;
        float right = W - 236;
        float y1 = 530;
        float y2 = 514;
        text(f.regular(), 12, INK, left, y1, Province.upper(province.committeeName()), Align.CENTER);
        String agency = Province.upper(province.issuerName());
        text(f.bold(), 12, INK, left, y2, agency, Align.CENTER);
        float agencyWidth = width(f.bold(), 12, agency);
        hLine(left - agencyWidth / 6, left + agencyWidth / 6, y2 - 7.5f, 0.7f, INK);

        text(f.bold(), 12, INK, right, y1, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", Align.CENTER);
        String motto = "Độc lập - Tự do - Hạnh phúc";
        text(f.bold(), 13, INK, right, y2, motto, Align.CENTER);
        float mottoWidth = width(f.bold(), 13, motto);
        hLine(right - mottoWidth / 2, right + mottoWidth / 2, y2 - 7.5f, 0.7f, INK);
    }

    private void divider(float y) throws IOException {
        hLine(W / 2 - 150, W / 2 - 12, y, 0.8f, GOLD);
        hLine(W / 2 + 12, W / 2 + 150, y, 0.8f, GOLD);
        diamond(W / 2, y, 4.5f, RED);
    }

    /** A centred "Label: value" line (value wrapped onto further lines if long); returns the next baseline. */
    private float labelled(String label, PDFont labelFont, String value, PDFont valueFont, float size, float y)
            throws IOException {
        float lead = size * 1.7f;
        float size1 = size;
        while (size1 > size * 0.8f && width(labelFont, size1, label) + width(valueFont, size1, value) > CONTENT_WIDTH) {
            size1 -= 0.5f;
        }
        float labelWidth = width(labelFont, size1, label);
        float valueWidth = width(valueFont, size1, value);
        if (labelWidth + valueWidth <= CONTENT_WIDTH) {
            float x = W / 2 - (labelWidth + valueWidth) / 2;
            text(labelFont, size1, INK, x, y, label, Align.LEFT);
            text(valueFont, size1, INK, x + labelWidth, y, value, Align.LEFT);
            return y - lead;
        }
        // too long for one line: the label alone, then the value on up to two centred lines
        text(labelFont, size, INK, W / 2, y, label.strip(), Align.CENTER);
        float valueSize = size;
        List<String> lines = wrap(valueFont, valueSize, value, CONTENT_WIDTH, 2);
        while (valueSize > size * 0.66f && widest(valueFont, valueSize, lines) > CONTENT_WIDTH) {
            valueSize -= 0.5f;
            lines = wrap(valueFont, valueSize, value, CONTENT_WIDTH, 2);
        }
        y -= size * 1.3f;
        for (String line : lines) {
            text(valueFont, valueSize, INK, W / 2, y, line, Align.CENTER);
            y -= valueSize * 1.3f;
        }
        return y - (lead - size * 1.3f);
    }

    /** Date and issuer on the right, the date on the same baseline as the code on the left. */
    private void signatureBlock(Data data, float y) throws IOException {
        float cx = W - 236;
        Province province = data.province();
        text(f.italic(), 14, INK, cx, y, dateLine(province.name(), data.issuedOn()), Align.CENTER);
        text(f.bold(), 12.5f, INK, cx, y - 24, Province.upper(province.issuerName()), Align.CENTER);
        text(f.regular(), 12.5f, INK, cx, y - 40, province.fullNameUpper(), Align.CENTER);
        text(f.italic(), 10, GREY, cx, 66, "Giấy chứng nhận điện tử, xác thực bằng mã QR", Align.CENTER);
        // The same certificate exists as a signed credential that other systems check without this page.
        text(
                f.italic(),
                9,
                GREY,
                cx,
                53,
                "Kèm chứng nhận số Open Badges 3.0 (tải trong tài khoản học viên)",
                Align.CENTER);
    }

    /** Bottom-up: URL, caption, the QR code (quiet zone kept clear), then the code, whose baseline it returns. */
    private float qrBlock(Data data) throws IOException {
        float cx = 160;
        float maxWidth = 200;
        String url = safe(f.regular(), data.verifyUrl());
        float urlSize = fit(f.regular(), url, 7.5f, 5, maxWidth);
        List<String> urlLines = wrapChars(f.regular(), urlSize, url, maxWidth);
        urlLines = urlLines.subList(0, Math.min(3, urlLines.size()));
        float y = 42 + (urlLines.size() - 1) * urlSize * 1.2f;
        for (String line : urlLines) {
            text(f.regular(), urlSize, GREY, cx, y, line, Align.CENTER);
            y -= urlSize * 1.2f;
        }
        float captionY = 42 + (urlLines.size() - 1) * urlSize * 1.2f + urlSize + 4;
        text(f.italic(), 9.5f, INK, cx, captionY, "Quét mã để kiểm tra tính hợp lệ", Align.CENTER);

        ByteMatrix matrix = qrMatrix(data.verifyUrl().strip());
        int n = matrix.getWidth();
        float size = Math.clamp(n * 2.6f, 90f, 104f);
        float quiet = 4 * size / n;
        float qrBottom = captionY + 7 + quiet;
        qr(matrix, cx - size / 2, qrBottom, size);

        String code = "Số hiệu: " + safe(f.bold(), data.code());
        float codeSize = fit(f.bold(), code, 12, 8, 250);
        float codeY = qrBottom + size + quiet + 3;
        text(f.bold(), codeSize, INK, cx, codeY, code, Align.CENTER);
        return codeY;
    }

    private static ByteMatrix qrMatrix(String content) {
        try {
            return Encoder.encode(content, ErrorCorrectionLevel.M, Map.of(EncodeHintType.CHARACTER_SET, "UTF-8"))
                    .getMatrix();
        } catch (WriterException e) {
            throw new IllegalArgumentException("verifyUrl cannot be encoded as a QR code", e);
        }
    }

    /** The QR code as filled squares (runs merged per row); the caller keeps its 4-module quiet zone clear. */
    private void qr(ByteMatrix m, float x, float y, float size) throws IOException {
        int n = m.getWidth();
        float module = size / n;
        cs.setNonStrokingColor(Color.BLACK);
        for (int row = 0; row < n; row++) {
            int col = 0;
            while (col < n) {
                if (m.get(col, row) != 1) {
                    col++;
                    continue;
                }
                int start = col;
                while (col < n && m.get(col, row) == 1) {
                    col++;
                }
                // a hair of overlap hides anti-aliasing seams between neighbouring squares in viewers
                cs.addRect(
                        x + start * module,
                        y + size - (row + 1) * module - 0.02f,
                        (col - start) * module,
                        module + 0.04f);
            }
        }
        cs.fill();
    }

    private void revokedStamp() throws IOException {
        cs.saveGraphicsState();
        PDExtendedGraphicsState gs = new PDExtendedGraphicsState();
        gs.setNonStrokingAlphaConstant(0.8f);
        gs.setStrokingAlphaConstant(0.8f);
        cs.setGraphicsStateParameters(gs);
        // centred on the body, clear of the QR code so that a revoked certificate still scans to its status page
        cs.transform(Matrix.getRotateInstance(Math.toRadians(18), W / 2 + 30, H / 2 - 5));
        float size = 60;
        float textWidth = width(f.bold(), size, REVOKED);
        float bw = textWidth + 70;
        float bh = size + 44;
        cs.setStrokingColor(STAMP);
        cs.setLineWidth(5);
        cs.addRect(-bw / 2, -bh / 2, bw, bh);
        cs.stroke();
        cs.setLineWidth(1.5f);
        cs.addRect(-bw / 2 + 8, -bh / 2 + 8, bw - 16, bh - 16);
        cs.stroke();
        text(f.bold(), size, STAMP, 0, -size * 0.34f, REVOKED, Align.CENTER);
        cs.restoreGraphicsState();
    }

    private enum Align {
        LEFT,
        CENTER
    }

    private void text(PDFont font, float size, Color color, float x, float y, String s, Align align)
            throws IOException {
        if (dry) {
            return;
        }
        float left = align == Align.CENTER ? x - width(font, size, s) / 2 : x;
        cs.beginText();
        cs.setNonStrokingColor(color);
        cs.setFont(font, size);
        cs.newLineAtOffset(left, y);
        cs.showText(s);
        cs.endText();
    }

    private void hLine(float x1, float x2, float y, float lineWidth, Color color) throws IOException {
        cs.setStrokingColor(color);
        cs.setLineWidth(lineWidth);
        cs.moveTo(x1, y);
        cs.lineTo(x2, y);
        cs.stroke();
    }
}
