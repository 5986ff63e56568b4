package vn.hocvuso.notification;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.hocvuso.testing.Api.api;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.vertx.core.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.Database;
import vn.hocvuso.testing.Learners;
import vn.hocvuso.testing.NotificationPeers;
import vn.hocvuso.testing.WithTestClock;

/**
 * "Quên mật khẩu" end to end: the code arrives by SMS (eSMS played by WireMock) or e-mail (GreenMail),
 * is read back from what the provider received, and sets a new password that ends every session.
 */
@QuarkusTest
class PasswordResetTest extends WithTestClock {

    private static final Pattern CODE = Pattern.compile("\\b([0-9]{6})\\b");
    private static final String NEW_PASSWORD = "Mat-khau-moi-2026";

    WireMockServer providers;
    GreenMail mail;

    private static Response ask(String login) {
        return api().body(Map.of("login", login)).post("/api/v1/auth/password-reset");
    }

    private static Response confirm(String login, String code, String password) {
        return api().body(Map.of("login", login, "code", code, "newPassword", password))
                .post("/api/v1/auth/password-reset/confirm");
    }

    /** The SMS texts eSMS received for this national number, oldest first. */
    private List<String> smsTo(String nationalPhone) {
        return providers
                .findAll(postRequestedFor(urlEqualTo(NotificationPeers.ESMS_PATH))
                        .withRequestBody(matchingJsonPath("$.Phone", equalTo("84" + nationalPhone.substring(1)))))
                .stream()
                .map(LoggedRequest::getBodyAsString)
                .map(b -> new JsonObject(b).getString("Content"))
                .toList();
    }

    private String awaitSmsCode(String phone, int count) {
        await().atMost(Duration.ofSeconds(15)).until(() -> smsTo(phone).size() >= count);
        return code(smsTo(phone).get(count - 1));
    }

    private static String code(String text) {
        Matcher m = CODE.matcher(text);
        assertThat(m.find()).as("a 6-digit code in %s", text).isTrue();
        return m.group(1);
    }

    @Test
    void aCodeBySmsSetsANewPasswordAndEndsEverySession() {
        Learners.Session session = Learners.registeredAndLoggedIn();
        ask(session.phone()).then().statusCode(202);
        String code = awaitSmsCode(session.phone(), 1);

        // The SMS is the eSMS request the documentation describes, in Vietnamese, with our message id as RequestId.
        JsonObject sms = new JsonObject(providers
                .findAll(postRequestedFor(urlEqualTo(NotificationPeers.ESMS_PATH))
                        .withRequestBody(matchingJsonPath(
                                "$.Phone", equalTo("84" + session.phone().substring(1)))))
                .get(0)
                .getBodyAsString());
        assertThat(sms.getString("ApiKey")).isEqualTo("test-api-key");
        assertThat(sms.getString("Brandname")).isEqualTo("HOCVUSO");
        assertThat(sms.getString("SmsType")).isEqualTo("2");
        assertThat(sms.getString("IsUnicode")).isEqualTo("1");
        assertThat(sms.getString("Content"))
                .contains("Mã đặt lại mật khẩu Học vụ số")
                .contains("10 phút");
        assertThat(sms.getString("RequestId")).isNotBlank();

        String wrong = code.equals("000000") ? "111111" : "000000";
        confirm(session.phone(), wrong, NEW_PASSWORD)
                .then()
                .statusCode(400)
                .body("code", org.hamcrest.Matchers.equalTo("invalid_reset_code"));
        confirm(session.phone(), code, NEW_PASSWORD).then().statusCode(204);

        // The old password no longer works, the new one does, and the session that was open has ended.
        api().body(Map.of("login", session.phone(), "password", Learners.PASSWORD))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(401);
        Learners.login(session.phone(), NEW_PASSWORD);
        api().body(Map.of("refreshToken", session.refreshToken()))
                .post("/api/v1/auth/refresh")
                .then()
                .statusCode(401);
        // A code works once.
        confirm(session.phone(), code, "Mat-khau-khac-2026").then().statusCode(400);
        assertThat(Database.queryString(
                        "SELECT count(*) FROM audit_event WHERE action = 'password.reset' AND subject_id = ?",
                        session.id().toString()))
                .isEqualTo("1");
        // Only a hash of the code is kept, and the sent message no longer holds it.
        assertThat(Database.queryString(
                        "SELECT count(*) FROM notification WHERE user_id = ? AND variables IS NOT NULL", session.id()))
                .isEqualTo("0");
        assertThat(Database.queryString("SELECT coalesce(body, '') FROM notification WHERE user_id = ?", session.id()))
                .doesNotContain(code);
    }

    @Test
    void aCodeByEmailArrivesAtTheAddressAndWorks() throws Exception {
        String email = "hoa." + System.nanoTime() + "@example.invalid";
        Map<String, Object> body = Learners.with(Learners.registration(), "email", email);
        body.remove("phone");
        Learners.register(body);

        ask(email.toUpperCase()).then().statusCode(202);
        await().atMost(Duration.ofSeconds(15)).until(() -> NotificationPeers.mailTo(mail, email).length == 1);
        MimeMessage message = NotificationPeers.mailTo(mail, email)[0];
        assertThat(message.getSubject()).isEqualTo("Mã đặt lại mật khẩu Học vụ số");
        String text = GreenMailUtil.getBody(message);
        // A reset code is asked for: no unsubscribe link on it.
        assertThat(message.getHeader("List-Unsubscribe")).isNull();
        confirm(email, code(decoded(message)), NEW_PASSWORD).then().statusCode(204);
        Learners.login(email, NEW_PASSWORD);
        assertThat(text).isNotBlank();
    }

    private static String decoded(MimeMessage message) throws Exception {
        Object content = message.getContent();
        return content instanceof String s ? s : GreenMailUtil.getBody(message);
    }

    @Test
    void theAnswerIsTheSameWhetherOrNotAnAccountHasTheNumber() {
        String nobody = Learners.uniquePhone();
        Response unknown = ask(nobody);
        Learners.Session session = Learners.registeredAndLoggedIn();
        Response known = ask(session.phone());
        assertThat(unknown.statusCode()).isEqualTo(202).isEqualTo(known.statusCode());
        assertThat(unknown.body().asString()).isEqualTo(known.body().asString());
        awaitSmsCode(session.phone(), 1);
        assertThat(smsTo(nobody)).isEmpty();
        // And a code for a number without an account is refused like a wrong one.
        confirm(nobody, "123456", NEW_PASSWORD)
                .then()
                .statusCode(400)
                .body("code", org.hamcrest.Matchers.equalTo("invalid_reset_code"));
    }

    @Test
    void aCodeDiesAfterTenMinutes() {
        Learners.Session session = Learners.registeredAndLoggedIn();
        ask(session.phone()).then().statusCode(202);
        String code = awaitSmsCode(session.phone(), 1);
        clock.advance(Duration.ofMinutes(10).plusSeconds(1));
        confirm(session.phone(), code, NEW_PASSWORD)
                .then()
                .statusCode(400)
                .body("code", org.hamcrest.Matchers.equalTo("invalid_reset_code"));
        Learners.login(session.phone(), Learners.PASSWORD);
    }

    @Test
    void fiveWrongTriesKillTheCode() {
        Learners.Session session = Learners.registeredAndLoggedIn();
        ask(session.phone()).then().statusCode(202);
        String code = awaitSmsCode(session.phone(), 1);
        String wrong = code.equals("000000") ? "111111" : "000000";
        for (int i = 0; i < 5; i++) {
            confirm(session.phone(), wrong, NEW_PASSWORD).then().statusCode(400);
        }
        confirm(session.phone(), code, NEW_PASSWORD)
                .then()
                .statusCode(400)
                .body("code", org.hamcrest.Matchers.equalTo("invalid_reset_code"));
        // A new request gives a new code with new tries.
        ask(session.phone()).then().statusCode(202);
        confirm(session.phone(), awaitSmsCode(session.phone(), 2), NEW_PASSWORD)
                .then()
                .statusCode(204);
    }

    @Test
    void aWeakNewPasswordIsRefusedAndTheCodeStaysUsable() {
        Learners.Session session = Learners.registeredAndLoggedIn();
        ask(session.phone()).then().statusCode(202);
        String code = awaitSmsCode(session.phone(), 1);
        confirm(session.phone(), code, "123")
                .then()
                .statusCode(400)
                .body("code", org.hamcrest.Matchers.equalTo("validation_failed"))
                .body("violations[0].field", org.hamcrest.Matchers.equalTo("newPassword"));
        confirm(session.phone(), code, NEW_PASSWORD).then().statusCode(204);
    }

    @Test
    void requestsAreLimitedPerNumberWhetherOrNotAnAccountHasIt() {
        String nobody = Learners.uniquePhone();
        for (int i = 0; i < 5; i++) {
            ask(nobody).then().statusCode(202);
        }
        ask(nobody).then().statusCode(429).header("Retry-After", org.hamcrest.Matchers.notNullValue());
        Learners.Session session = Learners.registeredAndLoggedIn();
        for (int i = 0; i < 5; i++) {
            ask(session.phone()).then().statusCode(202);
        }
        ask(session.phone()).then().statusCode(429);
    }

    @Test
    void requestsAreLimitedPerClientAddress() {
        for (int i = 0; i < 30; i++) {
            api().header("X-Forwarded-For", "203.0.113.91")
                    .body(Map.of("login", Learners.uniquePhone()))
                    .post("/api/v1/auth/password-reset")
                    .then()
                    .statusCode(202);
        }
        api().header("X-Forwarded-For", "203.0.113.91")
                .body(Map.of("login", Learners.uniquePhone()))
                .post("/api/v1/auth/password-reset")
                .then()
                .statusCode(429);
        // Another address is not affected.
        api().header("X-Forwarded-For", "203.0.113.92")
                .body(Map.of("login", Learners.uniquePhone()))
                .post("/api/v1/auth/password-reset")
                .then()
                .statusCode(202);
    }

    @Test
    void aProviderErrorIsRetriedAndTheLogShowsTheAttempts() {
        Learners.Session session = Learners.registeredAndLoggedIn();
        String international = "84" + session.phone().substring(1);
        // eSMS first answers 503, then a rate limit (429 with Retry-After), then accepts.
        providers.stubFor(post(urlEqualTo(NotificationPeers.ESMS_PATH))
                .atPriority(1)
                .inScenario("flaky-" + international)
                .whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
                .withRequestBody(matchingJsonPath("$.Phone", equalTo(international)))
                .willReturn(aResponse().withStatus(503))
                .willSetStateTo("limited"));
        providers.stubFor(post(urlEqualTo(NotificationPeers.ESMS_PATH))
                .atPriority(1)
                .inScenario("flaky-" + international)
                .whenScenarioStateIs("limited")
                .withRequestBody(matchingJsonPath("$.Phone", equalTo(international)))
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1"))
                .willSetStateTo("ok"));
        ask(session.phone()).then().statusCode(202);
        String code = awaitSmsCode(session.phone(), 3);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> "SENT"
                        .equals(Database.queryString(
                                "SELECT status FROM notification WHERE user_id = ?", session.id())));
        api(vn.hocvuso.testing.Tokens.admin())
                .queryParam("userId", session.id().toString())
                .get("/api/v1/notifications/deliveries")
                .then()
                .statusCode(200)
                .body("items[0].status", org.hamcrest.Matchers.equalTo("SENT"))
                .body("items[0].channel", org.hamcrest.Matchers.equalTo("SMS"))
                .body("items[0].attempts", org.hamcrest.Matchers.equalTo(3))
                .body("items[0].providerId", org.hamcrest.Matchers.equalTo("d533459ee42b2b9525ba9eabf6a8156"))
                .body(
                        "items[0].address",
                        org.hamcrest.Matchers.endsWith(session.phone().substring(6)));
        confirm(session.phone(), code, NEW_PASSWORD).then().statusCode(204);
    }

    @Test
    void aNumberTheProviderRefusesIsGivenUpWithoutRetrying() {
        Learners.Session session = Learners.registeredAndLoggedIn();
        String international = "84" + session.phone().substring(1);
        providers.stubFor(post(urlEqualTo(NotificationPeers.ESMS_PATH))
                .atPriority(1)
                .withRequestBody(matchingJsonPath("$.Phone", equalTo(international)))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"CodeResult\":\"99\",\"CountRegenerate\":0,\"ErrorMessage\":\"Phone blocked\"}")));
        ask(session.phone()).then().statusCode(202);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> "FAILED"
                        .equals(Database.queryString(
                                "SELECT status FROM notification WHERE user_id = ?", session.id())));
        assertThat(Database.queryString(
                        "SELECT last_error || ' ' || attempts FROM notification WHERE user_id = ?", session.id()))
                .isEqualTo("address_rejected 1");
        assertThat(smsTo(session.phone())).hasSize(1);
    }
}
