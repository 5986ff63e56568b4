package vn.hocvuso.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hocvuso.testing.Api.api;
import static vn.hocvuso.testing.Rollups.mismatches;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.Certificates;
import vn.hocvuso.testing.Courses;
import vn.hocvuso.testing.Database;
import vn.hocvuso.testing.Learners;
import vn.hocvuso.testing.NationalResults;
import vn.hocvuso.testing.Rollups;
import vn.hocvuso.testing.Rollups.Track;
import vn.hocvuso.testing.Tokens;

/**
 * The statistics rollups are kept by triggers as learners act. Whatever the order of events, every
 * rollup row must equal a count over the raw data: this test plays a random (but repeatable) mix of
 * registrations, enrolments in two courses, lessons, fails and passes, revocations and moves between
 * units and agencies, results imported from the national platform (and some of those revoked), through the API,
 * then compares each rollup with a GROUP BY over the raw tables,
 * per course and per learning path (the students' path certifying with the second course meanwhile).
 */
@QuarkusTest
class RollupConsistencyTest {

    private static final String[] UNITS = {"21211", "21172", "21025", "21548", "23293"};
    private static final String[] GROUPS = {"CITIZEN", "CBCCVC", "STUDENT", "WORKER"};

    /** One simulated learner and how far they are in each course. */
    private static final class Learner {
        String token;
        String phone;
        String group;
        /** The course the learner mostly studies; now and then the other one too. */
        int course;

        final Map<UUID, Track> tracks = new HashMap<>();
        /** The certificates of results imported from the national platform. */
        final List<String> national = new ArrayList<>();
    }

    @Test
    void aRandomMixOfJourneysLeavesEveryRollupEqualToACountOverTheRawData() {
        Random random = new Random(20251111);
        List<Courses.TestCourse> courses = List.of(
                Courses.course().questionCount(4).maxAttempts(5).create(),
                Courses.course().questionCount(4).maxAttempts(5).create());
        List<Number> agencies = api().queryParam("size", 3)
                .get("/api/v1/agencies")
                .then()
                .extract()
                .path("items.id");
        List<Learner> learners = Rollups.play(random, 220, 16, () -> register(random, agencies), (action, learner) -> {
            switch (action) {
                case 1, 2, 3 ->
                    advance(learner, courses.get((learner.course + (random.nextInt(6) == 0 ? 1 : 0)) % 2), random);
                case 7 -> {
                    if (random.nextInt(4) == 0) { // certified on the national platform, on a day of the campaign
                        String code = NationalResults.importFor(
                                learner.phone, "Nguyễn Thị Hoa", LocalDate.of(2025, 11, 1 + random.nextInt(20)));
                        if (code != null) {
                            learner.national.add(code);
                        }
                    } else {
                        advance(learner, courses.get(learner.course), random);
                    }
                }
                case 4 -> {
                    for (String code : learner.national) {
                        if (random.nextInt(3) == 0) {
                            Certificates.revoke(code, "Kiểm tra số liệu thống kê");
                        }
                    }
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
                default -> throw new IllegalStateException("no action " + action);
            }
        });
        assertThat(learners).hasSizeGreaterThan(10);
        assertThat(learners.stream().mapToInt(l -> l.national.size()).sum())
                .as("results imported from the national platform")
                .isGreaterThan(0);
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
        assertThat(mismatches(STATE_BY_DAY_SUMMED, CURRENT_STATE))
                .as("the changes kept per day (the figures as of a past day) sum to the current state")
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
        Rollups.assertRebuildKeeps("stat_rebuild", kept, "rollups rebuilt from the raw tables");
        // The rebuild dates each step by when it happened, where the learner is now (the moves are not in the raw
        // tables): other days than the triggers kept, the same sums.
        assertThat(mismatches(STATE_BY_DAY_SUMMED, CURRENT_STATE))
                .as("the rebuilt changes per day sum to the current state")
                .isEqualTo("0");
    }

    /** stat_state_daily (V133) summed over its days, per unit, agency, group and course (learners: no course). */
    private static final String STATE_BY_DAY_SUMMED = """
            SELECT unit_code, agency_id, learner_group, course_id, sum(learners)::int, sum(enrolled)::int,
                   sum(completed_lessons)::int, sum(passed)::int, sum(certified)::int
            FROM stat_state_daily GROUP BY 1, 2, 3, 4
            HAVING (sum(learners), sum(enrolled), sum(completed_lessons), sum(passed), sum(certified)) <> (0, 0, 0, 0, 0)
            """;

    /** stat_learners and stat_progress in the same shape. */
    private static final String CURRENT_STATE = """
            SELECT * FROM (
                SELECT unit_code, agency_id, learner_group, '00000000-0000-0000-0000-000000000000'::uuid, learners, 0, 0, 0, 0
                FROM stat_learners WHERE learners <> 0
                UNION ALL
                SELECT unit_code, agency_id, learner_group, course_id, 0, enrolled, completed_lessons, passed, certified
                FROM stat_progress WHERE (enrolled, completed_lessons, passed, certified) <> (0, 0, 0, 0)
            ) s
            """;

    /** The learner's next step in the course. */
    private static void advance(Learner learner, Courses.TestCourse course, Random random) {
        learner.tracks.computeIfAbsent(course.id(), id -> new Track()).advance(learner.token, course, random);
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
        learner.phone = (String) body.get("phone");
        learner.token =
                (String) Learners.login(learner.phone, Learners.PASSWORD).get("accessToken");
        return learner;
    }
}
