package vn.hocvuso.national;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.hocvuso.testing.Api.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.Database;
import vn.hocvuso.testing.Learners;
import vn.hocvuso.testing.ServiceAccounts;
import vn.hocvuso.testing.TableFiles;
import vn.hocvuso.testing.Tokens;

/**
 * Results earned on the national platform, imported by an administrator: a dry run with each wrong row named in
 * Vietnamese, then all or nothing; matched to the right learner or to no one; the same credential never counted twice;
 * and the unit's figures move by exactly the results recorded, with the source shown to the learner.
 */
@QuarkusTest
class NationalImportTest {

    private static final String PATH = "/api/v1/imports/national-results";
    private static final String TINH_KHE = "21211";
    private static final String HEADER =
            "Mã chứng nhận;Họ và tên;Ngày sinh;Số điện thoại;Mã đơn vị;Khóa học;Ngày cấp\r\n";

    private static String credential() {
        return "BDHVS-2025-" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
    }

    private static Learners.Session citizen(String name) {
        Map<String, Object> body = Learners.with(Learners.registration(), "fullName", name);
        UUID id = Learners.register(body);
        String phone = (String) body.get("phone");
        String token = (String) Learners.login(phone, Learners.PASSWORD).get("accessToken");
        return new Learners.Session(id, phone, token, null);
    }

    private static JsonPath send(String path, String type, byte[] body, int status) {
        return api(Tokens.admin())
                .contentType(type)
                .body(body)
                .post(path)
                .then()
                .statusCode(status)
                .extract()
                .jsonPath();
    }

    /** The rows as JSON, under an idempotency key. */
    private static ValidatableResponse sendJson(String token, String key, String json) {
        return api(token)
                .contentType("application/json")
                .header("Idempotency-Key", key)
                .body(json.getBytes(StandardCharsets.UTF_8))
                .post(PATH)
                .then();
    }

    private static JsonPath csv(String path, String text, int status) {
        return send(path, "text/csv; charset=utf-8", text.getBytes(StandardCharsets.UTF_8), status);
    }

    /** The unit's certified as the statistics serve them. */
    private static int certifiedServed(String unit) {
        return api(Tokens.admin())
                .get("/api/v1/stats/units/" + unit)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getInt("counts.certified");
    }

    /** The unit's certified counted over the raw tables: valid certificates in each learner's certifying course. */
    private static int certifiedRaw(String unit) {
        return Integer.parseInt(Database.queryString("""
                SELECT count(*) FROM certificate c JOIN app_user u ON u.id = c.user_id
                JOIN learning_path lp ON lp.learner_group = u.learner_group AND lp.certifying_course_id = c.course_id
                WHERE c.revoked_at IS NULL AND u.unit_code = ?""", unit));
    }

    @Test
    void aDryRunWritesNothingThenTheResultsCountOnceInTheFiguresWithTheirSourceShown() {
        Learners.Session hoa = citizen("Nguyễn Thị Hoa");
        Learners.Session tam = citizen("Lê Văn Tâm");
        String hoaCredential = credential();
        String tamCredential = credential();
        String secondOfHoa = credential();
        // As the national platform writes it: its own column order, a date of birth the portal does not keep, the
        // name in capitals without diacritics, the phone with spaces.
        String file = HEADER
                + hoaCredential + ";NGUYEN THI HOA;12/03/1968;"
                + hoa.phone().replaceAll("(\\d{4})(\\d{3})(\\d{3})", "$1 $2 $3")
                + ";" + TINH_KHE + ";Kỹ năng số cơ bản;20/11/2025\r\n"
                + secondOfHoa + ";Nguyễn Thị Hoa;12/03/1968;" + hoa.phone() + ";;;2025-11-21\r\n"
                + hoaCredential + ";Nguyễn Thị Hoa;12/03/1968;" + hoa.phone() + ";" + TINH_KHE + ";;20/11/2025\r\n"
                + tamCredential + ";Lê Văn Tâm;;" + tam.phone() + ";" + TINH_KHE + ";;19/11/2025\r\n";
        int servedBefore = certifiedServed(TINH_KHE);
        int rawBefore = certifiedRaw(TINH_KHE);

        JsonPath dry = csv(PATH + "/dry-run", file, 200);
        assertThat(dry.getBoolean("dryRun")).isTrue();
        assertThat(dry.getList("errors")).isEmpty();
        assertThat(dry.<String>getList("rows.outcome")).containsExactly("CREATE", "UNCHANGED", "UNCHANGED", "CREATE");
        assertThat(dry.<String>getList("rows.reason"))
                .containsExactly(null, "ALREADY_CERTIFIED", "REPEATED_IN_FILE", null);
        assertThat(dry.getInt("created")).isEqualTo(2);
        assertThat(certifiedRaw(TINH_KHE)).isEqualTo(rawBefore);

        JsonPath done = csv(PATH, file, 200);
        assertThat(done.<String>getList("rows.outcome"))
                .containsExactly("CREATED", "UNCHANGED", "UNCHANGED", "CREATED");
        assertThat(done.getString("rows[0].fullName")).isEqualTo("Nguyễn Thị Hoa");
        String hoaCode = done.getString("rows[0].certificateCode");
        assertThat(hoaCode).startsWith("HVS-");

        // Two learners certified: the raw data and the figures served both move by exactly two.
        assertThat(certifiedRaw(TINH_KHE)).isEqualTo(rawBefore + 2);
        assertThat(certifiedServed(TINH_KHE)).isEqualTo(servedBefore + 2);
        assertThat(Database.queryString(
                        "SELECT count(*) FROM audit_event WHERE action = 'certificate.imported' AND subject_id = ?",
                        hoaCode))
                .isEqualTo("1");

        // The learner sees where it comes from; the portal prints no PDF of it.
        JsonPath mine = api(hoa.accessToken())
                .get("/api/v1/me/certificates")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(mine.getString("items[0].source")).isEqualTo("NATIONAL");
        assertThat(mine.getString("items[0].externalId")).isEqualTo(hoaCredential);
        assertThat(mine.getString("items[0].courseTitle")).isEqualTo("Kỹ năng số cơ bản");
        assertThat(mine.getString("items[0].pdfUrl")).isNull();
        assertThat(mine.getString("items[0].credentialUrl")).isNull();
        assertThat(mine.getString("items[0].scorePercent")).isNull();
        api().get("/api/v1/certificates/" + hoaCode).then().statusCode(200).body("source", equalTo("NATIONAL"));
        api().get("/api/v1/certificates/" + hoaCode + "/pdf")
                .then()
                .statusCode(404)
                .body("code", equalTo("certificate_issued_elsewhere"));
        // Nor a verifiable credential: the national platform is its issuer.
        api(hoa.accessToken())
                .get("/api/v1/me/certificates/" + hoaCode + "/credential")
                .then()
                .statusCode(404)
                .body("code", equalTo("certificate_issued_elsewhere"));

        // The same file again: nothing new, and the figures stay.
        JsonPath again = csv(PATH, file, 200);
        assertThat(again.<String>getList("rows.outcome")).containsOnly("UNCHANGED");
        assertThat(again.<String>getList("rows.reason"))
                .containsExactly("ALREADY_IMPORTED", "ALREADY_CERTIFIED", "ALREADY_IMPORTED", "ALREADY_IMPORTED");
        assertThat(certifiedRaw(TINH_KHE)).isEqualTo(rawBefore + 2);
        assertThat(certifiedServed(TINH_KHE)).isEqualTo(servedBefore + 2);
        assertThat(Database.queryString("SELECT count(*) FROM certificate WHERE external_id = ?", hoaCredential))
                .isEqualTo("1");
    }

    @Test
    void theJsonFormAndAWindowsFileAreReadAndAKeyReplaysTheFirstAnswer() {
        Learners.Session an = citizen("Trần Thị Ấn");
        Learners.Session son = citizen("Phan Văn Sơn");
        String json = "[{\"credentialId\":\"" + credential() + "\",\"fullName\":\"Trần Thị Ấn\",\"phone\":\""
                + an.phone() + "\",\"unitCode\":\"" + TINH_KHE + "\",\"courseTitle\":null,\"issuedOn\":\"2025-11-20\","
                + "\"dateOfBirth\":\"1960-01-01\"}]";
        String key = UUID.randomUUID().toString();
        String admin = Tokens.admin();
        JsonPath first = sendJson(admin, key, json).statusCode(200).extract().jsonPath();
        assertThat(first.getString("encoding")).isEqualTo("JSON");
        assertThat(first.<String>getList("rows.outcome")).containsExactly("CREATED");
        sendJson(admin, key, json)
                .statusCode(200)
                .header("Idempotent-Replayed", "true")
                .body("rows[0].outcome", equalTo("CREATED"))
                .body("rows[0].certificateCode", equalTo(first.getString("rows[0].certificateCode")));
        assertThat(Database.queryString("SELECT count(*) FROM certificate WHERE user_id = ?", an.id()))
                .isEqualTo("1");
        assertThat(Database.queryString("SELECT course_title FROM certificate WHERE user_id = ?", an.id()))
                .isEqualTo(NationalImport.DEFAULT_TITLE);

        String windows = "Mã chứng nhận,Họ và tên,Số điện thoại,Ngày cấp\r\n" + credential() + ",Phan Văn Sơn,"
                + son.phone() + ",18/11/2025\r\n";
        JsonPath cp1258 = send(PATH + "/dry-run", "text/csv", TableFiles.cp1258(windows), 200);
        assertThat(cp1258.getString("encoding")).isEqualTo("windows-1258");
        assertThat(cp1258.<String>getList("rows.outcome")).containsExactly("CREATE");
        assertThat(cp1258.getString("rows[0].fullName")).isEqualTo("Phan Văn Sơn");

        send(PATH, "application/json", "{\"results\": 5}".getBytes(StandardCharsets.UTF_8), 400);
        send(PATH, "application/json", "[]".getBytes(StandardCharsets.UTF_8), 400);
    }

    @Test
    void wrongRowsAreNamedInVietnameseAndNoResultGoesToAGuess() {
        Learners.Session hoa = citizen("Nguyễn Thị Hoa");
        Learners.Session other = citizen("Đỗ Văn Hùng");
        String taken = credential();
        csv(PATH, HEADER + taken + ";Đỗ Văn Hùng;;" + other.phone() + ";;;20/11/2025\r\n", 200);
        String tomorrow =
                LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(2).toString();
        String file = HEADER
                + credential() + ";Nguyễn Thị Hoà Bình;;" + hoa.phone() + ";;;20/11/2025\r\n" // another name
                + credential() + ";Nguyễn Thị Hoa;;0399999999;;;20/11/2025\r\n" // no such account
                + credential() + ";Nguyễn Thị Hoa;;;;;20/11/2025\r\n" // no phone: a name is not a person
                + credential() + ";Nguyễn Thị Hoa;;" + hoa.phone() + ";99999;;31/02/2025\r\n" // unit, date
                + credential() + ";Nguyễn Thị Hoa;;" + hoa.phone() + ";;;" + tomorrow + "\r\n"
                + taken + ";Nguyễn Thị Hoa;;" + hoa.phone() + ";;;20/11/2025\r\n" // someone else's credential
                + ";;;" + hoa.phone() + ";;;20/11/2025\r\n";
        JsonPath dry = csv(PATH + "/dry-run", file, 200);
        assertThat(dry.<String>getList("rows")).isEmpty();
        assertThat(dry.<String>getList("errors.code"))
                .containsExactly(
                        "holder_name_differs",
                        "learner_not_found",
                        "national_phone_required",
                        "unit_not_found",
                        "issued_on_invalid",
                        "issued_on_future",
                        "credential_of_another_learner",
                        "credential_required",
                        "holder_name_required");
        assertThat(dry.<Integer>getList("errors.line")).containsExactly(2, 3, 4, 5, 5, 6, 7, 8, 8);
        assertThat(dry.getString("errors[0].message"))
                .isEqualTo("Họ tên không khớp với tài khoản có số điện thoại " + hoa.phone()
                        + "; không ghi để tránh gán kết quả cho nhầm người.");
        assertThat(dry.getString("errors[0].field")).isEqualTo("Họ và tên");
        assertThat(dry.getInt("errorRows")).isEqualTo(7);

        assertThat(csv(PATH, file, 400).getString("code")).isEqualTo("import_has_errors");
        assertThat(Database.queryString("SELECT count(*) FROM certificate WHERE user_id = ?", hoa.id()))
                .isEqualTo("0");
    }

    /**
     * A phone nobody proved (an account a helper opened for someone, V75) is only what was typed: a national
     * result is not attached to it (NationalResultsFeedTest: nor is it exported).
     */
    @Test
    void anUnverifiedPhoneFindsNoOne() {
        Learners.Session lan = citizen("Phan Thị Lan");
        Database.execute("UPDATE app_user SET phone_unverified = true WHERE id = ?", lan.id());
        JsonPath dry = csv(
                PATH + "/dry-run", HEADER + credential() + ";Phan Thị Lan;;" + lan.phone() + ";;;20/11/2025\r\n", 200);
        assertThat(dry.<String>getList("errors.code")).containsExactly("learner_not_found");
    }

    @Test
    void onlyAnAdministratorImports() {
        byte[] file = (HEADER + credential() + ";Nguyễn Thị Hoa;;0912345678;;;20/11/2025\r\n")
                .getBytes(StandardCharsets.UTF_8);
        api().contentType("text/csv").body(file).post(PATH).then().statusCode(401);
        for (String token : List.of(
                Tokens.learner(Learners.registered().id()),
                Tokens.unitManager(TINH_KHE),
                ServiceAccounts.tokenWith("results:read"))) {
            api(token)
                    .contentType("text/csv")
                    .body(file)
                    .post(PATH + "/dry-run")
                    .then()
                    .statusCode(403);
            api(token).contentType("text/csv").body(file).post(PATH).then().statusCode(403);
        }
    }
}
