package vn.hocvuso.certificate;

import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import vn.hocvuso.common.Secrets;
import vn.hocvuso.province.Province;

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
    public record Data(
            String code,
            String holderName,
            String unitName,
            String courseTitle,
            LocalDate issuedOn,
            String verifyUrl,
            boolean revoked,
            Province province) {
        public Data {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(holderName, "holderName");
            Objects.requireNonNull(courseTitle, "courseTitle");
            Objects.requireNonNull(issuedOn, "issuedOn");
            Objects.requireNonNull(verifyUrl, "verifyUrl");
            Objects.requireNonNull(province, "province");
            if (verifyUrl.isBlank()) {
                throw new IllegalArgumentException("verifyUrl is blank");
            }
        }
    }

    /** The cache of rendered certificates. */
    public static final String CACHE = "certificate-pdf";

    /** Changed with every change of the page's design, so that clients holding an older rendering fetch it again. */
    static final String LAYOUT = "2026-11-credential";

    static final String TITLE = "GIẤY CHỨNG NHẬN HOÀN THÀNH KHÓA HỌC";
    static final String REVOKED = "ĐÃ THU HỒI";

    private static final String FONT_DIR = "liberation/";

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
            CertificatePage.Fonts fonts = new CertificatePage.Fonts(
                    PDType0Font.load(doc, new ByteArrayInputStream(regular), true),
                    PDType0Font.load(doc, new ByteArrayInputStream(bold), true),
                    PDType0Font.load(doc, new ByteArrayInputStream(italic), true));
            PDPage page = new PDPage(CertificatePage.PAGE);
            doc.addPage(page);
            describe(doc, data);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                new CertificatePage(cs, fonts).paint(data);
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
        return data.code()
                + (data.revoked() ? ".revoked." : ".valid.")
                + HexFormat.of().formatHex(Secrets.sha256(LAYOUT + "|" + data), 0, 4);
    }

    private static void describe(PDDocument doc, Data data) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(TITLE + " – " + clean(data.holderName()) + (data.revoked() ? " (" + REVOKED + ")" : ""));
        info.setSubject(clean(data.courseTitle()));
        info.setAuthor(data.province().issuerName() + " " + data.province().fullName());
        info.setCreator("Học vụ số");
        info.setKeywords(clean(data.code()));
        doc.getDocumentCatalog().setLanguage("vi-VN");
    }

    private static byte[] fileId(Data data) {
        return Arrays.copyOf(Secrets.sha256(data.toString()), 16);
    }

    /**
     * "Quảng Ngãi, ngày 05 tháng 02 năm 2026" for the place "Quảng Ngãi", the province's name on its certificates and
     * reports: days below 10 and months 1 and 2 get a leading zero (NĐ 30/2020). The reports' documents date
     * themselves with it too.
     */
    public static String dateLine(String place, LocalDate date) {
        int day = date.getDayOfMonth();
        int month = date.getMonthValue();
        return place + ", ngày " + (day < 10 ? "0" + day : "" + day)
                + " tháng " + (month <= 2 ? "0" + month : "" + month)
                + " năm " + date.getYear();
    }

    static String clean(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC)
                .replaceAll("\\s+", " ")
                .strip();
    }

    /**
     * A Liberation Serif font file ({@code LiberationSerif-Regular.ttf}, {@code -Bold}, {@code -Italic}): the fonts
     * every PDF of the API embeds (certificates, the reports' notice).
     */
    public static byte[] fontBytes(String name) {
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
}
