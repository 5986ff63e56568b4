package vn.hocvuso.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hocvuso.testing.Api.api;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.Courses;
import vn.hocvuso.testing.Database;
import vn.hocvuso.testing.Journeys;
import vn.hocvuso.testing.Learners;
import vn.hocvuso.testing.Tokens;

/**
 * The statistics rollups are kept by triggers as learners act. Whatever the order of events, every
 * rollup row must equal a count over the raw data: this test plays a random (but repeatable) mix of
 * registrations, enrolments, lessons, fails and passes, revocations and moves between units and
 * agencies, through the API, then compares each rollup with a GROUP BY over the raw tables.
 */
@QuarkusTest
class RollupConsistencyTest {

    private static final String[] UNITS = {"21211", "21172", "21025", "21548", "23293"};
    private static final String[] GROUPS = {"CITIZEN", "CBCCVC", "STUDENT", "WORKER"};

    /** One simulated learner and how far they are. */
    private static final class Learner {
        String token;
        String group;
        String enrollment;
        int lessonsDone;
        String certificate;
    }

    @Test
    void aRandomMixOfJourneysLeavesEveryRollupEqualToACountOverTheRawData() {
        Random random = new Random(20251111);
        Courses.TestCourse course =
                Courses.course().questionCount(4).maxAttempts(5).create();
        List<Learner> learners = new ArrayList<>();
        List<Number> agencies = api().queryParam("size", 3)
                .get("/api/v1/agencies")
                .then()
                .extract()
                .path("items.id");
        for (int step = 0; step < 220; step++) {
            int action = learners.size() < 5 ? 0 : random.nextInt(8);
            Learner learner = learners.isEmpty() ? null : learners.get(random.nextInt(learners.size()));
            switch (action) {
                case 0 -> {
                    if (learners.size() < 16) {
                        learners.add(register(random, agencies));
                    }
                }
                case 1, 2, 3, 7 -> advance(learner, course, random);
                case 4 -> {
                    if (learner.certificate != null && random.nextInt(3) == 0) {
                        api(Tokens.admin())
                                .body(Map.of("reason", "Kiểm tra số liệu thống kê"))
                                .post("/api/v1/admin/certificates/" + learner.certificate + "/revoke");
                    }
                }
                case 5 ->
                    api(learner.token)
                            .body(Map.of("unitCode", UNITS[random.nextInt(UNITS.length)]))
                            .patch("/api/v1/me")
                            .then()
                            .statusCode(200);
                case 6 -> {
                    if (learner.group.equals("CBCCVC")) {
                        Map<String, Object> body = new HashMap<>();
                        body.put(
                                "agencyId",
                                random.nextBoolean() ? agencies.get(random.nextInt(agencies.size())) : null);
                        api(learner.token).body(body).patch("/api/v1/me").then().statusCode(200);
                    }
                }
            }
        }
        assertThat(learners).hasSizeGreaterThan(10);
        assertThat(Database.queryString("SELECT count(*) FROM certificate WHERE course_id = ?", course.id()))
                .isNotEqualTo("0");

        assertThat(mismatches(
                        """
                SELECT unit_code, coalesce(agency_id, 0), learner_group, count(*)::int FROM app_user GROUP BY 1, 2, 3
                """,
                        "SELECT unit_code, agency_id, learner_group, learners FROM stat_learners WHERE learners <> 0"))
                .as("learners per unit, agency and group")
                .isEqualTo("0");
        assertThat(mismatches("""
                SELECT u.unit_code, coalesce(u.agency_id, 0), u.learner_group, e.course_id, count(*)::int,
                       count(e.lessons_completed_at)::int, count(e.passed_at)::int,
                       count(c.id) FILTER (WHERE c.revoked_at IS NULL)::int
                FROM enrollment e JOIN app_user u ON u.id = e.user_id
                LEFT JOIN certificate c ON c.enrollment_id = e.id
                GROUP BY 1, 2, 3, 4
                """, """
                SELECT unit_code, agency_id, learner_group, course_id, enrolled, completed_lessons, passed, certified
                FROM stat_progress WHERE (enrolled, completed_lessons, passed, certified) <> (0, 0, 0, 0)
                """))
                .as("enrolled, completed, passed and certified per unit, agency, group and course")
                .isEqualTo("0");
        assertThat(mismatches(
                        """
                SELECT (occurred_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, unit_code, coalesce(agency_id, 0), learner_group,
                       coalesce(course_id, '00000000-0000-0000-0000-000000000000'), kind, count(*)::int
                FROM learning_fact GROUP BY 1, 2, 3, 4, 5, 6
                """, "SELECT day, unit_code, agency_id, learner_group, course_id, kind, n FROM stat_daily"))
                .as("daily events")
                .isEqualTo("0");

        // stat_rebuild(), for bulk loads and repairs, must arrive at exactly what the triggers kept.
        String kept = "SELECT 'l', unit_code, agency_id, learner_group, NULL::uuid, NULL::date, NULL, learners, 0, 0, 0"
                + " FROM stat_learners WHERE learners <> 0 UNION ALL"
                + " SELECT 'p', unit_code, agency_id, learner_group, course_id, NULL, NULL, enrolled, completed_lessons, passed,"
                + " certified FROM stat_progress WHERE (enrolled, completed_lessons, passed, certified) <> (0, 0, 0, 0) UNION ALL"
                + " SELECT 'd', unit_code, agency_id, learner_group, course_id, day, kind, n, 0, 0, 0 FROM stat_daily";
        String before =
                Database.queryString("SELECT md5(string_agg(r::text, '|' ORDER BY r::text)) FROM (" + kept + ") r");
        Database.queryString("SELECT stat_rebuild()::text");
        String after =
                Database.queryString("SELECT md5(string_agg(r::text, '|' ORDER BY r::text)) FROM (" + kept + ") r");
        assertThat(after).as("rollups rebuilt from the raw tables").isEqualTo(before);
    }

    /** The learner's next step: enrol, study the next lesson, or take the final test. */
    private static void advance(Learner learner, Courses.TestCourse course, Random random) {
        if (learner.enrollment == null) {
            learner.enrollment = Journeys.enroll(learner.token, course.id());
        } else if (learner.lessonsDone < course.lessonIds().size()) {
            Journeys.progress(
                    learner.token, learner.enrollment, course.lessonIds().get(learner.lessonsDone++), 100);
        } else if (learner.certificate == null) {
            var started = api(learner.token).post("/api/v1/enrollments/" + learner.enrollment + "/quiz-attempts");
            if (started.statusCode() != 200 && started.statusCode() != 201) {
                return; // out of attempts
            }
            String attempt = started.path("id");
            Journeys.answerAll(learner.token, attempt, random.nextInt(3) > 0);
            learner.certificate = api(learner.token)
                    .post("/api/v1/quiz-attempts/" + attempt + "/submit")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("certificateCode");
        }
    }

    private static Learner register(Random random, List<Number> agencies) {
        Learner learner = new Learner();
        learner.group = GROUPS[random.nextInt(GROUPS.length)];
        Map<String, Object> body = Learners.with(
                Learners.with(Learners.registration(), "learnerGroup", learner.group),
                "unitCode",
                UNITS[random.nextInt(UNITS.length)]);
        if (learner.group.equals("CBCCVC") && random.nextBoolean()) {
            body.put("agencyId", agencies.get(random.nextInt(agencies.size())));
        }
        Learners.register(body);
        learner.token = (String)
                Learners.login((String) body.get("phone"), Learners.PASSWORD).get("accessToken");
        return learner;
    }

    /** Rows in one query and not the other, either way: 0 when the two agree exactly. */
    private static String mismatches(String raw, String rollup) {
        return Database.queryString("SELECT count(*) FROM ((" + raw + " EXCEPT " + rollup + ") UNION ALL (" + rollup
                + " EXCEPT " + raw + ")) d");
    }
}
