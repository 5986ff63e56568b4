package vn.hocvuso.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.hocvuso.testing.Api.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.Database;
import vn.hocvuso.testing.Learners;
import vn.hocvuso.testing.WithFrozenClock;

/**
 * Wrong passwords lock an account for the address they come from, never for its owner elsewhere; one
 * address guessing across many accounts runs out of its budget. Each test plays its clients through
 * X-Forwarded-For (the test client is a trusted proxy in the test profile), from documentation networks.
 */
@QuarkusTest
class LockoutTest extends WithFrozenClock {

    @Test
    void aStrangerWhoKnowsTheAdministratorsPhoneLocksOutOnlyThemselves() {
        Map<String, Object> admin = Learners.registration();
        UUID adminId = Learners.register(admin);
        Database.execute("INSERT INTO role_grant (id, user_id, role) VALUES (gen_random_uuid(), ?, 'ADMIN')", adminId);
        Map<String, Object> guess = Map.of("login", admin.get("phone"), "password", "doan-mat-khau-1");

        for (int i = 0; i < 5; i++) {
            login(guess, "203.0.113.66").then().statusCode(401).body("code", equalTo("invalid_credentials"));
        }
        login(guess, "203.0.113.66").then().statusCode(429).body("code", equalTo("too_many_attempts"));
        login(Map.of("login", admin.get("phone"), "password", Learners.PASSWORD), "203.0.113.66")
                .then()
                .statusCode(429);

        // Before: the account itself was locked for an hour, administrator included.
        login(Map.of("login", admin.get("phone"), "password", Learners.PASSWORD), "198.51.100.20")
                .then()
                .statusCode(200);
    }

    @Test
    void guessesFromManyAddressesLockEachNewAddressAtItsFirstWrongAnswerButNeverTheOwner() {
        Learners.Account account = Learners.registered();
        Map<String, Object> guess = Map.of("login", account.phone(), "password", "doan-mat-khau-1");
        // Twenty wrong answers from ten addresses: each address alone is far from its own lock.
        for (int address = 1; address <= 10; address++) {
            for (int i = 0; i < 2; i++) {
                login(guess, "203.0.113." + address).then().statusCode(401);
            }
        }
        // From now on one wrong answer locks an address.
        login(guess, "203.0.113.50").then().statusCode(401);
        login(guess, "203.0.113.50").then().statusCode(429).body("code", equalTo("too_many_attempts"));
        // The owner, from an address with no wrong answer, is let in.
        login(Map.of("login", account.phone(), "password", Learners.PASSWORD), "198.51.100.21")
                .then()
                .statusCode(200);
    }

    @Test
    void oneAddressTryingOnePasswordOnManyAccountsRunsOutOfItsBudget() {
        Learners.Account account = Learners.registered();
        String sprayer = "203.0.113.99";
        for (int i = 0; i < 50; i++) {
            login(Map.of("login", Learners.uniquePhone(), "password", "123456789a"), sprayer)
                    .then()
                    .statusCode(401);
        }
        Response refused = login(Map.of("login", Learners.uniquePhone(), "password", "123456789a"), sprayer);
        refused.then()
                .statusCode(429)
                .contentType("application/problem+json")
                .body("code", equalTo("too_many_requests"))
                .body(
                        "detail",
                        equalTo("Có quá nhiều yêu cầu từ địa chỉ hoặc tài khoản này. Vui lòng thử lại sau "
                                + refused.header("Retry-After") + " giây."));
        int retryAfter = Integer.parseInt(refused.header("Retry-After"));
        assertThat(retryAfter).isBetween(1, 36); // one failure more every 30 min / 50 = 36 s
        // A right password from there waits as well; elsewhere it does not.
        Map<String, Object> right = Map.of("login", account.phone(), "password", Learners.PASSWORD);
        login(right, sprayer).then().statusCode(429);
        login(right, "198.51.100.22").then().statusCode(200);

        clock.advance(Duration.ofSeconds(retryAfter));
        login(right, sprayer).then().statusCode(200);
    }

    @Test
    void theClientIsTheLastAddressTheTrustedProxyVouchesForNotWhatTheClientWroteFirst() {
        String client = "203.0.113.150";
        for (int i = 0; i < 50; i++) {
            // A client writes any address it likes; the balancer appends the one it saw.
            api().header("X-Forwarded-For", "198.51.100." + i + ", " + client)
                    .body(Map.of("login", Learners.uniquePhone(), "password", "123456789a"))
                    .post("/api/v1/auth/login")
                    .then()
                    .statusCode(401);
        }
        login(Map.of("login", Learners.uniquePhone(), "password", "123456789a"), client)
                .then()
                .statusCode(429)
                .body("code", equalTo("too_many_requests"));
    }

    @Test
    void addressesOfOneIpv6SubscriberShareOneBudget() {
        for (int i = 0; i < 50; i++) {
            login(
                            Map.of("login", Learners.uniquePhone(), "password", "123456789a"),
                            "2001:db8:7:1::" + Integer.toHexString(i + 1))
                    .then()
                    .statusCode(401);
        }
        login(Map.of("login", Learners.uniquePhone(), "password", "123456789a"), "2001:db8:7:1:ffff::9")
                .then()
                .statusCode(429)
                .body("code", equalTo("too_many_requests"));
        login(Map.of("login", Learners.uniquePhone(), "password", "123456789a"), "2001:db8:7:2::1")
                .then()
                .statusCode(401);
    }

    @Test
    void loginsFailuresAndLocksAreAuditedWithTheAddress() {
        Map<String, Object> body = Learners.registration();
        UUID id = Learners.register(body);
        login(Map.of("login", body.get("phone"), "password", Learners.PASSWORD), "198.51.100.30")
                .then()
                .statusCode(200);
        for (int i = 0; i < 5; i++) {
            login(Map.of("login", body.get("phone"), "password", "doan-mat-khau-1"), "203.0.113.31")
                    .then()
                    .statusCode(401);
        }

        assertThat(audited("login.succeeded", id)).isEqualTo("1|198.51.100.30");
        assertThat(audited("login.failed", id)).isEqualTo("5|203.0.113.31");
        assertThat(audited("login.locked", id)).isEqualTo("1|203.0.113.31");
        assertThat(Database.queryString(
                        "SELECT details->>'lockedForSeconds' FROM audit_event WHERE action = 'login.locked' "
                                + "AND subject_id = ?",
                        id.toString()))
                .isEqualTo("300");
    }

    private static String audited(String action, UUID user) {
        return Database.queryString(
                "SELECT count(*) || '|' || max(details->>'address') FROM audit_event "
                        + "WHERE action = ? AND subject_type = 'user' AND subject_id = ?",
                action,
                user.toString());
    }

    static Response login(Map<String, Object> body, String clientAddress) {
        return api().header("X-Forwarded-For", clientAddress).body(body).post("/api/v1/auth/login");
    }
}
