package vn.hocvuso.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.hocvuso.testing.Api.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.hocvuso.testing.Database;
import vn.hocvuso.testing.Learners;
import vn.hocvuso.testing.Rosters;
import vn.hocvuso.testing.SeedCourse;
import vn.hocvuso.testing.Tokens;

/**
 * Managers of a subtree, and the figures by organisation: a department's manager reaches its schools and
 * hospitals and nothing of another department's; a school's manager only the school; every figure is
 * the count over the raw rows, and a merged school keeps its past.
 *
 * <p>The tree (synthetic, for this test only): department A with school S1, hospital H1 and school S3
 * (merged into S1 once its learner is there); department B with school S2; enterprise E in Xã Tịnh Khê.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrganisationReachTest {

    String aName;
    long a;
    long s1;
    long h1;
    long s3;
    long b;
    long s2;
    long e;

    @BeforeEach
    void tree() {
        if (a != 0) {
            return;
        }
        String n = Orgs.unique();
        aName = "Sở thử phạm vi A " + n;
        a = Orgs.agency(aName, null);
        s1 = Orgs.school("Trường THPT thử S1 " + n, "UPPER_SECONDARY", "21211", a);
        h1 = Orgs.agency("Bệnh viện thử H1 " + n, a);
        s3 = Orgs.school("Trường THPT thử S3 " + n, "UPPER_SECONDARY", "21211", a);
        b = Orgs.agency("Sở thử phạm vi B " + n, null);
        s2 = Orgs.school("Trường THCS thử S2 " + n, "LOWER_SECONDARY", "21172", b);
        e = Orgs.enterprise("Công ty thử E " + n, "21211");

        // A teacher of S1 certified; a student of S1 enrolled; a nurse of H1 enrolled; a teacher of S2,
        // a worker of E and a student of S3 registered.
        String teacher = servant(s1, "Nguyễn Văn Giáo");
        String enrollment = SeedCourse.enrollAndStudyAll(teacher);
        assertThat(SeedCourse.takeTest(teacher, enrollment, true).getBoolean("passed"))
                .isTrue();
        enrol(placed("STUDENT", s1, "Trần Thị Học"));
        enrol(servant(h1, "Lê Thị Y"));
        servant(s2, "Phạm Văn Hai");
        placed("WORKER", e, "Hồ Văn Thợ");
        placed("STUDENT", s3, "Đặng Văn Ba");

        api(Tokens.admin())
                .body(Map.of("closedOn", "2026-01-01", "mergedIntoId", s1, "version", 0))
                .post("/api/v1/admin/organisations/" + s3 + "/close")
                .then()
                .statusCode(200);
    }

    @Test
    void aDepartmentsFiguresAreItsSubtreesAndEqualCountsOverTheRawRows() {
        JsonPath dept = stats(Tokens.admin(), a, 200);
        assertThat(dept.getLong("organisation.counts.learners")).isZero();
        assertCounts(dept, "organisation.subtreeCounts", List.of(a, s1, h1, s3));
        assertThat(dept.getLong("organisation.subtreeCounts.learners")).isEqualTo(4);
        assertThat(dept.getLong("organisation.subtreeCounts.certified")).isEqualTo(1);
        assertThat(dept.<Integer>getList("children.id")).containsExactlyInAnyOrder((int) s1, (int) h1, (int) s3);

        JsonPath school = stats(Tokens.admin(), s1, 200);
        assertCounts(school, "organisation.counts", List.of(s1));
        // The school's subtree counts the school merged into it.
        assertCounts(school, "organisation.subtreeCounts", List.of(s1, s3));
        assertThat(school.getString("organisation.kind")).isEqualTo("SCHOOL");
        assertThat(school.getLong("organisation.parentId")).isEqualTo(a);

        JsonPath enterprise = stats(Tokens.admin(), e, 200);
        assertCounts(enterprise, "organisation.counts", List.of(e));
        assertThat(enterprise.getLong("organisation.counts.learners")).isEqualTo(1);
    }

    @Test
    void theFiguresByAgencyNameEachRowsKindAndTheOrganisationAboveIt() {
        JsonPath page = api(Tokens.agencyManager(a))
                .queryParam("size", 100)
                .get("/api/v1/stats/agencies")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        String school = "items.find { it.id == " + s1 + " }.";
        assertThat(page.getString(school + "kind")).isEqualTo("SCHOOL");
        assertThat(page.getLong(school + "parentId")).isEqualTo(a);
        assertThat(page.getString(school + "parentName")).isEqualTo(aName);
        String hospital = "items.find { it.id == " + h1 + " }.";
        assertThat(page.getString(hospital + "kind")).isEqualTo("AGENCY");
        assertThat(page.getString(hospital + "parentName")).isEqualTo(aName);
        String department = "items.find { it.id == " + a + " }.";
        assertThat(page.getString(department + "kind")).isEqualTo("AGENCY");
        assertThat(page.getString(department + "parentId")).isNull();
        assertThat(page.getString(department + "parentName")).isNull();
    }

    @Test
    void aMergedSchoolKeepsItsPastFiguresAndItsPeople() {
        JsonPath merged = stats(Tokens.admin(), s3, 200);
        assertThat(merged.getString("organisation.closedOn")).isEqualTo("2026-01-01");
        assertThat(merged.getLong("organisation.mergedIntoId")).isEqualTo(s1);
        assertThat(merged.getLong("organisation.counts.learners")).isEqualTo(1);
        assertThat(Database.queryString("SELECT count(*) FROM app_user WHERE agency_id = ?", s3))
                .isEqualTo("1");
    }

    @Test
    void aDepartmentsManagerSeesItsSubtreeAndNothingOfAnothers() {
        String manager = Tokens.agencyManager(a);
        stats(manager, s1, 200);
        stats(manager, h1, 200);
        stats(manager, s2, 403);
        stats(manager, b, 403);
        stats(manager, e, 403);
        // The existing figures by agency follow the same reach.
        api(manager).get("/api/v1/stats/agencies/" + s1).then().statusCode(200);
        api(manager).get("/api/v1/stats/agencies/" + s2).then().statusCode(403).body("code", equalTo("forbidden"));
        List<Integer> listed = api(manager)
                .queryParam("size", 100)
                .get("/api/v1/stats/agencies")
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
        assertThat(listed).containsExactlyInAnyOrder((int) a, (int) s1, (int) h1, (int) s3);
        assertThat(organisationsSeenBy(manager)).containsExactlyInAnyOrder((int) a, (int) s1, (int) h1, (int) s3);
        // People: an agency manager reads no one's personal data, in the subtree or out of it.
        api(manager).get("/api/v1/stats/units/21211/learners").then().statusCode(403);
    }

    @Test
    void aDepartmentsManagerImportsTheRosterOfASchoolInItsSubtreeButNotOfAnotherDepartmentsSchool() {
        // A department and school of this test's own, so that the shared tree's figures stay as they are.
        String n = Orgs.unique();
        long department = Orgs.agency("Sở thử danh sách " + n, null);
        long school = Orgs.school("Trường THCS thử danh sách " + n, "LOWER_SECONDARY", "21211", department);
        String manager = Tokens.agencyManager(department);
        String phone = Learners.registration().get("phone").toString();
        byte[] roster = ("Họ và tên,Số điện thoại,Email,Lớp,Mã xã/phường,Mã học sinh\r\n" + "Võ Thị Lan," + phone
                        + ",,8A2,,HS-" + n + "\r\n")
                .getBytes(StandardCharsets.UTF_8);

        // Every row of the school's roster is the manager's to write, as the school's figures are theirs to read.
        rosterOf(manager, school, roster, "/dry-run")
                .statusCode(200)
                .body("toCreate", equalTo(1))
                .body("errorRows", equalTo(0));
        String id =
                rosterOf(manager, school, roster, "").statusCode(202).extract().path("id");
        assertThat(Rosters.awaitDone(manager, id).getInt("created")).isEqualTo(1);
        assertThat(Database.queryString(
                        "SELECT learner_group || ' ' || class_name FROM app_user WHERE agency_id = ?", school))
                .isEqualTo("STUDENT 8A2");

        rosterOf(manager, s2, roster, "/dry-run").statusCode(403).body("code", equalTo("organisation_out_of_scope"));
    }

    @Test
    void aSchoolsManagerSeesOnlyTheSchool() {
        String manager = Tokens.agencyManager(s2);
        reachesOnly(manager, s2, b, s1);
        assertThat(stats(manager, s2, 200).getLong("organisation.counts.learners"))
                .isEqualTo(1);
    }

    @Test
    void anAdministratorMakesSomeoneManagerOfASchoolOrAnEnterpriseAndTheirNextTokenReachesIt() {
        String schoolManager = grantedManagerOf(s2, "Võ Thị Hiệu Trưởng");
        reachesOnly(schoolManager, s2, b, s1);

        String enterpriseManager = grantedManagerOf(e, "Huỳnh Văn Giám Đốc");
        assertThat(stats(enterpriseManager, e, 200).getLong("organisation.counts.learners"))
                .isEqualTo(1);
        reachesOnly(enterpriseManager, e, s1, a);

        // An organisation that does not exist is the grant's mistake, said on its field.
        UUID someone = Learners.register(Learners.registration());
        api(Tokens.admin())
                .body(Map.of("role", "AGENCY_MANAGER", "agencyId", 987_654_321L))
                .post("/api/v1/admin/users/" + someone + "/roles")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("agencyId"))
                .body("violations[0].code", equalTo("agency_not_found"));

        // Nor is a closed one a place anybody manages: reopen it first. Nothing is granted.
        api(Tokens.admin())
                .body(Map.of("role", "AGENCY_MANAGER", "agencyId", s3))
                .post("/api/v1/admin/users/" + someone + "/roles")
                .then()
                .statusCode(409)
                .body("code", equalTo("organisation_closed"));
        api(Tokens.admin())
                .get("/api/v1/admin/users/" + someone + "/roles")
                .then()
                .statusCode(200)
                .body("size()", equalTo(0));
    }

    /**
     * A learner an administrator makes AGENCY_MANAGER of {@code organisation} through the API (as the roles
     * page does), then logs in: the grant names the organisation, and the new token carries it.
     */
    private static String grantedManagerOf(long organisation, String name) {
        Map<String, Object> body = new HashMap<>(Learners.registration());
        body.put("fullName", name);
        UUID id = Learners.register(body);
        api(Tokens.admin())
                .body(Map.of("role", "AGENCY_MANAGER", "agencyId", organisation))
                .post("/api/v1/admin/users/" + id + "/roles")
                .then()
                .statusCode(201)
                .body("role", equalTo("AGENCY_MANAGER"))
                .body("agencyId", equalTo((int) organisation));
        return (String)
                Learners.login((String) body.get("phone"), Learners.PASSWORD).get("accessToken");
    }

    @Test
    void theListFiltersByParentAndKind() {
        List<Integer> schools = api(Tokens.admin())
                .queryParam("parentId", a)
                .queryParam("kind", "SCHOOL")
                .get("/api/v1/stats/organisations")
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
        assertThat(schools).containsExactly((int) s1, (int) s3);
        api(Tokens.unitManager("21211"))
                .get("/api/v1/stats/organisations")
                .then()
                .statusCode(403);
    }

    private static ValidatableResponse rosterOf(String token, long organisation, byte[] file, String path) {
        return api(token)
                .contentType("text/csv; charset=utf-8")
                .queryParam("organisationId", organisation)
                .body(file)
                .post(Rosters.IMPORTS + path)
                .then();
    }

    /** The organisations whose figures the caller is listed. */
    private static List<Integer> organisationsSeenBy(String token) {
        return api(token)
                .queryParam("size", 100)
                .get("/api/v1/stats/organisations")
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
    }

    /** A manager reads {@code own}'s figures, is refused {@code others}', and is listed only {@code own}. */
    private static void reachesOnly(String manager, long own, long... others) {
        stats(manager, own, 200);
        for (long other : others) {
            stats(manager, other, 403);
        }
        assertThat(organisationsSeenBy(manager)).containsExactly((int) own);
    }

    private static JsonPath stats(String token, long id, int status) {
        return api(token)
                .get("/api/v1/stats/organisations/" + id)
                .then()
                .statusCode(status)
                .extract()
                .jsonPath();
    }

    /** The figures at {@code path} equal counts over the raw rows of the learners of {@code ids}. */
    private static void assertCounts(JsonPath figures, String path, List<Long> ids) {
        String in = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
        String course = SeedCourse.ID.toString();
        Map<String, String> raw = new HashMap<>();
        raw.put("learners", Database.queryString("SELECT count(*) FROM app_user WHERE agency_id IN (" + in + ")"));
        raw.put(
                "enrolled",
                Database.queryString(
                        "SELECT count(*) FROM enrollment en JOIN app_user u ON u.id = en.user_id"
                                + " WHERE en.course_id = ?::uuid AND u.agency_id IN (" + in + ")",
                        course));
        raw.put(
                "passed",
                Database.queryString(
                        "SELECT count(*) FROM enrollment en JOIN app_user u ON u.id = en.user_id"
                                + " WHERE en.course_id = ?::uuid AND en.passed_at IS NOT NULL AND u.agency_id IN (" + in
                                + ")",
                        course));
        raw.put(
                "certified",
                Database.queryString(
                        "SELECT count(*) FROM certificate c JOIN enrollment en ON en.id ="
                                + " c.enrollment_id JOIN app_user u ON u.id = en.user_id WHERE en.course_id = ?::uuid"
                                + " AND c.revoked_at IS NULL AND u.agency_id IN (" + in + ")",
                        course));
        raw.forEach((figure, count) -> assertThat(figures.getLong(path + "." + figure))
                .as(path + "." + figure)
                .isEqualTo(Long.parseLong(count)));
    }

    private static String servant(long organisation, String name) {
        Map<String, Object> body = new HashMap<>(Learners.registration());
        body.put("learnerGroup", "CBCCVC");
        body.put("agencyId", organisation);
        body.put("fullName", name);
        Learners.register(body);
        return (String)
                Learners.login((String) body.get("phone"), Learners.PASSWORD).get("accessToken");
    }

    /** A student or worker placed in their organisation (registration asking for it is another part's work). */
    private static String placed(String group, long organisation, String name) {
        Map<String, Object> body = new HashMap<>(Learners.registration());
        body.put("fullName", name);
        UUID id = Learners.register(body);
        Database.execute("UPDATE app_user SET learner_group = ?, agency_id = ? WHERE id = ?", group, organisation, id);
        return (String)
                Learners.login((String) body.get("phone"), Learners.PASSWORD).get("accessToken");
    }

    private static void enrol(String token) {
        api(token)
                .body(Map.of("courseId", SeedCourse.ID))
                .post("/api/v1/enrollments")
                .then()
                .statusCode(201);
    }
}
