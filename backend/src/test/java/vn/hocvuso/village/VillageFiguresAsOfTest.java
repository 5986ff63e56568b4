package vn.hocvuso.village;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static vn.hocvuso.testing.Api.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.Database;
import vn.hocvuso.testing.Learners;
import vn.hocvuso.testing.PastDays;
import vn.hocvuso.testing.Places;
import vn.hocvuso.testing.SeedCourse;
import vn.hocvuso.testing.Tokens;
import vn.hocvuso.testing.WithTestClock;

/**
 * A unit's villages as of a past day (issue 14, V137): what {@code GET /api/v1/stats/units/{code}/villages}, the
 * unit's page (its village targets) and the targets' overview served on a day D is what they serve for {@code
 * asOf=D} after a day of changes to those villages: a newcomer certified, a learner moved to the other village,
 * another to another unit, one who had named no village into one, a certificate revoked. Two units no other test uses: Xã Sơn Linh ({@value #UNIT}) and
 * Xã Sơn Thủy ({@value #OTHER}).
 *
 * <p>"A day later" moves both clocks, the application's and the rollups' ({@code stat_clock_offset()}), as
 * AsOfFiguresTest does; a second day makes D older than yesterday, whose figures are kept between answers. The
 * targets are of public servants (CBCCVC), whom no other test places in a village, so that the overview's tallies
 * move with this test's villages only. Afterwards the changes dated "tomorrow" are dated today, where a real
 * clock would have put them, so that no later test finds figures changed after its today (ReportFiguresTest's
 * class comment), and the statistics' caches, which hold D as a past day, are emptied.
 */
@QuarkusTest
class VillageFiguresAsOfTest extends WithTestClock {

    static final String UNIT = "21307";
    static final String OTHER = "21319";

    @Test
    void aUnitsVillagesAndTheirTargetsAsOfAPastDayAreWhatWasServedThatDay() {
        // Another test's answers as of a day may be kept as that day's (the caches know no clock moved back).
        emptyStatsCaches();
        LocalDate day = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        long an = Places.village(UNIT, Places.unique("Thôn Ngày Cũ An"));
        long binh = Places.village(UNIT, Places.unique("Thôn Ngày Cũ Bình"));
        List<String> targets = List.of(target("LEARNER_COUNT", day), target("CERTIFIED_COUNT", day));
        try {
            String hoa = servantIn(an, "Nguyễn Thị Hoa");
            String certificate = certify(hoa);
            String lan = servantIn(an, "Trần Thị Lan");
            String tam = servantIn(binh, "Lê Văn Tâm");
            String khoa = Learners.registerAndLogin(Learners.person(UNIT, "CBCCVC", "Đỗ Văn Khoa"));

            Map<String, Supplier<RequestSpecification>> reads = new LinkedHashMap<>();
            reads.put(
                    "villages",
                    () -> api(Tokens.unitManager(UNIT)).basePath("/api/v1/stats/units/" + UNIT + "/villages"));
            reads.put("unit", () -> api(Tokens.unitManager(UNIT)).basePath("/api/v1/stats/units/" + UNIT));
            reads.put("targets", () -> api(Tokens.admin()).basePath("/api/v1/stats/targets"));
            Map<String, Object> served = mine(read(reads, null), targets, an, binh);
            assertThat(village(served, an)).containsEntry("learners", 2).containsEntry("certified", 1);
            assertThat(village(served, binh)).containsEntry("learners", 1);

            // Midnight, and a day of changes in the villages.
            setBothClocks(Duration.ofDays(1));
            certify(servantIn(binh, "Phạm Văn Khánh"));
            Learners.changeProfile(khoa, Map.of("villageId", an)).statusCode(200);
            Learners.changeProfile(lan, Map.of("villageId", binh)).statusCode(200);
            Learners.changeProfile(tam, Map.of("unitCode", OTHER)).statusCode(200);
            api(Tokens.admin())
                    .body(Map.of("reason", "Kiểm tra số liệu theo thôn ngày cũ"))
                    .post("/api/v1/admin/certificates/" + certificate + "/revoke")
                    .then()
                    .statusCode(200);

            Map<String, Object> nextDay = mine(read(reads, null), targets, an, binh);
            assertThat(village(nextDay, an)).containsEntry("learners", 2).containsEntry("certified", 0);
            assertThat(village(nextDay, binh)).containsEntry("learners", 2).containsEntry("certified", 1);
            assertThat(nextDay.get("unitTargets")).isNotEqualTo(served.get("unitTargets"));
            assertThat(nextDay.get("overview")).isNotEqualTo(served.get("overview"));

            // As of D: what was served on D, the moment being the end of D.
            assertThat(mine(read(reads, day), targets, an, binh)).isEqualTo(asOf(served, day));

            // Another midnight: D is kept between answers now (older than yesterday), and yesterday is as served.
            setBothClocks(Duration.ofDays(2));
            assertThat(mine(read(reads, day), targets, an, binh)).isEqualTo(asOf(served, day));
            assertThat(mine(read(reads, day), targets, an, binh)).isEqualTo(asOf(served, day));
            assertThat(mine(read(reads, day.plusDays(1)), targets, an, binh)).isEqualTo(asOf(nextDay, day.plusDays(1)));
        } finally {
            setBothClocks(Duration.ZERO);
            targets.forEach(id -> api(Tokens.admin())
                    .delete("/api/v1/admin/targets/" + id)
                    .then()
                    .statusCode(204));
            datedTodayAgain(day, an, binh);
        }
    }

    @Test
    void aDayThatIsMalformedInTheFutureOrBeforeTheCampaignIsRefusedAndAnotherUnitStaysForbidden() {
        String path = "/api/v1/stats/units/" + UNIT + "/villages";
        String tomorrow =
                LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(1).toString();
        refused(path, "11/11/2025", "date_malformed", "NNNN-TT-NN");
        refused(path, tomorrow, "date_in_future", "hôm nay là");
        refused(path, "2025-06-30", "date_before_campaign", "01/07/2025");
        api(Tokens.unitManager(OTHER))
                .queryParam("asOf", "2025-11-11")
                .get(path)
                .then()
                .statusCode(403);
        api().queryParam("asOf", "2025-11-11").get(path).then().statusCode(401);
        api(Tokens.unitManager(UNIT))
                .queryParam("asOf", "2025-11-11")
                .get(path)
                .then()
                .statusCode(200)
                .body("asOf", equalTo(PastDays.endOf(LocalDate.parse("2025-11-11"))));
    }

    // ---- helpers ----

    /**
     * What these answers show of this test's places: the villages' figures (and the unit's learners who named none),
     * the unit's counts, its statuses of this test's targets in the two villages, and the overview's tallies of
     * those targets over the villages; each with the moment it is for. The rest of a unit's page and of the overview counts other
     * tests' places and targets too.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> mine(
            Map<String, Map<String, Object>> answers, List<String> targets, long... villages) {
        List<String> ids =
                java.util.Arrays.stream(villages).mapToObj(Long::toString).toList();
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Object> figures = answers.get("villages");
        out.put(
                "villages",
                ((List<Map<String, Object>>) figures.get("villages"))
                        .stream()
                                .filter(v -> ids.contains(v.get("villageId").toString()))
                                .toList());
        out.put("withoutVillage", figures.get("withoutVillage"));
        out.put("unitCounts", answers.get("unit").get("counts"));
        out.put(
                "unitTargets",
                ((List<Map<String, Object>>) answers.get("unit").get("targets"))
                        .stream()
                                .filter(t -> targets.contains(t.get("targetId"))
                                        && ids.contains(((Map<String, Object>) t.get("place")).get("id")))
                                .toList());
        // The tallies over the villages: the province's status counts every public servant, other tests' too.
        out.put(
                "overview",
                ((List<Map<String, Object>>) answers.get("targets").get("items"))
                        .stream()
                                .filter(t -> targets.contains(((Map<String, Object>) t.get("target")).get("id")))
                                .map(t -> t.get("places"))
                                .toList());
        Map<String, Object> moments = new LinkedHashMap<>();
        answers.forEach((name, answer) -> moments.put(name, answer.get("asOf")));
        out.put("asOf", moments);
        return out;
    }

    /** {@code served} as an answer as of {@code day} shows it: the same, for the end of that day. */
    private static Map<String, Object> asOf(Map<String, Object> served, LocalDate day) {
        Map<String, Object> out = new LinkedHashMap<>(served);
        Map<String, Object> moments = new LinkedHashMap<>();
        for (String name : List.of("villages", "unit", "targets")) {
            moments.put(name, PastDays.endOf(day));
        }
        out.put("asOf", moments);
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> village(Map<String, Object> mine, long id) {
        return ((List<Map<String, Object>>) mine.get("villages"))
                .stream()
                        .filter(v -> ((Number) v.get("villageId")).longValue() == id)
                        .findFirst()
                        .orElseThrow();
    }

    /** A public servant registered in the unit, living in that village, logged in: their token. */
    private static String servantIn(long village, String name) {
        Map<String, Object> body = Learners.person(UNIT, "CBCCVC", name);
        body.put("villageId", village);
        return Learners.registerAndLogin(body);
    }

    /**
     * The changes this test made "tomorrow" (its units' and villages' rows of the days after {@code today}) dated
     * today instead, as a real clock, which never goes back, would have dated them.
     */
    private static void datedTodayAgain(LocalDate today, long... villages) {
        String ids = java.util.Arrays.toString(villages).replace('[', '(').replace(']', ')');
        for (String[] table : new String[][] {
            {
                "stat_state_daily",
                "unit_code, agency_id, learner_group, course_id",
                "unit_code IN ('" + UNIT + "', '" + OTHER + "')"
            },
            {"stat_village_state_daily", "village_id, learner_group, course_id", "village_id IN " + ids}
        }) {
            Database.execute(
                    "WITH later AS (DELETE FROM " + table[0] + " WHERE day > ?::date AND " + table[2]
                            + " RETURNING *) INSERT INTO " + table[0] + " AS s (day, " + table[1]
                            + ", learners, enrolled, completed_lessons, passed, certified) SELECT ?::date, " + table[1]
                            + ", sum(learners), sum(enrolled), sum(completed_lessons), sum(passed), sum(certified) FROM later"
                            + " GROUP BY " + table[1] + " ON CONFLICT (day, " + table[1] + ") DO UPDATE SET"
                            + " learners = s.learners + EXCLUDED.learners, enrolled = s.enrolled + EXCLUDED.enrolled,"
                            + " completed_lessons = s.completed_lessons + EXCLUDED.completed_lessons,"
                            + " passed = s.passed + EXCLUDED.passed, certified = s.certified + EXCLUDED.certified",
                    today.toString(),
                    today.toString());
        }
    }

    private static Map<String, Map<String, Object>> read(
            Map<String, Supplier<RequestSpecification>> reads, LocalDate day) {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        reads.forEach((name, request) -> {
            RequestSpecification r = request.get();
            if (day != null) {
                r.queryParam("asOf", day.toString());
            }
            out.put(name, r.get().then().statusCode(200).extract().jsonPath().getMap(""));
        });
        return out;
    }

    private static String certify(String token) {
        return SeedCourse.takeTest(token, SeedCourse.enrollAndStudyAll(token), true)
                .getString("certificateCode");
    }

    /** A target of every village's public servants, of 2 people, due in a month. */
    private static String target(String metric, LocalDate today) {
        return Places.villageTarget("Thử số liệu theo thôn ngày cũ", "CBCCVC", metric, 2, today.plusDays(30));
    }

    private static void refused(String path, String value, String code, String message) {
        api(Tokens.admin())
                .queryParam("asOf", value)
                .get(path)
                .then()
                .statusCode(400)
                .body("code", equalTo("validation_failed"))
                .body("violations.find { it.field == 'asOf' }.code", equalTo(code))
                .body("violations.find { it.field == 'asOf' }.message", containsString(message));
    }
}
