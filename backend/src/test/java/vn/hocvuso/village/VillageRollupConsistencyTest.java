package vn.hocvuso.village;

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
import vn.hocvuso.testing.Places;
import vn.hocvuso.testing.Tokens;

/**
 * The village rollups (V95) are kept by triggers as learners act, like the unit's (RollupConsistencyTest): a
 * random but repeatable mix of registrations in villages or none, enrolments, lessons, passes, revocations, moves
 * between villages, out of a village and to another unit, through the API; then each rollup row is compared with
 * a GROUP BY over the raw tables, and {@code stat_village_rebuild()} must arrive at the same.
 */
@QuarkusTest
class VillageRollupConsistencyTest {

    private static final String[] UNITS = {"21211", "21172", "23293"};

    private static final class Learner {
        String token;
        String unit;
        String enrollment;
        int lessonsDone;
        String certificate;
    }

    @Test
    void aRandomMixOfJourneysAndMovesLeavesTheVillageRollupsEqualToRawCounts() {
        Random random = new Random(20251120);
        Courses.TestCourse course =
                Courses.course().questionCount(4).maxAttempts(5).create();
        Map<String, List<Long>> villages = new HashMap<>();
        for (String unit : UNITS) {
            villages.put(
                    unit,
                    List.of(
                            Places.village(unit, Places.unique("Thôn Kiểm Tra")),
                            Places.village(unit, Places.unique("Tổ dân phố Kiểm Tra"))));
        }
        List<Learner> learners = new ArrayList<>();
        for (int step = 0; step < 160; step++) {
            int action = learners.size() < 5 ? 0 : random.nextInt(8);
            Learner learner = learners.isEmpty() ? null : learners.get(random.nextInt(learners.size()));
            switch (action) {
                case 0 -> {
                    if (learners.size() < 14) {
                        learners.add(register(random, villages));
                    }
                }
                case 1, 2, 3 -> advance(learner, course, random);
                case 4 -> {
                    if (learner.certificate != null && random.nextInt(3) == 0) {
                        api(Tokens.admin())
                                .body(Map.of("reason", "Kiểm tra số liệu theo thôn"))
                                .post("/api/v1/admin/certificates/" + learner.certificate + "/revoke");
                    }
                }
                case 5 -> { // another village of the unit, or none
                    Map<String, Object> body = new HashMap<>();
                    body.put("villageId", village(random, villages, learner.unit));
                    api(learner.token).body(body).patch("/api/v1/me").then().statusCode(200);
                }
                case 6 -> { // another unit, naming one of its villages or not
                    learner.unit = UNITS[random.nextInt(UNITS.length)];
                    Map<String, Object> body = new HashMap<>();
                    body.put("unitCode", learner.unit);
                    if (random.nextBoolean()) {
                        body.put("villageId", village(random, villages, learner.unit));
                    }
                    api(learner.token).body(body).patch("/api/v1/me").then().statusCode(200);
                }
                default -> advance(learner, course, random);
            }
        }
        assertThat(learners).hasSizeGreaterThan(8);
        assertThat(Database.queryString("SELECT count(*) FROM app_user WHERE village_id IS NOT NULL"))
                .isNotEqualTo("0");

        assertThat(mismatches(
                        "SELECT village_id, learner_group, count(*)::int FROM app_user WHERE village_id IS NOT NULL"
                                + " GROUP BY 1, 2",
                        "SELECT village_id, learner_group, learners FROM stat_village_learners WHERE learners <> 0"))
                .as("learners per village and group")
                .isEqualTo("0");
        assertThat(mismatches("""
                SELECT u.village_id, u.learner_group, e.course_id, count(*)::int, count(e.lessons_completed_at)::int,
                       count(e.passed_at)::int, count(c.id) FILTER (WHERE c.revoked_at IS NULL)::int
                FROM enrollment e JOIN app_user u ON u.id = e.user_id LEFT JOIN certificate c ON c.enrollment_id = e.id
                WHERE u.village_id IS NOT NULL
                GROUP BY 1, 2, 3
                """, """
                SELECT village_id, learner_group, course_id, enrolled, completed_lessons, passed, certified
                FROM stat_village_progress WHERE (enrolled, completed_lessons, passed, certified) <> (0, 0, 0, 0)
                """))
                .as("enrolled, completed, passed and certified per village, group and course")
                .isEqualTo("0");

        String kept = "SELECT 'l', village_id, learner_group, NULL::uuid, learners, 0, 0, 0 FROM stat_village_learners"
                + " WHERE learners <> 0 UNION ALL SELECT 'p', village_id, learner_group, course_id, enrolled,"
                + " completed_lessons, passed, certified FROM stat_village_progress"
                + " WHERE (enrolled, completed_lessons, passed, certified) <> (0, 0, 0, 0)";
        String before =
                Database.queryString("SELECT md5(string_agg(r::text, '|' ORDER BY r::text)) FROM (" + kept + ") r");
        Database.queryString("SELECT stat_village_rebuild()::text");
        String after =
                Database.queryString("SELECT md5(string_agg(r::text, '|' ORDER BY r::text)) FROM (" + kept + ") r");
        assertThat(after).as("village rollups rebuilt from the raw tables").isEqualTo(before);
    }

    private static Long village(Random random, Map<String, List<Long>> villages, String unit) {
        int pick = random.nextInt(3);
        return pick == 2 ? null : villages.get(unit).get(pick);
    }

    private static Learner register(Random random, Map<String, List<Long>> villages) {
        Learner learner = new Learner();
        learner.unit = UNITS[random.nextInt(UNITS.length)];
        Map<String, Object> body = Learners.with(Learners.registration(), "unitCode", learner.unit);
        body.put("learnerGroup", random.nextBoolean() ? "CITIZEN" : "WORKER");
        body.put("villageId", village(random, villages, learner.unit));
        Learners.register(body);
        learner.token = (String)
                Learners.login((String) body.get("phone"), Learners.PASSWORD).get("accessToken");
        return learner;
    }

    private static void advance(Learner learner, Courses.TestCourse course, Random random) {
        if (learner.enrollment == null) {
            learner.enrollment = Journeys.enroll(learner.token, course.id());
        } else if (learner.lessonsDone < course.lessonIds().size()) {
            Journeys.progress(
                    learner.token, learner.enrollment, course.lessonIds().get(learner.lessonsDone++), 100);
        } else if (learner.certificate == null) {
            var started = api(learner.token).post("/api/v1/enrollments/" + learner.enrollment + "/quiz-attempts");
            if (started.statusCode() != 200 && started.statusCode() != 201) {
                return;
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

    private static String mismatches(String raw, String rollup) {
        return Database.queryString("SELECT count(*) FROM ((" + raw + " EXCEPT " + rollup + ") UNION ALL (" + rollup
                + " EXCEPT " + raw + ")) d");
    }
}
