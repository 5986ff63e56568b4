package vn.hocvuso.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.hocvuso.testing.Api.api;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.Database;
import vn.hocvuso.testing.Learners;
import vn.hocvuso.testing.ServiceAccounts;
import vn.hocvuso.testing.Tokens;

/** What the audit trail records, and that the application cannot rewrite it. */
@QuarkusTest
class AuditTrailTest {

    private static String admin(UUID id) {
        return Tokens.token(id, Set.of("LEARNER", "ADMIN"), List.of(), List.of());
    }

    @Test
    void theApplicationsDatabaseRoleCannotChangeOrRemoveAuditEvents() {
        UUID adminId = UUID.randomUUID();
        api(admin(adminId)).get("/api/v1/admin/users").then().statusCode(200);
        String id = Database.queryString("SELECT max(id) FROM audit_event WHERE actor_id = ?", adminId);
        assertThat(id).isNotNull();
        // The tests connect with the same role as the API (quarkus.datasource.username).
        assertThatThrownBy(() ->
                        Database.execute("UPDATE audit_event SET action = 'NOTHING' WHERE id = ?", Long.parseLong(id)))
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> Database.execute("DELETE FROM audit_event WHERE id = ?", Long.parseLong(id)))
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> Database.execute("TRUNCATE audit_event")).hasStackTraceContaining("append-only");
        assertThat(Database.queryString("SELECT action FROM audit_event WHERE id = ?", Long.parseLong(id)))
                .isEqualTo("USERS_SEARCHED");
    }

    @Test
    void anAdministratorsUserSearchIsAuditedWithTheAccountsItShowedButNotTheSearchText() {
        String name = "Lâm Tra Cứu "
                + UUID.randomUUID().toString().replaceAll("[^a-f]", "").toUpperCase();
        UUID found = Learners.register(Learners.with(Learners.registration(), "fullName", name));
        UUID adminId = UUID.randomUUID();
        api(admin(adminId))
                .queryParam("q", name)
                .get("/api/v1/admin/users")
                .then()
                .statusCode(200)
                .body("items.id", org.hamcrest.Matchers.contains(found.toString()));
        String details = Database.queryString(
                "SELECT details::text FROM audit_event WHERE action = 'USERS_SEARCHED' AND actor_id = ?", adminId);
        assertThat(details)
                .contains(found.toString())
                .contains("\"search\": true")
                .doesNotContain("Tra Cứu");
    }

    @Test
    void aPasswordChangeAReusedRefreshTokenAndAServiceAccountTokenAreAudited() {
        Learners.Session session = Learners.registeredAndLoggedIn();
        api(session.accessToken())
                .body(Map.of("currentPassword", Learners.PASSWORD, "newPassword", "Một mật khẩu mới 2026"))
                .patch("/api/v1/me")
                .then()
                .statusCode(200);
        assertThat(Database.queryString(
                        "SELECT count(*) FROM audit_event WHERE action = 'PASSWORD_CHANGED' AND actor_id = ?"
                                + " AND subject_id = ?",
                        session.id(),
                        session.id().toString()))
                .isEqualTo("1");

        // A refresh token presented again after it was used: the session ends, and that is on record.
        Map<?, ?> next = Learners.refresh(session.refreshToken())
                .statusCode(200)
                .extract()
                .as(Map.class);
        Database.execute(
                "UPDATE refresh_token SET used_at = now() - interval '1 minute' WHERE user_id = ? AND used_at IS NOT NULL",
                session.id());
        Learners.refresh(session.refreshToken()).statusCode(401);
        assertThat(next.get("refreshToken")).isNotNull();
        assertThat(Database.queryString(
                        "SELECT count(*) FROM audit_event WHERE action = 'REFRESH_TOKEN_REUSED' AND subject_id = ?",
                        session.id().toString()))
                .isEqualTo("1");

        ServiceAccounts.Credentials account = ServiceAccounts.create("stats:read");
        ServiceAccounts.token(account);
        assertThat(Database.queryString("""
                SELECT details->>'scope' FROM audit_event
                WHERE action = 'SERVICE_ACCOUNT_TOKEN_ISSUED' AND actor_id = ?::uuid AND subject_id = ?
                """, account.clientId(), account.clientId()))
                .isEqualTo("stats:read");
    }
}
