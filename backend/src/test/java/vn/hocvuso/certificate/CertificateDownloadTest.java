package vn.hocvuso.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.hocvuso.testing.Api.api;
import static vn.hocvuso.testing.Problems.problem;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CaffeineCache;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.Certificates;
import vn.hocvuso.testing.Database;
import vn.hocvuso.testing.FileReaders;

/** The certificate PDF as clients and caches meet it: versions, revalidation, revocation, negotiation. */
@QuarkusTest
class CertificateDownloadTest {

    @Inject
    @CacheName(CertificatePdf.CACHE)
    Cache rendered;

    private static Response get(String code, String accept) {
        return api().accept(accept).get("/api/v1/certificates/" + code + "/pdf");
    }

    /** The certificate, asked for with this Accept header, comes as a PDF; its text. */
    private static String pdfText(String code, String accept) {
        byte[] pdf = get(code, accept)
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .extract()
                .asByteArray();
        return FileReaders.pdf(pdf).text();
    }

    private List<CertificatePdf.Data> cachedFor(String code) {
        return rendered.as(CaffeineCache.class).keySet().stream()
                .map(CertificatePdf.Data.class::cast)
                .filter(data -> data.code().equals(code))
                .toList();
    }

    @Test
    void theCertificateNamesItsProvinceAsTheProvincesRowSaysAndANewNameIsANewVersion() {
        String code = Certificates.issue("Phan Châu Trinh").code();
        Response before = get(code, "application/pdf");
        String etag = before.header("ETag");
        FileReaders.Pdf seeded =
                FileReaders.pdf(before.then().statusCode(200).extract().asByteArray());
        assertThat(seeded.text()).contains("ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI", "SỞ KHOA HỌC VÀ CÔNG NGHỆ");
        assertThat(seeded.author()).isEqualTo("Sở Khoa học và Công nghệ tỉnh Quảng Ngãi");

        // The department that issues the province's certificates changes (a merger of departments, as in 2025):
        // an update of its row, not a release. Put back afterwards: the row is every other test's province too.
        Database.execute("UPDATE province SET issuer_name = 'Sở Khoa học, Công nghệ và Chuyển đổi số'"
                + " WHERE code = 'quang-ngai'");
        try {
            Response after = get(code, "application/pdf");
            FileReaders.Pdf renamed =
                    FileReaders.pdf(after.then().statusCode(200).extract().asByteArray());
            assertThat(renamed.text())
                    .contains("SỞ KHOA HỌC, CÔNG NGHỆ VÀ CHUYỂN ĐỔI SỐ")
                    .contains("ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI")
                    .doesNotContain("SỞ KHOA HỌC VÀ CÔNG NGHỆ");
            assertThat(renamed.author()).isEqualTo("Sở Khoa học, Công nghệ và Chuyển đổi số tỉnh Quảng Ngãi");
            // A client holding the old file is not told it is current.
            assertThat(after.header("ETag")).isNotEqualTo(etag);
        } finally {
            Database.execute("UPDATE province SET issuer_name = 'Sở Khoa học và Công nghệ' WHERE code = 'quang-ngai'");
        }
    }

    @Test
    void aClientThatHoldsTheCurrentPdfIsAnsweredNotModifiedUntilTheCertificateIsRevoked() throws Exception {
        String code = Certificates.issue("Võ Thị Sáu").code();

        Response first = get(code, "application/pdf");
        first.then().statusCode(200).header("Cache-Control", "no-cache");
        String etag = first.header("ETag");
        assertThat(etag).matches("\"" + code + "\\.valid\\.[0-9a-f]{8}\"");

        // Unchanged: 304, no body, the same version; also as a weak validator, in a list, and as *.
        for (String ifNoneMatch : List.of(etag, "W/" + etag, "\"other\", " + etag, "*")) {
            Response again = api().accept("application/pdf")
                    .header("If-None-Match", ifNoneMatch)
                    .get("/api/v1/certificates/" + code + "/pdf");
            again.then().statusCode(304).header("ETag", etag);
            assertThat(again.asByteArray()).as("If-None-Match: %s", ifNoneMatch).isEmpty();
        }
        api().accept("application/pdf")
                .header("If-None-Match", "\"" + code + ".valid.00000000\"")
                .get("/api/v1/certificates/" + code + "/pdf")
                .then()
                .statusCode(200)
                .header("ETag", etag);

        // The rendering was cached once, as valid; the second full answer came from there, byte for byte.
        assertThat(cachedFor(code))
                .singleElement()
                .satisfies(data -> assertThat(data.revoked()).isFalse());
        byte[] cachedBytes = (byte[]) rendered.as(CaffeineCache.class)
                .getIfPresent(cachedFor(code).get(0))
                .get();
        assertThat(Arrays.equals(cachedBytes, first.asByteArray())).isTrue();

        // Revoked: the copy the client holds is no longer current, and what it gets instead says so.
        Certificates.revoke(code);
        Response afterRevocation = api().accept("application/pdf")
                .header("If-None-Match", etag)
                .get("/api/v1/certificates/" + code + "/pdf");
        afterRevocation.then().statusCode(200);
        String revokedTag = afterRevocation.header("ETag");
        assertThat(revokedTag).matches("\"" + code + "\\.revoked\\.[0-9a-f]{8}\"");
        assertThat(FileReaders.pdf(afterRevocation.asByteArray()).text())
                .contains("ĐÃ THU HỒI")
                .contains("Võ Thị Sáu");
        assertThat(cachedFor(code)).extracting(CertificatePdf.Data::revoked).containsExactlyInAnyOrder(false, true);
        // The valid rendering is still in the cache, and never served again.
        for (int i = 0; i < 2; i++) {
            assertThat(FileReaders.pdf(get(code, "*/*")
                                    .then()
                                    .statusCode(200)
                                    .header("ETag", revokedTag)
                                    .extract()
                                    .asByteArray())
                            .text())
                    .contains("ĐÃ THU HỒI");
        }
    }

    @Test
    void anAcceptThatAdmitsNeitherThePdfNorAProblemIs406AndEveryOtherGetsThePdf() {
        String code = Certificates.issue("Nguyễn Văn Trỗi").code();

        for (String accept :
                List.of("text/html", "image/png, image/*;q=0.5", "text/csv", "application/pdf;q=0, text/html")) {
            get(code, accept)
                    .then()
                    .spec(problem(406, "not_acceptable", "Không thể trả về dữ liệu ở định dạng được yêu cầu."));
        }
        for (String accept : List.of(
                "application/problem+json",
                "application/*",
                "application/pdf, application/problem+json",
                "text/html, application/json;q=0.1")) {
            assertThat(pdfText(code, accept)).as("Accept: %s", accept).contains("Nguyễn Văn Trỗi");
        }
    }

    @Test
    void aGarbledAcceptIsAProblemAndAGarbledIfNoneMatchIsIgnored() {
        String code = Certificates.issue("Trần Thị Lý").code();
        for (String accept : List.of(";;;", "/", "application/pdf, ;;;", "text/html;;")) {
            get(code, accept)
                    .then()
                    .statusCode(406)
                    .contentType("application/problem+json")
                    .body("code", equalTo("not_acceptable"));
        }
        // a parameter that makes no sense is not a refusal
        for (String accept : List.of("application/pdf;q=abc", "*/*;q=")) {
            assertThat(pdfText(code, accept)).as("Accept: %s", accept).contains("Trần Thị Lý");
        }
        for (String ifNoneMatch : List.of("\"", "W/", ",,,", "x".repeat(900))) {
            api().accept("application/pdf")
                    .header("If-None-Match", ifNoneMatch)
                    .get("/api/v1/certificates/" + code + "/pdf")
                    .then()
                    .statusCode(200)
                    .contentType("application/pdf");
        }
    }

    @Test
    void anUnknownCodeIsAProblemWhateverTheClientAccepts() {
        for (String accept : List.of("application/pdf", "*/*", "application/json")) {
            get("HVS-0000-0000-0000", accept)
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json")
                    .body("code", equalTo("certificate_not_found"));
        }
        api().accept("application/pdf")
                .header("If-None-Match", "*")
                .get("/api/v1/certificates/nope/pdf")
                .then()
                .statusCode(404)
                .body("code", equalTo("certificate_not_found"));
    }
}
