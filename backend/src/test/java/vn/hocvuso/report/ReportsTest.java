package vn.hocvuso.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static vn.hocvuso.testing.Api.api;

import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.Database;
import vn.hocvuso.testing.FileReaders;
import vn.hocvuso.testing.Tokens;

/**
 * Reports as their users meet them (issue 14): queued, made in the background with their progress, downloaded
 * (audited) or refused before they are done; who may ask for what and see whose; a report whose worker died
 * taken up again, one that cannot be made FAILED in Vietnamese; the caller's limit of unfinished reports; the
 * templates an administrator edits, checked and audited.
 */
@QuarkusTest
class ReportsTest {

    static final String MINE = "21181";
    static final String OTHER = "23401";

    @Inject
    Scheduler scheduler;

    @AfterEach
    void runnerRuns() {
        scheduler.resume(ReportJob.IDENTITY);
    }

    @Test
    void aReportIsQueuedThenMadeWithItsProgressThenDownloadedAndEachDownloadIsAudited() {
        UUID adminId = UUID.randomUUID();
        String admin = Reports.admin(adminId);
        LocalDate yesterday = Reports.today().minusDays(1);
        scheduler.pause(ReportJob.IDENTITY);
        String id = Reports.create(admin, Reports.notice("DOCX", yesterday, null));
        api(admin)
                .get(Reports.PATH + "/" + id)
                .then()
                .statusCode(200)
                .body("status", equalTo("QUEUED"))
                .body("progress", equalTo(0))
                .body("step", equalTo("Đang chờ đến lượt"))
                .body("fileName", nullValue())
                .body("asOf", equalTo(yesterday.toString()))
                .body("compareTo", nullValue());
        api(admin)
                .get(Reports.PATH + "/" + id + "/file")
                .then()
                .statusCode(409)
                .body("code", equalTo("report_not_ready"))
                .body("detail", containsString("chưa làm xong"));
        // Another person does not see it, whatever their role.
        for (String other :
                List.of(Tokens.learner(UUID.randomUUID()), Tokens.unitManager(MINE), Tokens.agencyManager(1L))) {
            api(other).get(Reports.PATH + "/" + id).then().statusCode(404).body("code", equalTo("report_not_found"));
            api(other).get(Reports.PATH + "/" + id + "/file").then().statusCode(404);
            api(other).delete(Reports.PATH + "/" + id).then().statusCode(404);
            api(other).get(Reports.PATH).then().statusCode(200).body("items.id", not(hasItem(id)));
        }
        // Any administrator sees it, in the list of every report.
        api(Tokens.admin()).get(Reports.PATH + "/" + id).then().statusCode(200);
        api(Tokens.admin())
                .get(Reports.PATH + "?size=100")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id));

        scheduler.resume(ReportJob.IDENTITY);
        JsonPath done = Reports.finished(admin, id);
        assertThat(done.getString("status")).isEqualTo("DONE");
        assertThat(done.getInt("progress")).isEqualTo(100);
        assertThat(done.getString("step")).isNull();
        assertThat(done.getString("fileName")).isEqualTo("thong-bao-" + yesterday + ".docx");
        assertThat(done.getString("finishedAt")).isNotNull();

        Response file = api(admin).get(Reports.PATH + "/" + id + "/file");
        file.then()
                .statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"thong-bao-" + yesterday + ".docx\"")
                .header("ETag", notNullValue());
        byte[] bytes = file.asByteArray();
        assertThat((long) bytes.length).isEqualTo(done.getLong("sizeBytes"));
        assertThat(FileReaders.docx(bytes).text()).contains("đến ngày " + Reports.DMY.format(yesterday));
        api(admin)
                .header("If-None-Match", file.header("ETag"))
                .get(Reports.PATH + "/" + id + "/file")
                .then()
                .statusCode(304);
        api(admin).get(Reports.PATH + "/" + id + "/file").then().statusCode(200);
        assertThat(Database.queryString(
                        "SELECT count(*) FROM audit_event WHERE action = 'report.downloaded' AND subject_id = ? AND actor_id = ?",
                        id,
                        adminId))
                .isEqualTo("2");

        api(admin).delete(Reports.PATH + "/" + id).then().statusCode(204);
        api(admin).get(Reports.PATH + "/" + id).then().statusCode(404);
    }

    @Test
    void whoMayAskForWhatAndWhatIsRefused() {
        LocalDate yesterday = Reports.today().minusDays(1);
        Map<String, Object> notice = Reports.notice("PDF", yesterday, null);
        api().body(notice).post(Reports.PATH).then().statusCode(401);
        api(Tokens.learner(UUID.randomUUID()))
                .body(notice)
                .post(Reports.PATH)
                .then()
                .statusCode(403);
        String manager = Reports.unitManager(UUID.randomUUID(), MINE);
        api(manager).body(notice).post(Reports.PATH).then().statusCode(403).body("code", equalTo("forbidden"));
        api(manager)
                .body(Reports.appendix("DOCX", OTHER, yesterday))
                .post(Reports.PATH)
                .then()
                .statusCode(403);
        api(Tokens.agencyManager(1L))
                .body(Reports.appendix("DOCX", MINE, yesterday))
                .post(Reports.PATH)
                .then()
                .statusCode(403);
        api(Tokens.integrator("stats:read", List.of())).get(Reports.PATH).then().statusCode(403);
        // Their own unit's appendix: made, and theirs to download.
        String id = Reports.create(manager, Reports.appendix("XLSX", MINE, yesterday));
        JsonPath made = Reports.finished(manager, id);
        assertThat(made.getString("status")).isEqualTo("DONE");
        assertThat(made.getString("unitName")).isEqualTo(unitName(MINE));
        assertThat(made.getString("fileName")).isEqualTo("phu-luc-" + MINE + "-" + yesterday + ".xlsx");
        api(manager).get(Reports.PATH + "/" + id + "/file").then().statusCode(200);
        // As of today, the appendix has the unit's figures by village (those who named none in a row of their own).
        FileReaders.Docx today =
                FileReaders.docx(Reports.made(manager, Reports.appendix("DOCX", MINE, Reports.today())));
        assertThat(today.tables())
                .anySatisfy(table -> assertThat(table.getFirst()).startsWith("Thôn, tổ dân phố", "Tài khoản"))
                .anySatisfy(table -> assertThat(table)
                        .anySatisfy(row -> assertThat(row.getFirst()).isEqualTo("Chưa khai báo thôn")));

        String admin = Tokens.admin();
        api(admin)
                .body(Map.of("kind", "UNIT_RESULTS", "format", "PDF", "asOf", yesterday.toString()))
                .post(Reports.PATH)
                .then()
                .statusCode(422)
                .body("code", equalTo("report_format"))
                .body("detail", containsString("XLSX"));
        refused(admin, Reports.notice("DOCX", yesterday.plusDays(2), null), "asOf", "date_in_future");
        refused(admin, Reports.notice("DOCX", LocalDate.parse("2025-06-30"), null), "asOf", "date_before_campaign");
        refused(admin, Reports.notice("DOCX", yesterday, yesterday), "compareTo", "not_before_as_of");
        Map<String, Object> noUnit = new HashMap<>(Reports.appendix("DOCX", MINE, yesterday));
        noUnit.remove("unitCode");
        refused(admin, noUnit, "unitCode", "required");
        Map<String, Object> unitOnNotice = new HashMap<>(notice);
        unitOnNotice.put("unitCode", MINE);
        refused(admin, unitOnNotice, "unitCode", "not_allowed");
        api(admin)
                .body(Map.of("kind", "NOTICE", "format", "DOCX"))
                .post(Reports.PATH)
                .then()
                .statusCode(400);
        api(admin)
                .body(Reports.appendix("DOCX", "99999", yesterday))
                .post(Reports.PATH)
                .then()
                .statusCode(404)
                .body("code", equalTo("unit_not_found"));
    }

    @Test
    void aCallerHasAtMostThreeUnfinishedReports() {
        String manager = Reports.unitManager(UUID.randomUUID(), MINE);
        LocalDate yesterday = Reports.today().minusDays(1);
        scheduler.pause(ReportJob.IDENTITY);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(Reports.create(manager, Reports.appendix("DOCX", MINE, yesterday)));
        }
        api(manager)
                .body(Reports.appendix("DOCX", MINE, yesterday))
                .post(Reports.PATH)
                .then()
                .statusCode(429)
                .header("Retry-After", notNullValue())
                .body("code", equalTo("too_many_reports"));
        // Their own list: newest first, and only theirs.
        api(manager)
                .get(Reports.PATH)
                .then()
                .statusCode(200)
                .body("items.id", equalTo(ids.reversed()))
                .body("totalItems", equalTo(3));
        // Someone else is not held back by them.
        String mine =
                Reports.create(Reports.unitManager(UUID.randomUUID(), MINE), Reports.appendix("DOCX", MINE, yesterday));
        api(manager).delete(Reports.PATH + "/" + ids.getFirst()).then().statusCode(204);
        ids.set(0, Reports.create(manager, Reports.appendix("DOCX", MINE, yesterday)));
        scheduler.resume(ReportJob.IDENTITY);
        for (String id : ids) {
            assertThat(Reports.finished(manager, id).getString("status")).isEqualTo("DONE");
        }
        assertThat(mine).isNotNull();
    }

    @Test
    void aReportWhoseWorkerDiedIsTakenUpAgainAndOneThatCannotBeMadeFailsInVietnamese() {
        UUID adminId = UUID.randomUUID();
        String admin = Reports.admin(adminId);
        String yesterday = Reports.today().minusDays(1).toString();
        // A worker that died while it held the report: its lease ran out a minute ago.
        String orphan = UUID.randomUUID().toString();
        insert(orphan, "UNIT_RESULTS", "XLSX", yesterday, adminId, "RUNNING", 1);
        JsonPath taken = Reports.finished(admin, orphan);
        assertThat(taken.getString("status")).isEqualTo("DONE");
        assertThat(Database.queryString("SELECT attempts FROM report WHERE id = ?::uuid", orphan))
                .isEqualTo("2");
        // One that died on every take: given up.
        String doomed = UUID.randomUUID().toString();
        insert(doomed, "UNIT_RESULTS", "XLSX", yesterday, adminId, "RUNNING", 3);
        JsonPath gaveUp = Reports.finished(admin, doomed);
        assertThat(gaveUp.getString("status")).isEqualTo("FAILED");
        assertThat(gaveUp.getString("error")).contains("dừng giữa chừng 3 lần");
        // One that cannot be made (a combination the API refuses, written behind its back): FAILED, no detail leaks.
        String broken = UUID.randomUUID().toString();
        insert(broken, "UNIT_RESULTS", "PDF", yesterday, adminId, "QUEUED", 0);
        JsonPath failed = Reports.finished(admin, broken);
        assertThat(failed.getString("status")).isEqualTo("FAILED");
        assertThat(failed.getString("error"))
                .startsWith("Không làm được báo cáo do lỗi hệ thống")
                .doesNotContain("Exception");
        assertThat(failed.getString("fileName")).isNull();
        api(admin)
                .get(Reports.PATH + "/" + broken + "/file")
                .then()
                .statusCode(409)
                .body("code", equalTo("report_not_ready"));
    }

    @Test
    void anAdministratorEditsTheNoticeAndTheNextNoticeSaysSoAndAnUnknownPlaceholderIsRefused() {
        UUID adminId = UUID.randomUUID();
        String admin = Reports.admin(adminId);
        api(admin)
                .get("/api/v1/admin/report-templates")
                .then()
                .statusCode(200)
                .body("kind", equalTo(List.of("NOTICE", "COMMUNE_APPENDIX")))
                .body("custom", equalTo(List.of(false, false)))
                .body("[0].placeholders.name", hasItem("bangChiTieu"));
        api(Reports.unitManager(UUID.randomUUID(), MINE))
                .get("/api/v1/admin/report-templates")
                .then()
                .statusCode(403);
        api(admin)
                .body(Map.of("title", "Thông báo {{ngaySoLieu}}", "body", "Tổng: {{tongTaiKhoan}}, {{tongSoDan}}"))
                .put("/api/v1/admin/report-templates/NOTICE")
                .then()
                .statusCode(422)
                .body("code", equalTo("unknown_placeholder"))
                .body("detail", containsString("{{tongSoDan}}"))
                .body("violations[0].field", equalTo("body"));
        api(admin)
                .body(Map.of("title", "Thông báo", "body", "Tổng: {{bangChiTieu}} học viên"))
                .put("/api/v1/admin/report-templates/NOTICE")
                .then()
                .statusCode(422)
                .body("detail", containsString("{{bangChiTieu}}"));
        api(admin)
                .body(Map.of("title", "Thông báo", "body", "x"))
                .put("/api/v1/admin/report-templates/UNIT_RESULTS")
                .then()
                .statusCode(400);
        try {
            String body =
                    "# Kết quả tóm tắt\n\nĐến hết ngày {{ngaySoLieu}} có {{tongTaiKhoan}} học viên (mẫu đã sửa).\n\n{{bangChiTieu}}";
            api(admin)
                    .body(Map.of("title", "Thông báo nhanh đến ngày {{ngaySoLieu}}", "body", body))
                    .put("/api/v1/admin/report-templates/NOTICE")
                    .then()
                    .statusCode(200)
                    .body("custom", equalTo(true))
                    .body("body", equalTo(body))
                    .body("updatedAt", notNullValue());
            LocalDate yesterday = Reports.today().minusDays(1);
            FileReaders.Docx doc = FileReaders.docx(Reports.made(admin, Reports.notice("DOCX", yesterday, null)));
            assertThat(doc.paragraphs())
                    .contains("Thông báo nhanh đến ngày " + Reports.DMY.format(yesterday), "Kết quả tóm tắt")
                    .anySatisfy(p -> assertThat(p).contains("học viên (mẫu đã sửa)."));
            assertThat(doc.text()).doesNotContain("Kính gửi");
        } finally {
            api(admin).delete("/api/v1/admin/report-templates/NOTICE").then().statusCode(204);
        }
        api(admin).get("/api/v1/admin/report-templates").then().statusCode(200).body("[0].custom", equalTo(false));
        assertThat(Database.queryString(
                        "SELECT string_agg(action, ',' ORDER BY id) FROM audit_event WHERE actor_id = ? AND subject_type = 'report_template'",
                        adminId))
                .isEqualTo("report.template.changed,report.template.reset");
    }

    // ---- helpers ----

    private static void refused(String token, Map<String, Object> body, String field, String code) {
        api(token)
                .body(body)
                .post(Reports.PATH)
                .then()
                .statusCode(400)
                .body("code", equalTo("validation_failed"))
                .body("violations.find { it.field == '" + field + "' }.code", equalTo(code));
    }

    private static String unitName(String code) {
        return Database.queryString("SELECT name FROM unit WHERE code = ?", code);
    }

    private static void insert(
            String id, String kind, String format, String asOf, UUID by, String status, int attempts) {
        Database.execute(
                "INSERT INTO report (id, kind, format, as_of, status, requested_by, requester_name, created_at, runner,"
                        + " lease_until, attempts, province_code) VALUES (?::uuid, ?, ?, ?::date, ?, ?, 'Thử nghiệm', now(),"
                        + " CASE WHEN ? = 'RUNNING' THEN gen_random_uuid() END,"
                        + " CASE WHEN ? = 'RUNNING' THEN now() - interval '1 minute' END, ?, 'quang-ngai')",
                id,
                kind,
                format,
                asOf,
                status,
                by,
                status,
                status,
                attempts);
    }
}
