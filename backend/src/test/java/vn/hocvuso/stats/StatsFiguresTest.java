package vn.hocvuso.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static vn.hocvuso.testing.Api.api;
import static vn.hocvuso.testing.Api.read;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.hocvuso.testing.Database;
import vn.hocvuso.testing.Learners;
import vn.hocvuso.testing.SeedCourse;
import vn.hocvuso.testing.Tokens;

/**
 * The figures after a scripted journey of learners in three small units no other test uses, checked
 * against values computed by hand, with the denominators set through the admin API:
 * <ul>
 *   <li>Xã Cà Đam (21136): adults 10, public servants 2. A citizen who failed then passed (certified), a
 *       public servant who only enrolled, a student who only registered.</li>
 *   <li>Xã Đặng Thùy Trâm (21520): adults 5, public servants 0. A worker who only registered.</li>
 *   <li>Xã Ia Đal (23535): the seeded population estimate only. A public servant of an agency, certified.</li>
 * </ul>
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatsFiguresTest {

    static final String CA_DAM = "21136";
    static final String DANG_THUY_TRAM = "21520";
    static final String IA_DAL = "23535";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    long agency;
    JsonPath before;
    String citizenPhone;

    private boolean played;

    /** Plays the journeys once, on the first test (RestAssured knows the server's port only by then). */
    @BeforeEach
    void journeys() {
        if (played) {
            return;
        }
        played = true;
        agency = ((Number) api().queryParam("q", "ngoai vu")
                        .get("/api/v1/agencies")
                        .then()
                        .extract()
                        .path("items[0].id"))
                .longValue();
        before = read(Tokens.admin(), "/api/v1/stats/summary");

        putUnit(
                CA_DAM,
                Map.of(
                        "validFrom",
                        "2026-01-01",
                        "population",
                        1000,
                        "adultPopulation",
                        10,
                        "publicServants",
                        2,
                        "estimated",
                        false,
                        "source",
                        "Số liệu thử nghiệm"));
        // A version from tomorrow must not be used yet.
        putUnit(
                CA_DAM,
                Map.of(
                        "validFrom",
                        TODAY.plusDays(1).toString(),
                        "adultPopulation",
                        1,
                        "estimated",
                        false,
                        "source",
                        "Phiên bản tương lai"));
        putUnit(
                DANG_THUY_TRAM,
                Map.of(
                        "validFrom",
                        "2026-01-01",
                        "population",
                        100,
                        "adultPopulation",
                        5,
                        "publicServants",
                        0,
                        "estimated",
                        true,
                        "source",
                        "Ước tính thử nghiệm"));
        api(Tokens.admin())
                .body(Map.of(
                        "validFrom",
                        "2026-01-01",
                        "publicServants",
                        4,
                        "estimated",
                        false,
                        "source",
                        "Quyết định giao biên chế"))
                .put("/api/v1/admin/agencies/" + agency + "/denominators")
                .then()
                .statusCode(200);

        Map<String, Object> citizen = Learners.person(CA_DAM, "CITIZEN", "Trần Văn An");
        citizenPhone = (String) citizen.get("phone");
        String citizenToken = Learners.registerAndLogin(citizen);
        String enrollment = SeedCourse.enrollAndStudyAll(citizenToken);
        assertThat(SeedCourse.takeTest(citizenToken, enrollment, false).getBoolean("passed"))
                .isFalse();
        assertThat(SeedCourse.takeTest(citizenToken, enrollment, true).getBoolean("passed"))
                .isTrue();

        String servantToken = Learners.registerAndLogin(Learners.person(CA_DAM, "CBCCVC", "Lê Thị Bình"));
        api(servantToken)
                .body(Map.of("courseId", SeedCourse.ID))
                .post("/api/v1/enrollments")
                .then()
                .statusCode(201);
        Learners.registerAndLogin(Learners.person(CA_DAM, "STUDENT", "Phạm Minh Châu"));

        Learners.registerAndLogin(Learners.person(DANG_THUY_TRAM, "WORKER", "Hồ Văn Dũng"));

        Map<String, Object> agencyServant = Learners.person(IA_DAL, "CBCCVC", "Đinh Thị Én");
        agencyServant.put("agencyId", agency);
        String agencyToken = Learners.registerAndLogin(agencyServant);
        String agencyEnrollment = SeedCourse.enrollAndStudyAll(agencyToken);
        assertThat(SeedCourse.takeTest(agencyToken, agencyEnrollment, true).getBoolean("passed"))
                .isTrue();
    }

    @Test
    void aUnitShowsItsCountsRatesAndDenominatorsAsComputedByHand() {
        JsonPath unit = api(Tokens.unitManager(CA_DAM))
                .get("/api/v1/stats/units/" + CA_DAM)
                .then()
                .statusCode(200)
                .body("asOf", not(nullValue()))
                .body("unit.name", equalTo("Xã Cà Đam"))
                .extract()
                .jsonPath();
        assertThat(unit.getMap("counts"))
                .isEqualTo(Map.of("learners", 3, "enrolled", 2, "completedLessons", 1, "passed", 1, "certified", 1));
        assertThat(unit.getInt("byGroup.find { it.learnerGroup == 'CITIZEN' }.certified"))
                .isEqualTo(1);
        assertThat(unit.getInt("byGroup.find { it.learnerGroup == 'CBCCVC' }.enrolled"))
                .isEqualTo(1);
        assertThat(unit.getInt("byGroup.find { it.learnerGroup == 'STUDENT' }.learners"))
                .isEqualTo(1);
        assertThat(unit.getInt("adultLearners")).isEqualTo(2);

        // certified / learners = 1/3; adult learners / adults = 2/10; certified servants / headcount = 0/2.
        assertThat(unit.getDouble("rates.completion.percent")).isEqualTo(33.3);
        assertThat(unit.getString("rates.completion.basis")).isEqualTo("LEARNERS");
        assertThat(unit.getDouble("rates.participation.percent")).isEqualTo(20.0);
        assertThat(unit.getInt("rates.participation.denominator")).isEqualTo(10);
        assertThat(unit.getBoolean("rates.participation.estimated")).isFalse();
        assertThat(unit.getString("rates.participation.source")).isEqualTo("Số liệu thử nghiệm");
        assertThat(unit.getString("rates.participation.validFrom")).isEqualTo("2026-01-01");
        assertThat(unit.getDouble("rates.publicServantCoverage.percent")).isEqualTo(0.0);
        assertThat(unit.getInt("rates.publicServantCoverage.denominator")).isEqualTo(2);

        // Today's point of the series counts what happened today.
        Map<String, Object> today = unit.getMap("series.find { it.day == '" + TODAY + "' }");
        assertThat(today)
                .containsEntry("registered", 3)
                .containsEntry("enrolled", 2)
                .containsEntry("passed", 1)
                .containsEntry("certified", 1)
                .containsEntry("lessonsCompleted", 19);
        assertThat(unit.getList("series")).hasSize(30);
    }

    @Test
    void zeroAndMissingDenominatorsGiveNoRateAndSaySo() {
        JsonPath dtt = read(Tokens.admin(), "/api/v1/stats/units/" + DANG_THUY_TRAM);
        assertThat(dtt.getDouble("rates.participation.percent")).isEqualTo(20.0);
        assertThat(dtt.getBoolean("rates.participation.estimated")).isTrue();
        assertThat(dtt.getString("rates.publicServantCoverage.percent")).isNull();
        assertThat(dtt.getString("rates.publicServantCoverage.missing")).isEqualTo("ZERO_DENOMINATOR");

        JsonPath iaDal = read(Tokens.admin(), "/api/v1/stats/units/" + IA_DAL);
        // The agency's servant counts for the agency's coverage, not the commune's.
        assertThat(iaDal.getInt("counts.certified")).isEqualTo(1);
        assertThat(iaDal.getInt("certifiedPublicServants")).isEqualTo(0);
        assertThat(iaDal.getString("rates.publicServantCoverage.missing")).isEqualTo("NO_DENOMINATOR");
        assertThat(iaDal.getString("rates.publicServantCoverage.denominator")).isNull();
        // No adult figure: population 5,106 × 0.69 = 3,523, marked as an estimate.
        assertThat(iaDal.getInt("rates.participation.denominator")).isEqualTo(3523);
        assertThat(iaDal.getBoolean("rates.participation.estimated")).isTrue();
        assertThat(iaDal.getString("rates.participation.source"))
                .contains("units.csv")
                .contains("69%");
        assertThat(iaDal.getDouble("rates.participation.percent")).isEqualTo(0.0);

        JsonPath agencyStats = read(Tokens.agencyManager(agency), "/api/v1/stats/agencies/" + agency);
        assertThat(agencyStats.getInt("counts.learners")).isEqualTo(1);
        assertThat(agencyStats.getDouble("coverage.percent")).isEqualTo(25.0);
        assertThat(agencyStats.getInt("coverage.denominator")).isEqualTo(4);
    }

    @Test
    void theProvinceSummaryGrowsByExactlyWhatTheJourneysDid() {
        JsonPath after = read(Tokens.unitManager(CA_DAM), "/api/v1/stats/summary");
        assertThat(after.getLong("counts.learners") - before.getLong("counts.learners"))
                .isEqualTo(5);
        assertThat(after.getLong("counts.enrolled") - before.getLong("counts.enrolled"))
                .isEqualTo(3);
        assertThat(after.getLong("counts.completedLessons") - before.getLong("counts.completedLessons"))
                .isEqualTo(2);
        assertThat(after.getLong("counts.certified") - before.getLong("counts.certified"))
                .isEqualTo(2);
        assertThat(after.getLong("adultLearners") - before.getLong("adultLearners"))
                .isEqualTo(4);
        assertThat(after.getLong("certifiedPublicServants") - before.getLong("certifiedPublicServants"))
                .isEqualTo(1);
        assertThat(group(after, "CBCCVC") - group(before, "CBCCVC")).isEqualTo(2);
        assertThat(group(after, "STUDENT") - group(before, "STUDENT")).isEqualTo(1);
        // Not every unit and agency has a public-servant headcount: the province has none yet.
        assertThat(after.getString("rates.publicServantCoverage.missing")).isEqualTo("NO_DENOMINATOR");
        assertThat(after.getBoolean("rates.participation.estimated")).isTrue();
        // The province's own targets: 750,000 adults certified in 2026.
        assertThat(after.getList("targets.name")).anyMatch(n -> n.toString().contains("750.000"));
    }

    @Test
    void unitsRankByTheChosenRateWithTiesSharingARank() {
        JsonPath page = api(Tokens.admin())
                .queryParam("sort", "participationRate")
                .queryParam("size", 100)
                .get("/api/v1/stats/units")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(96))
                .body("sort", equalTo("participationRate"))
                .extract()
                .jsonPath();
        int caDam = page.getInt("items.find { it.code == '" + CA_DAM + "' }.rank");
        int dtt = page.getInt("items.find { it.code == '" + DANG_THUY_TRAM + "' }.rank");
        int iaDal = page.getInt("items.find { it.code == '" + IA_DAL + "' }.rank");
        assertThat(caDam).isEqualTo(dtt);
        assertThat(iaDal).isGreaterThan(caDam + 1);
        // Competition ranking: after two units tied at rank r comes rank r + 2.
        List<Integer> ranks = page.getList("items.rank");
        assertThat(ranks).contains(caDam + 2).doesNotContain(caDam + 1);
        assertThat(page.getList("items.rank", Integer.class)).isSorted();

        api(Tokens.admin())
                .queryParam("q", "ca dam")
                .get("/api/v1/stats/units")
                .then()
                .statusCode(200)
                .body("items.code", equalTo(List.of(CA_DAM)));
        api(Tokens.admin())
                .queryParam("sort", "certified")
                .queryParam("type", "phường")
                .get("/api/v1/stats/units")
                .then()
                .statusCode(200)
                .body("items.type", not(hasItem("xã")));
        api(Tokens.admin())
                .queryParam("learnerGroup", "STUDENT")
                .queryParam("q", "Cà Đam")
                .get("/api/v1/stats/units")
                .then()
                .statusCode(200)
                .body("items[0].counts.learners", equalTo(1));
        api(Tokens.admin())
                .queryParam("sort", "popularity")
                .get("/api/v1/stats/units")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("sort"));
    }

    @Test
    void targetsSayWhereEachUnitStandsAndThePaceStillNeeded() {
        String achieved = createTarget(
                "Thử: mỗi xã có ít nhất 1 người có chứng nhận", "ADULTS", "CERTIFIED_COUNT", 1, TODAY.plusDays(30));
        String behind = createTarget(
                "Thử: 50% người trưởng thành tham gia trong 10 ngày",
                "ADULTS", "PARTICIPATION_RATE", 50, TODAY.plusDays(10));
        JsonPath unit = read(Tokens.admin(), "/api/v1/stats/units/" + CA_DAM);
        Map<String, Object> a = unit.getMap("targets.find { it.targetId == '" + achieved + "' }");
        assertThat(a)
                .containsEntry("status", "ACHIEVED")
                .containsEntry("currentCount", 1)
                .containsEntry("remaining", 0);
        // Goal 50% of 10 adults = 5; 2 now; 3 to go in 11 days (today included) = 0.3 a day; 2 joined in the
        // last 28 days, so at 2/28 a day the remaining 3 take 42 days: behind.
        Map<String, Object> b = unit.getMap("targets.find { it.targetId == '" + behind + "' }");
        assertThat(b)
                .containsEntry("status", "BEHIND")
                .containsEntry("goalCount", 5)
                .containsEntry("remaining", 3)
                .containsEntry("daysLeft", 10)
                .containsEntry("pacePerDayNeeded", 0.3f)
                .containsEntry("currentPacePerDay", 0.1f)
                .containsEntry("current", 20.0f)
                .containsEntry("projectedDate", TODAY.plusDays(42).toString());
        // The seeded "80% of adults by 31/12/2025" is past its deadline and not reached.
        assertThat(unit.getString("targets.find { it.name.startsWith('Ít nhất 80%') }.status"))
                .isEqualTo("MISSED");
        // Every unit has a status for an EACH_UNIT target.
        JsonPath overview = read(Tokens.admin(), "/api/v1/stats/targets");
        Map<String, Object> tally = overview.getMap("items.find { it.target.id == '" + achieved + "' }.places");
        assertThat((Integer) tally.get("achieved")).isGreaterThanOrEqualTo(2); // Cà Đam and Ia Đal at least
        assertThat(((Integer) tally.get("achieved"))
                        + (Integer) tally.get("onTrack")
                        + (Integer) tally.get("behind")
                        + (Integer) tally.get("missed")
                        + (Integer) tally.get("noDenominator"))
                .isEqualTo(96);
    }

    @Test
    void theFollowUpListShowsWhoIsMissingWhichStepAndIsAudited() {
        String manager = Tokens.unitManager(CA_DAM);
        api(manager)
                .queryParam("status", "NOT_ENROLLED")
                .get("/api/v1/stats/units/" + CA_DAM + "/learners")
                .then()
                .statusCode(200)
                .body("items.fullName", equalTo(List.of("Phạm Minh Châu")));
        api(manager)
                .queryParam("status", "NOT_COMPLETED")
                .get("/api/v1/stats/units/" + CA_DAM + "/learners")
                .then()
                .statusCode(200)
                .body("items.fullName", equalTo(List.of("Lê Thị Bình")))
                .body("items[0].lessonCount", equalTo(19))
                .body("items[0].lessonsCompleted", equalTo(0));
        String reads = Database.queryString(
                "SELECT count(*) FROM audit_event WHERE action = 'stats.learners.read' AND subject_id = ?", CA_DAM);
        // Everyone not yet certified, in Vietnamese order: Lê before Phạm; the certified citizen is not there.
        api(manager)
                .get("/api/v1/stats/units/" + CA_DAM + "/learners")
                .then()
                .statusCode(200)
                .body("items.fullName", equalTo(List.of("Lê Thị Bình", "Phạm Minh Châu")))
                .body("items.status", equalTo(List.of("NOT_COMPLETED", "NOT_ENROLLED")));
        api(manager)
                .queryParam("q", "chau")
                .get("/api/v1/stats/units/" + CA_DAM + "/learners")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1));
        assertThat(Integer.parseInt(Database.queryString(
                        "SELECT count(*) FROM audit_event WHERE action = 'stats.learners.read' AND subject_id = ?",
                        CA_DAM)))
                .isEqualTo(Integer.parseInt(reads) + 2);
    }

    @Test
    void theExportFilesCarryTheSameFiguresWithVietnameseHeaders() throws Exception {
        byte[] csv = api(Tokens.admin())
                .queryParam("format", "csv")
                .get("/api/v1/stats/units/export")
                .then()
                .statusCode(200)
                .header("Content-Disposition", org.hamcrest.Matchers.containsString(".csv"))
                .extract()
                .asByteArray();
        assertThat(csv[0]).isEqualTo((byte) 0xEF); // the UTF-8 byte-order mark Excel needs
        String text = new String(csv, StandardCharsets.UTF_8).substring(1);
        String[] lines = text.split("\r\n");
        assertThat(lines).hasSize(97);
        assertThat(lines[0]).startsWith("Hạng,Mã đơn vị,Tên đơn vị,Loại,Tài khoản,Đã ghi danh");
        String caDam = List.of(lines).stream()
                .filter(l -> l.contains("," + CA_DAM + ","))
                .findFirst()
                .orElseThrow();
        assertThat(caDam).contains(",Xã Cà Đam,xã,3,2,1,1,1,33.3,20.0,10,Không,0.0,2");

        byte[] xlsx = api(Tokens.unitManager(CA_DAM, IA_DAL))
                .queryParam("format", "xlsx")
                .get("/api/v1/stats/units/export")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = workbook.getFirstSheet().read();
            // Row 1 the title with the as-of time, row 3 the headers, then one row per unit.
            assertThat(rows.get(0).getCellText(0)).startsWith("Kết quả Bình dân học vụ số");
            Row header =
                    rows.stream().filter(r -> r.getRowNum() == 3).findFirst().orElseThrow();
            assertThat(header.getCellText(2)).isEqualTo("Tên đơn vị");
            // A unit manager's file holds only their units.
            assertThat(rows.stream().filter(r -> r.getRowNum() > 3)).hasSize(2);
            Row row = rows.stream()
                    .filter(r -> CA_DAM.equals(r.getCellText(1)))
                    .findFirst()
                    .orElseThrow();
            assertThat(row.getCellText(2)).isEqualTo("Xã Cà Đam");
            assertThat(row.getCellAsNumber(4).orElseThrow().intValue()).isEqualTo(3);
            assertThat(row.getCellAsNumber(10).orElseThrow().doubleValue()).isEqualTo(20.0);
        }
        api(Tokens.admin())
                .queryParam("format", "pdf")
                .get("/api/v1/stats/units/export")
                .then()
                .statusCode(400);
    }

    @Test
    void thePublicDashboardShowsAggregatesToAnyoneAndNoPersonalData() {
        String body = api().get("/api/v1/public/dashboard")
                .then()
                .statusCode(200)
                .header("Cache-Control", "public, max-age=60")
                .body("units.size()", equalTo(96))
                .body("units.find { it.code == '" + CA_DAM + "' }.learners", equalTo(3))
                .extract()
                .asString();
        assertThat(body).doesNotContain(citizenPhone.substring(1)).doesNotContain("Trần Văn An");
    }

    private static int group(JsonPath p, String group) {
        return p.getInt("byGroup.find { it.learnerGroup == '" + group + "' }.learners");
    }

    private static void putUnit(String code, Map<String, Object> body) {
        api(Tokens.admin())
                .body(body)
                .put("/api/v1/admin/units/" + code + "/denominators")
                .then()
                .statusCode(200);
    }

    private static String createTarget(String name, String group, String metric, double value, LocalDate deadline) {
        return api(Tokens.admin())
                .body(Map.of(
                        "name",
                        name,
                        "learnerGroup",
                        group,
                        "metric",
                        metric,
                        "value",
                        value,
                        "startsOn",
                        "2026-01-01",
                        "deadline",
                        deadline.toString(),
                        "scope",
                        "EACH_UNIT"))
                .post("/api/v1/admin/targets")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
