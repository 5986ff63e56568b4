package vn.hocvuso.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.hocvuso.testing.Api.api;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.AtOnce;
import vn.hocvuso.testing.Database;
import vn.hocvuso.testing.Learners;

@QuarkusTest
class SessionTest {

    private static Map<String, Object> refresh(String token, int status) {
        return Learners.refresh(token).statusCode(status).extract().as(Map.class);
    }

    @Test
    void refreshRotatesTheTokenAndTheNewAccessTokenWorks() {
        Learners.Session session = Learners.registeredAndLoggedIn();
        Map<String, Object> next = refresh(session.refreshToken(), 200);
        assertThat(next.get("refreshToken")).isNotEqualTo(session.refreshToken());
        api((String) next.get("accessToken"))
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("id", equalTo(session.id().toString()));
    }

    @Test
    void reusingARefreshTokenEndsTheWholeSession() {
        Learners.Session session = Learners.registeredAndLoggedIn();
        Map<String, Object> next = refresh(session.refreshToken(), 200);
        // The replay comes later than a second browser tab would (see the grace test below).
        Database.execute("UPDATE refresh_token SET used_at = now() - interval '1 minute' WHERE used_at IS NOT NULL");
        // Someone replays the first token: refused, and the thief's and the owner's tokens both die.
        Learners.refresh(session.refreshToken()).statusCode(401).body("code", equalTo("invalid_refresh_token"));
        refresh((String) next.get("refreshToken"), 401);
    }

    @Test
    void aSecondTabRefreshingAtTheSameMomentDoesNotEndTheSession() {
        Learners.Session session = Learners.registeredAndLoggedIn();
        Map<String, Object> next = refresh(session.refreshToken(), 200);
        refresh(session.refreshToken(), 401);
        refresh((String) next.get("refreshToken"), 200);
    }

    @Test
    void concurrentUsesOfOneRefreshTokenLetExactlyOneThrough() throws Exception {
        Learners.Session session = Learners.registeredAndLoggedIn();
        List<Integer> statuses = AtOnce.send(
                6,
                () -> api().body(Map.of("refreshToken", session.refreshToken()))
                        .post("/api/v1/auth/refresh")
                        .statusCode());
        // The row lock serialises them: the first rotates, the others find the token used.
        assertThat(statuses).containsOnly(200, 401).filteredOn(s -> s == 200).hasSize(1);
    }

    @Test
    void logoutRevokesTheSessionAndUnknownTokensAreIgnored() {
        Learners.Session session = Learners.registeredAndLoggedIn();
        api().body(Map.of("refreshToken", session.refreshToken()))
                .post("/api/v1/auth/logout")
                .then()
                .statusCode(204);
        refresh(session.refreshToken(), 401);
        api().body(Map.of("refreshToken", "no-such-token"))
                .post("/api/v1/auth/logout")
                .then()
                .statusCode(204);
    }

    @Test
    void anUnknownRefreshTokenIsRefused() {
        Learners.refresh("made-up")
                .statusCode(401)
                .body("detail", equalTo("Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại."));
    }

    @Test
    void changingThePasswordEndsOtherSessionsButKeepsThisOne() {
        Learners.Account account = Learners.registered();
        Map<String, Object> phone = Learners.login(account.phone(), Learners.PASSWORD);
        Map<String, Object> laptop = Learners.login(account.phone(), Learners.PASSWORD);
        Learners.changeProfile(
                        (String) phone.get("accessToken"),
                        Map.of("currentPassword", Learners.PASSWORD, "newPassword", "Một mật khẩu mới 2026"))
                .statusCode(200);
        refresh((String) laptop.get("refreshToken"), 401);
        refresh((String) phone.get("refreshToken"), 200);
        api().body(Map.of("login", account.phone(), "password", Learners.PASSWORD))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(401);
        Learners.login(account.phone(), "Một mật khẩu mới 2026");
    }
}
