package vn.hocvuso.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static vn.hocvuso.testing.Api.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.Database;
import vn.hocvuso.testing.Places;
import vn.hocvuso.testing.Tokens;

/**
 * A unit's, an organisation's and a village's denominators, set through the API in Xã Trà Giang (21244),
 * which no other test uses, from a date far ahead (so no figure of any other test changes): what the
 * history answers, that the same date again replaces its version, and the audit event with every figure.
 */
@QuarkusTest
class DenominatorVersionsTest {

    static final String UNIT = "21244";
    static final String FROM = "2099-01-01";

    @Test
    void aUnitsVersionOfADateIsReplacedByTheSameDateAndAuditedWithEveryFigure() {
        put("/api/v1/admin/units/" + UNIT, Map.of("population", 900, "adultPopulation", 700, "publicServants", 30));
        api(Tokens.admin())
                .body(body(Map.of("population", 950, "adultPopulation", 720)))
                .put("/api/v1/admin/units/" + UNIT + "/denominators")
                .then()
                .statusCode(200)
                .body("unitCode", equalTo(UNIT))
                .body("items.findAll { it.validFrom == '" + FROM + "' }.size()", equalTo(1))
                .body("items[0].validFrom", equalTo(FROM))
                .body("items[0].population", equalTo(950))
                .body("items[0].adultPopulation", equalTo(720))
                .body("items[0].publicServants", nullValue())
                .body("items[0].estimated", equalTo(true))
                .body("items[0].source", equalTo("Thống kê của xã (thử)"))
                .body("items[0].recordedAt", notNullValue());
        assertThat(lastAudit("denominator.unit.set", "unit", UNIT))
                .containsExactlyInAnyOrderEntriesOf(
                        audited("population", 950, "adultPopulation", 720, "publicServants", null));
    }

    @Test
    void anOrganisationsVersionKeepsItsOwnHeadcountsAndIsAudited() {
        long firm = Places.organisation("ENTERPRISE", Places.unique("Công ty Trà Giang (thử)"), UNIT);
        api(Tokens.admin())
                .body(body(Map.of("workers", 40, "publicServants", 3)))
                .put("/api/v1/admin/agencies/" + firm + "/denominators")
                .then()
                .statusCode(200)
                .body("agencyId", equalTo((int) firm))
                .body("items.size()", equalTo(1))
                .body("items[0].workers", equalTo(40))
                .body("items[0].publicServants", equalTo(3))
                .body("items[0].students", nullValue())
                .body("items[0].estimated", equalTo(true));
        assertThat(lastAudit("denominator.agency.set", "agency", Long.toString(firm)))
                .containsExactlyInAnyOrderEntriesOf(audited("publicServants", 3, "students", null, "workers", 40));
        api(Tokens.admin())
                .get("/api/v1/admin/agencies/" + firm + "/denominators")
                .then()
                .statusCode(200)
                .body("items.workers", equalTo(List.of(40)));
    }

    @Test
    void aVillagesVersionIsAnsweredNewestFirstAndAudited() {
        long village = Places.village(UNIT, Places.unique("Thôn Trà Giang (thử)"));
        api(Tokens.admin())
                .body(Map.of("validFrom", "2098-01-01", "population", 80, "estimated", false, "source", "Trưởng thôn"))
                .put("/api/v1/admin/villages/" + village + "/denominators")
                .then()
                .statusCode(200);
        put("/api/v1/admin/villages/" + village, Map.of("population", 100, "adultPopulation", 60));
        api(Tokens.admin())
                .get("/api/v1/admin/villages/" + village + "/denominators")
                .then()
                .statusCode(200)
                .body("villageId", equalTo((int) village))
                .body("items.validFrom", equalTo(List.of(FROM, "2098-01-01")))
                .body("items.population", equalTo(List.of(100, 80)))
                .body("items.adultPopulation", equalTo(Arrays.asList(60, null)))
                .body("items.estimated", equalTo(List.of(true, false)))
                .body("items.source", equalTo(List.of("Thống kê của xã (thử)", "Trưởng thôn")));
        assertThat(lastAudit("denominator.village.set", "village", Long.toString(village)))
                .containsExactlyInAnyOrderEntriesOf(audited("population", 100, "adultPopulation", 60));
    }

    private static void put(String path, Map<String, Object> figures) {
        api(Tokens.admin())
                .body(body(figures))
                .put(path + "/denominators")
                .then()
                .statusCode(200);
    }

    private static Map<String, Object> body(Map<String, Object> figures) {
        Map<String, Object> body =
                new HashMap<>(Map.of("validFrom", FROM, "estimated", true, "source", "Thống kê của xã (thử)"));
        body.putAll(figures);
        return body;
    }

    /** What the audit keeps of a version set through the API at {@link #FROM}: its figures and how it was set. */
    private static Map<String, Object> audited(Object... figures) {
        Map<String, Object> details = new HashMap<>(
                Map.of("validFrom", FROM, "estimated", true, "source", "Thống kê của xã (thử)", "via", "api"));
        for (int i = 0; i < figures.length; i += 2) {
            details.put((String) figures[i], figures[i + 1]);
        }
        return details;
    }

    /** The details of the newest audit event of that action on that subject. */
    private static Map<String, Object> lastAudit(String action, String subjectType, String subjectId) {
        return JsonPath.from(Database.queryString(
                        "SELECT details::text FROM audit_event WHERE action = ? AND subject_type = ? AND subject_id = ?"
                                + " ORDER BY id DESC LIMIT 1",
                        new Object[] {action, subjectType, subjectId}))
                .getMap("");
    }
}
