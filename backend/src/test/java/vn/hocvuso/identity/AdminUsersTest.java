package vn.hocvuso.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static vn.hocvuso.testing.Api.api;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.Database;
import vn.hocvuso.testing.Learners;
import vn.hocvuso.testing.Tokens;

@QuarkusTest
class AdminUsersTest {

    @Test
    void anAdministratorListsTheUsersAndAUsersGrants() {
        Learners.Session learner = Learners.registeredAndLoggedIn();
        String admin = Tokens.admin();
        api(admin).get("/api/v1/admin/users").then().statusCode(200);
        api(admin)
                .get("/api/v1/admin/users/" + learner.id() + "/roles")
                .then()
                .statusCode(200)
                .body("$", hasSize(0));
    }

    @Test
    void anAdministratorFindsUsersWithoutDiacritics() {
        Map<String, Object> body = Learners.with(Learners.registration(), "fullName", "Võ Thị Sáu Tìm Kiếm");
        UUID id = Learners.register(body);
        api(Tokens.admin())
                .queryParam("q", "vo thi sau tim kiem")
                .get("/api/v1/admin/users")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].id", equalTo(id.toString()))
                .body("items[0].phone", equalTo("+84" + ((String) body.get("phone")).substring(1)));
    }

    @Test
    void grantingAUnitManagerPutsTheScopeInTheirNextTokenAndIsAudited() {
        Map<String, Object> body = Learners.with(Learners.registration(), "learnerGroup", "CBCCVC");
        UUID userId = Learners.register(body);
        String admin = Tokens.admin();
        String grantId = api(admin)
                .body(Map.of("role", "UNIT_MANAGER", "unitCode", "21211"))
                .post("/api/v1/admin/users/" + userId + "/roles")
                .then()
                .statusCode(201)
                .body("role", equalTo("UNIT_MANAGER"))
                .body("unitCode", equalTo("21211"))
                .extract()
                .path("id");
        // Granting it again is not a second grant.
        api(admin)
                .body(Map.of("role", "UNIT_MANAGER", "unitCode", "21211"))
                .post("/api/v1/admin/users/" + userId + "/roles")
                .then()
                .statusCode(200)
                .body("id", equalTo(grantId));
        api(admin).get("/api/v1/admin/users/" + userId + "/roles").then().body("$", hasSize(1));

        Map<String, Object> tokens = Learners.login((String) body.get("phone"), Learners.PASSWORD);
        String claims = new String(Base64.getUrlDecoder().decode(((String) tokens.get("accessToken")).split("\\.")[1]));
        assertThat(claims).contains("UNIT_MANAGER").contains("\"units\":[\"21211\"]");
        api((String) tokens.get("accessToken"))
                .get("/api/v1/me")
                .then()
                .body("roles.role", contains("LEARNER", "UNIT_MANAGER"))
                .body("roles.find { it.role == 'UNIT_MANAGER' }.unitCode", equalTo("21211"));
        assertThat(Database.queryString(
                        "SELECT action FROM audit_event WHERE subject_id = ? AND action LIKE 'role.%' ORDER BY id DESC LIMIT 1",
                        userId.toString()))
                .isEqualTo("role.granted");

        api(admin)
                .delete("/api/v1/admin/users/" + userId + "/roles/" + grantId)
                .then()
                .statusCode(204);
        api(admin).get("/api/v1/admin/users/" + userId + "/roles").then().body("$", hasSize(0));
        api(admin)
                .queryParam("role", "UNIT_MANAGER")
                .queryParam("q", (String) body.get("phone"))
                .get("/api/v1/admin/users")
                .then()
                .body("totalItems", equalTo(0));
        assertThat(Database.queryString(
                        "SELECT action FROM audit_event WHERE subject_id = ? AND action LIKE 'role.%' ORDER BY id DESC LIMIT 1",
                        userId.toString()))
                .isEqualTo("role.revoked");
    }

    @Test
    void aGrantMustNameTheScopeItsRoleNeeds() {
        UUID userId = Learners.register(Learners.registration());
        String admin = Tokens.admin();
        String path = "/api/v1/admin/users/" + userId + "/roles";
        api(admin)
                .body(Map.of("role", "UNIT_MANAGER"))
                .post(path)
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("unitCode"));
        api(admin)
                .body(Map.of("role", "AGENCY_MANAGER", "unitCode", "21211"))
                .post(path)
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("agencyId"))
                .body("violations.field", hasItem("unitCode"));
        api(admin)
                .body(Map.of("role", "UNIT_MANAGER", "unitCode", "99999"))
                .post(path)
                .then()
                .statusCode(400)
                .body("violations[0].code", equalTo("unit_not_found"));
        api(admin).body(Map.of("role", "LEARNER")).post(path).then().statusCode(400);
        api(admin)
                .body(Map.of("role", "ADMIN"))
                .post("/api/v1/admin/users/" + UUID.randomUUID() + "/roles")
                .then()
                .statusCode(404)
                .body("code", equalTo("user_not_found"));
        api(admin)
                .get("/api/v1/admin/users/not-a-uuid/roles")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("userId"));
    }

    @Test
    void anAdministratorCannotRevokeTheirOwnAdminRole() {
        UUID adminId = Learners.registered().id();
        String grantId = api(Tokens.admin())
                .body(Map.of("role", "ADMIN"))
                .post("/api/v1/admin/users/" + adminId + "/roles")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String ownToken = Tokens.token(adminId, Set.of("LEARNER", "ADMIN"), List.of(), List.of());
        api(ownToken)
                .delete("/api/v1/admin/users/" + adminId + "/roles/" + grantId)
                .then()
                .statusCode(409)
                .body("code", equalTo("cannot_revoke_own_admin"));
        api(Tokens.admin())
                .delete("/api/v1/admin/users/" + adminId + "/roles/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .body("code", equalTo("grant_not_found"));
    }
}
