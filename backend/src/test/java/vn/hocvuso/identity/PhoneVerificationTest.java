package vn.hocvuso.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.hocvuso.testing.Api.api;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.Database;
import vn.hocvuso.testing.Learners;
import vn.hocvuso.testing.NotificationPeers;
import vn.hocvuso.testing.SettingsProfile;
import vn.hocvuso.testing.WithTestClock;

/**
 * A deployment that asks for phone verification at registration: the code reaches the phone (eSMS played by
 * WireMock), the account cannot log in before it is typed back, and the code follows the reset's rules.
 */
@QuarkusTest
@TestProfile(PhoneVerificationTest.VerificationOn.class)
class PhoneVerificationTest extends WithTestClock {

    public static class VerificationOn extends SettingsProfile {
        public VerificationOn() {
            super("hocvuso.registration.phone-verification=true");
        }
    }

    private static final Pattern CODE = Pattern.compile("\\b([0-9]{6})\\b");

    WireMockServer providers;

    private String awaitCode(String phone, int count) {
        Matcher m = CODE.matcher(NotificationPeers.awaitSms(providers, phone, count));
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private static Response login(String phone, String password) {
        return api().body(Map.of("login", phone, "password", password)).post("/api/v1/auth/login");
    }

    private static Response confirm(String phone, String code) {
        return api().body(Map.of("phone", phone, "code", code)).post("/api/v1/auth/phone-verification/confirm");
    }

    private static String other(String code) {
        return code.equals("000000") ? "111111" : "000000";
    }

    @Test
    void anAccountLogsInOnlyAfterTheCodeSentToItsPhoneIsTypedBack() {
        Learners.Account account = Learners.registered();
        String phone = account.phone();
        UUID id = account.id();
        String code = awaitCode(phone, 1);
        assertThat(NotificationPeers.smsTo(providers, phone).get(0)).contains("Mã xác minh số điện thoại Học vụ số");

        // Said only to whoever knows the password.
        login(phone, Learners.PASSWORD).then().statusCode(403).body("code", equalTo("phone_not_verified"));
        login(phone, "Sai-mat-khau-2026").then().statusCode(401).body("code", equalTo("invalid_credentials"));

        confirm(phone, other(code)).then().statusCode(400).body("code", equalTo("invalid_verification_code"));
        confirm(phone, code.substring(0, 3) + " " + code.substring(3)).then().statusCode(204);
        Learners.login(phone, Learners.PASSWORD);
        // A code works once; the acts are audited.
        confirm(phone, code).then().statusCode(400);
        assertThat(Database.queryString(
                        "SELECT string_agg(action, ',' ORDER BY id) FROM audit_event WHERE subject_id = ? AND action LIKE 'phone.%'",
                        id.toString()))
                .isEqualTo("phone.verification.failed,phone.verified");
    }

    @Test
    void aNewCodeReplacesTheOldAndAnUnknownNumberGetsTheSameAnswer() {
        String phone = Learners.registered().phone();
        String first = awaitCode(phone, 1);
        Response known = api().body(Map.of("phone", phone)).post("/api/v1/auth/phone-verification");
        String nobody = Learners.uniquePhone();
        Response unknown = api().body(Map.of("phone", nobody)).post("/api/v1/auth/phone-verification");
        assertThat(known.statusCode()).isEqualTo(202).isEqualTo(unknown.statusCode());
        assertThat(known.asString()).isEqualTo(unknown.asString());
        String second = awaitCode(phone, 2);
        assertThat(NotificationPeers.smsTo(providers, nobody)).isEmpty();
        if (!first.equals(second)) {
            confirm(phone, first).then().statusCode(400);
        }
        confirm(phone, second).then().statusCode(204);
    }

    @Test
    void aCodeDiesAfterTenMinutesOrFiveWrongTries() {
        String phone = Learners.registered().phone();
        String code = awaitCode(phone, 1);
        clock.advance(Duration.ofMinutes(10).plusSeconds(1));
        confirm(phone, code).then().statusCode(400).body("code", equalTo("invalid_verification_code"));
        clock.reset();

        api().body(Map.of("phone", phone))
                .post("/api/v1/auth/phone-verification")
                .then()
                .statusCode(202);
        String fresh = awaitCode(phone, 2);
        for (int i = 0; i < 5; i++) {
            confirm(phone, other(fresh)).then().statusCode(400);
        }
        confirm(phone, fresh).then().statusCode(400).body("code", equalTo("invalid_verification_code"));
        login(phone, Learners.PASSWORD).then().statusCode(403);
    }

    @Test
    void codesAskedForAreLimitedPerNumber() {
        String nobody = Learners.uniquePhone();
        for (int i = 0; i < 5; i++) {
            api().body(Map.of("phone", nobody))
                    .post("/api/v1/auth/phone-verification")
                    .then()
                    .statusCode(202);
        }
        api().body(Map.of("phone", nobody))
                .post("/api/v1/auth/phone-verification")
                .then()
                .statusCode(429);
    }

    @Test
    void aResetCodeTypedBackFromThePhoneProvesItToo() {
        String phone = Learners.registered().phone();
        awaitCode(phone, 1);
        api().body(Map.of("login", phone))
                .post("/api/v1/auth/password-reset")
                .then()
                .statusCode(202);
        String reset = awaitCode(phone, 2);
        api().body(Map.of("login", phone, "code", reset, "newPassword", "Mat-khau-moi-2026"))
                .post("/api/v1/auth/password-reset/confirm")
                .then()
                .statusCode(204);
        Learners.login(phone, "Mat-khau-moi-2026");
    }

    @Test
    void anAccountWithoutAPhoneHasNothingToVerify() {
        String email = "loc." + System.nanoTime() + "@example.invalid";
        Map<String, Object> body = Learners.with(Learners.registration(), "email", email);
        body.remove("phone");
        Learners.register(body);
        Learners.login(email, Learners.PASSWORD);
    }

    @Test
    void aPersonRegisteredByAHelperProvesTheirPhoneBySettingTheirPassword() {
        Map<String, Object> helper = Learners.registration();
        String helperPhone = (String) helper.get("phone");
        Learners.register(helper);
        confirm(helperPhone, awaitCode(helperPhone, 1)).then().statusCode(204);
        api(vn.hocvuso.testing.Tokens.unitManager("21211"))
                .body(Map.of("login", helperPhone))
                .post("/api/v1/unit-helpers/21211")
                .then()
                .statusCode(201);
        String token = (String) Learners.login(helperPhone, Learners.PASSWORD).get("accessToken");
        String phone = Learners.uniquePhone();
        api(token)
                .body(Map.of(
                        "fullName",
                        "Đinh Văn Lộc",
                        "phone",
                        phone,
                        "learnerGroup",
                        "CITIZEN",
                        "unitCode",
                        "21211",
                        "consent",
                        true,
                        "consentText",
                        "Tôi đồng ý."))
                .post("/api/v1/assisted/registrations")
                .then()
                .statusCode(201);
        // One code only: the one to set a password, which goes to the phone and so proves it.
        String code = awaitCode(phone, 1);
        assertThat(NotificationPeers.smsTo(providers, phone).get(0))
                .contains("Tài khoản Học vụ số của bạn đã được tạo");
        api().body(Map.of("login", phone, "code", code, "newPassword", "Loc-tu-dat-2026"))
                .post("/api/v1/auth/password-reset/confirm")
                .then()
                .statusCode(204);
        Learners.login(phone, "Loc-tu-dat-2026");
        assertThat(NotificationPeers.smsTo(providers, phone)).hasSize(1);
    }
}
