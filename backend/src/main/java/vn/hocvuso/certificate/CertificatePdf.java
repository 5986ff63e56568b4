package vn.hocvuso.certificate;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;

/**
 * Renders a course-completion certificate as a one-page A4 landscape PDF, in Vietnamese.
 *
 * <p>Fonts are Liberation Serif (metric-compatible with Times New Roman, the font of Vietnamese official documents;
 * SIL Open Font License 1.1), shipped on the classpath by {@code com.github.librepdf:openpdf-fonts-extra}, and embedded
 * as subsets. The QR code is drawn as vector squares, so it stays sharp at any zoom or print resolution.
 *
 * <p>Thread-safe: the only shared state is the immutable font bytes; every call builds its own document.
 * {@link #render} is blocking and CPU-bound (about 15 ms on one core, see docs/benchmarks.md): call it off the event
 * loop. Its results are cached ({@value #CACHE}, bounded by {@code quarkus.cache.caffeine."certificate-pdf".*}), keyed
 * by everything the page shows, the status included: a revoked certificate is a different key, so its old "valid"
 * rendering can never be served again.
 */
@ApplicationScoped
public class CertificatePdf {

    /**
     * What a certificate shows. Text is normalised to NFC when rendered; characters the font lacks become "?".
     * {@code unitName} may be null or blank: the "Đơn vị" line is then left out. Everything else is required.
     */
    public record Data(String code, String holderName, String unitName, String courseTitle,
                       LocalDate issuedOn, String verifyUrl, boolean revoked) {
        public Data {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(holderName, "holderName");
            Objects.requireNonNull(courseTitle, "courseTitle");
            Objects.requireNonNull(issuedOn, "issuedOn");
            Objects.requireNonNull(verifyUrl, "verifyUrl");
            if (verifyUrl.isBlank()) {
                throw new IllegalArgumentException("verifyUrl is blank");
            }
        }
    }

    /** The cache of rendered certificates. */
    public static final String CACHE = "certificate-pdf";

    /** Changed with every change of the page's design, so that clients holding an older rendering fetch it again. */
    static final String LAYOUT = "2026-11";

    static final String TITLE = "GIẤY CHỨNG NHẬN HOÀN THÀNH KHÓA HỌC";
    static final String REVOKED = "ĐÃ THU HỒI";

    private static final String FONT_DIR = "liberation/";
    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float W = PAGE.getWidth();
    private static final float H = PAGE.getHeight();

    private static final Color RED = new Color(0xA3, 0x1D, 0x24);
    private static final Color GOLD = new Color(0xC2, 0x9B, 0x45);
    private static final Color NAVY = new Color(0x12, 0x2F, 0x66);
    private static final Color INK = new Color(0x1E, 0x1E, 0x1E);
    private static final Color GREY = new Color(0x55, 0x55, 0x55);
    private static final Color STAMP = new Color(0xD0, 0x10, 0x1A);

    private final byte[] regular;
    private final byte[] bold;
    private final byte[] italic;

    public CertificatePdf() {
        regular = fontBytes("LiberationSerif-Regular.ttf");
        bold = fontBytes("LiberationSerif-Bold.ttf");
        italic = fontBytes("LiberationSerif-Italic.ttf");
    }

    /** The certificate as PDF bytes; the array may be shared with other callers (cached), so never change it. */
    @CacheResult(cacheName = CACHE)
    public byte[] render(Data data) {
        try (PDDocument doc = new PDDocument()) {
            Fonts fonts = new Fonts(
                    PDType0Font.load(doc, new ByteArrayInputStream(regular), true),
                    PDType0Font.load(doc, new ByteArrayInputStream(bold), true),
                    PDType0Font.load(doc, new ByteArrayInputStream(italic), true));
            PDPage page = new PDPage(PAGE);
            doc.addPage(page);
            describe(doc, data);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                new Painter(cs, fonts).paint(data);
            }
            // A file ID derived from the content (not from the clock), so the same data always gives the same bytes.
            COSString id = new COSString(fileId(data));
            COSArray ids = new COSArray();
            ids.add(id);
            ids.add(id);
            doc.getDocument().getTrailer().setItem(COSName.ID, ids);
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render certificate " + data.code(), e);
        }
    }

    /**
     * The version of a certificate's PDF, for its {@code ETag}: the code, the status, and a digest of everything
     * else the page shows and of its design, e.g. {@code HVS-7K3M-9QXD-4TPR.valid.3f9a1c2e}. A revocation, a new
     * design or a new verification address gives a new version.
     */
    public static String version(Data data) {
        return data.code() + (data.revoked() ? ".revoked." : ".valid.")
                + HexFormat.of().formatHex(sha256(LAYOUT + "|" + data), 0, 4);
    }

    private static void describe(PDDocument doc, Data data) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(TITLE + " – " + clean(data.holderName()) + (data.revoked() ? " (" + REVOKED + ")" : ""));
        info.setSubject(clean(data.courseTitle()));
        info.setAuthor("Sở Khoa học và Công nghệ tỉnh Quảng Ngãi");
        info.setCreator("Học vụ số");
        info.setKeywords(clean(data.code()));
        doc.getDocumentCatalog().setLanguage("vi-VN");
    }

    private static byte[] fileId(Data data) {
        return Arrays.copyOf(sha256(data.toString()), 16);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** "Quảng Ngãi, ngày 05 tháng 02 năm 2026": days below 10 and months 1 and 2 get a leading zero (NĐ 30/2020). */
    static String dateLine(LocalDate date) {
        int day = date.getDayOfMonth();
        int month = date.getMonthValue();
        return "Quảng Ngãi, ngày " + (day < 10 ? "0" + day : "" + day)
                + " tháng " + (month <= 2 ? "0" + month : "" + month)
                + " năm " + date.getYear();
    }

    private static String clean(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
    }

    private static byte[] fontBytes(String name) {
        try (InputStream in = CertificatePdf.class.getClassLoader().getResourceAsStream(FONT_DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("Font " + FONT_DIR + name
                        + " is not on the classpath (it comes from com.github.librepdf:openpdf-fonts-extra)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Fonts(PDFont regular, PDFont bold, PDFont italic) {
    }

    /** Draws one page; lives for one render, so it needs no synchronisation. */
    private static final class Painter {
        private static final float CONTENT_WIDTH = 680;

        private final PDPageContentStream cs;
        private final Fonts f;
        /** When set, {@link #text} only measures: used to find a body size that fits. */
        private boolean dry;

        Painter(PDPageContentStream cs, Fonts fonts) {
            this.cs = cs;
            this.f = fonts;
        }

        void paint(Data data) throws IOException {
            border();
            header();

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
            y = labelled("Đã hoàn thành khóa học: ", f.regular(), safe(f.bold(), data.courseTitle()), f.bold(),
                    15 * k, y);
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

        private void header() throws IOException {
            float left = 218;
            float right = W - 236;
            float y1 = 530;
            float y2 = 514;
            text(f.regular(), 12, INK, left, y1, "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI", Align.CENTER);
            String agency = "SỞ KHOA HỌC VÀ CÔNG NGHỆ";
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
            while (size1 > size * 0.8f
                    && width(labelFont, size1, label) + width(valueFont, size1, value) > CONTENT_WIDTH) {
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
            text(f.italic(), 14, INK, cx, y, dateLine(data.issuedOn()), Align.CENTER);
            text(f.bold(), 12.5f, INK, cx, y - 24, "SỞ KHOA HỌC VÀ CÔNG NGHỆ", Align.CENTER);
            text(f.regular(), 12.5f, INK, cx, y - 40, "TỈNH QUẢNG NGÃI", Align.CENTER);
            text(f.italic(), 10, GREY, cx, 66, "Giấy chứng nhận điện tử, xác thực bằng mã QR", Align.CENTER);
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
                    cs.addRect(x + start * module, y + size - (row + 1) * module - 0.02f,
                            (col - start) * module, module + 0.04f);
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

        private enum Align { LEFT, CENTER }

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

        private static float width(PDFont font, float size, String s) throws IOException {
            return font.getStringWidth(s) / 1000f * size;
        }

        /** The largest size from {@code max} down to {@code min} (half-point steps) at which {@code s} fits. */
        private static float fit(PDFont font, String s, float max, float min, float maxWidth) throws IOException {
            float size = max;
            while (size > min && width(font, size, s) > maxWidth) {
                size -= 0.5f;
            }
            return size;
        }

        private static float widest(PDFont font, float size, List<String> lines) throws IOException {
            float max = 0;
            for (String line : lines) {
                max = Math.max(max, width(font, size, line));
            }
            return max;
        }

        /** Word wrap into at most {@code maxLines}; the last line takes the rest. */
        private static List<String> wrap(PDFont font, float size, String s, float maxWidth, int maxLines)
                throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            String[] words = s.split(" ");
            for (int i = 0; i < words.length; i++) {
                String candidate = line.isEmpty() ? words[i] : line + " " + words[i];
                if (!line.isEmpty() && width(font, size, candidate) > maxWidth && lines.size() < maxLines - 1) {
                    lines.add(line.toString());
                    line = new StringBuilder(words[i]);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            lines.add(line.toString());
            return lines;
        }

        /** Character wrap, for URLs that have no spaces. */
        private static List<String> wrapChars(PDFont font, float size, String s, float maxWidth) throws IOException {
            List<String> lines = new ArrayList<>();
            int start = 0;
            int end = 0;
            while (end < s.length()) {
                int next = s.offsetByCodePoints(end, 1);
                if (end > start && width(font, size, s.substring(start, next)) > maxWidth) {
                    lines.add(s.substring(start, end));
                    start = end;
                }
                end = next;
            }
            lines.add(s.substring(start));
            return lines;
        }

        /** NFC, single spaces, and "?" for any character the font cannot show (which would make PDFBox throw). */
        private static String safe(PDFont font, String text) {
            String s = clean(text);
            StringBuilder out = new StringBuilder(s.length());
            s.codePoints().forEach(cp -> {
                String ch = new String(Character.toChars(cp));
                try {
                    font.encode(ch);
                    out.append(ch);
                } catch (IllegalArgumentException | IOException e) {
                    out.append('?');
                }
            });
            return out.toString();
        }
    }
}
