package vn.hocvuso.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static vn.hocvuso.testing.Api.api;
import static vn.hocvuso.testing.Problems.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.AtOnce;
import vn.hocvuso.testing.Learners;
import vn.hocvuso.testing.WithTestClock;

@QuarkusTest
class LoginTest extends WithTestClock {

    @Test
    void aLearnerLogsInWithThePhoneInAnyFormAndGetsTokens() {
        String national = Learners.registered().phone();
        for (String login : new String[] {national, "+84" + national.substring(1), "84 " + national.substring(1)}) {
            api().body(Map.of("login", login, "password", Learners.PASSWORD))
                    .post("/api/v1/auth/login")
                    .then()
                    .statusCode(200)
                    .body("tokenType", equalTo("Bearer"))
                    .body("expiresIn", equalTo(900))
                    .body("refreshExpiresIn", greaterThan(86_400));
        }
    }

    @Test
    void theAccessTokenIsRs256AndCarriesRolesButNoPersonalData() {
        Learners.Session session = Learners.registeredAndLoggedIn();
        String[] parts = session.accessToken().split("\\.");
        String header = new String(Base64.getUrlDecoder().decode(parts[0]));
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]));
        assertThat(header).contains("\"alg\":\"RS256\"");
        assertThat(claims)
                .contains("\"sub\":\"" + session.id() + "\"")
                .contains("\"groups\":[\"LEARNER\"]")
                .doesNotContain(session.phone().substring(1))
                .doesNotContain("Nguyễn");
    }

    @Test
    void aLearnerLogsInWithEmailInAnyCase() {
        String email = "lan" + System.nanoTime() + "@example.vn";
        Map<String, Object> body = Learners.with(Learners.registration(), "email", email);
        Learners.register(body);
        api().body(Map.of("login", email.toUpperCase(), "password", Learners.PASSWORD))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(200);
    }

    /** Wrong passwords, {@code times} in a row, each one refused as wrong (none yet as too many). */
    private static void failToLogIn(Map<String, Object> wrong, int times) {
        for (int i = 0; i < times; i++) {
            api().body(wrong).post("/api/v1/auth/login").then().statusCode(401);
        }
    }

    @Test
    void aWrongPasswordAndAnUnknownAccountGetTheSameAnswer() {
        Learners.Account account = Learners.registered();
        Response wrongPassword = api().body(Map.of("login", account.phone(), "password", "not-the-password"))
                .post("/api/v1/auth/login");
        Response unknown = api().body(Map.of("login", Learners.uniquePhone(), "password", "not-the-password"))
                .post("/api/v1/auth/login");
        for (Response response : new Response[] {wrongPassword, unknown}) {
            response.then().spec(problem(401, "invalid_credentials", "Số điện thoại/email hoặc mật khẩu không đúng."));
        }
    }

    @Test
    void repeatedFailuresAreSlowedThenRefusedWith429AndRetryAfter() {
        Learners.Account account = Learners.registered();
        Map<String, Object> wrong = Map.of("login", account.phone(), "password", "not-the-password");
        failToLogIn(wrong, 5);
        Response locked = api().body(Map.of("login", account.phone(), "password", Learners.PASSWORD))
                .post("/api/v1/auth/login");
        locked.then()
                .statusCode(429)
                .body("code", equalTo("too_many_attempts"))
                .body("retryAfterSeconds", greaterThan(250));
        int retryAfter = Integer.parseInt(locked.header("Retry-After"));
        assertThat(retryAfter).isBetween(250, 300);
        assertThat(locked.jsonPath().getString("detail")).contains("thử lại sau " + retryAfter + " giây");

        // Another account is not affected by this one's lock.
        Learners.Session other = Learners.registeredAndLoggedIn();
        assertThat(other.accessToken()).isNotBlank();

        // When the lock has run out, the right password works again and clears the count: five more
        // wrong answers before the next lock.
        clock.advance(Duration.ofSeconds(retryAfter));
        api().body(Map.of("login", account.phone(), "password", Learners.PASSWORD))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(200);
        failToLogIn(wrong, 5);
        api().body(wrong).post("/api/v1/auth/login").then().statusCode(429);
    }

    @Test
    void aBurstOfParallelGuessesIsCutAtTheLimit() throws Exception {
        Learners.Account account = Learners.registered();
        Map<String, Object> wrong = Map.of("login", account.phone(), "password", "not-the-password");
        List<Integer> statuses = AtOnce.send(
                12, () -> api().body(wrong).post("/api/v1/auth/login").statusCode());
        assertThat(statuses).containsOnly(401, 429).filteredOn(s -> s == 401).hasSize(5);
    }

    @Test
    void guessingTheCurrentPasswordWithAStolenTokenIsThrottledToo() {
        Learners.Session session = Learners.registeredAndLoggedIn();
        Map<String, Object> guess = Map.of("currentPassword", "a-guess-123", "newPassword", "Mật khẩu mới 2026");
        for (int i = 0; i < 5; i++) {
            Learners.changeProfile(session.accessToken(), guess).statusCode(400);
        }
        String retryAfter = Learners.changeProfile(session.accessToken(), guess)
                .statusCode(429)
                .extract()
                .header("Retry-After");
        // the 5-minute lock that the fifth wrong guess started, in whole seconds
        assertThat(Integer.parseInt(retryAfter)).isBetween(240, 300);
    }

    @Test
    void aLockAfterALockLastsLonger() {
        Learners.Account account = Learners.registered();
        Map<String, Object> wrong = Map.of("login", account.phone(), "password", "not-the-password");
        failToLogIn(wrong, 5);
        clock.advance(Duration.ofMinutes(5));
        api().body(wrong).post("/api/v1/auth/login").then().statusCode(401);
        int retryAfter = Integer.parseInt(api().body(wrong)
                .post("/api/v1/auth/login")
                .then()
                .statusCode(429)
                .extract()
                .header("Retry-After"));
        assertThat(retryAfter).isBetween(550, 600);
    }

    @Test
    void missingFieldsAreNamed() {
        api().body(Map.of("login", ""))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("login"))
                .body("violations.field", hasItem("password"));
        api().body("").post("/api/v1/auth/login").then().statusCode(400);
    }
}
