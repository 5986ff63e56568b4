package vn.hocvuso.village;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static vn.hocvuso.testing.Api.api;
import static vn.hocvuso.testing.Api.read;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.Database;
import vn.hocvuso.testing.Learners;
import vn.hocvuso.testing.Places;
import vn.hocvuso.testing.SeedCourse;
import vn.hocvuso.testing.Tokens;

/** A unit's figures by village match counts over the raw data, and its follow-up list filters by village. */
@QuarkusTest
class VillageFiguresTest {

    private static final String UNIT = "21025";
    private static final String OTHER_UNIT = "21548";

    @Test
    void theFiguresByVillageAreTheRawCountsAndFollowMovesBetweenVillagesAndUnits() {
        long anKy = Places.village(UNIT, Places.unique("Thôn An Kỳ"));
        long kyXuyen = Places.village(UNIT, Places.unique("Thôn Kỳ Xuyên"));
        Learners.Session certified = inVillage(anKy);
        String enrollment = SeedCourse.enrollAndStudyAll(certified.accessToken());
        SeedCourse.takeTest(certified.accessToken(), enrollment, true);
        Learners.Session enrolled = inVillage(anKy);
        api(enrolled.accessToken())
                .body(Map.of("courseId", SeedCourse.ID))
                .post("/api/v1/enrollments")
                .then()
                .statusCode(201);
        Learners.Session mover = inVillage(kyXuyen);
        inVillage(kyXuyen);

        JsonPath figures = figures(Tokens.unitManager(UNIT));
        assertThat(row(figures, anKy))
                .containsEntry("learners", 2)
                .containsEntry("enrolled", 2)
                .containsEntry("completedLessons", 1)
                .containsEntry("passed", 1)
                .containsEntry("certified", 1);
        assertThat(row(figures, kyXuyen)).containsEntry("learners", 2).containsEntry("enrolled", 0);
        assertRawCounts(figures);

        // Moves: the certified learner to the other village, one learner to another unit (losing the village).
        Learners.changeProfile(certified.accessToken(), Map.of("villageId", kyXuyen))
                .statusCode(200);
        Learners.changeProfile(mover.accessToken(), Map.of("unitCode", OTHER_UNIT))
                .statusCode(200);
        figures = figures(Tokens.admin());
        assertThat(row(figures, anKy)).containsEntry("learners", 1).containsEntry("certified", 0);
        assertThat(row(figures, kyXuyen)).containsEntry("learners", 2).containsEntry("certified", 1);
        assertRawCounts(figures);

        // A closed village keeps its figures and is listed after the open ones.
        Places.closeVillage(Tokens.admin(), UNIT, anKy, Map.of("version", 0)).statusCode(200);
        figures = figures(Tokens.admin());
        assertThat(row(figures, anKy)).containsEntry("learners", 1);
        List<Integer> ids = figures.getList("villages.villageId");
        assertThat(ids.indexOf((int) anKy)).isGreaterThan(ids.indexOf((int) kyXuyen));
    }

    @Test
    void onlyThoseWhoMayReadTheUnitsFiguresSeeThem() {
        api(Tokens.unitManager(OTHER_UNIT)).get(path()).then().statusCode(403);
        api(Tokens.agencyManager(1L)).get(path()).then().statusCode(403);
        api(Tokens.integrator("stats:read", List.of(UNIT))).get(path()).then().statusCode(200);
        api(Tokens.integrator("stats:read", List.of(OTHER_UNIT)))
                .get(path())
                .then()
                .statusCode(403);
        api().get(path()).then().statusCode(401);
        api(Tokens.admin()).get("/api/v1/stats/units/99999/villages").then().statusCode(404);
    }

    @Test
    void theFollowUpListFiltersByVillageAndAnotherUnitsVillageFindsNoOne() {
        long village = Places.village(UNIT, Places.unique("Thôn Trung Sơn"));
        long elsewhere = Places.village(OTHER_UNIT, Places.unique("Thôn Ngoài"));
        Learners.Session inIt = inVillage(village);
        String manager = Tokens.unitManager(UNIT);
        api(manager)
                .queryParam("villageId", village)
                .get("/api/v1/stats/units/" + UNIT + "/learners")
                .then()
                .statusCode(200)
                .body("items.id", contains(inIt.id().toString()))
                .body("totalItems", equalTo(1));
        api(manager)
                .queryParam("villageId", elsewhere)
                .get("/api/v1/stats/units/" + UNIT + "/learners")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(0));
        api(manager)
                .queryParam("villageId", "abc")
                .get("/api/v1/stats/units/" + UNIT + "/learners")
                .then()
                .statusCode(400);
        assertThat(Database.queryString(
                        "SELECT details->>'villageId' FROM audit_event WHERE action = 'stats.learners.read'"
                                + " AND subject_id = ? ORDER BY occurred_at DESC LIMIT 1",
                        UNIT))
                .isEqualTo(Long.toString(elsewhere));
    }

    private static String path() {
        return "/api/v1/stats/units/" + UNIT + "/villages";
    }

    private static Learners.Session inVillage(long village) {
        return Places.learnerIn(UNIT, village);
    }

    private static JsonPath figures(String token) {
        return read(token, path());
    }

    private static Map<String, Object> row(JsonPath figures, long village) {
        return figures.getMap("villages.find { it.villageId == " + village + " }");
    }

    /** Every village's figures and the unit's rest equal a count over app_user, enrollment and certificate. */
    private static void assertRawCounts(JsonPath figures) {
        List<Map<String, Object>> villages = figures.getList("villages");
        for (Map<String, Object> v : villages) {
            Object id = v.get("villageId");
            assertThat(((Number) v.get("learners")).toString())
                    .isEqualTo(Database.queryString("SELECT count(*) FROM app_user WHERE village_id = ?", id));
            assertThat(List.of(v.get("enrolled"), v.get("completedLessons"), v.get("passed"), v.get("certified"))
                            .toString())
                    .isEqualTo(Database.queryString("""
                            SELECT '[' || count(*) || ', ' || count(e.lessons_completed_at) || ', ' || count(e.passed_at)
                                   || ', ' || count(*) FILTER (WHERE EXISTS (SELECT 1 FROM certificate c
                                       WHERE c.enrollment_id = e.id AND c.revoked_at IS NULL)) || ']'
                            FROM enrollment e JOIN app_user u ON u.id = e.user_id
                            WHERE u.village_id = ? AND e.course_id = ?
                            """, id, SeedCourse.ID));
        }
        assertThat(((Number) figures.get("withoutVillage.learners")).toString())
                .isEqualTo(Database.queryString(
                        "SELECT count(*) FROM app_user WHERE unit_code = ? AND village_id IS NULL", UNIT));
    }
}
