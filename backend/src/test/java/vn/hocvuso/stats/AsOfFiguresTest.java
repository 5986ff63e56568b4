package vn.hocvuso.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.hocvuso.testing.Api.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.Learners;
import vn.hocvuso.testing.PastDays;
import vn.hocvuso.testing.Places;
import vn.hocvuso.testing.SeedCourse;
import vn.hocvuso.testing.Tokens;
import vn.hocvuso.testing.WithTestClock;

/**
 * The figures as of a past day (issue 14): what every statistics endpoint served on a day D is what it
 * serves for {@code asOf=D} a day later, after new learners and certificates, a move, a revocation, a new
 * denominator and a changed and a new target; and a comparison between two days is the difference of the
 * two. Two units no other test uses: Phường Nghĩa Lộ ({@value #MINE}) and Xã Khánh Cường ({@value #OTHER}).
 *
 * <p>"A day later" moves both clocks: the application's ({@code TestClock}) and the rollups' (V133's {@code
 * stat_clock_offset()}, which dates every change and fact the database counts), as a real midnight would.
 */
@QuarkusTest
class AsOfFiguresTest extends WithTestClock {

    static final String MINE = "21028";
    static final String OTHER = "21472";

    @Test
    void everyFigureAsOfAPastDayIsWhatWasServedThatDayAndAComparisonIsTheDifference() {
        LocalDate day = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        putAdults(MINE, "2025-07-01", 100, "Số liệu dân số 2025");
        String target = createTarget("Mỗi xã có ít nhất 3 người trưởng thành tham gia", 3);

        Map<String, Object> citizen = Learners.person(MINE, "CITIZEN", "Nguyễn Văn Hòa");
        String citizenToken = Learners.registerAndLogin(citizen);
        String certificate = SeedCourse.takeTest(citizenToken, SeedCourse.enrollAndStudyAll(citizenToken), true)
                .getString("certificateCode");
        String servantToken = Learners.registerAndLogin(Learners.person(MINE, "CBCCVC", "Trần Thị Lan"));
        SeedCourse.enrollAndStudyAll(servantToken);
        Learners.registerAndLogin(Learners.person(OTHER, "WORKER", "Lê Văn Tâm"));

        // An agency of this test's own: the others count the learners of the existing ones.
        long agency = ((Number) api(Tokens.admin())
                        .body(Map.of("name", Places.unique("Sở Thông tin (thử)"), "kind", "AGENCY"))
                        .post("/api/v1/admin/organisations")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"))
                .longValue();
        Map<String, Function<RequestSpecification, RequestSpecification>> reads = reads(agency);
        Map<String, Map<String, Object>> served = new LinkedHashMap<>();
        reads.forEach((name, read) -> served.put(name, body(read.apply(as(name)), 200)));
        String csvServed = exportCsv(null);

        // Midnight, and a day of changes: a new certified learner, a move to the other unit, a revocation,
        // the unit's new adult population, the target raised and another one added.
        setBothClocks(Duration.ofDays(1));
        String newcomer = Learners.registerAndLogin(Learners.person(MINE, "CITIZEN", "Phạm Văn Khánh"));
        SeedCourse.takeTest(newcomer, SeedCourse.enrollAndStudyAll(newcomer), true);
        api(servantToken)
                .body(Map.of("unitCode", OTHER))
                .patch("/api/v1/me")
                .then()
                .statusCode(200);
        Map<String, Object> staff = Learners.person(MINE, "CBCCVC", "Võ Thị Mai");
        staff.put("agencyId", agency);
        Learners.registerAndLogin(staff);
        api(Tokens.admin())
                .body(Map.of("reason", "Cấp nhầm do lỗi nhập liệu"))
                .post("/api/v1/admin/certificates/" + certificate + "/revoke")
                .then()
                .statusCode(200);
        putAdults(MINE, day.plusDays(1).toString(), 50, "Số liệu dân số điều chỉnh");
        updateTarget(target, "Mỗi xã có ít nhất 4 người trưởng thành tham gia", 4);
        createTarget("Mỗi xã có ít nhất 10 người trưởng thành tham gia", 10);

        Map<String, Map<String, Object>> now = new LinkedHashMap<>();
        reads.forEach((name, read) -> now.put(name, body(read.apply(as(name)), 200)));
        assertThat(now.get("unit")).isNotEqualTo(served.get("unit"));
        assertThat(now.get("targets")).isNotEqualTo(served.get("targets"));
        assertThat(now.get("organisation")).isNotEqualTo(served.get("organisation"));

        for (String name : reads.keySet()) {
            Map<String, Object> asOf = body(reads.get(name).apply(as(name).queryParam("asOf", day.toString())), 200);
            assertThat(asOf.get("asOf")).as(name).isEqualTo(PastDays.endOf(day));
            assertThat(withoutMoment(asOf)).as(name).isEqualTo(withoutMoment(served.get(name)));
        }
        assertThat(exportCsv(day)).isEqualTo(csvServed).isNotEqualTo(exportCsv(null));

        // Today is now.
        assertThat(withoutMoment(body(
                        reads.get("summary")
                                .apply(api(Tokens.admin())
                                        .queryParam("asOf", day.plusDays(1).toString())),
                        200)))
                .isEqualTo(withoutMoment(now.get("summary")));

        // The comparison: now less day D, for the province and every unit.
        JsonPath compared = api(Tokens.admin())
                .queryParam("compareTo", day.toString())
                .get("/api/v1/stats/summary")
                .then()
                .statusCode(200)
                .body("change.since", equalTo(PastDays.endOf(day)))
                .extract()
                .jsonPath();
        for (String figure : List.of("learners", "enrolled", "completedLessons", "passed", "certified")) {
            assertThat(compared.getLong("change.counts." + figure))
                    .as(figure)
                    .isEqualTo(count(now.get("summary"), figure) - count(served.get("summary"), figure));
        }
        assertThat(compared.getLong("change.counts.learners")).isEqualTo(2);
        // Compared with today: with now, nothing changed since.
        api(Tokens.admin())
                .queryParam("compareTo", day.plusDays(1).toString())
                .get("/api/v1/stats/summary")
                .then()
                .statusCode(200)
                .body("change.counts.learners", equalTo(0))
                .body("change.counts.certified", equalTo(0));
        JsonPath units = api(Tokens.admin())
                .queryParam("compareTo", day.toString())
                .queryParam("size", 100)
                .get("/api/v1/stats/units")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        // Every unit's change is its row now less its row on day D.
        Map<String, Map<String, Object>> before = countsByUnit(served.get("units"));
        Map<String, Map<String, Object>> after = countsByUnit(now.get("units"));
        for (Map<String, Object> row : units.<Map<String, Object>>getList("items")) {
            String code = (String) row.get("code");
            Map<String, Object> change = new HashMap<>();
            after.get(code)
                    .forEach((figure, n) -> change.put(
                            figure,
                            ((Number) n).intValue() - ((Number) before.get(code).get(figure)).intValue()));
            assertThat(row.get("change")).as(code).isEqualTo(change);
        }
        // Phường Nghĩa Lộ: a certified newcomer and an agency's public servant in, a public servant out; a certificate
        // earned, another revoked; one more pass (a revocation does not undo a pass).
        assertThat(units.getMap("items.find { it.code == '" + MINE + "' }.change"))
                .isEqualTo(Map.of("learners", 1, "enrolled", 0, "completedLessons", 0, "passed", 1, "certified", 0));
        assertThat(units.getMap("items.find { it.code == '" + OTHER + "' }.change"))
                .isEqualTo(Map.of("learners", 1, "enrolled", 1, "completedLessons", 1, "passed", 0, "certified", 0));
        assertThat(units.getString("compareTo")).isEqualTo(PastDays.endOf(day));
    }

    @Test
    void aUnitManagerAsOfAPastDayStillSeesOnlyTheirUnit() {
        // The day of the Department's notice: no clock to move (moving it back afterwards would leave a day the
        // caches already hold as past open to changes, which no real clock does).
        String noticeDay = "2025-11-11";
        api(Tokens.unitManager(MINE))
                .queryParam("asOf", noticeDay)
                .queryParam("compareTo", noticeDay)
                .get("/api/v1/stats/units")
                .then()
                .statusCode(200)
                .body("items.code", equalTo(List.of(MINE)));
        api(Tokens.unitManager(MINE))
                .queryParam("asOf", noticeDay)
                .get("/api/v1/stats/units/" + OTHER)
                .then()
                .statusCode(403);
        api(Tokens.learner(UUID.randomUUID()))
                .queryParam("asOf", noticeDay)
                .get("/api/v1/stats/summary")
                .then()
                .statusCode(403);
        api().queryParam("asOf", noticeDay).get("/api/v1/stats/summary").then().statusCode(401);
        api().queryParam("asOf", noticeDay)
                .get("/api/v1/public/dashboard")
                .then()
                .statusCode(200);
    }

    @Test
    void aDayThatIsMalformedInTheFutureOrBeforeTheCampaignIsRefusedInVietnamese() {
        String tomorrow =
                LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(1).toString();
        for (String path : List.of(
                "/api/v1/stats/summary",
                "/api/v1/stats/units",
                "/api/v1/stats/units/" + MINE,
                "/api/v1/stats/targets",
                "/api/v1/stats/agencies",
                "/api/v1/stats/organisations",
                "/api/v1/public/dashboard")) {
            refused(path, "asOf", "11/11/2025", "date_malformed", "NNNN-TT-NN");
            refused(path, "asOf", tomorrow, "date_in_future", "hôm nay là");
            refused(path, "asOf", "2025-06-30", "date_before_campaign", "01/07/2025");
        }
        refused("/api/v1/stats/summary", "compareTo", "2025-02-30", "date_malformed", "NNNN-TT-NN");
        refused("/api/v1/stats/units", "compareTo", tomorrow, "date_in_future", "hôm nay là");
        api(Tokens.admin())
                .queryParam("format", "csv")
                .queryParam("asOf", "2025-06-30")
                .get("/api/v1/stats/units/export")
                .then()
                .statusCode(400)
                .body("violations.code", hasItem("date_before_campaign"));
    }

    // ---- helpers ----

    /** What each endpoint answers, by name; the names that need a unit manager's token say so. */
    private static Map<String, Function<RequestSpecification, RequestSpecification>> reads(long agency) {
        Map<String, Function<RequestSpecification, RequestSpecification>> reads = new LinkedHashMap<>();
        reads.put("summary", r -> r.basePath("/api/v1/stats/summary"));
        reads.put("units", r -> r.queryParam("size", 100).basePath("/api/v1/stats/units"));
        reads.put("unit", r -> r.basePath("/api/v1/stats/units/" + MINE));
        reads.put("managersUnits", r -> r.basePath("/api/v1/stats/units"));
        reads.put("targets", r -> r.basePath("/api/v1/stats/targets"));
        reads.put("agencies", r -> r.queryParam("size", 100).basePath("/api/v1/stats/agencies"));
        reads.put("dashboard", r -> r.basePath("/api/v1/public/dashboard"));
        reads.put("organisations", r -> r.queryParam("roots", true).basePath("/api/v1/stats/organisations"));
        reads.put("organisation", r -> r.basePath("/api/v1/stats/organisations/" + agency));
        return reads;
    }

    /** A request from whoever reads {@code read}: a unit manager of {@value #MINE}, anyone, or an administrator. */
    private static RequestSpecification as(String read) {
        return switch (read) {
            case "unit", "managersUnits" -> api(Tokens.unitManager(MINE));
            case "dashboard" -> api();
            default -> api(Tokens.admin());
        };
    }

    private static Map<String, Object> body(RequestSpecification request, int status) {
        return request.get().then().statusCode(status).extract().jsonPath().getMap("");
    }

    private static Map<String, Object> withoutMoment(Map<String, Object> body) {
        Map<String, Object> out = new HashMap<>(body);
        out.remove("asOf");
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> countsByUnit(Map<String, Object> page) {
        Map<String, Map<String, Object>> out = new HashMap<>();
        for (Map<String, Object> row : (List<Map<String, Object>>) page.get("items")) {
            out.put((String) row.get("code"), (Map<String, Object>) row.get("counts"));
        }
        return out;
    }

    private static long count(Map<String, Object> summary, String figure) {
        @SuppressWarnings("unchecked")
        Map<String, Object> counts = (Map<String, Object>) summary.get("counts");
        return ((Number) counts.get(figure)).longValue();
    }

    private static String exportCsv(LocalDate day) {
        RequestSpecification request = api(Tokens.admin()).queryParam("format", "csv");
        if (day != null) {
            request.queryParam("asOf", day.toString());
        }
        return request.get("/api/v1/stats/units/export")
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }

    private static void refused(String path, String param, String value, String code, String message) {
        (path.contains("public") ? api() : api(Tokens.admin()))
                .queryParam(param, value)
                .get(path)
                .then()
                .statusCode(400)
                .body("code", equalTo("validation_failed"))
                .body("violations.find { it.field == '" + param + "' }.code", equalTo(code))
                .body("violations.find { it.field == '" + param + "' }.message", containsString(message));
    }

    private static void putAdults(String unit, String validFrom, int adults, String source) {
        api(Tokens.admin())
                .body(Map.of(
                        "validFrom",
                        validFrom,
                        "population",
                        adults * 2,
                        "adultPopulation",
                        adults,
                        "publicServants",
                        5,
                        "estimated",
                        false,
                        "source",
                        source))
                .put("/api/v1/admin/units/" + unit + "/denominators")
                .then()
                .statusCode(200);
    }

    private static Map<String, Object> target(String name, int value) {
        return Map.of(
                "name", name,
                "learnerGroup", "ADULTS",
                "metric", "LEARNER_COUNT",
                "value", value,
                "startsOn", "2025-07-01",
                "deadline", "2026-12-31",
                "scope", "EACH_UNIT");
    }

    private static String createTarget(String name, int value) {
        return api(Tokens.admin())
                .body(target(name, value))
                .post("/api/v1/admin/targets")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static void updateTarget(String id, String name, int value) {
        api(Tokens.admin())
                .body(target(name, value))
                .put("/api/v1/admin/targets/" + id)
                .then()
                .statusCode(200);
    }
}
