package vn.hocvuso.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.hocvuso.testing.Api.api;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.Database;
import vn.hocvuso.testing.Learners;
import vn.hocvuso.testing.Tokens;

/** Sessions end: at the latest 90 days after the login however often they are used, or when an administrator ends them. */
@QuarkusTest
class SessionLifetimeTest {

    private static Map<String, Object> refresh(String token, int status) {
        return Learners.refresh(token).statusCode(status).extract().as(Map.class);
    }

    /** Moves the login of the session holding {@code refreshToken}'s user back in time (the database's clock is the server's). */
    private static void loggedInAgo(UUID userId, String interval) {
        Database.execute(
                "UPDATE refresh_token SET session_started_at = now() - ?::interval, issued_at = now() - ?::interval"
                        + " WHERE user_id = ?",
                interval,
                interval,
                userId);
    }

    @Test
    void aSessionRefreshedEveryDayStillEndsNinetyDaysAfterItsLogin() {
        Learners.Session session = Learners.registeredAndLoggedIn();
        Map<String, Object> next = refresh(session.refreshToken(), 200);
        assertThat(((Number) next.get("refreshExpiresIn")).longValue())
                .isBetween(30L * 24 * 3600 - 60, 30L * 24 * 3600);

        // Logged in 89 days and 23 hours ago: one more refresh, but the new token lasts only the hour left.
        loggedInAgo(session.id(), "89 days 23 hours");
        next = refresh((String) next.get("refreshToken"), 200);
        assertThat(((Number) next.get("refreshExpiresIn")).longValue()).isBetween(3500L, 3600L);

        // Past 90 days: over, however recently the token was issued.
        loggedInAgo(session.id(), "90 days 1 minute");
        Learners.refresh((String) next.get("refreshToken"))
                .statusCode(401)
                .body("code", equalTo("invalid_refresh_token"));
    }

    @Test
    void onlyAnAdministratorEndsAllSessionsOfAnAccount() {
        Learners.Account account = Learners.registered();
        String phone = account.phone();
        UUID userId = account.id();
        Map<String, Object> onPhone = Learners.login(phone, Learners.PASSWORD);
        Map<String, Object> onLaptop = Learners.login(phone, Learners.PASSWORD);
        String path = "/api/v1/admin/users/" + userId + "/sessions";

        api().delete(path).then().statusCode(401);
        api((String) onPhone.get("accessToken")).delete(path).then().statusCode(403);
        api(Tokens.unitManager("21211")).delete(path).then().statusCode(403);
        api(Tokens.agencyManager(1L)).delete(path).then().statusCode(403);
        refresh((String) onPhone.get("refreshToken"), 200);

        UUID adminId = UUID.randomUUID();
        String admin = Tokens.token(adminId, Set.of("LEARNER", "ADMIN"), List.of(), List.of());
        api(admin).delete(path).then().statusCode(200).body("endedSessions", equalTo(2));
        refresh((String) onLaptop.get("refreshToken"), 401);
        assertThat(Database.queryString(
                        "SELECT count(*) FROM refresh_token WHERE user_id = ? AND revoked_at IS NULL", userId))
                .isEqualTo("0");
        assertThat(Database.queryString("""
                SELECT details->>'sessions' FROM audit_event
                WHERE action = 'SESSIONS_ENDED' AND subject_id = ? AND actor_id = ?
                """, userId.toString(), adminId)).isEqualTo("2");
        // Ending them again ends none; an unknown account is a 404.
        api(admin).delete(path).then().statusCode(200).body("endedSessions", equalTo(0));
        api(admin)
                .delete("/api/v1/admin/users/" + UUID.randomUUID() + "/sessions")
                .then()
                .statusCode(404)
                .body("code", equalTo("user_not_found"));
        // The person logs in again as usual.
        Learners.login(phone, Learners.PASSWORD);
    }
}
