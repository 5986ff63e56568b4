package vn.hocvuso.village;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static vn.hocvuso.testing.Api.api;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.Database;
import vn.hocvuso.testing.Places;
import vn.hocvuso.testing.Tokens;

/** A unit's villages as reference data: kept by its managers, offered (when open) at registration. */
@QuarkusTest
class VillagesTest {

    private static final String TINH_KHE = "21211";
    private static final String OTHER_UNIT = "21172";

    @Test
    void aUnitManagerAddsRenamesClosesAndReopensTheUnitsVillagesEachAudited() {
        String manager = Tokens.unitManager(TINH_KHE);
        String name = Places.unique("Thôn Trường Thọ");
        Number id = api(manager)
                .body(Map.of("name", "  " + name + "  ", "kind", "THON"))
                .post("/api/v1/unit-villages/" + TINH_KHE)
                .then()
                .statusCode(201)
                .body("name", equalTo(name))
                .body("unitCode", equalTo(TINH_KHE))
                .body("closedOn", nullValue())
                .body("learners", equalTo(0))
                .body("version", equalTo(0))
                .extract()
                .path("id");
        String path = "/api/v1/unit-villages/" + TINH_KHE + "/" + id;

        api(manager)
                .body(Map.of("version", 0, "name", name + " Đông"))
                .patch(path)
                .then()
                .statusCode(200)
                .body("name", equalTo(name + " Đông"))
                .body("kind", equalTo("THON"))
                .body("version", equalTo(1));
        // Someone else's change meanwhile: the stale version is refused, nothing changes.
        api(manager)
                .body(Map.of("version", 0, "name", "Thôn Khác"))
                .patch(path)
                .then()
                .statusCode(409)
                .body("code", equalTo("edit_conflict"));

        api(manager)
                .body(Map.of("version", 1, "closedOn", "2026-11-20"))
                .post(path + "/close")
                .then()
                .statusCode(200)
                .body("closedOn", equalTo("2026-11-20"))
                .body("version", equalTo(2));
        api().queryParam("q", name)
                .get("/api/v1/units/" + TINH_KHE + "/villages")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(0));
        api(manager)
                .queryParam("q", name)
                .queryParam("closed", true)
                .get("/api/v1/unit-villages/" + TINH_KHE)
                .then()
                .statusCode(200)
                .body("items.id", contains(id));
        api(manager)
                .body(Map.of("version", 2))
                .post(path + "/close")
                .then()
                .statusCode(409)
                .body("code", equalTo("village_closed"));

        api(manager)
                .body(Map.of("version", 2))
                .post(path + "/reopen")
                .then()
                .statusCode(200)
                .body("closedOn", nullValue());
        api().queryParam("q", name)
                .get("/api/v1/units/" + TINH_KHE + "/villages")
                .then()
                .body("items.id", contains(id));

        Map<String, String> actions = new HashMap<>();
        for (String action :
                new String[] {"village.created", "village.updated", "village.closed", "village.reopened"}) {
            actions.put(
                    action,
                    Database.queryString(
                            "SELECT count(*) FROM audit_event WHERE action = ? AND subject_id = ?",
                            action,
                            id.toString()));
        }
        assertThat(actions)
                .as("each change audited once")
                .containsEntry("village.created", "1")
                .containsEntry("village.updated", "1")
                .containsEntry("village.closed", "1")
                .containsEntry("village.reopened", "1");
    }

    @Test
    void anotherUnitsManagerMayNotTouchTheVillagesAndAnotherUnitsIdFindsNothing() {
        long village = Places.village(TINH_KHE, Places.unique("Thôn Phú Quý"));
        String otherManager = Tokens.unitManager(OTHER_UNIT);
        api(otherManager).get("/api/v1/unit-villages/" + TINH_KHE).then().statusCode(403);
        api(otherManager)
                .body(Map.of("name", "Thôn Lạ", "kind", "THON"))
                .post("/api/v1/unit-villages/" + TINH_KHE)
                .then()
                .statusCode(403);
        Places.closeVillage(otherManager, TINH_KHE, village, Map.of("version", 0))
                .statusCode(403);
        // Through their own unit's path, the village of another unit is not found.
        Places.closeVillage(otherManager, OTHER_UNIT, village, Map.of("version", 0))
                .statusCode(404)
                .body("code", equalTo("village_not_found"));
        api(Tokens.learner(UUID.randomUUID()))
                .get("/api/v1/unit-villages/" + TINH_KHE)
                .then()
                .statusCode(403);
        api().get("/api/v1/unit-villages/" + TINH_KHE).then().statusCode(401);
    }

    @Test
    void aNameIsUniqueInItsUnitIgnoringCaseAndDiacriticsButMayRepeatInAnother() {
        String name = Places.unique("Thôn Thanh Khiết");
        Places.village(TINH_KHE, name);
        api(Tokens.admin())
                .body(Map.of("name", name.toUpperCase().replace("Ế", "E"), "kind", "THON"))
                .post("/api/v1/unit-villages/" + TINH_KHE)
                .then()
                .statusCode(409)
                .body("code", equalTo("village_name_taken"))
                .body("violations.field", hasItem("name"));
        Places.village(OTHER_UNIT, name);
    }

    @Test
    void hostileOrWrongInputIsA400NeverA500() {
        String manager = Tokens.unitManager(TINH_KHE);
        api(manager)
                .body(Map.of("name", "", "kind", "LANG"))
                .post("/api/v1/unit-villages/" + TINH_KHE)
                .then()
                .statusCode(400);
        api(manager)
                .body(Map.of("name", "x".repeat(201), "kind", "THON"))
                .post("/api/v1/unit-villages/" + TINH_KHE)
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("name"));
        long village = Places.village(TINH_KHE, Places.unique("Thôn Hòa Bình"));
        Places.closeVillage(manager, TINH_KHE, village, Map.of("version", 0, "mergedIntoId", village))
                .statusCode(400)
                .body("violations[0].code", equalTo("merge_target_invalid"));
        long elsewhere = Places.village(OTHER_UNIT, Places.unique("Tổ dân phố 1"));
        Places.closeVillage(manager, TINH_KHE, village, Map.of("version", 0, "mergedIntoId", elsewhere))
                .statusCode(400)
                .body("violations[0].field", equalTo("mergedIntoId"));
        api().get("/api/v1/units/99999/villages").then().statusCode(404).body("code", equalTo("unit_not_found"));
        api().get("/api/v1/units/abc/villages").then().statusCode(400);
    }

    @Test
    void aMergedVillageNamesWhereItWentAndRegistrationNoLongerOffersIt() {
        String manager = Tokens.unitManager(TINH_KHE);
        String stem = Places.unique("Thôn Sáp Nhập");
        long old = Places.village(TINH_KHE, stem + " Cũ");
        long into = Places.village(TINH_KHE, stem + " Mới");
        Places.closeVillage(manager, TINH_KHE, old, Map.of("version", 0, "mergedIntoId", into))
                .statusCode(200)
                .body("mergedIntoId", equalTo((int) into))
                .body("mergedIntoName", equalTo(stem + " Mới"))
                .body("closedOn", not(nullValue()));
        api().queryParam("q", stem)
                .get("/api/v1/units/" + TINH_KHE + "/villages")
                .then()
                .body("items.id", contains((int) into));
    }

    @Test
    void registrationSearchIgnoresDiacriticsAndSortsInVietnameseOrder() {
        String tag = Places.unique("");
        String[] names = {"Thôn Đông Yên" + tag, "Thôn Dương Sơn" + tag, "Thôn Đá Bạc" + tag, "Thôn An Kỳ" + tag};
        for (String name : names) {
            Places.village(TINH_KHE, name);
        }
        api().queryParam("q", "dong yen" + tag)
                .get("/api/v1/units/" + TINH_KHE + "/villages")
                .then()
                .body("items.name", contains(names[0]));
        api().queryParam("q", tag.strip())
                .get("/api/v1/units/" + TINH_KHE + "/villages")
                .then()
                // "d" before "đ", "á" before "ô", in Vietnamese order.
                .body("items.name", contains(names[3], names[1], names[2], names[0]));
    }
}
