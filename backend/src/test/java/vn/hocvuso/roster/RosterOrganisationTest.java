package vn.hocvuso.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.hocvuso.testing.Api.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.Database;
import vn.hocvuso.testing.Learners;
import vn.hocvuso.testing.Rosters;
import vn.hocvuso.testing.ServiceAccounts;
import vn.hocvuso.testing.Tokens;

/**
 * The roster of one organisation: a school imports its students with their classes, an enterprise its
 * workers; they count as that organisation's people of their group at once, and claim their accounts
 * like public servants do. Only the organisation's managers (or administrators) import it, and never
 * into a closed organisation or as a group its kind does not have.
 */
@QuarkusTest
class RosterOrganisationTest {

    private static final String ROSTERS = Rosters.IMPORTS;
    private static final String SCHOOL_HEADER = "Họ và tên,Số điện thoại,Email,Lớp,Mã xã/phường,Mã học sinh";
    private static final String WORKER_HEADER = "Họ và tên,Số điện thoại,Email,Mã xã/phường,Mã nhân viên";

    /** A prefix of numbers no other test uses, and phones of their own (087…). */
    private final String prefix = "O" + ThreadLocalRandom.current().nextInt(100_000, 999_999);

    private final int phones = ThreadLocalRandom.current().nextInt(100, 999);

    private String phone(int i) {
        return "087" + phones + String.format("%04d", i);
    }

    private static long organisation(String name, String kind, String level, String unit) {
        return Long.parseLong(Database.queryString(
                "INSERT INTO agency (name, kind, school_level, unit_code) VALUES (?, ?, ?, ?) RETURNING id",
                new Object[] {name, kind, level, unit}));
    }

    private long school() {
        return organisation("Trường THPT Số " + prefix, "SCHOOL", "UPPER_SECONDARY", "21211");
    }

    private long enterprise() {
        return organisation("Công ty TNHH Dệt may " + prefix, "ENTERPRISE", null, "21085");
    }

    private static ValidatableResponse dryRun(String token, long organisationId, String file) {
        return api(token)
                .contentType("text/csv; charset=utf-8")
                .queryParam("organisationId", organisationId)
                .body(file.getBytes(StandardCharsets.UTF_8))
                .post(ROSTERS + "/dry-run")
                .then();
    }

    private static String start(String token, long organisationId, String file) {
        return api(token)
                .contentType("text/csv; charset=utf-8")
                .queryParam("organisationId", organisationId)
                .body(file.getBytes(StandardCharsets.UTF_8))
                .post(ROSTERS)
                .then()
                .statusCode(202)
                .body("organisationId", equalTo((int) organisationId))
                .extract()
                .path("id");
    }

    private static long learners(long agencyId, String group) {
        return Long.parseLong(Database.queryString(
                "SELECT coalesce(sum(learners), 0) FROM stat_learners WHERE agency_id = ? AND learner_group = ?",
                agencyId,
                group));
    }

    @Test
    void aSchoolImportsItsStudentsWithTheirClassesAndTheyClaimTheirAccountsAndCountAsItsStudents() {
        long school = school();
        String manager = Tokens.agencyManager(school);
        String file = SCHOOL_HEADER + "\r\n"
                + "Trần Thị Bình," + phone(1) + ",,10A1,," + prefix + "-1\r\n"
                + "Nguyễn Văn Cường," + phone(2) + ",,10A2,21085," + prefix + "-2\r\n"
                + "Phạm Thị Dung," + phone(3) + ",,,," + prefix + "-3\r\n"
                + "Lê Văn Sai,0123,,10A1,," + prefix + "-4\r\n";

        dryRun(manager, school, file)
                .statusCode(200)
                .body("organisationId", equalTo((int) school))
                .body("learnerGroup", equalTo("STUDENT"))
                .body("toCreate", equalTo(3))
                .body("errorRows", equalTo(1))
                .body("errors[0].line", equalTo(5))
                .body("errors[0].code", equalTo("invalid_phone"));
        assertThat(learners(school, "STUDENT")).isZero();

        String id = start(manager, school, file);
        JsonPath done = Rosters.awaitDone(manager, id);
        assertThat(done.getInt("created")).isEqualTo(3);
        assertThat(done.getInt("errors")).isEqualTo(1);
        assertThat(done.getString("learnerGroup")).isEqualTo("STUDENT");
        // Students of the school, in their classes; a row without a unit takes the school's.
        assertThat(Database.queryString("""
                SELECT string_agg(employee_number || ' ' || learner_group || ' ' || unit_code || ' '
                                  || coalesce(class_name, '-'), '; ' ORDER BY employee_number)
                FROM app_user WHERE agency_id = ?
                """, school))
                .isEqualTo(prefix + "-1 STUDENT 21211 10A1; " + prefix + "-2 STUDENT 21085 10A2; " + prefix
                        + "-3 STUDENT 21211 -");
        // Counted in the figures as the school's students at once.
        assertThat(learners(school, "STUDENT")).isEqualTo(3);
        assertThat(learners(school, "CBCCVC")).isZero();

        // The result file has their class, and the activation code each one claims the account with.
        String[] lines = Rosters.result(manager, id).asString().split("\r\n");
        assertThat(lines[0]).endsWith("Mã kích hoạt,Lớp");
        String[] first = lines[1].split(",", -1);
        assertThat(first[10]).isEqualTo("10A1");
        api().body(Map.of("login", phone(1), "code", first[9], "password", "hoc-sinh-2026!"))
                .post("/api/v1/auth/claim")
                .then()
                .statusCode(204);
        String token = (String) Learners.login(phone(1), "hoc-sinh-2026!").get("accessToken");
        api(token)
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("learnerGroup", equalTo("STUDENT"))
                .body("unit.code", equalTo("21211"))
                .body("agency.name", equalTo("Trường THPT Số " + prefix));

        // The same file again changes nothing; a new class moves the student, the class kept otherwise.
        JsonPath again = Rosters.awaitDone(manager, start(manager, school, file));
        assertThat(again.getInt("unchanged")).isEqualTo(3);
        String moved = SCHOOL_HEADER + "\r\nTrần Thị Bình," + phone(1) + ",,11A1,," + prefix + "-1\r\n"
                + "Nguyễn Văn Cường," + phone(2) + ",,,21085," + prefix + "-2\r\n";
        JsonPath updated = Rosters.awaitDone(manager, start(manager, school, moved));
        assertThat(updated.getInt("updated")).isEqualTo(1);
        assertThat(updated.getInt("unchanged")).isEqualTo(1);
        assertThat(Database.queryString(
                        "SELECT string_agg(class_name, ',' ORDER BY employee_number) FROM app_user WHERE agency_id = ?",
                        school))
                .isEqualTo("11A1,10A2");
    }

    @Test
    void anEnterpriseImportsItsWorkersAndASchoolItsStaffAsPublicServants() {
        long enterprise = enterprise();
        String admin = Tokens.admin();
        String file = WORKER_HEADER + "\r\n"
                + "Lê Văn Cường," + phone(11) + ",,," + prefix + "-11\r\n"
                + "Võ Thị Em," + phone(12) + ",,21211," + prefix + "-12\r\n";
        dryRun(admin, enterprise, file)
                .statusCode(200)
                .body("learnerGroup", equalTo("WORKER"))
                .body("toCreate", equalTo(2));
        JsonPath done = Rosters.awaitDone(admin, start(admin, enterprise, file));
        assertThat(done.getInt("created")).isEqualTo(2);
        assertThat(learners(enterprise, "WORKER")).isEqualTo(2);
        assertThat(Database.queryString(
                        "SELECT string_agg(unit_code, ',' ORDER BY employee_number) FROM app_user WHERE agency_id = ?",
                        enterprise))
                .isEqualTo("21085,21211");
        // No class in a workers' result file.
        assertThat(Rosters.result(admin, done.getString("id")).asString().split("\r\n")[0])
                .endsWith("Mã kích hoạt");

        // A school's staff: public servants of the school, with group=CBCCVC; no class for them.
        long school = school();
        String staff = Rosters.HEADER + "\r\n" + "Đỗ Văn Giáo," + phone(13) + ",,,Bỏ qua," + prefix + "-13\r\n";
        String id = api(Tokens.agencyManager(school))
                .contentType("text/csv; charset=utf-8")
                .queryParam("organisationId", school)
                .queryParam("group", "CBCCVC")
                .body(staff.getBytes(StandardCharsets.UTF_8))
                .post(ROSTERS)
                .then()
                .statusCode(202)
                .body("learnerGroup", equalTo("CBCCVC"))
                .extract()
                .path("id");
        Rosters.awaitDone(Tokens.admin(), id);
        assertThat(learners(school, "CBCCVC")).isEqualTo(1);
        assertThat(Database.queryString(
                        "SELECT unit_code || ' ' || learner_group FROM app_user WHERE employee_number = ?",
                        prefix + "-13"))
                .isEqualTo("21211 CBCCVC");
    }

    @Test
    void anotherManagersOrganisationAClosedOneAGroupItsKindHasNotAndAnUnknownOneAreRefused() {
        long school = school();
        long enterprise = enterprise();
        String file = SCHOOL_HEADER + "\r\nTrần Thị Bình," + phone(21) + ",,10A1,," + prefix + "-21\r\n";

        // The manager of the enterprise, a unit manager of the school's commune, a service account limited to
        // another agency: not theirs.
        for (String outsider : List.of(
                Tokens.agencyManager(enterprise),
                Tokens.unitManager("21211"),
                ServiceAccounts.token(ServiceAccounts.create(List.of("rosters:write"), List.of(), List.of(3L))))) {
            dryRun(outsider, school, file)
                    .statusCode(403)
                    .body("code", equalTo("organisation_out_of_scope"))
                    .body(
                            "detail",
                            equalTo("Bạn không quản lý cơ quan, trường học hoặc doanh nghiệp này nên"
                                    + " không thể nhập danh sách cho đơn vị này."));
        }
        api(Tokens.agencyManager(enterprise))
                .contentType("text/csv")
                .queryParam("organisationId", school)
                .body(file.getBytes(StandardCharsets.UTF_8))
                .post(ROSTERS)
                .then()
                .statusCode(403)
                .body("code", equalTo("organisation_out_of_scope"));

        // An enterprise has workers, not students; a roster without an organisation has public servants only.
        api(Tokens.agencyManager(enterprise))
                .contentType("text/csv")
                .queryParam("organisationId", enterprise)
                .queryParam("group", "STUDENT")
                .body(file.getBytes(StandardCharsets.UTF_8))
                .post(ROSTERS + "/dry-run")
                .then()
                .statusCode(400)
                .body("code", equalTo("roster_group_not_allowed"));
        api(Tokens.admin())
                .contentType("text/csv")
                .queryParam("group", "WORKER")
                .body(file.getBytes(StandardCharsets.UTF_8))
                .post(ROSTERS + "/dry-run")
                .then()
                .statusCode(400)
                .body("code", equalTo("roster_group_not_allowed"));

        // A school that closed takes no new roster, even from an administrator.
        Database.execute("UPDATE agency SET closed_on = current_date - 1 WHERE id = ?", school);
        dryRun(Tokens.agencyManager(school), school, file).statusCode(400).body("code", equalTo("organisation_closed"));
        dryRun(Tokens.admin(), school, file).statusCode(400).body("code", equalTo("organisation_closed"));
        assertThat(Database.queryString("SELECT count(*) FROM app_user WHERE employee_number = ?", prefix + "-21"))
                .isEqualTo("0");

        dryRun(Tokens.admin(), Long.MAX_VALUE, file).statusCode(404).body("code", equalTo("organisation_not_found"));
    }

    @Test
    void aSchoolsRosterDoesNotTakeOverAPersonOfAnotherOrganisation() {
        long school = school();
        long enterprise = enterprise();
        String admin = Tokens.admin();
        String worker = WORKER_HEADER + "\r\nVõ Văn Thợ," + phone(31) + ",,," + prefix + "-31\r\n";
        Rosters.awaitDone(admin, start(admin, enterprise, worker));

        String sameName = SCHOOL_HEADER + "\r\nVõ Văn Thợ," + phone(31) + ",,12A3,,\r\n";
        dryRun(Tokens.agencyManager(school), school, sameName)
                .statusCode(200)
                .body("errors[0].code", equalTo("account_out_of_scope"))
                .body("toUpdate", equalTo(0));
        // An administrator may move them: the person becomes the school's student, counted there.
        dryRun(admin, school, sameName).statusCode(200).body("toUpdate", equalTo(1));
        Rosters.awaitDone(admin, start(admin, school, sameName));
        assertThat(learners(enterprise, "WORKER")).isZero();
        assertThat(learners(school, "STUDENT")).isEqualTo(1);
        assertThat(Database.queryString("SELECT class_name FROM app_user WHERE employee_number = ?", prefix + "-31"))
                .isEqualTo("12A3");
    }

    @Test
    void eachKindHasItsTemplateAndTheTemplateFilledInIsAValidRoster() {
        long school = school();
        String template = api().accept("text/csv")
                .queryParam("kind", "SCHOOL")
                .get(ROSTERS + "/template")
                .then()
                .statusCode(200)
                .header("Content-Disposition", equalTo("attachment; filename=\"mau-danh-sach-hoc-sinh.csv\""))
                .extract()
                .asString();
        assertThat(template).startsWith("\uFEFF" + SCHOOL_HEADER + "\r\n");
        dryRun(Tokens.admin(), school, template)
                .statusCode(200)
                .body("totalRows", equalTo(1))
                .body("learnerGroup", equalTo("STUDENT"));
        api().accept("text/csv")
                .queryParam("kind", "VILLAGE")
                .get(ROSTERS + "/template")
                .then()
                .statusCode(400)
                .body("code", equalTo("invalid_parameter"));
    }
}
