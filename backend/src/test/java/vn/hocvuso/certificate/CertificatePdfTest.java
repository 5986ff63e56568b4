package vn.hocvuso.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import vn.hocvuso.province.Province;
import vn.hocvuso.testing.FileReaders;

/** Plain JUnit (no Quarkus): renders certificates and reads them back with PDFBox and ZXing. */
class CertificatePdfTest {

    private static final String URL = "https://hocvuso.quangngai.gov.vn/xac-thuc/HVS-2026-000123";

    /** As V140 seeds it. */
    static final Province QUANG_NGAI = new Province(
            "quang-ngai",
            null,
            "Quảng Ngãi",
            "tỉnh",
            "Ủy ban nhân dân tỉnh Quảng Ngãi",
            "Sở Khoa học và Công nghệ",
            null,
            "#0b4f8a",
            false,
            "Kế hoạch số 368-KH/TU ngày 24/5/2025");

    private final CertificatePdf pdf = new CertificatePdf();

    private static CertificatePdf.Data data(String holder, boolean revoked) {
        return new CertificatePdf.Data(
                "HVS-2026-000123",
                holder,
                "Xã Tịnh Khê",
                "Kỹ năng số cơ bản",
                LocalDate.of(2026, 11, 23),
                URL,
                revoked,
                QUANG_NGAI);
    }

    @Test
    void rendersAReadableA4LandscapeCertificateWithEmbeddedFontsAndAWorkingQrCode() throws Exception {
        byte[] bytes = pdf.render(data("Nguyễn Thị Hoa", false));
        save("certificate-sample.pdf", bytes);

        FileReaders.Pdf read = FileReaders.pdf(bytes);
        assertThat(read.pages()).isEqualTo(1);
        assertThat(read.width()).isCloseTo(842f, Offset.offset(1f));
        assertThat(read.height()).isCloseTo(595f, Offset.offset(1f));
        assertThat(read.text())
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
        assertThat(read.fontsEmbedded()).isTrue();
        assertThat(read.qrCode()).isEqualTo(URL);
    }

    @Test
    void namesTheProvinceThatIssuedIt() {
        Province other = new Province(
                "tinh-thu-nghiem",
                null,
                "Thử Nghiệm",
                "thành phố",
                "Ủy ban nhân dân thành phố Thử Nghiệm",
                "Sở Giáo dục và Đào tạo",
                "1900 0000",
                "#7a1f2b",
                true,
                null);
        var data = new CertificatePdf.Data(
                "HVS-2026-000125",
                "Phạm Văn Đồng",
                "Phường Thử",
                "Kỹ năng số cơ bản",
                LocalDate.of(2026, 1, 9),
                URL,
                false,
                other);
        FileReaders.Pdf read = FileReaders.pdf(pdf.render(data));
        assertThat(read.text())
                .contains("ỦY BAN NHÂN DÂN THÀNH PHỐ THỬ NGHIỆM")
                .contains("SỞ GIÁO DỤC VÀ ĐÀO TẠO")
                .contains("THÀNH PHỐ THỬ NGHIỆM")
                .contains("Thử Nghiệm, ngày 09 tháng 01 năm 2026")
                .doesNotContain("QUẢNG NGÃI")
                .doesNotContain("Quảng Ngãi")
                .doesNotContain("KHOA HỌC VÀ CÔNG NGHỆ");
        assertThat(read.author()).isEqualTo("Sở Giáo dục và Đào tạo thành phố Thử Nghiệm");
        assertThat(CertificatePdf.version(data))
                .isNotEqualTo(CertificatePdf.version(new CertificatePdf.Data(
                        data.code(),
                        data.holderName(),
                        data.unitName(),
                        data.courseTitle(),
                        data.issuedOn(),
                        data.verifyUrl(),
                        false,
                        QUANG_NGAI)));
    }

    @Test
    void showsEveryVietnameseDiacriticOfATrickyName() {
        assertThat(FileReaders.pdf(pdf.render(data("Đặng Thị Ỷ Lữ", false))).text())
                .contains("Đặng Thị Ỷ Lữ")
                .contains("Kỹ năng số cơ bản");
    }

    @Test
    void normalisesDecomposedInputAndSurvivesCharactersTheFontLacks() {
        String decomposed = Normalizer.normalize("Trần Thị Ngọc Ánh", Normalizer.Form.NFD);
        assertThat(FileReaders.pdf(pdf.render(data(decomposed + " \u4E2D", false)))
                        .text())
                .contains("Trần Thị Ngọc Ánh ?");
    }

    @Test
    void leavesOutTheUnitLineWhenThereIsNoUnit() {
        var data = new CertificatePdf.Data(
                "HVS-2026-000124",
                "Lê Văn Tám",
                null,
                "Kỹ năng số cơ bản",
                LocalDate.of(2026, 11, 23),
                URL,
                false,
                QUANG_NGAI);
        assertThat(FileReaders.pdf(pdf.render(data)).text())
                .contains("Lê Văn Tám")
                .doesNotContain("Đơn vị");
    }

    @Test
    void longNamesAndTitlesStayOnThePage() throws Exception {
        var data = new CertificatePdf.Data(
                "HVS-2026-999999",
                "Tôn Nữ Hoàng Phương Thảo Nguyên Khánh Linh Đặng Thị Ỷ Lữ Huyền Trân Công Chúa",
                "Ủy ban nhân dân xã Tịnh Khê, huyện Sơn Tịnh cũ, tỉnh Quảng Ngãi (nay là phường Trương Quang Trọng)",
                "Ứng dụng trí tuệ nhân tạo, dịch vụ công trực tuyến và thanh toán không dùng tiền mặt trong đời sống"
                        + " hằng ngày của người dân vùng nông thôn, miền núi và hải đảo",
                LocalDate.of(2026, 2, 5),
                URL + "?ref=" + "x".repeat(120),
                true,
                QUANG_NGAI);
        byte[] bytes = pdf.render(data);
        save("certificate-long-revoked.pdf", bytes);
        FileReaders.Pdf read = FileReaders.pdf(bytes);
        assertThat(read.pages()).isEqualTo(1);
        assertThat(read.text())
                .contains("Quảng Ngãi, ngày 05 tháng 02 năm 2026")
                .contains("ĐÃ THU HỒI");
        assertThat(read.qrCode()).isEqualTo(data.verifyUrl());
    }

    @Test
    void aRevokedCertificateCarriesTheStampAndStillVerifies() throws Exception {
        byte[] bytes = pdf.render(data("Nguyễn Thị Hoa", true));
        save("certificate-revoked.pdf", bytes);
        FileReaders.Pdf read = FileReaders.pdf(bytes);
        assertThat(read.text()).contains("ĐÃ THU HỒI").contains("Nguyễn Thị Hoa");
        assertThat(read.qrCode()).isEqualTo(URL);
    }

    @Test
    void dateLineFollowsTheOfficialStyle() {
        assertThat(CertificatePdf.dateLine("Quảng Ngãi", LocalDate.of(2026, 11, 23)))
                .isEqualTo("Quảng Ngãi, ngày 23 tháng 11 năm 2026");
        assertThat(CertificatePdf.dateLine("Quảng Ngãi", LocalDate.of(2026, 1, 5)))
                .isEqualTo("Quảng Ngãi, ngày 05 tháng 01 năm 2026");
        assertThat(CertificatePdf.dateLine("Quảng Ngãi", LocalDate.of(2026, 3, 9)))
                .isEqualTo("Quảng Ngãi, ngày 09 tháng 3 năm 2026");
    }

    @Test
    void sameDataGivesTheSameBytes() {
        byte[] first = pdf.render(data("Nguyễn Thị Hoa", false));
        byte[] second = pdf.render(data("Nguyễn Thị Hoa", false));
        assertThat(Arrays.equals(first, second)).as("identical bytes").isTrue();
        assertThat(Arrays.equals(first, pdf.render(data("Nguyễn Thị Hoà", false))))
                .isFalse();
    }

    @Test
    void theVersionNamesTheCodeAndStatusAndChangesWithWhatThePageShows() {
        String valid = CertificatePdf.version(data("Nguyễn Thị Hoa", false));
        assertThat(valid).matches("HVS-2026-000123\\.valid\\.[0-9a-f]{8}");
        assertThat(CertificatePdf.version(data("Nguyễn Thị Hoa", false))).isEqualTo(valid);
        assertThat(CertificatePdf.version(data("Nguyễn Thị Hoa", true)))
                .matches("HVS-2026-000123\\.revoked\\.[0-9a-f]{8}");
        assertThat(CertificatePdf.version(data("Nguyễn Thị Hoà", false))).isNotEqualTo(valid);
    }

    @Test
    void rejectsMissingData() {
        assertThatThrownBy(() -> new CertificatePdf.Data("X", null, "U", "C", LocalDate.now(), URL, false, QUANG_NGAI))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new CertificatePdf.Data("X", "H", "U", "C", LocalDate.now(), " ", false, QUANG_NGAI))
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
                        assertThat(FileReaders.pdf(pdf.render(data(holder, j % 2 == 0)))
                                        .text())
                                .contains(holder);
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

    /** Keeps a copy under target/ for a person to look at (e.g. pdftoppm -png -r 60 target/certificate-sample.pdf). */
    private static void save(String name, byte[] bytes) throws IOException {
        Path target = Path.of("target");
        Files.createDirectories(target);
        Files.write(target.resolve(name), bytes);
    }
}
