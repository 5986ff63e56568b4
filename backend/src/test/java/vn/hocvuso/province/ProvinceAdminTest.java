package vn.hocvuso.province;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static vn.hocvuso.testing.Api.api;
import static vn.hocvuso.testing.Problems.violation;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.Database;
import vn.hocvuso.testing.Learners;
import vn.hocvuso.testing.SyntheticProvince;
import vn.hocvuso.testing.Tokens;

/**
 * A province's administrator (PROVINCE_ADMIN, issue 15): granted by the national administrator with its province,
 * which its token carries; it reads its province's figures and nothing of another's, and is refused what only the
 * national administrator may do. Quảng Ngãi beside the synthetic second province ({@link SyntheticProvince}).
 */
@QuarkusTest
class ProvinceAdminTest extends BesideASecondProvince {

    @Test
    void aGrantOfProvinceAdministratorNamesAKnownProvinceAndNothingElse() {
        UUID userId = Learners.register(Learners.registration());
        String admin = Tokens.admin();
        String path = "/api/v1/admin/users/" + userId + "/roles";
        api(admin)
                .body(Map.of("role", "PROVINCE_ADMIN"))
                .post(path)
                .then()
                .statusCode(400)
                .body("violations.find { it.field == 'provinceCode' }.code", equalTo("required"));
        api(admin)
                .body(Map.of("role", "PROVINCE_ADMIN", "provinceCode", "ha-noi"))
                .post(path)
                .then()
                .spec(violation("provinceCode", "unknown_province", "Không có tỉnh, thành phố nào có mã ha-noi."));
        api(admin)
                .body(Map.of("role", "PROVINCE_ADMIN", "provinceCode", SECOND, "unitCode", "21211"))
                .post(path)
                .then()
                .statusCode(400)
                .body("violations.find { it.field == 'unitCode' }.code", equalTo("not_for_role"));
        api(admin)
                .body(Map.of("role", "UNIT_MANAGER", "unitCode", "21211", "provinceCode", SECOND))
                .post(path)
                .then()
                .statusCode(400)
                .body("violations.find { it.field == 'provinceCode' }.code", equalTo("not_for_role"));
        api(admin)
                .body(Map.of("role", "ADMIN", "provinceCode", SECOND))
                .post(path)
                .then()
                .statusCode(400)
                .body("violations.find { it.field == 'provinceCode' }.code", equalTo("not_for_role"));
        api(admin).get(path).then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void theGrantedProvinceAdministratorsTokenCarriesItsProvinceAndReadsItsFiguresOnly() {
        Map<String, Object> body = Learners.registration();
        UUID userId = Learners.register(body);
        String admin = Tokens.admin();
        String path = "/api/v1/admin/users/" + userId + "/roles";
        String grantId = api(admin)
                .body(Map.of("role", "PROVINCE_ADMIN", "provinceCode", SECOND))
                .post(path)
                .then()
                .statusCode(201)
                .body("role", equalTo("PROVINCE_ADMIN"))
                .body("provinceCode", equalTo(SECOND))
                .body("unitCode", nullValue())
                .extract()
                .path("id");
        api(admin)
                .body(Map.of("role", "PROVINCE_ADMIN", "provinceCode", SECOND))
                .post(path)
                .then()
                .statusCode(200)
                .body("id", equalTo(grantId));

        String token = (String)
                Learners.login((String) body.get("phone"), Learners.PASSWORD).get("accessToken");
        JsonPath claims =
                JsonPath.from(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
        assertThat(claims.getList("groups", String.class)).containsExactlyInAnyOrder("LEARNER", "PROVINCE_ADMIN");
        assertThat(claims.getList("provinces", String.class)).containsExactly(SECOND);
        api(token)
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("roles.find { it.role == 'PROVINCE_ADMIN' }.provinceCode", equalTo(SECOND));

        // Its province's figures: its one unit, no learner, its denominator.
        api(token).get("/api/v1/stats/units").then().statusCode(200).body("items.code", contains(SECOND_UNIT));
        api(token)
                .get("/api/v1/stats/summary")
                .then()
                .statusCode(200)
                .body("counts.learners", equalTo(0))
                .body("rates.participation.denominator", equalTo(700));
        api(token).get("/api/v1/stats/summary?province=" + SECOND).then().statusCode(200);
        api(token).get("/api/v1/stats/units/" + SECOND_UNIT).then().statusCode(200);
        // Nothing of Quảng Ngãi, and nothing only the national administrator may do.
        api(token).get("/api/v1/stats/summary?province=quang-ngai").then().statusCode(403);
        api(token).get("/api/v1/stats/units/21211").then().statusCode(403);
        api(token).get("/api/v1/stats/provinces").then().statusCode(403);
        api(token).get("/api/v1/admin/users").then().statusCode(200).body("totalItems", equalTo(0));
        api(token).get(path).then().statusCode(404);
        api(token).get("/api/v1/admin/courses").then().statusCode(403);
        api(token).get("/api/v1/stats/units/21211/learners").then().statusCode(403);

        api(admin).delete(path + "/" + grantId).then().statusCode(204);
        api(admin).get(path).then().statusCode(200).body("size()", equalTo(0));
    }

    /** Quảng Ngãi's administrator sees Quảng Ngãi's figures, as the national administrator sees them by province. */
    @Test
    void quangNgaisAdministratorSeesWhatTheNationalOneSeesOfQuangNgai() {
        String province = Tokens.provinceAdmin("quang-ngai");
        String admin = Tokens.admin();
        int quangNgai = api(admin)
                .get("/api/v1/stats/summary?province=quang-ngai")
                .then()
                .statusCode(200)
                .extract()
                .path("counts.learners");
        api(province).get("/api/v1/stats/summary").then().statusCode(200).body("counts.learners", equalTo(quangNgai));
        api(province).get("/api/v1/stats/units?size=1").then().statusCode(200).body("totalItems", equalTo(96));
        // The national administrator still sees every province.
        api(admin).get("/api/v1/stats/units?size=1").then().statusCode(200).body("totalItems", equalTo(97));
        api(admin).get("/api/v1/stats/provinces").then().statusCode(200).body("items.code", hasItem(SECOND));
        api(province).get("/api/v1/stats/units/21211").then().statusCode(200);
        api(province).get("/api/v1/stats/units/" + SECOND_UNIT).then().statusCode(403);
        api(province).get("/api/v1/stats/units?province=" + SECOND).then().statusCode(403);
        api(province).get("/api/v1/stats/targets").then().statusCode(200);
    }

    /**
     * The people of its province: a province administrator finds the accounts of its units only (the search
     * audited), grants and revokes the managers of its units, and is refused everything else.
     */
    @Test
    void aProvinceAdministratorManagesThePeopleOfItsProvinceOnly() {
        String name = "Phạm Thị Quản Trị Tỉnh";
        UUID person = Learners.register(Learners.with(Learners.registration(), "fullName", name));
        UUID actor = UUID.randomUUID();
        String quangNgai = Tokens.provinceAdmin(actor, "quang-ngai");
        String second = Tokens.provinceAdmin(SECOND);
        String admin = Tokens.admin();
        String roles = "/api/v1/admin/users/" + person + "/roles";

        api(quangNgai)
                .queryParam("q", name)
                .queryParam("size", 100)
                .get("/api/v1/admin/users")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(person.toString()));
        assertThat(Database.queryString(
                        "SELECT count(*) FROM audit_event WHERE actor_id = ? AND action = 'USERS_SEARCHED'", actor))
                .isEqualTo("1");
        api(second)
                .queryParam("q", name)
                .get("/api/v1/admin/users")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(0));
        api(second).get(roles).then().statusCode(404).body("code", equalTo("user_not_found"));

        String grant = api(quangNgai)
                .body(Map.of("role", "UNIT_MANAGER", "unitCode", "21211"))
                .post(roles)
                .then()
                .statusCode(201)
                .body("unitCode", equalTo("21211"))
                .extract()
                .path("id");
        api(quangNgai).get(roles).then().statusCode(200).body("id", contains(grant));
        for (Map<String, Object> refused : List.<Map<String, Object>>of(
                Map.of("role", "UNIT_MANAGER", "unitCode", SECOND_UNIT),
                Map.of("role", "ADMIN"),
                Map.of("role", "PROVINCE_ADMIN", "provinceCode", "quang-ngai"))) {
            api(quangNgai).body(refused).post(roles).then().statusCode(403);
        }
        api(second)
                .body(Map.of("role", "UNIT_MANAGER", "unitCode", SECOND_UNIT))
                .post(roles)
                .then()
                .statusCode(404);
        api(second).delete(roles + "/" + grant).then().statusCode(404);
        api(quangNgai)
                .delete("/api/v1/admin/users/" + person + "/sessions")
                .then()
                .statusCode(403);

        // A grant of another province's unit, made by the national administrator, is not Quảng Ngãi's to revoke.
        String elsewhere = api(admin)
                .body(Map.of("role", "UNIT_MANAGER", "unitCode", SECOND_UNIT))
                .post(roles)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        api(quangNgai).delete(roles + "/" + elsewhere).then().statusCode(403);
        api(admin).delete(roles + "/" + elsewhere).then().statusCode(204);
        api(quangNgai).delete(roles + "/" + grant).then().statusCode(204);
        api(admin).get(roles).then().statusCode(200).body("size()", equalTo(0));

        // A unit's helpers: its province's administrator keeps them, another province's may not.
        api(quangNgai).get("/api/v1/unit-helpers/21211").then().statusCode(200);
        api(second).get("/api/v1/unit-helpers/21211").then().statusCode(403);
    }

    /** The role without a province (a token no server of ours signs) reaches nothing: default deny. */
    @Test
    void theRoleWithoutAProvinceReachesNothing() {
        String none = Tokens.token(UUID.randomUUID(), Set.of("LEARNER", "PROVINCE_ADMIN"), List.of(), List.of());
        api(none).get("/api/v1/stats/summary").then().statusCode(403);
        api(none).get("/api/v1/stats/units").then().statusCode(403);
    }
}
