package vn.hocvuso.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.hocvuso.testing.Api.api;
import static vn.hocvuso.testing.Learners.with;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.Tokens;

/** Who may read which figures and change which denominators and targets: every endpoint, allowed and denied. */
@QuarkusTest
class StatsAccessTest {

    static final String MINE = "21538";
    static final String OTHER = "23344";

    @Test
    void theProvinceSummaryAndTargetsAreForManagersAdminsAndStatsReaders() {
        for (String path : List.of("/api/v1/stats/summary", "/api/v1/stats/targets")) {
            api(Tokens.unitManager(MINE)).get(path).then().statusCode(200);
            api(Tokens.agencyManager(1L)).get(path).then().statusCode(200);
            api(Tokens.admin()).get(path).then().statusCode(200);
            api(Tokens.integrator("stats:read", List.of())).get(path).then().statusCode(200);
        }
        api(Tokens.admin())
                .queryParam("days", 0)
                .get("/api/v1/stats/summary")
                .then()
                .statusCode(400);
        api(Tokens.admin())
                .queryParam("days", 367)
                .get("/api/v1/stats/summary")
                .then()
                .statusCode(400);
        api(Tokens.admin())
                .queryParam("days", 7)
                .get("/api/v1/stats/summary")
                .then()
                .statusCode(200)
                .body("series.size()", equalTo(7));
    }

    @Test
    void aUnitManagerSeesOnlyTheirUnits() {
        String manager = Tokens.unitManager(MINE);
        api(manager)
                .get("/api/v1/stats/units")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items.code", equalTo(List.of(MINE)));
        api(manager).get("/api/v1/stats/units/" + MINE).then().statusCode(200);
        api(manager).get("/api/v1/stats/units/" + OTHER).then().statusCode(403).body("code", equalTo("forbidden"));
        api(manager).get("/api/v1/stats/units/" + OTHER + "/learners").then().statusCode(403);
        api(manager).get("/api/v1/stats/units/" + MINE + "/learners").then().statusCode(200);
        api(manager)
                .queryParam("format", "csv")
                .get("/api/v1/stats/units/export")
                .then()
                .statusCode(200);
        // A service account limited to a unit reads that unit only.
        String limited = Tokens.integrator("stats:read", List.of(MINE));
        api(limited).get("/api/v1/stats/units").then().statusCode(200).body("items.code", equalTo(List.of(MINE)));
        api(limited).get("/api/v1/stats/units/" + OTHER).then().statusCode(403);
        api(limited).get("/api/v1/stats/units/" + MINE + "/learners").then().statusCode(403);
    }

    @Test
    void anAgencyManagerSeesOnlyTheirAgenciesAndNoUnits() {
        String manager = Tokens.agencyManager(2L);
        api(manager)
                .get("/api/v1/stats/agencies")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items.id", equalTo(List.of(2)));
        api(manager).get("/api/v1/stats/agencies/2").then().statusCode(200).body("agency.id", equalTo(2));
        api(manager).get("/api/v1/stats/agencies/3").then().statusCode(403);
    }

    @Test
    void anAdministratorSeesEveryFigureButNotTheFollowUpListOfPeople() {
        String admin = Tokens.admin();
        api(admin).get("/api/v1/stats/units").then().statusCode(200).body("totalItems", equalTo(96));
        // The 15 departments, the addressees of the notice and the universities V90 seeded, and what tests add.
        api(admin).get("/api/v1/stats/agencies").then().statusCode(200).body("totalItems", greaterThanOrEqualTo(26));
        api(admin).get("/api/v1/stats/units/" + OTHER).then().statusCode(200);
        api(admin).get("/api/v1/stats/units/99999").then().statusCode(404).body("code", equalTo("unit_not_found"));
        api(admin).get("/api/v1/stats/units/abc").then().statusCode(400);
        api(admin)
                .get("/api/v1/stats/agencies/999999")
                .then()
                .statusCode(404)
                .body("code", equalTo("agency_not_found"));
        api(Tokens.unitManager(MINE))
                .queryParam("status", "LOST")
                .get("/api/v1/stats/units/" + MINE + "/learners")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("status"));
    }

    @Test
    void thePublicDashboardRanksEveryUnitWithTiesSharingARank() {
        List<Integer> ranks = api().get("/api/v1/public/dashboard")
                .then()
                .statusCode(200)
                .body("units.size()", equalTo(96))
                .extract()
                .path("units.rank");
        // shared ranks skip (1, 2, 2, 4): the first is 1, none falls, each is at most its place
        assertThat(ranks.get(0)).isEqualTo(1);
        assertThat(ranks).isSorted();
        for (int i = 0; i < ranks.size(); i++) {
            assertThat(ranks.get(i)).isBetween(1, i + 1);
        }
    }

    @Test
    void onlyAdministratorsSetDenominatorsAndEachVersionIsKept() {
        String path = "/api/v1/admin/units/" + OTHER + "/denominators";
        Map<String, Object> body = Map.of(
                "validFrom",
                "2026-03-01",
                "population",
                5600,
                "adultPopulation",
                4000,
                "publicServants",
                30,
                "estimated",
                false,
                "source",
                "Niên giám thống kê 2025");
        api(Tokens.admin())
                .body(body)
                .put(path)
                .then()
                .statusCode(200)
                .body("items[0].validFrom", equalTo("2026-03-01"))
                .body("items[0].adultPopulation", equalTo(4000))
                .body("items[1].validFrom", equalTo("2025-07-01"))
                .body("items[1].estimated", equalTo(true));
        // The same request again replaces that version: nothing new.
        api(Tokens.admin()).body(body).put(path).then().statusCode(200).body("items.size()", equalTo(2));
        api(Tokens.admin()).get(path).then().statusCode(200).body("unitCode", equalTo(OTHER));
        api(Tokens.admin())
                .body(Map.of(
                        "validFrom",
                        "2026-03-01",
                        "population",
                        10,
                        "adultPopulation",
                        20,
                        "estimated",
                        false,
                        "source",
                        " "))
                .put(path)
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("adultPopulation"))
                .body("violations.field", hasItem("source"));
        api(Tokens.admin())
                .body(Map.of("validFrom", "2026-03-01", "population", -1, "estimated", false, "source", "x"))
                .put(path)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("population"));
        // Numbers are not dates (100001 would be read as the day 2243-10-17) nor booleans: refused, nothing kept.
        api(Tokens.admin())
                .body(with(body, "validFrom", 100_001))
                .put(path)
                .then()
                .statusCode(400)
                .body("code", equalTo("invalid_type"))
                .body("violations[0].field", equalTo("validFrom"));
        api(Tokens.admin())
                .body(with(body, "estimated", 1))
                .put(path)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("estimated"));
        api(Tokens.admin()).get(path).then().statusCode(200).body("items.size()", equalTo(2));
        api(Tokens.admin())
                .body(body)
                .put("/api/v1/admin/units/99999/denominators")
                .then()
                .statusCode(404);

        String agencyPath = "/api/v1/admin/agencies/5/denominators";
        Map<String, Object> agencyBody = Map.of(
                "validFrom",
                "2026-01-01",
                "publicServants",
                120,
                "estimated",
                false,
                "source",
                "Quyết định giao biên chế");
        api(Tokens.admin())
                .body(agencyBody)
                .put(agencyPath)
                .then()
                .statusCode(200)
                .body("items[0].publicServants", equalTo(120));
        api(Tokens.admin()).get(agencyPath).then().statusCode(200).body("agencyId", equalTo(5));
        api(Tokens.admin())
                .body(agencyBody)
                .put("/api/v1/admin/agencies/999999/denominators")
                .then()
                .statusCode(404);
    }

    @Test
    void onlyAdministratorsManageTargetsAndBadOnesAreRefusedWithReasons() {
        Map<String, Object> body = Map.of(
                "name",
                "Thử: 90% CBCCVC có chứng nhận",
                "learnerGroup",
                "CBCCVC",
                "metric",
                "CERTIFIED_RATE",
                "value",
                90,
                "startsOn",
                "2026-01-01",
                "deadline",
                "2026-12-31",
                "scope",
                "EACH_AGENCY");
        String id = api(Tokens.admin())
                .body(body)
                .post("/api/v1/admin/targets")
                .then()
                .statusCode(201)
                .body("value", equalTo(90.0f))
                .extract()
                .path("id");
        api(Tokens.admin()).get("/api/v1/stats/targets").then().statusCode(200).body("items.target.id", hasItem(id));

        Map<String, Object> changed = new java.util.HashMap<>(body);
        changed.put("value", 95);
        api(Tokens.admin())
                .body(changed)
                .put("/api/v1/admin/targets/" + id)
                .then()
                .statusCode(200)
                .body("value", equalTo(95.0f));

        Map<String, Object> bad = new java.util.HashMap<>(body);
        bad.put("value", 150);
        bad.put("deadline", "2025-12-31");
        api(Tokens.admin())
                .body(bad)
                .post("/api/v1/admin/targets")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("value"))
                .body("violations.field", hasItem("deadline"));
        bad = new java.util.HashMap<>(body);
        bad.put("metric", "HAPPINESS");
        api(Tokens.admin()).body(bad).post("/api/v1/admin/targets").then().statusCode(400);

        api(Tokens.unitManager(MINE))
                .delete("/api/v1/admin/targets/" + id)
                .then()
                .statusCode(403);
        api(Tokens.admin()).delete("/api/v1/admin/targets/" + id).then().statusCode(204);
        api(Tokens.admin())
                .delete("/api/v1/admin/targets/" + id)
                .then()
                .statusCode(404)
                .body("code", equalTo("target_not_found"));
        api(Tokens.admin())
                .body(changed)
                .put("/api/v1/admin/targets/" + id)
                .then()
                .statusCode(404);
    }
}
