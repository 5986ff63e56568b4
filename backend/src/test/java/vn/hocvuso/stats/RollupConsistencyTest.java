package vn.hocvuso.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hocvuso.testing.Api.api;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.Courses;
import vn.hocvuso.testing.Database;
import vn.hocvuso.testing.Journeys;
import vn.hocvuso.testing.Learners;
import vn.hocvuso.testing.Tokens;

/**
 * The statistics rollups are kept by triggers as learners act. Whatever the order of events, every
 * rollup row must equal a count over the raw data: this test plays a random (but repeatable) mix of
 * registrations, enrolments in two courses, lessons, fails and passes, revocations and moves between
 * units and agencies, through the API, then compares each rollup with a GROUP BY over the raw tables,
 * per course and per learning path (the students' path certifying with the second course meanwhile).
 */
@QuarkusTest
class RollupConsistencyTest {

    private static final String[] UNITS = {"21211", "21172", "21025", "21548", "23293"};
    private static final String[] GROUPS = {"CITIZEN", "CBCCVC", "STUDENT", "WORKER"};

    /** One simulated learner and how far they are in each course. */
    private static final class Learner {
        String token;
        String group;
        /** The course the learner mostly studies; now and then the other one too. */
        int course;

        final Map<UUID, Track> tracks = new HashMap<>();
    }

    /** How far a learner is in one course. */
    private static final class Track {
        String enrollment;
        int lessonsDone;
        String certificate;
    }

    @Test
    void aRandomMixOfJourneysLeavesEveryRollupEqualToACountOverTheRawData() {
        Random random = new Random(20251111);
        List<Courses.TestCourse> courses = List.of(
                Courses.course().questionCount(4).maxAttempts(5).create(),
                Courses.course().questionCount(4).maxAttempts(5).create());
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
                case 1, 2, 3, 7 ->
                    advance(learner, courses.get((learner.course + (random.nextInt(6) == 0 ? 1 : 0)) % 2), random);
                case 4 -> {
                    for (Track track : learner.tracks.values()) {
                        if (track.certificate != null && random.nextInt(3) == 0) {
                            api(Tokens.admin())
                                    .body(Map.of("reason", "Kiểm tra số liệu thống kê"))
                                    .post("/api/v1/admin/certificates/" + track.certificate + "/revoke");
                        }
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
        for (Courses.TestCourse c : courses) {
            assertThat(Database.queryString("SELECT count(*) FROM certificate WHERE course_id = ?", c.id()))
                    .isNotEqualTo("0");
        }

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

        // What the statistics read by default: each group's certifying course, the students' being the second.
        UUID second = courses.get(1).id();
        String before = Database.queryString(
                "SELECT certifying_course_id::text FROM learning_path WHERE learner_group = 'STUDENT'");
        Database.execute("UPDATE learning_path SET certifying_course_id = ? WHERE learner_group = 'STUDENT'", second);
        try {
            assertThat(mismatches("""
                    SELECT u.unit_code, coalesce(u.agency_id, 0), u.learner_group, count(*)::int,
                           count(e.lessons_completed_at)::int, count(e.passed_at)::int,
                           count(c.id) FILTER (WHERE c.revoked_at IS NULL)::int
                    FROM enrollment e JOIN app_user u ON u.id = e.user_id
                    JOIN learning_path lp ON lp.learner_group = u.learner_group AND lp.certifying_course_id = e.course_id
                    LEFT JOIN certificate c ON c.enrollment_id = e.id
                    GROUP BY 1, 2, 3
                    """, """
                    SELECT s.unit_code, s.agency_id, s.learner_group, s.enrolled, s.completed_lessons, s.passed, s.certified
                    FROM stat_progress s
                    JOIN learning_path lp ON lp.learner_group = s.learner_group AND lp.certifying_course_id = s.course_id
                    WHERE (s.enrolled, s.completed_lessons, s.passed, s.certified) <> (0, 0, 0, 0)
                    """))
                    .as("enrolled, completed, passed and certified per unit, agency and group in its path's course")
                    .isEqualTo("0");
        } finally {
            Database.execute(
                    "UPDATE learning_path SET certifying_course_id = ?::uuid WHERE learner_group = 'STUDENT'", before);
        }

        // stat_rebuild(), for bulk loads and repairs, must arrive at exactly what the triggers kept.
        String kept = "SELECT 'l', unit_code, agency_id, learner_group, NULL::uuid, NULL::date, NULL, learners, 0, 0, 0"
                + " FROM stat_learners WHERE learners <> 0 UNION ALL"
                + " SELECT 'p', unit_code, agency_id, learner_group, course_id, NULL, NULL, enrolled, completed_lessons, passed,"
                + " certified FROM stat_progress WHERE (enrolled, completed_lessons, passed, certified) <> (0, 0, 0, 0) UNION ALL"
                + " SELECT 'd', unit_code, agency_id, learner_group, course_id, day, kind, n, 0, 0, 0 FROM stat_daily";
        String kept0 =
                Database.queryString("SELECT md5(string_agg(r::text, '|' ORDER BY r::text)) FROM (" + kept + ") r");
        Database.queryString("SELECT stat_rebuild()::text");
        String after =
                Database.queryString("SELECT md5(string_agg(r::text, '|' ORDER BY r::text)) FROM (" + kept + ") r");
        assertThat(after).as("rollups rebuilt from the raw tables").isEqualTo(kept0);
    }

    /** The learner's next step: enrol, study the next lesson, or take the final test. */
    private static void advance(Learner learner, Courses.TestCourse course, Random random) {
        Track track = learner.tracks.computeIfAbsent(course.id(), id -> new Track());
        if (track.enrollment == null) {
            track.enrollment = Journeys.enroll(learner.token, course.id());
        } else if (track.lessonsDone < course.lessonIds().size()) {
            Journeys.progress(
                    learner.token, track.enrollment, course.lessonIds().get(track.lessonsDone++), 100);
        } else if (track.certificate == null) {
            var started = api(learner.token).post("/api/v1/enrollments/" + track.enrollment + "/quiz-attempts");
            if (started.statusCode() != 200 && started.statusCode() != 201) {
                return; // out of attempts
            }
            String attempt = started.path("id");
            Journeys.answerAll(learner.token, attempt, random.nextInt(3) > 0);
            track.certificate = api(learner.token)
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
        learner.course = random.nextInt(2);
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
