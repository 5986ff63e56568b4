package vn.hocvuso.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Plain JUnit (no Quarkus): renders certificates and reads them back with PDFBox and ZXing. */
class CertificatePdfTest {

    private static final String URL = "https://hocvuso.quangngai.gov.vn/xac-thuc/HVS-2026-000123";

    private final CertificatePdf pdf = new CertificatePdf();

    private static CertificatePdf.Data data(String holder, boolean revoked) {
        return new CertificatePdf.Data("HVS-2026-000123", holder, "Xã Tịnh Khê", "Kỹ năng số cơ bản",
                LocalDate.of(2026, 11, 23), URL, revoked);
    }

    @Test
    void rendersAReadableA4LandscapeCertificateWithEmbeddedFontsAndAWorkingQrCode() throws Exception {
        byte[] bytes = pdf.render(data("Nguyễn Thị Hoa", false));
        save("certificate-sample.pdf", bytes);

        assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            PDRectangle box = doc.getPage(0).getMediaBox();
            assertThat(box.getWidth()).isCloseTo(842f, org.assertj.core.data.Offset.offset(1f));
            assertThat(box.getHeight()).isCloseTo(595f, org.assertj.core.data.Offset.offset(1f));

            String text = text(doc);
            assertThat(text)
                    .contains("ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI")
                    .contains("SỞ KHOA HỌC VÀ CÔNG NGHỆ")
                    .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                    .contains("Độc lập - Tự do - Hạnh phúc")
                    .contains("GIẤY CHỨNG NHẬN HOÀN THÀNH KHÓA HỌC")
                    .contains("Chứng nhận Ông/Bà:")
                    .contains("Nguyễn Thị Hoa")
                    .contains("Đơn vị: Xã Tịnh Khê")
                    .contains("Đã hoàn thành khóa học: Kỹ năng số cơ bản")
                    .contains("thuộc phong trào “Bình dân học vụ số”")
                    .contains("Quảng Ngãi, ngày 23 tháng 11 năm 2026")
                    .contains("Số hiệu: HVS-2026-000123")
                    .contains("Quét mã để kiểm tra tính hợp lệ")
                    .contains(URL)
                    .doesNotContain("ĐÃ THU HỒI");

            List<PDFont> fonts = fonts(doc.getPage(0));
            assertThat(fonts).isNotEmpty();
            assertThat(fonts).allSatisfy(font -> assertThat(font.isEmbedded()).as(font.getName()).isTrue());

            assertThat(decodeQr(doc)).isEqualTo(URL);
        }
    }

    @Test
    void showsEveryVietnameseDiacriticOfATrickyName() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.render(data("Đặng Thị Ỷ Lữ", false)))) {
            assertThat(text(doc)).contains("Đặng Thị Ỷ Lữ").contains("Kỹ năng số cơ bản");
        }
    }

    @Test
    void normalisesDecomposedInputAndSurvivesCharactersTheFontLacks() throws Exception {
        String decomposed = Normalizer.normalize("Trần Thị Ngọc Ánh", Normalizer.Form.NFD);
        try (PDDocument doc = Loader.loadPDF(pdf.render(data(decomposed + " \u4E2D", false)))) {
            assertThat(text(doc)).contains("Trần Thị Ngọc Ánh ?");
        }
    }

    @Test
    void leavesOutTheUnitLineWhenThereIsNoUnit() throws Exception {
        var data = new CertificatePdf.Data("HVS-2026-000124", "Lê Văn Tám", null, "Kỹ năng số cơ bản",
                LocalDate.of(2026, 11, 23), URL, false);
        try (PDDocument doc = Loader.loadPDF(pdf.render(data))) {
            assertThat(text(doc)).contains("Lê Văn Tám").doesNotContain("Đơn vị");
        }
    }

    @Test
    void longNamesAndTitlesStayOnThePage() throws Exception {
        var data = new CertificatePdf.Data("HVS-2026-999999",
                "Tôn Nữ Hoàng Phương Thảo Nguyên Khánh Linh Đặng Thị Ỷ Lữ Huyền Trân Công Chúa",
                "Ủy ban nhân dân xã Tịnh Khê, huyện Sơn Tịnh cũ, tỉnh Quảng Ngãi (nay là phường Trương Quang Trọng)",
                "Ứng dụng trí tuệ nhân tạo, dịch vụ công trực tuyến và thanh toán không dùng tiền mặt trong đời sống"
                        + " hằng ngày của người dân vùng nông thôn, miền núi và hải đảo",
                LocalDate.of(2026, 2, 5), URL + "?ref=" + "x".repeat(120), true);
        byte[] bytes = pdf.render(data);
        save("certificate-long-revoked.pdf", bytes);
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            String text = text(doc);
            assertThat(text).contains("Quảng Ngãi, ngày 05 tháng 02 năm 2026").contains("ĐÃ THU HỒI");
            assertThat(decodeQr(doc)).isEqualTo(data.verifyUrl());
        }
    }

    @Test
    void aRevokedCertificateCarriesTheStampAndStillVerifies() throws Exception {
        byte[] bytes = pdf.render(data("Nguyễn Thị Hoa", true));
        save("certificate-revoked.pdf", bytes);
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            assertThat(text(doc)).contains("ĐÃ THU HỒI").contains("Nguyễn Thị Hoa");
            assertThat(decodeQr(doc)).isEqualTo(URL);
        }
    }

    @Test
    void dateLineFollowsTheOfficialStyle() {
        assertThat(CertificatePdf.dateLine(LocalDate.of(2026, 11, 23)))
                .isEqualTo("Quảng Ngãi, ngày 23 tháng 11 năm 2026");
        assertThat(CertificatePdf.dateLine(LocalDate.of(2026, 1, 5)))
                .isEqualTo("Quảng Ngãi, ngày 05 tháng 01 năm 2026");
        assertThat(CertificatePdf.dateLine(LocalDate.of(2026, 3, 9))).isEqualTo("Quảng Ngãi, ngày 09 tháng 3 năm 2026");
    }

    @Test
    void sameDataGivesTheSameBytes() {
        byte[] first = pdf.render(data("Nguyễn Thị Hoa", false));
        byte[] second = pdf.render(data("Nguyễn Thị Hoa", false));
        assertThat(Arrays.equals(first, second)).as("identical bytes").isTrue();
        assertThat(Arrays.equals(first, pdf.render(data("Nguyễn Thị Hoà", false)))).isFalse();
    }

    @Test
    void rejectsMissingData() {
        assertThatThrownBy(() -> new CertificatePdf.Data("X", null, "U", "C", LocalDate.now(), URL, false))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new CertificatePdf.Data("X", "H", "U", "C", LocalDate.now(), " ", false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rendersConcurrently() throws Exception {
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 4; i++) {
            String holder = "Người học số " + i;
            threads.add(Thread.ofPlatform().start(() -> {
                try {
                    for (int j = 0; j < 5; j++) {
                        try (PDDocument doc = Loader.loadPDF(pdf.render(data(holder, j % 2 == 0)))) {
                            assertThat(text(doc)).contains(holder);
                        }
                    }
                } catch (Throwable t) {
                    failures.add(t);
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        assertThat(failures).isEmpty();
    }

    /** Not a test of speed: prints the time per render, for the record. */
    @Test
    void measuresRenderTime() {
        for (int i = 0; i < 20; i++) {
            pdf.render(data("Nguyễn Thị Hoa", i % 2 == 0));
        }
        int n = 50;
        long start = System.nanoTime();
        long size = 0;
        for (int i = 0; i < n; i++) {
            size += pdf.render(data("Nguyễn Thị Hoa " + i, false)).length;
        }
        double ms = (System.nanoTime() - start) / 1e6 / n;
        System.out.printf("CertificatePdf: %.1f ms per certificate, %d bytes on average%n", ms, size / n);
    }

    /** Keeps a copy under target/ for a person to look at (e.g. pdftoppm -png -r 60 target/certificate-sample.pdf). */
    private static void save(String name, byte[] bytes) throws IOException {
        Path target = Path.of("target");
        Files.createDirectories(target);
        Files.write(target.resolve(name), bytes);
    }

    private static String text(PDDocument doc) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        return Normalizer.normalize(stripper.getText(doc), Normalizer.Form.NFC);
    }

    private static List<PDFont> fonts(PDPage page) throws IOException {
        PDResources resources = page.getResources();
        List<PDFont> fonts = new ArrayList<>();
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        return fonts;
    }

    private static String decodeQr(PDDocument doc) throws IOException, NotFoundException {
        BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, 150, ImageType.RGB);
        var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        Result result = new MultiFormatReader().decode(bitmap, Map.of(
                DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE),
                DecodeHintType.TRY_HARDER, Boolean.TRUE));
        return result.getText();
    }
}
