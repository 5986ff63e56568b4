package vn.hocvuso.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.hocvuso.testing.Api.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.hocvuso.testing.Certificates;
import vn.hocvuso.testing.Courses;
import vn.hocvuso.testing.Database;
import vn.hocvuso.testing.Journeys;
import vn.hocvuso.testing.Learners;
import vn.hocvuso.testing.SeedCourse;
import vn.hocvuso.testing.Tokens;

/**
 * The figures count what plan 368 counts: each learner's group's certifying course (its learning path),
 * and any one course on request ({@code courseId=}). In Xã Sơn Mai (21349), a unit no other test uses,
 * learners take the seeded course A and a second course B; then the public servants' path is made to
 * certify with B. Every figure is compared with a count over the raw tables (users, enrolments,
 * certificates, revoked ones excluded), joined to the paths the way the plan reads them.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PathFiguresTest {

    static final String SON_MAI = "21349";

    /** Counts over the raw tables for the unit, per learner group's certifying course ($course NULL) or one course. */
    static final String RAW = """
            SELECT count(*) FILTER (WHERE e.id IS NOT NULL) || ',' ||
                   count(*) FILTER (WHERE e.lessons_completed_at IS NOT NULL) || ',' ||
                   count(*) FILTER (WHERE e.passed_at IS NOT NULL) || ',' ||
                   count(*) FILTER (WHERE c.id IS NOT NULL)
            FROM app_user u
            JOIN learning_path lp ON lp.learner_group = u.learner_group
            LEFT JOIN enrollment e ON e.user_id = u.id AND e.course_id = coalesce(?::uuid, lp.certifying_course_id)
            LEFT JOIN certificate c ON c.enrollment_id = e.id AND c.revoked_at IS NULL
            WHERE u.unit_code = ?
            """;

    Courses.TestCourse b;
    private boolean played;

    @BeforeEach
    void journeys() {
        if (played) {
            return;
        }
        played = true;
        b = Courses.course().create();

        passA(learner("CBCCVC", "Lê Văn Ánh"));
        passB(learner("CBCCVC", "Trần Thị Bảo"));
        Certificates.revoke(passB(learner("CBCCVC", "Ngô Văn Rạng")));
        passA(learner("CITIZEN", "Phạm Thị Cúc"));
        passB(learner("CITIZEN", "Huỳnh Văn Dũng"));
        Journeys.enroll(learner("STUDENT", "Võ Thị Én"), b.id());
    }

    @Test
    void whileEveryPathIsTheOneCourseTheFiguresAreThoseOfThatCourse() {
        JsonPath byPaths = summary(null);
        JsonPath byCourse = summary(SeedCourse.ID);
        assertThat(byPaths.getMap("counts")).isEqualTo(byCourse.getMap("counts"));
        assertThat(byPaths.getList("byGroup")).isEqualTo(byCourse.getList("byGroup"));
        assertThat(unitCounts(null)).isEqualTo(raw(null));
        // Ánh (a servant) and Cúc (a citizen) certified in A; Bảo, Rạng and Dũng took B.
        assertThat(unit(null).getInt("counts.certified")).isEqualTo(2);
    }

    @Test
    void aPathThatCertifiesWithAnotherCourseCountsItForItsGroupOnly() {
        try {
            certifyServantsWithB();
        } finally {
            putPath("CBCCVC", List.of(SeedCourse.ID), SeedCourse.ID).then().statusCode(200);
        }
        // Back to the one course: the figures are A's again at once.
        assertThat(unit(null).getInt("counts.certified")).isEqualTo(2);
        assertThat(unitCounts(null)).isEqualTo(raw(null));
    }

    private void certifyServantsWithB() {
        String before = Database.queryString(
                "SELECT count(*) FROM audit_event WHERE action = 'path.updated' AND subject_id = 'CBCCVC'");
        int version = api(Tokens.admin())
                .get("/api/v1/admin/paths/CBCCVC")
                .then()
                .extract()
                .path("version");
        api(Tokens.admin())
                .body(Map.of(
                        "name",
                        "Lộ trình cho cán bộ, công chức, viên chức",
                        "courseIds",
                        List.of(SeedCourse.ID, b.id()),
                        "certifyingCourseId",
                        b.id(),
                        "version",
                        version))
                .put("/api/v1/admin/paths/CBCCVC")
                .then()
                .statusCode(200)
                .body("certifyingCourseId", equalTo(b.id().toString()))
                .body("courses[1].certifying", equalTo(true));
        assertThat(Integer.parseInt(Database.queryString(
                        "SELECT count(*) FROM audit_event WHERE action = 'path.updated' AND subject_id = 'CBCCVC'")))
                .isEqualTo(Integer.parseInt(before) + 1);

        // At once (the cache of paths forgotten): servants by B, citizens and students still by A.
        JsonPath unit = unit(null);
        assertThat(unitCounts(null)).isEqualTo(raw(null));
        assertThat(unit.getInt("counts.certified")).isEqualTo(2); // Bảo (B) and Cúc (A); Rạng's was revoked
        assertThat(unit.getInt("counts.enrolled")).isEqualTo(3); // Bảo, Rạng in B; Cúc in A
        assertThat(unit.getInt("byGroup.find { it.learnerGroup == 'CBCCVC' }.certified"))
                .isEqualTo(1);
        assertThat(unit.getInt("certifiedPublicServants")).isEqualTo(1);

        // Course B for everyone: Bảo and Dũng certified; Bảo, Rạng, Dũng and Én enrolled.
        JsonPath courseB = unit(b.id());
        assertThat(unitCounts(b.id())).isEqualTo(raw(b.id()));
        assertThat(courseB.getInt("counts.certified")).isEqualTo(2);
        assertThat(courseB.getInt("counts.enrolled")).isEqualTo(4);
        // Today's series counts the same course: three certificates of B today, one of them revoked.
        Map<String, Object> today = courseB.getMap("series[-1]");
        assertThat(today).containsEntry("certified", 3).containsEntry("revoked", 1);

        // The unit table, its export and the province agree with the unit.
        Map<String, Object> row = api(Tokens.admin())
                .queryParam("q", "son mai")
                .get("/api/v1/stats/units")
                .then()
                .statusCode(200)
                .extract()
                .path("items.find { it.code == '" + SON_MAI + "' }.counts");
        assertThat(row).isEqualTo(unit.getMap("counts"));
        assertThat(summary(null).getInt("counts.certified")).isEqualTo(Integer.parseInt(Database.queryString("""
                SELECT count(*) FROM certificate c JOIN app_user u ON u.id = c.user_id
                JOIN learning_path lp ON lp.learner_group = u.learner_group AND lp.certifying_course_id = c.course_id
                WHERE c.revoked_at IS NULL""")));

        // The course that certifies a path cannot be unpublished.
        api(Tokens.admin())
                .post("/api/v1/admin/courses/" + b.id() + "/unpublish")
                .then()
                .statusCode(409)
                .body("code", equalTo("course_certifies_path"));
    }

    @Test
    void everyStatisticsEndpointReadsPerCourseAndRefusesAnUnknownOne() {
        UUID unknown = UUID.randomUUID();
        for (String path : List.of(
                "/api/v1/stats/summary",
                "/api/v1/stats/units",
                "/api/v1/stats/units/" + SON_MAI,
                "/api/v1/stats/agencies",
                "/api/v1/stats/targets")) {
            api(Tokens.admin())
                    .queryParam("courseId", unknown)
                    .get(path)
                    .then()
                    .statusCode(404)
                    .body("code", equalTo("course_not_found"));
            api(Tokens.admin())
                    .queryParam("courseId", "not-a-course")
                    .get(path)
                    .then()
                    .statusCode(400);
            api(Tokens.admin())
                    .queryParam("courseId", SeedCourse.ID)
                    .get(path)
                    .then()
                    .statusCode(200);
        }
        api(Tokens.admin())
                .queryParam("format", "csv")
                .queryParam("courseId", unknown)
                .get("/api/v1/stats/units/export")
                .then()
                .statusCode(404);
    }

    // ---- helpers ----

    private static JsonPath summary(UUID course) {
        return read("/api/v1/stats/summary", course);
    }

    private static JsonPath unit(UUID course) {
        return read("/api/v1/stats/units/" + SON_MAI, course);
    }

    private static JsonPath read(String path, UUID course) {
        var request = api(Tokens.admin());
        if (course != null) {
            request = request.queryParam("courseId", course);
        }
        return request.get(path).then().statusCode(200).extract().jsonPath();
    }

    /** The unit's enrolled, completed, passed and certified, as the API reports them. */
    private static String unitCounts(UUID course) {
        Map<String, Integer> c = unit(course).getMap("counts");
        return c.get("enrolled") + "," + c.get("completedLessons") + "," + c.get("passed") + "," + c.get("certified");
    }

    private static String raw(UUID course) {
        return Database.queryString(RAW, course, SON_MAI);
    }

    private static io.restassured.response.Response putPath(String group, List<UUID> courses, UUID certifying) {
        JsonPath path = api(Tokens.admin())
                .get("/api/v1/admin/paths/" + group)
                .then()
                .extract()
                .jsonPath();
        return api(Tokens.admin())
                .body(Map.of(
                        "name",
                        path.getString("name"),
                        "courseIds",
                        courses,
                        "certifyingCourseId",
                        certifying,
                        "version",
                        path.getInt("version")))
                .put("/api/v1/admin/paths/" + group);
    }

    private static String learner(String group, String name) {
        Map<String, Object> body = new HashMap<>(Learners.registration());
        body.put("unitCode", SON_MAI);
        body.put("learnerGroup", group);
        body.put("fullName", name);
        Learners.register(body);
        return (String)
                Learners.login((String) body.get("phone"), Learners.PASSWORD).get("accessToken");
    }

    private static void passA(String token) {
        String enrollment = SeedCourse.enrollAndStudyAll(token);
        assertThat(SeedCourse.takeTest(token, enrollment, true).getBoolean("passed"))
                .isTrue();
    }

    private String passB(String token) {
        String enrollment = Journeys.studyEveryLesson(token, b);
        String attempt = Journeys.startTest(token, enrollment);
        Journeys.answerAll(token, attempt, true);
        return Journeys.submit(token, attempt);
    }
}
