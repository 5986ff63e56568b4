package vn.hocvuso.limit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static vn.hocvuso.testing.Api.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.Database;
import vn.hocvuso.testing.Learners;
import vn.hocvuso.testing.SeedCourse;
import vn.hocvuso.testing.ServiceAccounts;
import vn.hocvuso.testing.WithFrozenClock;

/**
 * The limits per client address and per account of registration, refresh, client credentials, claim
 * codes and the public certificate PDF: 429 with Retry-After in problem+json, and a way back once the
 * wait is over. Clients are played through X-Forwarded-For (the test client is a trusted proxy), from
 * documentation networks no other test class uses (192.0.2.0/24, 2001:db8:5::/48).
 */
@QuarkusTest
class RateLimitsTest extends WithFrozenClock {

    @Inject
    LimiterPurge purge;

    @Test
    void oneAddressRegistersSixtyAccountsAnHourThenWaits() {
        String hall = "192.0.2.120";
        for (int i = 0; i < 60; i++) {
            from(hall)
                    .body(Learners.registration())
                    .post("/api/v1/auth/register")
                    .then()
                    .statusCode(201);
        }
        Response refused = from(hall).body(Learners.registration()).post("/api/v1/auth/register");
        int retryAfter = tooManyRequests(refused);
        assertThat(retryAfter).isBetween(1, 60);
        from("2001:db8:5:120::1")
                .body(Learners.registration())
                .post("/api/v1/auth/register")
                .then()
                .statusCode(201);

        clock.advance(Duration.ofSeconds(retryAfter));
        from(hall)
                .body(Learners.registration())
                .post("/api/v1/auth/register")
                .then()
                .statusCode(201);
    }

    @Test
    void registeringOnePhoneNumberOverAndOverIsLimitedFromAnyAddress() {
        Map<String, Object> body = Learners.registration();
        from("192.0.2.121").body(body).post("/api/v1/auth/register").then().statusCode(201);
        for (int i = 0; i < 9; i++) { // is this number taken? answered nine more times, from anywhere
            from("2001:db8:5:" + i + "::1")
                    .body(body)
                    .post("/api/v1/auth/register")
                    .then()
                    .statusCode(409);
        }
        tooManyRequests(from("2001:db8:5:200::1").body(body).post("/api/v1/auth/register"));
    }

    @Test
    void refreshesAreLimitedPerAccountAndARefusedRefreshLeavesTheTokenUsable() {
        Learners.Session session = Learners.registeredAndLoggedIn();
        String token = session.refreshToken();
        for (int i = 0; i < 30; i++) {
            token = from("192.0.2.130")
                    .body(Map.of("refreshToken", token))
                    .post("/api/v1/auth/refresh")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("refreshToken");
        }
        tooManyRequests(
                from("2001:db8:5:130::1").body(Map.of("refreshToken", token)).post("/api/v1/auth/refresh"));

        clock.advance(Duration.ofMinutes(1));
        from("2001:db8:5:130::1")
                .body(Map.of("refreshToken", token))
                .post("/api/v1/auth/refresh")
                .then()
                .statusCode(200);
    }

    @Test
    void refreshesFromOneAddressAreLimited() {
        String flood = "192.0.2.131";
        for (int i = 0; i < 300; i++) {
            from(flood)
                    .body(Map.of("refreshToken", "no-such-token-" + i))
                    .post("/api/v1/auth/refresh")
                    .then()
                    .statusCode(401);
        }
        tooManyRequests(
                from(flood).body(Map.of("refreshToken", "no-such-token")).post("/api/v1/auth/refresh"));
    }

    @Test
    void wrongClientSecretsLockTheClientForThatAddressOnly() {
        ServiceAccounts.Credentials account = ServiceAccounts.create("stats:read");
        for (int i = 0; i < 5; i++) {
            token(account.clientId(), "hvs_sk_wrong", "192.0.2.140")
                    .then()
                    .statusCode(401)
                    .body("error", equalTo("invalid_client"));
        }
        token(account.clientId(), "hvs_sk_wrong", "192.0.2.140")
                .then()
                .statusCode(429)
                .contentType("application/problem+json")
                .body("code", equalTo("too_many_attempts"))
                .header("Retry-After", notNullValue());
        token(account.clientId(), account.clientSecret(), "192.0.2.140").then().statusCode(429);
        token(account.clientId(), account.clientSecret(), "2001:db8:5:140::1")
                .then()
                .statusCode(200);
    }

    @Test
    void aServiceAccountGetsSixtyTokensAnHour() {
        ServiceAccounts.Credentials account = ServiceAccounts.create("stats:read");
        for (int i = 0; i < 59; i++) { // creating the account above did not take one
            token(account.clientId(), account.clientSecret(), "192.0.2.141")
                    .then()
                    .statusCode(200);
        }
        token(account.clientId(), account.clientSecret(), "2001:db8:5:141::1")
                .then()
                .statusCode(200);
        tooManyRequests(token(account.clientId(), account.clientSecret(), "2001:db8:5:142::1"));
    }

    @Test
    void wrongClaimCodesLockTheLoginForThatAddressOnly() {
        String phone = Learners.uniquePhone();
        Map<String, Object> claim = Map.of("login", phone, "code", "AAAAA-BBBBB", "password", "Mat-khau-moi-2026");
        for (int i = 0; i < 5; i++) {
            from("192.0.2.150")
                    .body(claim)
                    .post("/api/v1/auth/claim")
                    .then()
                    .statusCode(400)
                    .body("code", equalTo("invalid_claim_code"));
        }
        from("192.0.2.150")
                .body(claim)
                .post("/api/v1/auth/claim")
                .then()
                .statusCode(429)
                .body("code", equalTo("too_many_attempts"));
        from("2001:db8:5:150::1").body(claim).post("/api/v1/auth/claim").then().statusCode(400);
    }

    @Test
    void certificatePdfsAreLimitedPerAddressAndPerCertificate() {
        Learners.Session learner = Learners.registeredAndLoggedIn();
        String code = SeedCourse.takeTest(
                        learner.accessToken(), SeedCourse.enrollAndStudyAll(learner.accessToken()), true)
                .getString("certificateCode");
        String office = "192.0.2.160";
        for (int i = 0; i < 20; i++) {
            pdf(code, office).then().statusCode(200).contentType("application/pdf");
        }
        int retryAfter = tooManyRequests(pdf(code, office));
        assertThat(retryAfter).isBetween(1, 3);
        // Other addresses may still fetch it, up to the certificate's own limit.
        for (int i = 0; i < 40; i++) {
            pdf(code, "2001:db8:5:" + i + "::1").then().statusCode(200);
        }
        tooManyRequests(pdf(code, "2001:db8:5:250::1"));
        // Another certificate's limit is its own; unknown codes count for the address.
        pdf("HVS-0000-0000-0000", "2001:db8:5:251::1").then().statusCode(404);
    }

    @Test
    void credentialChecksAreLimitedPerAddress() {
        String office = "192.0.2.165";
        for (int i = 0; i < 60; i++) {
            verify(office).then().statusCode(200).body("valid", equalTo(false));
        }
        tooManyRequests(verify(office));
        // Another address has its own budget.
        verify("2001:db8:5:260::1").then().statusCode(200);
    }

    @Test
    void spentLimitsAndEndedLocksArePurged() {
        String address = "192.0.2.170";
        for (int i = 0; i < 5; i++) {
            from(address)
                    .body(Map.of("login", "0912000170", "password", "doan-mat-khau-1"))
                    .post("/api/v1/auth/login")
                    .then()
                    .statusCode(401);
        }
        from(address)
                .body(Learners.registration())
                .post("/api/v1/auth/register")
                .then()
                .statusCode(201);
        assertThat(rows(address)).isEqualTo(3); // the locked pair, its address budget, its registrations

        purge.purge().await().indefinitely();
        assertThat(rows(address)).as("still limiting: kept").isEqualTo(3);

        clock.advance(Duration.ofHours(2));
        purge.purge().await().indefinitely();
        assertThat(rows(address)).isZero();
    }

    private static int rows(String address) {
        return Integer.parseInt(Database.queryString(
                "SELECT (SELECT count(*) FROM rate_limit WHERE key LIKE ?) "
                        + "+ (SELECT count(*) FROM login_throttle WHERE login_key LIKE ?)",
                "%" + address,
                "%" + address));
    }

    /** Asserts a 429 too_many_requests problem with a Retry-After it also names; returns the seconds. */
    private static int tooManyRequests(Response response) {
        response.then()
                .statusCode(429)
                .contentType("application/problem+json")
                .body("code", equalTo("too_many_requests"));
        int retryAfter = Integer.parseInt(response.header("Retry-After"));
        assertThat(response.jsonPath().getInt("retryAfterSeconds")).isEqualTo(retryAfter);
        assertThat(retryAfter).isPositive();
        return retryAfter;
    }

    private static RequestSpecification from(String clientAddress) {
        return api().header("X-Forwarded-For", clientAddress);
    }

    private static Response token(String clientId, String secret, String clientAddress) {
        return from(clientAddress)
                .contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", clientId)
                .formParam("client_secret", secret)
                .post("/api/v1/auth/token");
    }

    /** Anything may be checked: a string that is no credential is answered, not refused, so it counts too. */
    private static Response verify(String clientAddress) {
        return from(clientAddress)
                .contentType("text/plain; charset=utf-8")
                .body("eyJhbGciOiJFUzI1NiJ9.e30.AAAA")
                .post("/api/v1/credentials/verify");
    }

    private static Response pdf(String code, String clientAddress) {
        return from(clientAddress)
                .accept("application/pdf, application/problem+json")
                .get("/api/v1/certificates/" + code + "/pdf");
    }
}
