package vn.hocvuso.province;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static vn.hocvuso.testing.Api.api;
import static vn.hocvuso.testing.Problems.violation;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.Database;
import vn.hocvuso.testing.Places;
import vn.hocvuso.testing.SyntheticProvince;
import vn.hocvuso.testing.Tokens;

/**
 * A province's administrator (PROVINCE_ADMIN) keeps its province's places (issue 15): its targets, the denominators of
 * its units, organisations and villages (one by one and by file), its units' villages (one by one and by file). The
 * synthetic second province's administrator does all of it there, and none of it to Quảng Ngãi: another province's
 * target, unit, organisation or village is not found (404), a unit's page of another province 403, another
 * province's row of a file that row's problem; nothing of Quảng Ngãi is written.
 */
@QuarkusTest
class ProvinceAdminPlacesTest {

    private static final String SECOND = SyntheticProvince.CODE;
    private static final String SECOND_UNIT = SyntheticProvince.UNIT;
    private static final String TINH_KHE = "21211";
    /** A date no other test's denominators use, so that no figure changes. */
    private static final String FROM = "2099-03-01";

    @BeforeAll
    static void twoProvinces() {
        SyntheticProvince.add();
    }

    @AfterAll
    static void onlyQuangNgaiAgain() {
        SyntheticProvince.remove();
    }

    @Test
    void itKeepsItsProvincesTargetsAndNoneOfAnothers() {
        String second = Tokens.provinceAdmin(SECOND);
        String admin = Tokens.admin();
        String own = Places.unique("Chỉ tiêu của Tỉnh Thử Nghiệm");
        String id = createTarget(second, own);
        assertThat(provinceOf(id)).isEqualTo(SECOND);
        api(second).get("/api/v1/stats/targets").then().statusCode(200).body("items.target.name", hasItem(own));
        api(Tokens.unitManager(TINH_KHE))
                .get("/api/v1/stats/targets")
                .then()
                .statusCode(200)
                .body("items.target.name", not(hasItem(own)));
        api(second)
                .body(target(own + " (sửa)"))
                .put("/api/v1/admin/targets/" + id)
                .then()
                .statusCode(200)
                .body("name", equalTo(own + " (sửa)"));

        // Quảng Ngãi's target: not found to it, and unchanged.
        String quangNgais = Places.unique("Chỉ tiêu của Quảng Ngãi");
        String theirs = createTarget(admin, quangNgais);
        assertThat(provinceOf(theirs)).isEqualTo("quang-ngai");
        api(second)
                .body(target("Đổi chỉ tiêu tỉnh khác"))
                .put("/api/v1/admin/targets/" + theirs)
                .then()
                .statusCode(404)
                .body("code", equalTo("target_not_found"));
        api(second).delete("/api/v1/admin/targets/" + theirs).then().statusCode(404);
        assertThat(Database.queryString("SELECT name FROM target WHERE id = ?::uuid", theirs))
                .isEqualTo(quangNgais);

        // It may name its own province only; one who administers several names one.
        String elsewhere = Places.unique("Chỉ tiêu đặt cho tỉnh khác");
        api(second)
                .body(target(elsewhere))
                .queryParam("province", "quang-ngai")
                .post("/api/v1/admin/targets")
                .then()
                .statusCode(403);
        api(Tokens.provinceAdmin(SECOND, "quang-ngai"))
                .body(target(elsewhere))
                .post("/api/v1/admin/targets")
                .then()
                .spec(violation("province", "required", "Vui lòng nhập thông tin này."));
        assertThat(Database.queryString("SELECT count(*) FROM target WHERE name = ?", elsewhere))
                .isEqualTo("0");
        // The national administrator names any province, a known one.
        api(admin)
                .body(target(elsewhere))
                .queryParam("province", "ha-noi")
                .post("/api/v1/admin/targets")
                .then()
                .statusCode(404)
                .body("code", equalTo("province_not_found"));

        api(second).delete("/api/v1/admin/targets/" + id).then().statusCode(204);
        api(admin).delete("/api/v1/admin/targets/" + theirs).then().statusCode(204);
    }

    @Test
    void itSetsItsPlacesDenominatorsAndNoneOfAnothers() {
        String second = Tokens.provinceAdmin(SECOND);
        long school = Places.organisation("SCHOOL", Places.unique("Trường Thử Nghiệm"), SECOND_UNIT);
        long enterprise = Places.organisation("ENTERPRISE", Places.unique("Công ty Quảng Ngãi (thử)"), TINH_KHE);
        long quangNgaisVillage = Places.village(TINH_KHE, Places.unique("Thôn Quảng Ngãi (thử)"));
        // The organisations entered past the API: part of their provinces' reach once read.
        SyntheticProvince.forgetCaches();
        long village = village(second, SECOND_UNIT, Places.unique("Thôn Thử Nghiệm"));

        api(second)
                .body(version(Map.of("population", 1000, "adultPopulation", 710)))
                .put("/api/v1/admin/units/" + SECOND_UNIT + "/denominators")
                .then()
                .statusCode(200)
                .body(of(FROM, "adultPopulation"), equalTo(710));
        api(second)
                .body(version(Map.of("students", 300)))
                .put("/api/v1/admin/agencies/" + school + "/denominators")
                .then()
                .statusCode(200)
                .body(of(FROM, "students"), equalTo(300));
        api(second)
                .body(version(Map.of("population", 200, "adultPopulation", 150)))
                .put("/api/v1/admin/villages/" + village + "/denominators")
                .then()
                .statusCode(200);
        api(second)
                .get("/api/v1/admin/villages/" + village + "/denominators")
                .then()
                .statusCode(200)
                .body(of(FROM, "adultPopulation"), equalTo(150));

        // Quảng Ngãi's unit, organisation and village: not found, read or written.
        Map<String, String> refused = Map.of(
                "/api/v1/admin/units/" + TINH_KHE, "unit_not_found",
                "/api/v1/admin/agencies/" + enterprise, "agency_not_found",
                "/api/v1/admin/villages/" + quangNgaisVillage, "village_not_found");
        refused.forEach((place, code) -> {
            api(second).get(place + "/denominators").then().statusCode(404).body("code", equalTo(code));
            api(second)
                    .body(version(Map.of(code.equals("agency_not_found") ? "publicServants" : "population", 7)))
                    .put(place + "/denominators")
                    .then()
                    .statusCode(404)
                    .body("code", equalTo(code));
        });
        assertThat(writtenOn(FROM, TINH_KHE, enterprise, quangNgaisVillage)).isZero();
        // Quảng Ngãi's own administrator reads them.
        api(Tokens.provinceAdmin("quang-ngai"))
                .get("/api/v1/admin/units/" + TINH_KHE + "/denominators")
                .then()
                .statusCode(200);
    }

    @Test
    void itImportsTheDenominatorsOfItsPlacesOnlyAndAnotherProvincesRowIsThatRowsProblem() {
        String second = Tokens.provinceAdmin(SECOND);
        long school = Places.organisation("SCHOOL", Places.unique("Trường Nhập Thử"), SECOND_UNIT);
        long enterprise = Places.organisation("ENTERPRISE", Places.unique("Công ty Nhập (thử)"), TINH_KHE);
        SyntheticProvince.forgetCaches();
        String village = Places.unique("Thôn Nhập Thử");
        village(second, SECOND_UNIT, village);
        String date = "2099-04-01";
        String own = "Mã đơn vị,Cơ quan,Thôn/tổ dân phố,Hiệu lực từ,Dân số,Dân số trưởng thành,Số CBCCVC,"
                + "Số học sinh/sinh viên,Ước tính,Nguồn số liệu\r\n"
                + SECOND_UNIT + ",,," + date + ",1000,700,,,không,Thử\r\n"
                + SECOND_UNIT + ",," + village + "," + date + ",300,200,,,không,Thử\r\n"
                + "," + school + ",," + date + ",,,20,250,không,Thử\r\n";
        String mixed = own
                + TINH_KHE + ",,," + date + ",5000,4000,,,không,Thử\r\n"
                + "," + enterprise + ",," + date + ",,,9,,không,Thử\r\n";

        JsonPath dry = importing(second, "/dry-run", mixed, 200);
        assertThat(dry.getList("errors.line", Integer.class)).containsExactly(5, 6);
        assertThat(dry.getList("errors.code", String.class))
                .containsExactly("out_of_scope_unit", "out_of_scope_agency");
        importing(second, "", mixed, 400);
        assertThat(writtenOn(date, TINH_KHE, enterprise, 0)).isZero();
        assertThat(Database.queryString(
                        "SELECT count(*) FROM unit_denominator WHERE unit_code = ? AND valid_from = ?::date",
                        SECOND_UNIT,
                        date))
                .isEqualTo("0");

        JsonPath done = importing(second, "", own, 200);
        assertThat(done.getInt("created")).isEqualTo(3);
        assertThat(done.getList("errors")).isEmpty();
    }

    @Test
    void itKeepsItsUnitsVillagesAndNoneOfAnothers() {
        String second = Tokens.provinceAdmin(SECOND);
        String name = Places.unique("Thôn Mới Thử Nghiệm");
        long id = village(second, SECOND_UNIT, name);
        api(second)
                .queryParam("q", name)
                .get("/api/v1/unit-villages/" + SECOND_UNIT)
                .then()
                .statusCode(200)
                .body("items.id", hasItem((int) id));
        api(second)
                .body(Map.of("version", 0, "kind", "TO_DAN_PHO"))
                .patch("/api/v1/unit-villages/" + SECOND_UNIT + "/" + id)
                .then()
                .statusCode(200)
                .body("kind", equalTo("TO_DAN_PHO"));

        String refused = Places.unique("Thôn Không Được Thêm");
        api(second).get("/api/v1/unit-villages/" + TINH_KHE).then().statusCode(403);
        api(second)
                .body(Map.of("name", refused, "kind", "THON"))
                .post("/api/v1/unit-villages/" + TINH_KHE)
                .then()
                .statusCode(403);

        // By file: its unit's rows are written; a row of Quảng Ngãi's unit is that row's problem; Quảng Ngãi's page
        // 403.
        String created = Places.unique("Thôn Nhập Tệp");
        String file = "Tên thôn/tổ dân phố,Loại,Mã đơn vị\r\n" + created + ",thôn,\r\n" + refused + ",thôn," + TINH_KHE
                + "\r\n";
        JsonPath dry = villages(second, "/dry-run", SECOND_UNIT, file, 200);
        assertThat(dry.getList("errors.code", String.class)).containsExactly("out_of_scope_unit");
        villages(second, "", TINH_KHE, file, 403);
        villages(second, "", SECOND_UNIT, file, 400);
        assertThat(Database.queryString("SELECT count(*) FROM village WHERE name = ?", refused))
                .isEqualTo("0");
        JsonPath done = villages(second, "", SECOND_UNIT, "Tên thôn/tổ dân phố,Loại\r\n" + created + ",thôn\r\n", 200);
        assertThat(done.getList("rows.outcome", String.class)).containsExactly("CREATED");
    }

    // ---- the data ----

    private static Map<String, Object> target(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("learnerGroup", "ADULTS");
        body.put("metric", "PARTICIPATION_RATE");
        body.put("value", 80);
        body.put("startsOn", "2026-01-01");
        body.put("deadline", "2026-12-31");
        body.put("scope", "EACH_UNIT");
        return body;
    }

    /** A target named {@code name} made by {@code token} (201); its id. */
    private static String createTarget(String token, String name) {
        return api(token)
                .body(target(name))
                .post("/api/v1/admin/targets")
                .then()
                .statusCode(201)
                .body("name", equalTo(name))
                .extract()
                .path("id");
    }

    private static String provinceOf(String target) {
        return Database.queryString("SELECT province_code FROM target WHERE id = ?::uuid", target);
    }

    private static Map<String, Object> version(Map<String, Object> figures) {
        Map<String, Object> body = new HashMap<>(figures);
        body.put("validFrom", FROM);
        body.put("estimated", false);
        body.put("source", "Thử");
        return body;
    }

    /** The path of a figure of the version of {@code date} in a history. */
    private static String of(String date, String figure) {
        return "items.find { it.validFrom == '" + date + "' }." + figure;
    }

    /** A new village of the unit made by {@code token}; its id. */
    private static long village(String token, String unit, String name) {
        Number id = api(token)
                .body(Map.of("name", name, "kind", "THON"))
                .post("/api/v1/unit-villages/" + unit)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        return id.longValue();
    }

    /** The denominator versions of that date of the unit, organisation and village. */
    private static long writtenOn(String date, String unit, long agency, long village) {
        return Long.parseLong(Database.queryString(
                "SELECT (SELECT count(*) FROM unit_denominator WHERE unit_code = ? AND valid_from = ?::date)"
                        + " + (SELECT count(*) FROM agency_denominator WHERE agency_id = ? AND valid_from = ?::date)"
                        + " + (SELECT count(*) FROM village_denominator WHERE village_id = ? AND valid_from = ?::date)",
                unit,
                date,
                agency,
                date,
                village,
                date));
    }

    private static JsonPath importing(String token, String path, String file, int status) {
        return api(token)
                .contentType("text/csv")
                .body(file.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/imports/denominators" + path)
                .then()
                .statusCode(status)
                .extract()
                .jsonPath();
    }

    private static JsonPath villages(String token, String path, String unit, String file, int status) {
        return api(token)
                .contentType("text/csv")
                .queryParam("unitCode", unit)
                .body(file.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/imports/villages" + path)
                .then()
                .statusCode(status)
                .extract()
                .jsonPath();
    }
}
