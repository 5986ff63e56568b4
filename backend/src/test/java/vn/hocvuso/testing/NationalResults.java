package vn.hocvuso.testing;

import static vn.hocvuso.testing.Api.api;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

/** Results earned on the national platform, imported the way an administrator imports them. */
public final class NationalResults {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    private NationalResults() {}

    /** A credential id no import has used. */
    public static String newCredential() {
        return "BDHVS-T" + SEQUENCE.incrementAndGet();
    }

    /**
     * Imports one result of the learner with this phone and name, earned on {@code issuedOn}: the certificate that
     * holds it, or null when the learner was already certified in the course (the row changes nothing).
     */
    public static String importFor(String phone, String fullName, LocalDate issuedOn) {
        String file = "Mã chứng nhận,Họ và tên,Số điện thoại,Ngày cấp\r\n" + newCredential() + "," + fullName + ","
                + phone + "," + issuedOn + "\r\n";
        return api(Tokens.admin())
                .contentType("text/csv; charset=utf-8")
                .body(file.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/imports/national-results")
                .then()
                .statusCode(200)
                .extract()
                .path("rows[0].certificateCode");
    }
}
