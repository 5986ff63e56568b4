package vn.hocvuso.village;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hocvuso.testing.Api.api;
import static vn.hocvuso.testing.Rollups.mismatches;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.Courses;
import vn.hocvuso.testing.Database;
import vn.hocvuso.testing.Learners;
import vn.hocvuso.testing.NationalResults;
import vn.hocvuso.testing.Places;
import vn.hocvuso.testing.Rollups;
import vn.hocvuso.testing.Rollups.Track;
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
        String phone;
        String unit;
        final Track track = new Track();
    }

    @Test
    void aRandomMixOfJourneysAndMovesLeavesTheVillageRollupsEqualToRawCounts() {
        LocalDate started = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
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
        List<Learner> learners = Rollups.play(random, 160, 14, () -> register(random, villages), (action, learner) -> {
            switch (action) {
                case 1, 2, 3 -> learner.track.advance(learner.token, course, random);
                case 4 -> {
                    if (learner.track.certificate != null && random.nextInt(3) == 0) {
                        api(Tokens.admin())
                                .body(Map.of("reason", "Kiểm tra số liệu theo thôn"))
                                .post("/api/v1/admin/certificates/" + learner.track.certificate + "/revoke");
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
                default -> {
                    if (random.nextInt(4) == 0) { // certified on the national platform, on a past day
                        NationalResults.importFor(
                                learner.phone, "Nguyễn Thị Hoa", LocalDate.of(2025, 11, 1 + random.nextInt(20)));
                    } else {
                        learner.track.advance(learner.token, course, random);
                    }
                }
            }
        });
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

        // The days of joining and of the valid certificates (a national result's is the day it was earned, in the
        // past).
        assertThat(mismatches("""
                SELECT day, village_id, learner_group, course_id, sum(joined)::int, sum(certified)::int FROM (
                    SELECT (u.created_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS day, u.village_id, u.learner_group,
                           '00000000-0000-0000-0000-000000000000'::uuid AS course_id, 1 AS joined, 0 AS certified
                    FROM app_user u WHERE u.village_id IS NOT NULL
                    UNION ALL
                    SELECT (c.issued_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, u.village_id, u.learner_group, c.course_id, 0, 1
                    FROM certificate c JOIN app_user u ON u.id = c.user_id
                    WHERE u.village_id IS NOT NULL AND c.revoked_at IS NULL) f
                GROUP BY 1, 2, 3, 4
                """, """
                SELECT day, village_id, learner_group, course_id, joined, certified FROM stat_village_daily
                WHERE (joined, certified) <> (0, 0)
                """))
                .as("joined and certified per day, village, group and course")
                .isEqualTo("0");
        assertThat(Database.queryString("""
                SELECT count(*) FROM certificate c JOIN app_user u ON u.id = c.user_id
                WHERE c.source = 'NATIONAL' AND u.village_id IS NOT NULL"""))
                .as("results imported from the national platform, of learners in a village")
                .isNotEqualTo("0");

        // The changes kept per day (the villages' figures as of a past day, V137) sum to the current rollups.
        assertThat(mismatches(STATE_BY_DAY_SUMMED, CURRENT_STATE))
                .as("the villages' changes kept per day sum to the current village rollups")
                .isEqualTo("0");
        assertThat(Database.queryString(
                        "SELECT count(*) FROM stat_village_state_daily WHERE day < ?::date AND village_id IN ("
                                + String.join(
                                        ", ",
                                        villages.values().stream()
                                                .flatMap(List::stream)
                                                .map(String::valueOf)
                                                .toList())
                                + ")",
                        started.toString()))
                .as("this test's changes dated the day they were made (a national result too, earned in 2025)")
                .isEqualTo("0");

        String kept = "SELECT 'l', village_id, learner_group, NULL::uuid, learners, 0, 0, 0 FROM stat_village_learners"
                + " WHERE learners <> 0 UNION ALL SELECT 'p', village_id, learner_group, course_id, enrolled,"
                + " completed_lessons, passed, certified FROM stat_village_progress"
                + " WHERE (enrolled, completed_lessons, passed, certified) <> (0, 0, 0, 0)";
        Rollups.assertRebuildKeeps("stat_village_rebuild", kept, "village rollups rebuilt from the raw tables");
        // The rebuild dates each step by when it happened, where the learner is now: other days, the same sums.
        assertThat(mismatches(STATE_BY_DAY_SUMMED, CURRENT_STATE))
                .as("the rebuilt changes per day sum to the current village rollups")
                .isEqualTo("0");
    }

    /** stat_village_state_daily (V137) summed over its days, per village, group and course (learners: no course). */
    private static final String STATE_BY_DAY_SUMMED = """
            SELECT village_id, learner_group, course_id, sum(learners)::int, sum(enrolled)::int,
                   sum(completed_lessons)::int, sum(passed)::int, sum(certified)::int
            FROM stat_village_state_daily GROUP BY 1, 2, 3
            HAVING (sum(learners), sum(enrolled), sum(completed_lessons), sum(passed), sum(certified)) <> (0, 0, 0, 0, 0)
            """;

    /** stat_village_learners and stat_village_progress in the same shape. */
    private static final String CURRENT_STATE = """
            SELECT * FROM (
                SELECT village_id, learner_group, '00000000-0000-0000-0000-000000000000'::uuid, learners, 0, 0, 0, 0
                FROM stat_village_learners WHERE learners <> 0
                UNION ALL
                SELECT village_id, learner_group, course_id, 0, enrolled, completed_lessons, passed, certified
                FROM stat_village_progress WHERE (enrolled, completed_lessons, passed, certified) <> (0, 0, 0, 0)
            ) s
            """;

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
        learner.phone = (String) body.get("phone");
        learner.token =
                (String) Learners.login(learner.phone, Learners.PASSWORD).get("accessToken");
        return learner;
    }
}
