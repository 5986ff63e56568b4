package vn.hocvuso.identity;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static vn.hocvuso.testing.Api.api;
import static vn.hocvuso.testing.Problems.problem;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.Learners;
import vn.hocvuso.testing.Tokens;

@QuarkusTest
class MeTest {

    @Test
    void withoutATokenTheAccountIs401InWords() {
        api().get("/api/v1/me").then().spec(problem(401, "not_authenticated", "Bạn cần đăng nhập để tiếp tục."));
    }

    @Test
    void aValidTokenForAnAccountThatDoesNotExistIs401() {
        api(Tokens.learner(UUID.randomUUID())).get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void aLearnerSeesTheirOwnPhone() {
        Learners.Session session = Learners.registeredAndLoggedIn();
        api(session.accessToken())
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("id", equalTo(session.id().toString()))
                .body("phone", equalTo("+84" + session.phone().substring(1)));
    }

    @Test
    void aLearnerChangesNameAndUnitAndTheRestStays() {
        Learners.Session session = Learners.registeredAndLoggedIn();
        Learners.changeProfile(session.accessToken(), Map.of("fullName", "Nguyễn Thị Hoa Mai", "unitCode", "21172"))
                .statusCode(200)
                .body("fullName", equalTo("Nguyễn Thị Hoa Mai"))
                .body("unit.name", equalTo("Phường Trương Quang Trọng"))
                .body("learnerGroup", equalTo("CITIZEN"));
        api(session.accessToken()).get("/api/v1/me").then().body("unit.code", equalTo("21172"));
    }

    @Test
    void aPublicServantSetsAndRemovesTheirAgency() {
        Map<String, Object> body = Learners.with(Learners.registration(), "learnerGroup", "CBCCVC");
        Learners.register(body);
        String token = (String)
                Learners.login((String) body.get("phone"), Learners.PASSWORD).get("accessToken");
        Number agencyId = api().queryParam("q", "noi vu")
                .get("/api/v1/agencies")
                .then()
                .extract()
                .path("items[0].id");
        Learners.changeProfile(token, Map.of("agencyId", agencyId))
                .statusCode(200)
                .body("agency.name", equalTo("Sở Nội vụ"));
        Learners.changeProfile(token, Map.of("fullName", "Lê Văn Tám"))
                .statusCode(200)
                .body("agency.name", equalTo("Sở Nội vụ"));
        Map<String, Object> clear = new HashMap<>();
        clear.put("agencyId", null);
        Learners.changeProfile(token, clear).statusCode(200).body("agency", nullValue());
    }

    @Test
    void invalidChangesAreRefusedAndChangeNothing() {
        Learners.Session session = Learners.registeredAndLoggedIn();
        Learners.changeProfile(session.accessToken(), Map.of("fullName", "X", "unitCode", "00000"))
                .statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.hasItem("fullName"));
        Learners.changeProfile(session.accessToken(), Map.of("unitCode", "00000"))
                .statusCode(400)
                .body("violations[0].code", equalTo("unit_not_found"));
        Learners.changeProfile(session.accessToken(), Map.of("agencyId", 1))
                .statusCode(400)
                .body("violations[0].code", equalTo("organisation_not_for_citizens"));
        api(session.accessToken())
                .get("/api/v1/me")
                .then()
                .body("fullName", equalTo("Nguyễn Thị Hoa"))
                .body("unit.code", equalTo("21211"));
    }

    @Test
    void aPasswordChangeNeedsTheCurrentPassword() {
        Learners.Session session = Learners.registeredAndLoggedIn();
        Learners.changeProfile(
                        session.accessToken(),
                        Map.of("currentPassword", "wrong-password", "newPassword", "Mật khẩu mới 2026"))
                .statusCode(400)
                .body("violations[0].field", equalTo("currentPassword"))
                .body("violations[0].message", equalTo("Mật khẩu hiện tại không đúng."));
        Learners.changeProfile(session.accessToken(), Map.of("newPassword", "Mật khẩu mới 2026"))
                .statusCode(400)
                .body("violations[0].field", equalTo("currentPassword"));
        Learners.changeProfile(
                        session.accessToken(), Map.of("currentPassword", Learners.PASSWORD, "newPassword", "12345678"))
                .statusCode(400)
                .body("violations[0].code", equalTo("password_common"));
        Learners.changeProfile(session.accessToken(), Map.of("email", "x@example.vn"))
                .statusCode(400)
                .body("code", equalTo("unknown_field"));
    }
}
