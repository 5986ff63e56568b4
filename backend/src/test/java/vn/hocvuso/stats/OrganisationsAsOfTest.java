package vn.hocvuso.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hocvuso.testing.Api.api;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.Database;
import vn.hocvuso.testing.Learners;
import vn.hocvuso.testing.Places;
import vn.hocvuso.testing.Tokens;
import vn.hocvuso.testing.WithTestClock;

/**
 * The organisations as of a past day (issue 14, V138): what the organisations' figures (list, tree, one), the
 * agencies' table and an agency's page with its targets served on a day D is what they serve for {@code asOf=D}
 * after a day in which an organisation was created, one renamed, one moved to another parent and one merged
 * into another: D's names, parents and closings, and not the organisation that did not exist yet.
 *
 * <p>Day D is yesterday: both clocks are set a day back for D, then to now (as in report.ReportFiguresTest), so
 * nothing is left dated after today. Every organisation here is this test's own, and so are their learners
 * (in {@value #UNIT}, which no other test uses): their rows are compared whole, their ranks aside (the others'
 * learners, dated today, are in the ranking of a clock moved back).
 */
@QuarkusTest
class OrganisationsAsOfTest extends WithTestClock {

    static final String UNIT = "21061";

    @Test
    void theOrganisationsAsOfAPastDayAreThoseOfThatDayWithTheirNamesParentsAndClosings() {
        LocalDate day = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(1);
        setBothClocks(Duration.ofDays(-1));
        long front = Places.agency(Places.unique("Khối thử (cũ)"), null);
        long other = Places.agency(Places.unique("Khối thử (mới)"), null);
        String oldName = Places.unique("Ban thử trước khi đổi tên");
        long renamed = Places.agency(oldName, front);
        long moved = Places.agency(Places.unique("Ban thử chuyển khối"), front);
        long merged = Places.agency(Places.unique("Ban thử sáp nhập"), front);
        servant(moved, "Trần Thị Lan");
        servant(merged, "Lê Văn Tâm");
        servant(merged, "Phạm Thị Hoa");

        // What day D serves.
        List<Long> ours = List.of(front, other, renamed, moved, merged);
        Map<String, Map<String, Object>> served = reads(ours, null);
        Map<Long, Map<String, Object>> agenciesServed = agencyRows(ours, null);
        assertThat(agenciesServed).hasSize(5);
        assertThat((List<?>) served.get("agency").get("targets")).isNotEmpty();

        // Midnight, and a day of changes to the tree.
        setBothClocks(Duration.ZERO);
        long created = Places.agency(Places.unique("Ban thử mới thành lập"), front);
        // Renamed twice: D's name is the one the first change replaced.
        Places.changeAgency(renamed, Places.unique("Ban thử đổi tên lần một"), front);
        Places.changeAgency(renamed, Places.unique("Ban thử đổi tên lần hai"), front);
        Places.changeAgency(moved, name(moved), other);
        api(Tokens.admin())
                .body(Map.of(
                        "closedOn",
                        day.plusDays(1).toString(),
                        "mergedIntoId",
                        other,
                        "version",
                        Places.organisationVersion(merged)))
                .post("/api/v1/admin/organisations/" + merged + "/close")
                .then()
                .statusCode(200);

        // Now: the new one is under the first root, the second one holds the moved and the merged ones.
        Map<String, Map<String, Object>> now = reads(ours, null);
        assertThat(now).isNotEqualTo(served);
        assertThat(names(now.get("children"))).contains(name(created)).doesNotContain(oldName, name(moved));
        assertThat(get("/api/v1/stats/organisations/" + other).get("organisation"))
                .extracting("subtreeCounts")
                .extracting("learners")
                .isEqualTo(3);
        assertThat((List<?>) now.get("agency").get("targets")).isEmpty();

        // As of D: what D served, and no sign of the new one.
        Map<String, Map<String, Object>> asOf = reads(ours, day);
        for (String read : served.keySet()) {
            assertThat(withoutMoment(asOf.get(read))).as(read).isEqualTo(withoutMoment(served.get(read)));
        }
        assertThat(agencyRows(ours, day)).isEqualTo(agenciesServed);
        assertThat(agencyRows(List.of(created), day)).isEmpty();
        api(Tokens.admin())
                .queryParam("asOf", day.toString())
                .get("/api/v1/stats/organisations/" + created)
                .then()
                .statusCode(404)
                .body("code", org.hamcrest.Matchers.equalTo("organisation_not_found"));
        api(Tokens.admin())
                .queryParam("asOf", day.toString())
                .get("/api/v1/stats/agencies/" + created)
                .then()
                .statusCode(404);
    }

    @Test
    void theOrganisationsTheInstallationSeededAreInEveryPastDaysDirectory() {
        // V90 seeded the Party's office, the Front, the media and the universities while it ran: they were there
        // before any learner, so a past day's directory has them, as today's does.
        LocalDate day = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(1);
        for (String name : List.of("Văn phòng Tỉnh ủy Quảng Ngãi", "Trường Đại học Phạm Văn Đồng")) {
            String id = Database.queryString("SELECT id FROM agency WHERE name = ?", name);
            assertThat(get("/api/v1/stats/organisations/" + id + asOf("?", day)).get("organisation"))
                    .as(name)
                    .extracting("name")
                    .isEqualTo(name);
        }
    }

    // ---- helpers ----

    /**
     * What is read of the organisations: the first root's children, each organisation with its own children,
     * and the merged one's agency page but its rank (its targets: open on D, it is a place of the agencies' targets
     * then).
     */
    private static Map<String, Map<String, Object>> reads(List<Long> ours, LocalDate day) {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        out.put("children", get("/api/v1/stats/organisations?parentId=" + ours.getFirst() + asOf("&", day)));
        for (long id : ours) {
            out.put("organisation " + id, get("/api/v1/stats/organisations/" + id + asOf("?", day)));
        }
        Map<String, Object> agency = new HashMap<>(get("/api/v1/stats/agencies/" + ours.getLast() + asOf("?", day)));
        agency.remove("rank");
        out.put("agency", agency);
        return out;
    }

    /** This test's rows of the agencies' table (every page), by id, without their rank. */
    private static Map<Long, Map<String, Object>> agencyRows(List<Long> ours, LocalDate day) {
        Map<Long, Map<String, Object>> out = new HashMap<>();
        int pages = 1;
        for (int page = 1; page <= pages; page++) {
            Map<String, Object> p = get("/api/v1/stats/agencies?size=100&page=" + page + asOf("&", day));
            pages = ((Number) p.get("totalPages")).intValue();
            for (Map<String, Object> row : items(p)) {
                long id = ((Number) row.get("id")).longValue();
                if (ours.contains(id)) {
                    Map<String, Object> unranked = new HashMap<>(row);
                    unranked.remove("rank");
                    out.put(id, unranked);
                }
            }
        }
        return out;
    }

    private static String asOf(String separator, LocalDate day) {
        return day == null ? "" : separator + "asOf=" + day;
    }

    private static Map<String, Object> get(String path) {
        return api(Tokens.admin()).get(path).then().statusCode(200).extract().as(Map.class);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Map<String, Object> page) {
        return (List<Map<String, Object>>) page.get("items");
    }

    private static List<Object> names(Map<String, Object> page) {
        List<Object> out = new ArrayList<>();
        items(page).forEach(row -> out.add(row.get("name")));
        return out;
    }

    private static Map<String, Object> withoutMoment(Map<String, Object> body) {
        Map<String, Object> out = new HashMap<>(body);
        out.remove("asOf");
        return out;
    }

    private static String name(long id) {
        return (String) get("/api/v1/admin/organisations/" + id).get("name");
    }

    private static void servant(long agency, String name) {
        Map<String, Object> person = Learners.person(UNIT, "CBCCVC", name);
        person.put("agencyId", agency);
        Learners.registerAndLogin(person);
    }
}
