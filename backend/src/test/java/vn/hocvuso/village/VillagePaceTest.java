package vn.hocvuso.village;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hocvuso.testing.Api.api;
import static vn.hocvuso.testing.Api.read;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hocvuso.stats.StatsConfig;
import vn.hocvuso.testing.Database;
import vn.hocvuso.testing.Learners;
import vn.hocvuso.testing.Places;
import vn.hocvuso.testing.SeedCourse;
import vn.hocvuso.testing.Tokens;

/**
 * A village target's figures on the unit's page: how many learners or certified a village has, and its pace
 * (who joined and who was certified in the pace window), which gives the projected date. They come from the
 * village rollups (V95, V120), kept by triggers: a certificate issued today counts in today's pace, a learner
 * who moves to another village takes their joining and their certificate along, and a revoked certificate
 * stops counting.
 */
@QuarkusTest
class VillagePaceTest {

    private static final String UNIT = "21439";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final int GOAL = 10;

    @Inject
    StatsConfig config;

    @Test
    void aVillagesPaceCountsTodaysCertificatesAndFollowsMovesAndRevocations() {
        long an = Places.village(UNIT, Places.unique("Thôn Nhịp An"));
        long binh = Places.village(UNIT, Places.unique("Thôn Nhịp Bình"));
        String joinedTarget = target("LEARNER_COUNT");
        String certifiedTarget = target("CERTIFIED_COUNT");

        Learners.Session mover = inVillage(an);
        String enrollment = SeedCourse.enrollAndStudyAll(mover.accessToken());
        String certificate =
                SeedCourse.takeTest(mover.accessToken(), enrollment, true).getString("certificateCode");
        assertThat(certificate).isNotBlank();
        inVillage(an);
        inVillage(binh);

        // Today's joinings and today's certificate are in the pace.
        assertStatus(joinedTarget, an, 2, 2);
        assertStatus(certifiedTarget, an, 1, 1);
        assertStatus(joinedTarget, binh, 1, 1);
        assertStatus(certifiedTarget, binh, 0, 0);
        assertRollupIsRaw(an, binh);

        // The certified learner moves to the other village: their joining and certificate go along.
        Learners.changeProfile(mover.accessToken(), Map.of("villageId", binh)).statusCode(200);
        assertStatus(joinedTarget, an, 1, 1);
        assertStatus(certifiedTarget, an, 0, 0);
        assertStatus(joinedTarget, binh, 2, 2);
        assertStatus(certifiedTarget, binh, 1, 1);
        assertRollupIsRaw(an, binh);

        // The certificate is revoked: it counts neither in the village nor in its pace.
        api(Tokens.admin())
                .body(Map.of("reason", "Kiểm tra nhịp độ theo thôn"))
                .post("/api/v1/admin/certificates/" + certificate + "/revoke")
                .then()
                .statusCode(200);
        assertStatus(certifiedTarget, binh, 0, 0);
        assertStatus(joinedTarget, binh, 2, 2);
        assertRollupIsRaw(an, binh);

        // The administrators' overview (every unit's villages) answers from the same rollups.
        api(Tokens.admin()).get("/api/v1/stats/targets").then().statusCode(200);
    }

    /**
     * A past day changes when a learner who joined before today moves: the pace read after the move counts
     * them in their new village at once, although the past days' sums are kept between answers (V124's
     * version tells every answer they changed).
     */
    @Test
    void aMoveThatChangesAPastDayIsInTheNextAnswer() {
        long an = Places.village(UNIT, Places.unique("Thôn Nhịp Tây"));
        long binh = Places.village(UNIT, Places.unique("Thôn Nhịp Đông"));
        String joinedTarget = target("LEARNER_COUNT");
        Learners.Session mover = inVillage(an);
        // They joined three days ago: the rollups rebuilt from the raw tables put their joining on that day.
        Database.execute("UPDATE app_user SET created_at = created_at - interval '3 days' WHERE id = ?", mover.id());
        Database.queryString("SELECT stat_village_rebuild()::text");
        assertStatus(joinedTarget, an, 1, 1);
        assertStatus(joinedTarget, binh, 0, 0);

        Learners.changeProfile(mover.accessToken(), Map.of("villageId", binh)).statusCode(200);
        assertStatus(joinedTarget, an, 0, 0);
        assertStatus(joinedTarget, binh, 1, 1);
        assertRollupIsRaw(an, binh);
    }

    /**
     * The target's status in the village: its count, and the projected date its pace gives (none without
     * pace), as {@code lately} people joined or certified in the window make it.
     */
    private void assertStatus(String target, long village, int current, int lately) {
        Map<String, Object> status = read(Tokens.unitManager(UNIT), "/api/v1/stats/units/" + UNIT)
                .getMap("targets.find { it.targetId == '" + target + "' && it.place.id == '" + village + "' }");
        assertThat(status).as("target %s in village %s", target, village).isNotNull();
        assertThat(status.get("currentCount")).as("count").isEqualTo(current);
        double pace = lately / (double) config.paceWindowDays();
        String projected = lately == 0
                ? null
                : TODAY.plusDays((long) Math.ceil((GOAL - current) / pace)).toString();
        assertThat(status.get("projectedDate")).as("projected date").isEqualTo(projected);
    }

    /** The daily village rollup of these villages equals a count over the raw tables, and a rebuild keeps it. */
    private static void assertRollupIsRaw(long... villages) {
        String ids = Arrays.toString(villages).replace('[', '(').replace(']', ')');
        String raw =
                "SELECT * FROM (SELECT (u.created_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, u.village_id, u.learner_group,"
                        + " '00000000-0000-0000-0000-000000000000'::uuid, count(*)::int, 0 FROM app_user u"
                        + " WHERE u.village_id IN " + ids + " GROUP BY 1, 2, 3"
                        + " UNION ALL SELECT (c.issued_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, u.village_id, u.learner_group,"
                        + " c.course_id, 0, count(*)::int FROM certificate c JOIN app_user u ON u.id = c.user_id"
                        + " WHERE u.village_id IN " + ids + " AND c.revoked_at IS NULL GROUP BY 1, 2, 3, 4) r";
        String kept = "SELECT day, village_id, learner_group, course_id, joined, certified FROM stat_village_daily"
                + " WHERE village_id IN " + ids + " AND (joined, certified) <> (0, 0)";
        assertThat(mismatches(raw, kept))
                .as("the daily village rollup against the raw tables")
                .isEqualTo("0");
        Database.queryString("SELECT stat_village_rebuild()::text");
        assertThat(mismatches(raw, kept))
                .as("the same after stat_village_rebuild()")
                .isEqualTo("0");
    }

    private static String mismatches(String raw, String rollup) {
        return Database.queryString("SELECT count(*) FROM ((" + raw + " EXCEPT " + rollup + ") UNION ALL (" + rollup
                + " EXCEPT " + raw + ")) d");
    }

    /** A target of every village's adults, of {@link #GOAL} people, due in a month. */
    private static String target(String metric) {
        return Places.villageTarget("Thử nhịp độ theo thôn", "ADULTS", metric, GOAL, TODAY.plusDays(30));
    }

    private static Learners.Session inVillage(long village) {
        return Places.learnerIn(UNIT, village);
    }
}
