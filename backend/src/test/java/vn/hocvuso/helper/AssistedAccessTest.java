package vn.hocvuso.helper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static vn.hocvuso.testing.Api.api;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.Database;
import vn.hocvuso.testing.Learners;
import vn.hocvuso.testing.NotificationPeers;
import vn.hocvuso.testing.Tokens;

/**
 * Community helpers ("Đại sứ số"): a unit's manager makes a person a helper; the helper registers a person
 * who is with them (consent recorded) and starts a reset for a person of the unit; the codes reach the
 * person's phone (eSMS played by WireMock), never the helper; the manager sees what the helpers did.
 */
@QuarkusTest
class AssistedAccessTest {

    static final String UNIT = "21211";
    static final String OTHER_UNIT = "23344";
    static final String CONSENT =
            "Tôi đồng ý để người hỗ trợ tạo tài khoản Học vụ số cho tôi. Tôi tự đặt mật khẩu bằng mã gửi tới điện thoại của tôi.";
    private static final Pattern CODE = Pattern.compile("\\b([0-9]{6})\\b");

    WireMockServer providers;

    /** A learner of UNIT made a helper by the unit's manager, logged in again so the token carries the role. */
    private record HelperSession(UUID id, String phone, String token) {}

    private HelperSession helper() {
        Learners.Session learner = Learners.registeredAndLoggedIn();
        api(Tokens.unitManager(UNIT))
                .body(Map.of("login", learner.phone()))
                .post("/api/v1/unit-helpers/" + UNIT)
                .then()
                .statusCode(201)
                .body("userId", equalTo(learner.id().toString()))
                .body("fullName", equalTo("Nguyễn Thị Hoa"));
        String token =
                (String) Learners.login(learner.phone(), Learners.PASSWORD).get("accessToken");
        return new HelperSession(learner.id(), learner.phone(), token);
    }

    /** A problem without what differs per request (its instance and request id). */
    private static String withoutIds(String problem) {
        return problem.replaceAll("\"(instance|requestId)\":\"[^\"]*\"", "");
    }

    private static Map<String, Object> person(String phone) {
        Map<String, Object> body = new HashMap<>();
        body.put("fullName", "Đinh Văn Lộc");
        body.put("phone", phone);
        body.put("learnerGroup", "CITIZEN");
        body.put("unitCode", UNIT);
        body.put("consent", true);
        body.put("consentText", CONSENT);
        return body;
    }

    /** The helper registers a person who came to them (an assisted registration); the answer. */
    private static ValidatableResponse registers(HelperSession helper, Object person) {
        return api(helper.token())
                .body(person)
                .post("/api/v1/assisted/registrations")
                .then();
    }

    /** The helper starts a password reset for someone; the answer. */
    private static ValidatableResponse startsReset(HelperSession helper, Object login) {
        return api(helper.token())
                .body(login)
                .post("/api/v1/assisted/password-resets")
                .then();
    }

    private String awaitSms(String phone, int count) {
        return NotificationPeers.awaitSms(providers, phone, count);
    }

    private static String code(String text) {
        Matcher m = CODE.matcher(text);
        assertThat(m.find()).as("a 6-digit code in %s", text).isTrue();
        return m.group(1);
    }

    @Test
    void aHelperRegistersAPersonWhoSetsTheirOwnPasswordWithTheCodeOnTheirPhone() {
        HelperSession helper = helper();
        String phone = Learners.uniquePhone();
        Response created = api(helper.token()).body(person(phone)).post("/api/v1/assisted/registrations");
        created.then()
                .statusCode(201)
                .body("fullName", equalTo("Đinh Văn Lộc"))
                .body("unitCode", equalTo(UNIT))
                .body("codeSentTo", equalTo("PHONE"));
        // The helper's answer holds no code, no password, not even the phone.
        assertThat(created.asString()).doesNotContain(phone.substring(1)).doesNotContainPattern("\\b[0-9]{6}\\b");
        UUID personId = UUID.fromString(created.path("id"));

        // The code went to the person's phone, in the words of a new account; the helper got nothing.
        String sms = awaitSms(phone, 1);
        assertThat(sms).contains("Tài khoản Học vụ số của bạn đã được tạo").contains("kể cả người hỗ trợ");
        assertThat(NotificationPeers.smsTo(providers, helper.phone())).isEmpty();
        // Nobody can log in before the person sets a password, whatever they try.
        api().body(Map.of("login", phone, "password", "!assisted"))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(401);

        api().body(Map.of("login", phone, "code", code(sms), "newPassword", "Loc-tu-dat-2026"))
                .post("/api/v1/auth/password-reset/confirm")
                .then()
                .statusCode(204);
        Map<String, Object> tokens = Learners.login(phone, "Loc-tu-dat-2026");
        api((String) tokens.get("accessToken"))
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("unit.code", equalTo(UNIT))
                .body("fullName", equalTo("Đinh Văn Lộc"));

        // The consent is kept as shown, with the helper and the time; the act is audited as the helper's.
        assertThat(Database.queryString(
                        "SELECT helper_id || ' ' || unit_code || ' ' || consent_text FROM assisted_registration WHERE user_id = ?",
                        personId))
                .isEqualTo(helper.id() + " " + UNIT + " " + CONSENT);
        assertThat(Database.queryString(
                        "SELECT actor_id || ' ' || (details ->> 'unitCode') FROM audit_event WHERE action = 'helper.registered' AND subject_id = ?",
                        personId.toString()))
                .isEqualTo(helper.id() + " " + UNIT);
    }

    @Test
    void anHrRosterDoesNotTakeOverTheContactsOfAPersonAHelperRegistered() {
        HelperSession helper = helper();
        String phone = Learners.uniquePhone();
        String email = "loc." + phone + "@example.vn";
        Map<String, Object> body = person(phone);
        body.put("email", email);
        String personId = registers(helper, body).statusCode(201).extract().path("id");
        // the person has not set a password yet, but the account is theirs, not one a roster made and nobody claimed
        String roster = "Họ và tên,Số điện thoại,Email,Mã xã/phường,Cơ quan,Mã cán bộ\r\n" + "Đinh Văn Lộc," + phone
                + ",hr." + phone + "@example.vn," + UNIT + ",,\r\n";
        api(Tokens.admin())
                .contentType("text/csv; charset=utf-8")
                .body(roster.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/imports/rosters/dry-run")
                .then()
                .statusCode(200)
                .body("errors.code", hasItem("contact_mismatch"));
        assertThat(Database.queryString("SELECT email FROM app_user WHERE id = ?", UUID.fromString(personId)))
                .isEqualTo(email);
    }

    @Test
    void aRegistrationWithoutConsentIsRefusedAndNothingIsSent() {
        HelperSession helper = helper();
        String phone = Learners.uniquePhone();
        Map<String, Object> body = person(phone);
        body.put("consent", false);
        registers(helper, body)
                .statusCode(400)
                .body("violations.field", hasItem("consent"))
                .body("violations.code", hasItem("consent_required"));
        body.remove("consent");
        body.remove("consentText");
        registers(helper, body).statusCode(400).body("violations.field", hasItem("consentText"));
        assertThat(Database.queryString("SELECT count(*) FROM app_user WHERE phone = ?", "+84" + phone.substring(1)))
                .isEqualTo("0");
    }

    @Test
    void aHelperActsOnlyInTheirOwnUnit() {
        HelperSession helper = helper();
        Map<String, Object> elsewhere = person(Learners.uniquePhone());
        elsewhere.put("unitCode", OTHER_UNIT);
        registers(helper, elsewhere).statusCode(403);

        // A person of another unit, a login nobody has, and a manager of the helper's own unit: the same 404.
        Map<String, Object> other = Learners.with(Learners.registration(), "unitCode", OTHER_UNIT);
        Learners.register(other);
        String otherBody = startsReset(helper, Map.of("login", other.get("phone")))
                .statusCode(404)
                .extract()
                .asString();
        String nobodyBody = startsReset(helper, Map.of("login", Learners.uniquePhone()))
                .statusCode(404)
                .extract()
                .asString();
        assertThat(withoutIds(otherBody)).isEqualTo(withoutIds(nobodyBody));
        HelperSession colleague = helper(); // holds a role in the unit: not for a helper to reset
        startsReset(helper, Map.of("login", colleague.phone())).statusCode(404).body("code", equalTo("user_not_found"));
        assertThat(NotificationPeers.smsTo(providers, (String) other.get("phone")))
                .isEmpty();

        // The helper role gives no manager's reach: the unit's learner list stays closed.
        api(helper.token())
                .get("/api/v1/stats/units/" + UNIT + "/learners")
                .then()
                .statusCode(403);
    }

    @Test
    void aHelperStartsAResetWhoseCodeGoesToThePersonOnly() {
        HelperSession helper = helper();
        Learners.Session person = Learners.registeredAndLoggedIn();
        startsReset(helper, Map.of("login", person.phone())).statusCode(202).body("codeSentTo", equalTo("PHONE"));
        String sms = awaitSms(person.phone(), 1);
        assertThat(sms).contains("Mã đặt lại mật khẩu Học vụ số");
        assertThat(NotificationPeers.smsTo(providers, helper.phone())).isEmpty();
        api().body(Map.of("login", person.phone(), "code", code(sms), "newPassword", "Hoa-moi-2026!"))
                .post("/api/v1/auth/password-reset/confirm")
                .then()
                .statusCode(204);
        Learners.login(person.phone(), "Hoa-moi-2026!");
        assertThat(Database.queryString(
                        "SELECT actor_id || ' ' || (details ->> 'codeSentTo') FROM audit_event WHERE action = 'helper.reset.started' AND subject_id = ?",
                        person.id().toString()))
                .isEqualTo(helper.id() + " PHONE");
    }

    @Test
    void onlyTheUnitsOwnManagersManageItsHelpers() {
        Learners.Session learner = Learners.registeredAndLoggedIn();
        String path = "/api/v1/unit-helpers/" + UNIT;
        api(Tokens.unitManager(OTHER_UNIT)).get(path).then().statusCode(403);
        api(Tokens.unitManager(OTHER_UNIT))
                .body(Map.of("login", learner.phone()))
                .post(path)
                .then()
                .statusCode(403);
        api(Tokens.unitManager(OTHER_UNIT)).get(path + "/activity").then().statusCode(403);
        // A person of another unit cannot be made a helper here, and is not told apart from nobody.
        Map<String, Object> other = Learners.with(Learners.registration(), "unitCode", OTHER_UNIT);
        Learners.register(other);
        api(Tokens.unitManager(UNIT))
                .body(Map.of("login", other.get("phone")))
                .post(path)
                .then()
                .statusCode(404)
                .body("code", equalTo("user_not_found"));
        api(Tokens.admin()).get(path).then().statusCode(200);
    }

    @Test
    void theManagerSeesWhatTheHelpersDidAndARevokedHelperStopsAtOnce() {
        HelperSession helper = helper();
        api(Tokens.unitManager(UNIT))
                .body(Map.of("login", helper.phone()))
                .post("/api/v1/unit-helpers/" + UNIT)
                .then()
                .statusCode(200); // granted twice: the same grant
        api(Tokens.unitManager(UNIT))
                .queryParam("size", 100)
                .get("/api/v1/unit-helpers/" + UNIT)
                .then()
                .statusCode(200)
                .body("items.userId", hasItem(helper.id().toString()));

        String phone = Learners.uniquePhone();
        String personId =
                registers(helper, person(phone)).statusCode(201).extract().path("id");
        Learners.Session other = Learners.registeredAndLoggedIn();
        startsReset(helper, Map.of("login", other.phone())).statusCode(202);

        String manager = Tokens.unitManager(UNIT);
        Response page = api(manager).queryParam("size", 100).get("/api/v1/unit-helpers/" + UNIT + "/activity");
        page.then().statusCode(200);
        List<Map<String, Object>> mine = page.jsonPath().<Map<String, Object>>getList("items").stream()
                .filter(i -> helper.id().toString().equals(i.get("helperId")))
                .toList();
        assertThat(mine)
                .extracting(i -> i.get("action") + " " + i.get("personName") + " " + i.get("helperName"))
                .containsExactly(
                        "helper.reset.started Nguyễn Thị Hoa Nguyễn Thị Hoa",
                        "helper.registered Đinh Văn Lộc Nguyễn Thị Hoa");
        assertThat(mine.get(1).get("personId")).isEqualTo(personId);
        // Another unit's list does not show them; reading is audited.
        api(Tokens.admin())
                .queryParam("size", 100)
                .get("/api/v1/unit-helpers/" + OTHER_UNIT + "/activity")
                .then()
                .statusCode(200)
                .body(
                        "items.helperId",
                        org.hamcrest.Matchers.not(hasItem(helper.id().toString())));
        assertThat(Database.queryString(
                        "SELECT count(*) > 0 FROM audit_event WHERE action = 'helpers.activity.read' AND subject_id = ?",
                        UNIT))
                .isEqualTo("t");

        api(manager)
                .delete("/api/v1/unit-helpers/" + UNIT + "/" + helper.id())
                .then()
                .statusCode(204);
        api(manager)
                .delete("/api/v1/unit-helpers/" + UNIT + "/" + helper.id())
                .then()
                .statusCode(404)
                .body("code", equalTo("helper_not_found"));
        // The helper's token still says HELPER, but the grant is gone: refused at once.
        registers(helper, person(Learners.uniquePhone())).statusCode(403);
        startsReset(helper, Map.of("login", other.phone())).statusCode(404);
        assertThat(Database.queryString(
                        "SELECT count(*) FROM audit_event WHERE action IN ('helper.granted', 'helper.revoked') AND subject_id = ?",
                        helper.id().toString()))
                .isEqualTo("2");
        // After the next login the token no longer carries the role.
        String fresh =
                (String) Learners.login(helper.phone(), Learners.PASSWORD).get("accessToken");
        api(fresh).get("/api/v1/me").then().statusCode(200).body("roles.find { it.role == 'HELPER' }", nullValue());
    }
}
