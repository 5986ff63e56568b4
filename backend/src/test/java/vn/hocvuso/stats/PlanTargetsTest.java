package vn.hocvuso.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.hocvuso.testing.Api.api;
import static vn.hocvuso.testing.Api.read;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.hocvuso.testing.Database;
import vn.hocvuso.testing.Learners;
import vn.hocvuso.testing.Places;
import vn.hocvuso.testing.SeedCourse;
import vn.hocvuso.testing.Tokens;

/**
 * Every kind of plan target measured against its own group's headcount, in Xã Nguyễn Nghiêm (21457), which
 * no other test uses, with organisations and villages no other test knows:
 * <ul>
 *   <li>a lower secondary school: 2 students, one certified (headcount 4); a primary school: 1 student,
 *       certified (no headcount at first); a student of no school, certified;</li>
 *   <li>an enterprise: 2 workers, one certified (headcount 4);</li>
 *   <li>a village: 2 citizens, one certified (4 adults); a second village with no denominator.</li>
 * </ul>
 * The expected counts are also read from the raw tables, so a rollup that drifts fails here too.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanTargetsTest {

    static final String UNIT = "21457";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    static final List<String> SECONDARY_AND_UP = List.of("LOWER_SECONDARY", "UPPER_SECONDARY", "COLLEGE", "UNIVERSITY");

    @Inject
    @CacheName(StatsData.AGENCIES_CACHE)
    Cache agencies;

    @Inject
    @CacheName(StatsData.VILLAGES_CACHE)
    Cache villages;

    long secondary;
    long primary;
    long enterprise;
    long village;
    long emptyVillage;
    String secondaryTarget;
    String everySchoolTarget;
    String workerTarget;
    String villageTarget;
    String unitStudentTarget;

    private boolean played;

    @BeforeEach
    void journeys() {
        if (played) {
            return;
        }
        played = true;
        secondary = organisation("Trường THCS Nguyễn Nghiêm (thử)", "SCHOOL", "LOWER_SECONDARY");
        primary = organisation("Trường Tiểu học Nguyễn Nghiêm (thử)", "SCHOOL", "PRIMARY");
        enterprise = organisation("Công ty TNHH Nông sản Nguyễn Nghiêm (thử)", "ENTERPRISE", null);
        village = village("Thôn An Hội (thử)");
        emptyVillage = village("Thôn Phước Hòa (thử)");
        // The statistics keep the organisations and villages for a while (until the organisation or
        // village API invalidates them): these were added behind their back.
        agencies.invalidateAll().await().indefinitely();
        villages.invalidateAll().await().indefinitely();

        member("STUDENT", "Nguyễn Văn Học", secondary, null, true);
        member("STUDENT", "Trần Thị Sinh", secondary, null, false);
        member("STUDENT", "Lê Văn Nhỏ", primary, null, true);
        member("STUDENT", "Phạm Thị Tự Do", null, null, true);
        member("WORKER", "Võ Văn Thợ", enterprise, null, true);
        member("WORKER", "Đỗ Thị Công", enterprise, null, false);
        member("CITIZEN", "Huỳnh Văn Dân", null, village, true);
        member("CITIZEN", "Bùi Thị Thôn", null, village, false);

        putOrganisation(secondary, Map.of("students", 4));
        putOrganisation(enterprise, Map.of("workers", 4));
        putVillage(village, "2026-01-01", 10, 4);

        LocalDate deadline = TODAY.plusDays(30);
        secondaryTarget = createTarget("STUDENT", "CERTIFIED_RATE", 100, "EACH_SCHOOL", SECONDARY_AND_UP, deadline);
        everySchoolTarget = createTarget("STUDENT", "CERTIFIED_RATE", 100, "EACH_SCHOOL", null, deadline);
        workerTarget = createTarget("WORKER", "CERTIFIED_RATE", 80, "EACH_ENTERPRISE", null, deadline);
        villageTarget = createTarget("ADULTS", "CERTIFIED_RATE", 50, "EACH_VILLAGE", null, deadline);
        unitStudentTarget = createTarget("STUDENT", "CERTIFIED_RATE", 100, "EACH_UNIT", SECONDARY_AND_UP, deadline);
    }

    @Test
    void studentsAreMeasuredAgainstTheStudentsOfTheirSchoolOfTheTargetsLevels() {
        assertThat(certifiedOf("u.agency_id = " + secondary)).isEqualTo(1);
        Map<String, Object> s = status(agency(secondary), secondaryTarget);
        assertThat(s)
                .containsEntry("currentCount", 1)
                .containsEntry("denominator", 4)
                .containsEntry("current", 25.0f)
                .containsEntry("goalCount", 4)
                .containsEntry("remaining", 3)
                .containsEntry("status", "BEHIND")
                .containsEntry("scope", "EACH_SCHOOL");
        assertThat(s.get("place").toString()).contains("SCHOOL", "Trường THCS Nguyễn Nghiêm (thử)");
        assertThat(s.get("denominatorSource")).isEqualTo("Thống kê của trường (thử)");

        // A primary school is not one of the secondary target's places.
        assertThat(status(agency(primary), secondaryTarget)).isNull();

        // The unit's students of the secondary levels: those of its secondary school only (the student of
        // no school and the primary pupil are in no headcount of those levels).
        Map<String, Object> unit = status(unit(), unitStudentTarget);
        assertThat(unit)
                .containsEntry("currentCount", 1)
                .containsEntry("denominator", 4)
                .containsEntry("current", 25.0f);
    }

    @Test
    void theDenominatorInForceOnTheDayIsTheOneUsed() {
        // The primary school is one of "every school"'s places, with no headcount yet: no rate, no goal,
        // never a 0 %.
        assertThat(status(agency(primary), everySchoolTarget))
                .containsEntry("status", "NO_DENOMINATOR")
                .containsEntry("currentCount", 1)
                .containsEntry("current", null)
                .containsEntry("goalCount", null)
                .containsEntry("denominator", null);
        putOrganisation(primary, Map.of("students", 2, "validFrom", "2026-01-01"));
        // A version from tomorrow is not in force yet.
        putOrganisation(
                primary, Map.of("students", 1000, "validFrom", TODAY.plusDays(1).toString()));
        Map<String, Object> s = status(agency(primary), everySchoolTarget);
        assertThat(s)
                .containsEntry("denominator", 2)
                .containsEntry("current", 50.0f)
                .containsEntry("denominatorValidFrom", "2026-01-01");
        api(Tokens.admin())
                .get("/api/v1/admin/agencies/" + primary + "/denominators")
                .then()
                .statusCode(200)
                .body("items.students", equalTo(List.of(1000, 2)));
    }

    @Test
    void workersAreMeasuredAgainstTheWorkersOfTheirEnterprise() {
        assertThat(certifiedOf("u.agency_id = " + enterprise)).isEqualTo(1);
        // 80 % of 4 = 3.2: a goal in people rounds up to 4.
        assertThat(status(agency(enterprise), workerTarget))
                .containsEntry("currentCount", 1)
                .containsEntry("denominator", 4)
                .containsEntry("goalCount", 4)
                .containsEntry("current", 25.0f);
        // A school has no workers, an enterprise no students.
        api(Tokens.admin())
                .body(denominator(Map.of("students", 10)))
                .put("/api/v1/admin/agencies/" + enterprise + "/denominators")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("students"))
                .body("violations[0].code", equalTo("students_not_of_this_organisation"));
    }

    @Test
    void eachVillageOfAUnitShowsOnTheUnitsPageAgainstItsAdults() {
        assertThat(certifiedOf("u.village_id = " + village)).isEqualTo(1);
        JsonPath unit = unit();
        Map<String, Object> v = unit.getMap(
                "targets.find { it.targetId == '" + villageTarget + "' && it.place.id == '" + village + "' }");
        assertThat(v)
                .containsEntry("currentCount", 1)
                .containsEntry("denominator", 4)
                .containsEntry("goalCount", 2)
                .containsEntry("current", 25.0f)
                .containsEntry("denominatorSource", "UBND xã (thử)");
        Map<String, Object> empty = unit.getMap(
                "targets.find { it.targetId == '" + villageTarget + "' && it.place.id == '" + emptyVillage + "' }");
        assertThat(empty).containsEntry("status", "NO_DENOMINATOR").containsEntry("currentCount", 0);

        api(Tokens.admin())
                .get("/api/v1/admin/villages/" + village + "/denominators")
                .then()
                .statusCode(200)
                .body("items[0].adultPopulation", equalTo(4));
        api(Tokens.admin())
                .body(Map.of(
                        "validFrom",
                        "2026-01-01",
                        "population",
                        5,
                        "adultPopulation",
                        6,
                        "estimated",
                        false,
                        "source",
                        "x"))
                .put("/api/v1/admin/villages/" + village + "/denominators")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("adultPopulation"));
        api(Tokens.admin())
                .get("/api/v1/admin/villages/999999999/denominators")
                .then()
                .statusCode(404)
                .body("code", equalTo("village_not_found"));
    }

    /**
     * The statistics keep the villages (a cache): a village a manager adds, renames or closes through the
     * API shows on the unit's page at once, since the change empties it.
     */
    @Test
    void aVillageAddedRenamedOrClosedThroughTheApiShowsOnTheUnitsPageAtOnce() {
        String manager = Tokens.unitManager(UNIT);
        unit(); // the villages are now kept
        String name = Places.unique("Thôn Gò Cả (thử)");
        Number id = api(manager)
                .body(Map.of("name", name, "kind", "THON"))
                .post("/api/v1/unit-villages/" + UNIT)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String place = "targets.find { it.targetId == '" + villageTarget + "' && it.place.id == '" + id + "' }";
        assertThat(unit().getString(place + ".place.name")).isEqualTo(name);

        api(manager)
                .body(Map.of("version", 0, "name", name + " Đông"))
                .patch("/api/v1/unit-villages/" + UNIT + "/" + id)
                .then()
                .statusCode(200);
        assertThat(unit().getString(place + ".place.name")).isEqualTo(name + " Đông");

        api(manager)
                .body(Map.of("version", 1))
                .post("/api/v1/unit-villages/" + UNIT + "/" + id + "/close")
                .then()
                .statusCode(200);
        assertThat(unit().getMap(place)).isNull();
    }

    @Test
    void everyTargetOfThePlanIsSeededAndTheOverviewCountsEveryPlace() {
        JsonPath overview = page("/api/v1/stats/targets");
        assertThat(overview.getList("items.target.name", String.class))
                .contains(
                        "Hơn 500.000 người trưởng thành được cấp chứng nhận kỹ năng số cơ bản năm 2025",
                        "Hơn 750.000 người trưởng thành được cấp chứng nhận kỹ năng số cơ bản năm 2026",
                        "80% cán bộ, công chức, viên chức toàn tỉnh có kỹ năng số cơ bản năm 2025",
                        "100% học sinh trung học, sinh viên toàn tỉnh có kỹ năng số cơ bản năm 2025",
                        "100% học sinh từ tiểu học trở lên, sinh viên toàn tỉnh có kỹ năng số cơ bản năm 2026",
                        "80% người lao động trong doanh nghiệp toàn tỉnh có kỹ năng số cơ bản năm 2025",
                        "100% người lao động của mỗi doanh nghiệp có kỹ năng số cơ bản năm 2026",
                        "80% người trưởng thành toàn tỉnh có kỹ năng số cơ bản năm 2025",
                        "100% người trưởng thành của mỗi thôn, tổ dân phố có kỹ năng số cơ bản năm 2026",
                        "100% cán bộ, công chức, viên chức của mỗi xã, phường, đặc khu được cấp chứng nhận trước"
                                + " 20/11/2025");
        assertThat(overview.getList("items.target.schoolLevels").stream()
                        .filter(l -> l != null)
                        .toList())
                .contains(SECONDARY_AND_UP);
        // The secondary target's places: the open secondary schools (ours, and any other test's).
        Map<String, Integer> tally = overview.getMap("items.find { it.target.id == '" + secondaryTarget + "' }.places");
        int schools = Integer.parseInt(
                Database.queryString(
                        "SELECT count(*) FROM agency WHERE kind = 'SCHOOL' AND school_level <> 'PRIMARY' AND closed_on IS NULL"));
        assertThat(tally.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(schools);

        // The public dashboard lists the province's targets of the plan.
        api().get("/api/v1/public/dashboard")
                .then()
                .statusCode(200)
                .body(
                        "targets.name",
                        hasItem("100% học sinh trung học, sinh viên toàn tỉnh có kỹ năng số cơ bản năm 2025"))
                .body("targets.scope", hasItem("PROVINCE"));
    }

    @Test
    void aTargetCanBeRestrictedToSchoolLevelsOnlyForStudentsAndARateOnlyWhereTheGroupHasAHeadcount() {
        Map<String, Object> body = target("WORKER", "CERTIFIED_RATE", 80, "EACH_VILLAGE", SECONDARY_AND_UP, TODAY);
        JsonPath problem = api(Tokens.admin())
                .body(body)
                .post("/api/v1/admin/targets")
                .then()
                .statusCode(400)
                .extract()
                .jsonPath();
        assertThat(problem.getList("violations.field")).containsExactlyInAnyOrder("schoolLevels", "scope");
        api(Tokens.admin())
                .body(Learners.with(body, "schoolLevels", List.of("KINDERGARTEN")))
                .post("/api/v1/admin/targets")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("schoolLevels[0]"));
    }

    @Test
    void aCountBeyondWhatTheDatabaseHoldsIsRefusedInWordsOnCreateAndOnUpdate() {
        Map<String, Object> body = target("ALL", "LEARNER_COUNT", 1, "PROVINCE", null, TODAY);
        body.put("value", Long.MAX_VALUE);
        api(Tokens.admin())
                .body(body)
                .post("/api/v1/admin/targets")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("value"))
                .body("violations.message", hasItem("Giá trị lớn nhất là 9.999.999.999."));
        // What the fuzz found: the update sent it to the database, whose numeric(12, 2) refused it with a 500.
        api(Tokens.admin())
                .body(body)
                .put("/api/v1/admin/targets/" + UUID.randomUUID())
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("value"));
    }

    // ---- the data ----

    private static long organisation(String name, String kind, String level) {
        return Long.parseLong(Database.queryString(
                "INSERT INTO agency (name, kind, school_level, unit_code) VALUES (?, ?, ?, ?) RETURNING id",
                (Object) name,
                kind,
                level,
                UNIT));
    }

    private static long village(String name) {
        return Long.parseLong(Database.queryString(
                "INSERT INTO village (unit_code, name, kind) VALUES (?, ?, 'THON') RETURNING id", UNIT, name));
    }

    /** A learner of the unit in that organisation and village, certified in the reported course or not. */
    private static void member(String group, String name, Long organisation, Long village, boolean certified) {
        Map<String, Object> body = new HashMap<>(Learners.registration());
        body.put("unitCode", UNIT);
        body.put("learnerGroup", group);
        body.put("fullName", name);
        String id = Learners.register(body).toString();
        Database.execute(
                "UPDATE app_user SET agency_id = ?, village_id = ? WHERE id = ?::uuid", organisation, village, id);
        String token = (String)
                Learners.login((String) body.get("phone"), Learners.PASSWORD).get("accessToken");
        if (certified) {
            String enrollment = SeedCourse.enrollAndStudyAll(token);
            assertThat(SeedCourse.takeTest(token, enrollment, true).getBoolean("passed"))
                    .isTrue();
        }
    }

    /** Certified learners of the reported course matching {@code where}, counted over the raw tables. */
    private static int certifiedOf(String where) {
        return Integer.parseInt(Database.queryString("""
                SELECT count(*) FROM app_user u JOIN enrollment e ON e.user_id = u.id AND e.course_id = ?::uuid
                JOIN certificate c ON c.enrollment_id = e.id AND c.revoked_at IS NULL
                WHERE u.unit_code = '21457' AND\s""" + where, SeedCourse.ID.toString()));
    }

    private static Map<String, Object> denominator(Map<String, Object> figures) {
        Map<String, Object> body = new HashMap<>(
                Map.of("validFrom", "2026-01-01", "estimated", false, "source", "Thống kê của trường (thử)"));
        body.putAll(figures);
        return body;
    }

    private static void putOrganisation(long id, Map<String, Object> figures) {
        api(Tokens.admin())
                .body(denominator(figures))
                .put("/api/v1/admin/agencies/" + id + "/denominators")
                .then()
                .statusCode(200);
    }

    private static void putVillage(long id, String validFrom, int population, int adults) {
        api(Tokens.admin())
                .body(Map.of(
                        "validFrom",
                        validFrom,
                        "population",
                        population,
                        "adultPopulation",
                        adults,
                        "estimated",
                        false,
                        "source",
                        "UBND xã (thử)"))
                .put("/api/v1/admin/villages/" + id + "/denominators")
                .then()
                .statusCode(200);
    }

    private static Map<String, Object> target(
            String group, String metric, double value, String scope, List<String> levels, LocalDate deadline) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Thử: " + group + " " + metric + " " + scope + " " + levels);
        body.put("learnerGroup", group);
        body.put("metric", metric);
        body.put("value", value);
        body.put("startsOn", "2026-01-01");
        body.put("deadline", deadline.toString());
        body.put("scope", scope);
        body.put("schoolLevels", levels);
        return body;
    }

    private static String createTarget(
            String group, String metric, double value, String scope, List<String> levels, LocalDate deadline) {
        return api(Tokens.admin())
                .body(target(group, metric, value, scope, levels, deadline))
                .post("/api/v1/admin/targets")
                .then()
                .statusCode(201)
                .body("schoolLevels", equalTo(levels == null ? null : Arrays.asList(levels.toArray())))
                .extract()
                .path("id");
    }

    @Test
    void theOverviewTalliesEveryPlaceAsThePlacesOwnPageShowsIt() {
        JsonPath overview = page("/api/v1/stats/targets");
        // Each place's own page: a unit's shows its unit and village targets, an organisation's its own.
        Map<String, Map<String, Integer>> shown = new HashMap<>();
        List<JsonPath> pages = new ArrayList<>();
        everyItem("/api/v1/stats/units", "code", code -> pages.add(page("/api/v1/stats/units/" + code)));
        everyItem("/api/v1/stats/organisations", "id", id -> pages.add(page("/api/v1/stats/agencies/" + id)));
        for (JsonPath page : pages) {
            for (Map<String, Object> s : page.<Map<String, Object>>getList("targets")) {
                shown.computeIfAbsent((String) s.get("targetId"), k -> new HashMap<>())
                        .merge((String) s.get("status"), 1, Integer::sum);
            }
        }
        Map<String, String> tallied = Map.of(
                "ACHIEVED", "achieved",
                "ON_TRACK", "onTrack",
                "BEHIND", "behind",
                "MISSED", "missed",
                "NO_DENOMINATOR", "noDenominator");
        Map<String, Integer> everyStatus = new HashMap<>();
        for (Map<String, Object> item : overview.<Map<String, Object>>getList("items")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> target = (Map<String, Object>) item.get("target");
            if ("PROVINCE".equals(target.get("scope"))) {
                continue;
            }
            Map<String, Integer> pagesSay = shown.getOrDefault((String) target.get("id"), Map.of());
            Map<String, Integer> expected = new HashMap<>();
            tallied.forEach((status, field) -> expected.put(field, pagesSay.getOrDefault(status, 0)));
            assertThat(item.get("places"))
                    .as("%s (%s)", target.get("name"), target.get("scope"))
                    .isEqualTo(expected);
            pagesSay.forEach((status, n) -> everyStatus.merge(status, n, Integer::sum));
        }
        // Not a comparison of nothing: this test's school and village are behind, its primary school has no
        // headcount, and the seeded targets of 2025 have passed their deadline.
        assertThat(everyStatus).containsKeys("BEHIND", "NO_DENOMINATOR", "MISSED");
    }

    /** Every item of a paged statistics list, one page of 100 after another. */
    private static void everyItem(String path, String field, Consumer<Object> each) {
        for (int page = 1; ; page++) {
            JsonPath list = api(Tokens.admin())
                    .queryParam("page", page)
                    .queryParam("size", 100)
                    .get(path)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            list.getList("items." + field).forEach(each);
            if (page >= list.getInt("totalPages")) {
                return;
            }
        }
    }

    private static JsonPath page(String path) {
        return read(Tokens.admin(), path);
    }

    private static JsonPath agency(long id) {
        return read(Tokens.admin(), "/api/v1/stats/agencies/" + id);
    }

    private static JsonPath unit() {
        return read(Tokens.unitManager(UNIT), "/api/v1/stats/units/" + UNIT);
    }

    private static Map<String, Object> status(JsonPath page, String targetId) {
        return page.getMap("targets.find { it.targetId == '" + targetId + "' }");
    }
}
