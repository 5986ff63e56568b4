package vn.hocvuso.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.hocvuso.testing.Api.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.Database;
import vn.hocvuso.testing.FileReaders;
import vn.hocvuso.testing.Learners;
import vn.hocvuso.testing.Rosters;
import vn.hocvuso.testing.ServiceAccounts;
import vn.hocvuso.testing.TableFiles;
import vn.hocvuso.testing.Tokens;

@QuarkusTest
class RosterImportTest {

    private static final String ROSTERS = Rosters.IMPORTS;
    private static final String HEADER = Rosters.HEADER;

    /** A prefix of employee numbers and phone numbers no other test uses. */
    private static String batch() {
        return "T"
                + Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36), 36)
                        .toUpperCase();
    }

    private static String phone(int seed, int i) {
        return "086" + String.format("%07d", (seed * 10_000 + i) % 10_000_000);
    }

    /** Phone ranges of their own for each test of a run: two random draws could share one and see "phone taken". */
    private static final AtomicInteger SEEDS =
            new AtomicInteger(ThreadLocalRandom.current().nextInt(0, 999));

    private static int seed() {
        return SEEDS.getAndIncrement() % 999 + 1;
    }

    private static RequestSpecification csv(String token) {
        return api(token).contentType("text/csv; charset=utf-8");
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] withBom(String text) {
        byte[] body = utf8(text);
        byte[] all = new byte[body.length + 3];
        all[0] = (byte) 0xEF;
        all[1] = (byte) 0xBB;
        all[2] = (byte) 0xBF;
        System.arraycopy(body, 0, all, 3, body.length);
        return all;
    }

    /** What the import would do with the file, without doing it (the page's preview); the answer. */
    private static ValidatableResponse dryRun(RequestSpecification request, byte[] file) {
        return request.body(file).post(ROSTERS + "/dry-run").then();
    }

    private static String importFile(String token, byte[] body) {
        return Rosters.upload(token, "text/csv; charset=utf-8", body);
    }

    private static long publicServants(String unit) {
        String n = Database.queryString(
                "SELECT coalesce(sum(learners), 0) FROM stat_learners WHERE unit_code = ? AND learner_group = 'CBCCVC'",
                unit);
        return Long.parseLong(n);
    }

    @Test
    void tenThousandPublicServantsImportWithTheirFiguresAndTheSameFileTwiceChangesNothing() {
        String prefix = batch();
        int seed = seed();
        String[] units = {"21478", "21085", "21100"};
        StringBuilder file = new StringBuilder(HEADER).append("\r\n");
        for (int i = 0; i < 10_000; i++) {
            String agency = i % 4 == 0 ? "Sở Nội vụ" : "";
            file.append(Rosters.row(
                    "Cán bộ " + prefix + " số " + i, phone(seed, i), units[i % 3], agency, prefix + "-" + i));
        }
        byte[] body = withBom(file.toString());
        long[] before = {publicServants(units[0]), publicServants(units[1]), publicServants(units[2])};
        String admin = Tokens.admin();

        dryRun(csv(admin), body)
                .statusCode(200)
                .body("encoding", equalTo("UTF-8 (BOM)"))
                .body("totalRows", equalTo(10_000))
                .body("toCreate", equalTo(10_000))
                .body("errorRows", equalTo(0))
                .body("needsConfirmation", equalTo(false));
        assertThat(Database.queryString("SELECT count(*) FROM app_user WHERE employee_number LIKE ?", prefix + "-%"))
                .isEqualTo("0");

        JsonPath done = Rosters.awaitDone(admin, importFile(admin, body));
        assertThat(done.getInt("created")).isEqualTo(10_000);
        assertThat(done.getInt("doneRows")).isEqualTo(10_000);
        assertThat(done.getString("resultUrl")).endsWith("/result");
        assertThat(Database.queryString("""
                SELECT count(*) FROM app_user WHERE employee_number LIKE ? AND learner_group = 'CBCCVC'
                """, prefix + "-%")).isEqualTo("10000");
        assertThat(Database.queryString("""
                SELECT count(*) FROM app_user u JOIN agency a ON a.id = u.agency_id
                WHERE u.employee_number LIKE ? AND a.name = 'Sở Nội vụ'
                """, prefix + "-%")).isEqualTo("2500");
        // Counted in their units at once.
        for (int u = 0; u < 3; u++) {
            assertThat(publicServants(units[u]) - before[u]).isEqualTo(u == 0 ? 3334 : 3333);
        }

        // The same file again: every row unchanged, nothing written, the figures as they were.
        String versions =
                Database.queryString("SELECT sum(version) FROM app_user WHERE employee_number LIKE ?", prefix + "-%");
        dryRun(csv(admin), body).statusCode(200).body("unchanged", equalTo(10_000));
        JsonPath again = Rosters.awaitDone(admin, importFile(admin, body));
        assertThat(again.getInt("unchanged")).isEqualTo(10_000);
        assertThat(again.getInt("created") + again.getInt("updated")).isZero();
        assertThat(Database.queryString(
                        "SELECT sum(version) FROM app_user WHERE employee_number LIKE ?", prefix + "-%"))
                .isEqualTo(versions);
        for (int u = 0; u < 3; u++) {
            assertThat(publicServants(units[u]) - before[u]).isEqualTo(u == 0 ? 3334 : 3333);
        }
    }

    @Test
    void mixedErrorsABomAndBrokenRowsAreReportedPerRowInVietnameseAndNothingIsWritten() {
        String prefix = batch();
        int seed = seed();
        Map<String, Object> a = Learners.registration();
        Learners.register(a);
        Map<String, Object> b = Learners.with(Learners.registration(), "email", prefix.toLowerCase() + "@example.vn");
        Learners.register(b);
        String file = HEADER + "\r\n"
                + "Nguyễn Văn Đúng," + phone(seed, 1) + ",,21211,,\r\n" // 2: valid
                + "Trần Thị Sai Số,0123,,21211,,\r\n" // 3: phone
                + "," + phone(seed, 3) + ",,21211,,\r\n" // 4: name
                + "Lê Văn Xã,0" + phone(seed, 4).substring(1) + ",,99999,,\r\n" // 5: unit
                + "Phạm Thị Cơ Quan," + phone(seed, 5) + ",,21211,Sở Không Có,\r\n" // 6: agency
                + "Võ Văn Trùng," + phone(seed, 1) + ",,21211,,\r\n" // 7: duplicate of line 2
                + "Hồ Thị Thừa," + phone(seed, 7) + ",,21211,,," + "\"mở ngoặc\",thêm\r\n" // 8: too many columns
                + "Đỗ Văn Thư,," + "khong-phai-email,21211,,\r\n" // 9: e-mail
                + "Bùi Thị Hai Chủ," + a.get("phone") + "," + b.get("email") + ",21211,,\r\n" // 10: e-mail of another
                + "Ngô Văn Mã," + phone(seed, 10) + ",,21211,,mã có dấu cách\r\n" // 11: employee number
                + "\r\n"; // trailing blank line
        String admin = Tokens.admin();
        JsonPath report = dryRun(api(admin).contentType("text/csv"), withBom(file))
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(report.getInt("totalRows")).isEqualTo(10);
        assertThat(report.getInt("validRows")).isEqualTo(1);
        assertThat(report.getInt("toCreate")).isEqualTo(1);
        List<Map<String, Object>> errors = report.getList("errors");
        assertThat(errors)
                .extracting(e -> e.get("line") + ":" + e.get("code"))
                .contains(
                        "3:invalid_phone",
                        "4:name_required",
                        "5:unit_not_found",
                        "6:agency_not_found",
                        "7:duplicate_phone_in_file",
                        "8:column_count",
                        "9:invalid_email",
                        "10:email_taken",
                        "11:employee_number_format");
        assertThat(errors.stream()
                        .filter(e -> e.get("line").equals(3))
                        .findFirst()
                        .orElseThrow()
                        .get("message"))
                .isEqualTo("Số điện thoại \"0123\" không hợp lệ (ví dụ đúng: 0912 345 678).");
        assertThat(errors.stream()
                        .filter(e -> e.get("line").equals(7))
                        .findFirst()
                        .orElseThrow()
                        .get("message"))
                .isEqualTo("Số điện thoại trùng với dòng 2 trong tệp.");
        // English on request.
        dryRun(api(admin).contentType("text/csv").header("Accept-Language", "en"), withBom(file))
                .statusCode(200)
                .body("errors.message", hasItem("There is no commune/ward with code \"99999\"."));
        // Nothing written by a dry run.
        assertThat(Database.queryString(
                        "SELECT count(*) FROM app_user WHERE phone = ?",
                        "+84" + phone(seed, 1).substring(1)))
                .isEqualTo("0");

        // Files that cannot be a roster are refused as a whole.
        dryRun(api(admin).contentType("text/csv"), utf8("Tên,Tuổi\r\nAn,30\r\n"))
                .statusCode(400)
                .body("code", equalTo("import_header"));
        dryRun(api(admin).contentType("text/csv"), utf8(HEADER + "\r\n"))
                .statusCode(400)
                .body("code", equalTo("import_empty"));
        dryRun(api(admin).contentType(TableFiles.XLSX_TYPE), new byte[] {0x50, 0x4B, 0x03, 0x04, 1, 2, 3})
                .statusCode(400)
                .body("code", equalTo("import_unreadable"));

        // The real run imports the valid row and reports the others in the result file.
        String id = importFile(admin, withBom(file));
        JsonPath done = Rosters.awaitDone(admin, id);
        assertThat(done.getInt("created")).isEqualTo(1);
        assertThat(done.getInt("errors")).isEqualTo(9);
        String result = Rosters.result(admin, id).asString();
        assertThat(result)
                .startsWith("\uFEFFDòng,Họ và tên")
                .contains("Đã tạo mới")
                .contains("Không có xã/phường mã \"\"99999\"\" trong danh mục."); // quotes doubled, as CSV does
    }

    @Test
    void windowsCodePagesAndExcelWorkbooksAreReadAsExcelWritesThem() throws Exception {
        String prefix = batch();
        int seed = seed();
        String vietnamese = "Nguyễn Thị Hồng Nhung Đặng";
        byte[] ansi = TableFiles.cp1258(
                HEADER + "\r\n" + vietnamese + "," + phone(seed, 1) + ",,21211,Sở Nội vụ," + prefix + "-1\r\n");
        assertThat(new String(ansi, StandardCharsets.ISO_8859_1)).doesNotContain("ễ"); // really not UTF-8
        String admin = Tokens.admin();
        dryRun(csv(admin), ansi)
                .statusCode(200)
                .body("encoding", equalTo("windows-1258"))
                .body("errorRows", equalTo(0))
                .body("toCreate", equalTo(1));
        Rosters.awaitDone(admin, importFile(admin, ansi));
        assertThat(Database.queryString("SELECT full_name FROM app_user WHERE employee_number = ?", prefix + "-1"))
                .isEqualTo(Normalizer.normalize(vietnamese, Normalizer.Form.NFC));

        // A Western Windows (windows-1252) file, semicolon-separated as some Excel versions write it.
        byte[] western = ("Họ và tên;Số điện thoại;Mã xã/phường;Mã cán bộ\r\n").getBytes(StandardCharsets.UTF_8);
        String westernRow = "Hélène Müller-Núñez;" + phone(seed, 2) + ";21211;" + prefix + "-2\r\n";
        byte[] cp1252 = cp1252Header(westernRow);
        dryRun(csv(admin), cp1252)
                .statusCode(200)
                .body("encoding", equalTo("windows-1258"))
                .body("errorRows", equalTo(0));
        Rosters.awaitDone(admin, importFile(admin, cp1252));
        assertThat(Database.queryString("SELECT full_name FROM app_user WHERE employee_number = ?", prefix + "-2"))
                .isEqualTo("Hélène Müller-Núñez");
        assertThat(western).isNotEmpty();

        // An XLSX workbook where Excel turned the phone and the unit code into numbers.
        byte[] xlsx = TableFiles.xlsx(
                List.of("Họ và tên", "Số điện thoại", "Mã xã/phường", "Mã cán bộ"),
                List.of(List.of("Trương Văn Số", Long.parseLong(phone(seed, 3).substring(1)), 21211L, prefix + "-3")));
        dryRun(api(admin).contentType(TableFiles.XLSX_TYPE), xlsx)
                .statusCode(200)
                .body("encoding", equalTo("xlsx"))
                .body("errorRows", equalTo(0))
                .body("toCreate", equalTo(1));
        String id = Rosters.upload(admin, TableFiles.XLSX_TYPE, xlsx);
        Rosters.awaitDone(admin, id);
        assertThat(Database.queryString("SELECT phone FROM app_user WHERE employee_number = ?", prefix + "-3"))
                .isEqualTo("+84" + phone(seed, 3).substring(1));
    }

    /** The Western header cannot be written in windows-1252 (it has Vietnamese), so it is written in 1258. */
    private static byte[] cp1252Header(String row) {
        byte[] header = TableFiles.cp1258("Họ và tên;Số điện thoại;Mã xã/phường;Mã cán bộ\r\n");
        byte[] body = row.getBytes(Charset.forName("windows-1252"));
        byte[] all = new byte[header.length + body.length];
        System.arraycopy(header, 0, all, 0, header.length);
        System.arraycopy(body, 0, all, header.length, body.length);
        return all;
    }

    @Test
    void aFileChangingTooManyOfAUnitsAccountsNeedsConfirmation() {
        String prefix = batch();
        int seed = seed();
        String unit = "21040";
        StringBuilder first = new StringBuilder(HEADER).append("\r\n");
        StringBuilder renamed = new StringBuilder(HEADER).append("\r\n");
        for (int i = 0; i < 30; i++) {
            first.append(Rosters.row("Cán bộ " + i, phone(seed, i), unit, "", prefix + "-" + i));
            renamed.append(Rosters.row(
                    (i < 20 ? "Cán bộ đổi tên " : "Cán bộ ") + i, phone(seed, i), unit, "", prefix + "-" + i));
        }
        String admin = Tokens.admin();
        Rosters.awaitDone(admin, importFile(admin, utf8(first.toString())));
        JsonPath report = dryRun(csv(admin), utf8(renamed.toString()))
                .statusCode(200)
                .body("toUpdate", equalTo(20))
                .body("needsConfirmation", equalTo(true))
                .extract()
                .jsonPath();
        assertThat(report.getString("unitsOverCap[0].unitCode")).isEqualTo(unit);
        assertThat(report.getInt("unitsOverCap[0].changes")).isEqualTo(20);
        csv(admin)
                .body(utf8(renamed.toString()))
                .post(ROSTERS)
                .then()
                .statusCode(409)
                .body("code", equalTo("import_needs_confirmation"));
        String id = csv(admin)
                .queryParam("confirm", true)
                .body(utf8(renamed.toString()))
                .post(ROSTERS)
                .then()
                .statusCode(202)
                .body("confirmed", equalTo(true))
                .extract()
                .path("id");
        assertThat(Rosters.awaitDone(admin, id).getInt("updated")).isEqualTo(20);
        assertThat(Database.queryString("SELECT full_name FROM app_user WHERE employee_number = ?", prefix + "-0"))
                .isEqualTo("Cán bộ đổi tên 0");
    }

    @Test
    void onlyAdministratorsManagersWithinTheirScopeAndServiceAccountsWithTheScopeImport() {
        String prefix = batch();
        int seed = seed();
        byte[] row = utf8(HEADER + "\r\nLý Văn Phạm Vi," + phone(seed, 1) + ",,21172,," + prefix + "-1\r\n");
        List<Function<RequestSpecification, Response>> operations = List.of(
                r -> r.contentType("text/csv").body(row).post(ROSTERS + "/dry-run"),
                r -> r.contentType("text/csv").body(row).post(ROSTERS),
                r -> r.get(ROSTERS + "/" + UUID.randomUUID()),
                r -> r.get(ROSTERS + "/" + UUID.randomUUID() + "/result"));
        Learners.Session learner = Learners.registeredAndLoggedIn();
        String noScope = ServiceAccounts.tokenWith("stats:read", "webhooks:manage");
        for (var operation : operations) {
            operation.apply(api()).then().statusCode(401);
            operation.apply(api(learner.accessToken())).then().statusCode(403);
            operation.apply(api(noScope)).then().statusCode(403).body("code", equalTo("insufficient_scope"));
        }
        // A unit manager of Xã Tịnh Khê may not import people of another unit; of their own, they may.
        String manager = Tokens.unitManager("21211");
        dryRun(csv(manager), row).statusCode(200).body("errors[0].code", equalTo("out_of_scope_unit"));
        byte[] own = utf8(HEADER + "\r\nLý Văn Trong Xã," + phone(seed, 2) + ",,21211,," + prefix + "-2\r\n");
        dryRun(csv(manager), own).statusCode(200).body("errorRows", equalTo(0));
        // An agency manager: only rows of their agency.
        dryRun(csv(Tokens.agencyManager(3L)), own)
                .statusCode(200)
                .body("errors[0].code", equalTo("out_of_scope_agency"));
        // A service account limited to Xã Tịnh Khê: the same.
        String limited =
                ServiceAccounts.token(ServiceAccounts.create(List.of("rosters:write"), List.of("21211"), List.of()));
        dryRun(csv(limited), row).statusCode(200).body("errors[0].code", equalTo("out_of_scope_unit"));
        String id = importFile(limited, own);
        Rosters.awaitDone(limited, id);
        // Only the uploader and administrators see an import.
        api(Tokens.admin()).get(ROSTERS + "/" + id).then().statusCode(200);
        api(manager).get(ROSTERS + "/" + id).then().statusCode(404).body("code", equalTo("import_not_found"));
        api(ServiceAccounts.tokenWith("rosters:write"))
                .get(ROSTERS + "/" + id + "/result")
                .then()
                .statusCode(404);

        // The template is public, with Vietnamese headers.
        String template = api().accept("text/csv")
                .get(ROSTERS + "/template")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(template).startsWith("\uFEFF" + HEADER);
        byte[] workbook = api().accept(TableFiles.XLSX_TYPE)
                .queryParam("format", "xlsx")
                .get(ROSTERS + "/template")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        assertThat(FileReaders.xlsx(workbook))
                .containsExactly(
                        List.of(HEADER.split(",")),
                        List.of(
                                "Nguyễn Văn An",
                                "0912345678",
                                "an.nv@quangngai.gov.vn",
                                "21211",
                                "Sở Khoa học và Công nghệ",
                                "CB-000123"));
        // The template, filled in, is a valid roster.
        dryRun(csv(Tokens.admin()), template.getBytes(StandardCharsets.UTF_8))
                .statusCode(200)
                .body("totalRows", equalTo(1));
        dryRun(api(Tokens.admin()).contentType(TableFiles.XLSX_TYPE), workbook)
                .statusCode(200)
                .body("totalRows", equalTo(1));
    }

    @Test
    void anImportedPublicServantClaimsTheAccountWithTheCodeFromTheResultFile() {
        String prefix = batch();
        String phone = phone(seed(), 1);
        String admin = Tokens.admin();
        String id = importFile(
                admin, utf8(HEADER + "\r\nĐinh Thị Kích Hoạt," + phone + ",,21211,Sở Nội vụ," + prefix + "-1\r\n"));
        Rosters.awaitDone(admin, id);
        String result = Rosters.result(admin, id).asString();
        String[] line = result.split("\r\n")[1].split(",");
        String code = line[9];
        assertThat(code).matches("[0-9A-Z]{5}-[0-9A-Z]{5}");

        // No password yet: a login cannot succeed.
        api().body(Map.of("login", phone, "password", "bat-ky-mat-khau-nao"))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(401);
        api().body(Map.of("login", phone, "code", "AAAAA-AAAAA", "password", "kich-hoat-2026!"))
                .post("/api/v1/auth/claim")
                .then()
                .statusCode(400)
                .body("code", equalTo("invalid_claim_code"));
        api().body(Map.of("login", phone, "code", code.toLowerCase().replace("-", " "), "password", "123"))
                .post("/api/v1/auth/claim")
                .then()
                .statusCode(400)
                .body("code", equalTo("validation_failed"));
        api().body(Map.of("login", phone, "code", code.toLowerCase(), "password", "kich-hoat-2026!"))
                .post("/api/v1/auth/claim")
                .then()
                .statusCode(204);
        String token = (String) Learners.login(phone, "kich-hoat-2026!").get("accessToken");
        api(token)
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("learnerGroup", equalTo("CBCCVC"))
                .body("unit.code", equalTo("21211"))
                .body("agency.name", equalTo("Sở Nội vụ"));
        // Once only; and the result file no longer shows it.
        api().body(Map.of("login", phone, "code", code, "password", "kich-hoat-2027!"))
                .post("/api/v1/auth/claim")
                .then()
                .statusCode(400);
        assertThat(api(admin)
                        .accept("text/csv")
                        .get(ROSTERS + "/" + id + "/result")
                        .then()
                        .extract()
                        .asString())
                .doesNotContain(code);
    }

    @Test
    void anImportWithAnIdempotencyKeyIsQueuedOnce() {
        String prefix = batch();
        byte[] file = utf8(HEADER + "\r\nMai Văn Một Lần," + phone(seed(), 1) + ",,21211,," + prefix + "-1\r\n");
        String admin = Tokens.admin();
        String key = UUID.randomUUID().toString();
        String first = csv(admin)
                .header("Idempotency-Key", key)
                .body(file)
                .post(ROSTERS)
                .then()
                .statusCode(202)
                .extract()
                .path("id");
        String second = csv(admin)
                .header("Idempotency-Key", key)
                .body(file)
                .post(ROSTERS)
                .then()
                .statusCode(202)
                .header("Idempotent-Replayed", equalTo("true"))
                .extract()
                .path("id");
        assertThat(second).isEqualTo(first);
        csv(admin)
                .header("Idempotency-Key", key)
                .body(utf8(HEADER + "\r\nKhác,0861111111,,21211,,X-1\r\n"))
                .post(ROSTERS)
                .then()
                .statusCode(422)
                .body("code", equalTo("idempotency_key_reused"));
        assertThat(Rosters.awaitDone(admin, first).getInt("created")).isEqualTo(1);
        assertThat(new ArrayList<>(List.of(first))).hasSize(1);
    }
}
