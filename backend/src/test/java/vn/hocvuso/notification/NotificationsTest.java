package vn.hocvuso.notification;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static vn.hocvuso.testing.Api.api;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.Certificates;
import vn.hocvuso.testing.Database;
import vn.hocvuso.testing.Learners;
import vn.hocvuso.testing.NotificationPeers;
import vn.hocvuso.testing.Tokens;

/**
 * A certificate issued reaches its holder in the app, by e-mail (GreenMail) and by Zalo ZNS (WireMock),
 * once; opt-outs, quiet hours and the throttle hold messages back; the inbox, settings, templates and
 * delivery log answer only whom they should.
 */
@QuarkusTest
class NotificationsTest extends AtTenInTheMorning {

    WireMockServer providers;
    GreenMail mail;

    private static Map<String, Object> learnerWithEmail() {
        Map<String, Object> body = Learners.registration();
        body.put("email", "hoc.vien." + System.nanoTime() + "@example.invalid");
        return body;
    }

    private List<JsonObject> zaloTo(String nationalPhone) {
        return providers
                .findAll(postRequestedFor(urlEqualTo(NotificationPeers.ZALO_PATH))
                        .withRequestBody(matchingJsonPath("$.phone", equalTo("84" + nationalPhone.substring(1)))))
                .stream()
                .map(LoggedRequest::getBodyAsString)
                .map(JsonObject::new)
                .toList();
    }

    private static String status(UUID userId, String channel) {
        return Database.queryString(
                "SELECT status || ' ' || coalesce(last_error, '-') FROM notification"
                        + " WHERE user_id = ? AND channel = ? AND kind = 'CERTIFICATE_ISSUED'",
                userId,
                channel);
    }

    @Test
    void aCertificateReachesItsHolderInTheAppByEmailAndByZaloOnce() throws Exception {
        Map<String, Object> registration = learnerWithEmail();
        String email = (String) registration.get("email");
        Certificates.Issued issued = Certificates.issue(registration);
        String token = issued.holder().accessToken();

        await().atMost(Duration.ofSeconds(15))
                .until(() -> api(token)
                                .get("/api/v1/me/notifications/unread-count")
                                .then()
                                .statusCode(200)
                                .extract()
                                .<Integer>path("unread")
                        == 1);
        api(token)
                .get("/api/v1/me/notifications")
                .then()
                .statusCode(200)
                .body("totalItems", is(1))
                .body("items[0].kind", is("CERTIFICATE_ISSUED"))
                .body("items[0].subject", is("Chúc mừng! Bạn đã được cấp Giấy chứng nhận"))
                .body("items[0].body", containsString("/chung-nhan/" + issued.code()))
                .body("items[0].readAt", nullValue());

        // The e-mail: Vietnamese subject, the link, and a way to stop such e-mails.
        await().atMost(Duration.ofSeconds(15)).until(() -> NotificationPeers.mailTo(mail, email).length == 1);
        MimeMessage message = NotificationPeers.mailTo(mail, email)[0];
        assertThat(message.getSubject()).isEqualTo("Chúc mừng! Bạn đã được cấp Giấy chứng nhận");
        assertThat(message.getContent().toString())
                .contains("/chung-nhan/" + issued.code())
                .contains("/tai-khoan");
        assertThat(message.getHeader("List-Unsubscribe")[0]).endsWith("/tai-khoan>");

        // Zalo ZNS: the approved template, its data, our id to track it, the Official Account's token.
        await().atMost(Duration.ofSeconds(15))
                .until(() -> zaloTo(issued.holder().phone()).size() == 1);
        JsonObject zns = zaloTo(issued.holder().phone()).get(0);
        assertThat(zns.getString("template_id")).isEqualTo("300001");
        assertThat(zns.getJsonObject("template_data").getString("code")).isEqualTo(issued.code());
        assertThat(zns.getJsonObject("template_data").getString("link")).endsWith("/chung-nhan/" + issued.code());
        assertThat(zns.getString("tracking_id")).isNotBlank();
        providers.verify(postRequestedFor(urlEqualTo(NotificationPeers.ZALO_PATH))
                .withHeader("access_token", equalTo("test-zalo-token"))
                .withRequestBody(matchingJsonPath(
                        "$.phone", equalTo("84" + issued.holder().phone().substring(1)))));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> "SENT -".equals(status(issued.holder().id(), "ZALO_ZNS")));
        assertThat(Database.queryString(
                        "SELECT provider_id FROM notification WHERE user_id = ? AND channel = 'ZALO_ZNS'",
                        issued.holder().id()))
                .isEqualTo("a9fd7e4d8d4c1f8c");
        // One message per channel (Zalo carries it, so no SMS besides).
        assertThat(Database.queryString(
                        "SELECT string_agg(channel, ',' ORDER BY channel) FROM notification WHERE user_id = ?",
                        issued.holder().id()))
                .isEqualTo("EMAIL,IN_APP,ZALO_ZNS");

        // Read: the bell goes to 0.
        String id = api(token).get("/api/v1/me/notifications").then().extract().path("items[0].id");
        api(token).post("/api/v1/me/notifications/" + id + "/read").then().statusCode(204);
        api(token)
                .get("/api/v1/me/notifications/unread-count")
                .then()
                .statusCode(200)
                .body("unread", is(0));
        api(token).get("/api/v1/me/notifications").then().body("items[0].readAt", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void theInboxIsOnlyTheOwnersOwn() {
        Certificates.Issued issued = Certificates.issue("Trần Thị Lan");
        await().atMost(Duration.ofSeconds(15))
                .until(() -> api(issued.holder().accessToken())
                                .get("/api/v1/me/notifications/unread-count")
                                .then()
                                .extract()
                                .<Integer>path("unread")
                        == 1);
        String id = api(issued.holder().accessToken())
                .get("/api/v1/me/notifications")
                .then()
                .extract()
                .path("items[0].id");

        Learners.Session other = Learners.registeredAndLoggedIn();
        api(other.accessToken())
                .get("/api/v1/me/notifications")
                .then()
                .statusCode(200)
                .body("totalItems", is(0));
        api(other.accessToken())
                .post("/api/v1/me/notifications/" + id + "/read")
                .then()
                .statusCode(404)
                .body("code", is("notification_not_found"));
        // The owner's message is still unread.
        api(issued.holder().accessToken())
                .get("/api/v1/me/notifications/unread-count")
                .then()
                .body("unread", is(1));
        api(issued.holder().accessToken())
                .post("/api/v1/me/notifications/read-all")
                .then()
                .statusCode(204);
        api(issued.holder().accessToken())
                .get("/api/v1/me/notifications/unread-count")
                .then()
                .body("unread", is(0));
    }

    @Test
    void anOptedOutChannelSendsNothingAndTheLogSaysWhy() {
        Map<String, Object> registration = learnerWithEmail();
        String email = (String) registration.get("email");
        UUID id = Learners.register(registration);
        String token = (String) Learners.login((String) registration.get("phone"), Learners.PASSWORD)
                .get("accessToken");
        api(token)
                .get("/api/v1/me/notification-settings")
                .then()
                .statusCode(200)
                .body("language", is("vi"))
                .body("optOuts.size()", is(0))
                .body("channels.find { it.channel == 'EMAIL' }.reachable", is(true))
                .body("kinds.find { it.kind == 'PASSWORD_RESET_CODE' }.optional", is(false));
        OptOuts.put(
                        token,
                        List.of(
                                OptOuts.of("CERTIFICATE_ISSUED", "EMAIL"),
                                OptOuts.of("CERTIFICATE_ISSUED", "ZALO_ZNS")))
                .statusCode(200)
                .body("optOuts.channel", hasItems("EMAIL", "ZALO_ZNS"));
        // A reset code and the in-app inbox cannot be turned off.
        OptOuts.put(
                        token,
                        List.of(OptOuts.of("PASSWORD_RESET_CODE", "SMS"), OptOuts.of("CERTIFICATE_ISSUED", "IN_APP")))
                .statusCode(400)
                .body("violations.code", hasItems("not_optional"));

        // The learner passes (their own course, their own session).
        Certificates.Issued issued = passAs(registration, id, token);
        await().atMost(Duration.ofSeconds(15))
                .until(() -> "SKIPPED opted_out".equals(status(id, "EMAIL"))
                        && "SKIPPED opted_out".equals(status(id, "ZALO_ZNS"))
                        && "SENT -".equals(status(id, "IN_APP")));
        assertThat(NotificationPeers.mailTo(mail, email)).isEmpty();
        assertThat(zaloTo(issued.holder().phone())).isEmpty();
    }

    private static Certificates.Issued passAs(Map<String, Object> registration, UUID id, String token) {
        return new Certificates.Issued(
                Certificates.pass(token), new Learners.Session(id, (String) registration.get("phone"), token, null));
    }

    @Test
    void inQuietHoursAMessageWaitsUntilSevenAndTheInboxDoesNot() {
        // 22:00 in Vietnam.
        clock.advance(Duration.ofHours(12));
        Certificates.Issued issued = Certificates.issue("Lê Văn Tám");
        UUID id = issued.holder().id();
        await().atMost(Duration.ofSeconds(15))
                .until(() ->
                        "PENDING quiet_hours".equals(status(id, "ZALO_ZNS")) && "SENT -".equals(status(id, "IN_APP")));
        String next = Database.queryString(
                "SELECT to_char(next_attempt_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'HH24:MI')"
                        + " FROM notification WHERE user_id = ? AND channel = 'ZALO_ZNS'",
                id);
        assertThat(next).isEqualTo("07:00");
        assertThat(zaloTo(issued.holder().phone())).isEmpty();
        // Deferred, not dropped: at 07:00 it goes.
        clock.advance(Duration.ofHours(9));
        await().atMost(Duration.ofSeconds(15)).until(() -> "SENT -".equals(status(id, "ZALO_ZNS")));
        assertThat(zaloTo(issued.holder().phone())).hasSize(1);
    }

    @Test
    void aPersonGetsAtMostTwoMessagesADayOnOneChannelAndTheRestWait() {
        Learners.Session learner = Learners.registeredAndLoggedIn();
        for (int i = 0; i < 3; i++) {
            // Three certificate messages at once (three courses passed in a minute), set up in the outbox directly.
            Database.execute(
                    """
                    INSERT INTO notification (id, user_id, kind, channel, address, variables, dedupe_key, next_attempt_at, created_at)
                    SELECT gen_random_uuid(), id, 'CERTIFICATE_ISSUED', 'ZALO_ZNS', phone,
                           jsonb_build_object('name', full_name, 'course', 'Khóa ' || ?, 'code', 'C' || ?, 'link', 'https://x.invalid'),
                           'test:' || ? || ':' || id, ?::timestamptz, ?::timestamptz FROM app_user WHERE id = ?
                    """,
                    String.valueOf(i),
                    String.valueOf(i),
                    String.valueOf(i),
                    clock.instant().toString(),
                    clock.instant().toString(),
                    learner.id());
        }
        await().atMost(Duration.ofSeconds(15))
                .until(() -> "2 1"
                        .equals(Database.queryString(
                                "SELECT count(*) FILTER (WHERE status = 'SENT') || ' ' || count(*) FILTER (WHERE status = 'PENDING' AND last_error = 'throttled')"
                                        + " FROM notification WHERE user_id = ?",
                                learner.id())));
        assertThat(zaloTo(learner.phone())).hasSize(2);
        // The next morning (08:00, after quiet hours) the third one goes.
        clock.advance(Duration.ofHours(22));
        await().atMost(Duration.ofSeconds(15))
                .until(() -> zaloTo(learner.phone()).size() == 3);
    }

    @Test
    void theChannelsThisServerHasOnAreListedForAnyoneLoggedIn() {
        api(Learners.registeredAndLoggedIn().accessToken())
                .get("/api/v1/notifications/channels")
                .then()
                .statusCode(200)
                .body("items.channel", hasItems("IN_APP", "EMAIL", "SMS", "ZALO_ZNS"))
                .body("items.find { it.channel == 'IN_APP' }.enabled", is(true));
    }

    @Test
    void anAdministratorEditsATemplateWithItsVariablesCheckedAndSeesAPreview() {
        String admin = Tokens.admin();
        api(admin)
                .get("/api/v1/admin/notification-templates")
                .then()
                .statusCode(200)
                .body("totalItems", is(Kind.values().length * 2))
                .body(
                        "items.find { it.kind == 'PASSWORD_RESET_CODE' && it.language == 'vi' }.requiredVariables",
                        hasItems("code"));
        api(admin)
                .body(Map.of("subject", "Mã {ma}", "body", "Mã của bạn: {ma}"))
                .put("/api/v1/admin/notification-templates/PASSWORD_RESET_CODE/vi")
                .then()
                .statusCode(400)
                .body("violations.code", hasItems("unknown_variable", "missing_variable"))
                .body("violations.message", hasItems(containsString("{ma}")));
        api(admin)
                .body(Map.of("subject", "Chứng nhận", "body", "Chúc mừng {name}!"))
                .post("/api/v1/admin/notification-templates/CERTIFICATE_ISSUED/vi/preview")
                .then()
                .statusCode(400)
                .body("violations[0].code", is("missing_variable"));
        api(admin)
                .body(Map.of("subject", "Chứng nhận của {name}", "body", "Xem tại {link}"))
                .post("/api/v1/admin/notification-templates/CERTIFICATE_ISSUED/vi/preview")
                .then()
                .statusCode(200)
                .body("subject", is("Chứng nhận của Nguyễn Thị Hoa"))
                .body("body", containsString("https://"));
        api(admin)
                .body(Map.of("subject", "x", "body", "{code}"))
                .put("/api/v1/admin/notification-templates/NO_SUCH/vi")
                .then()
                .statusCode(404);

        String original = Database.queryString(
                "SELECT body FROM notification_template WHERE kind = 'PASSWORD_RESET_CODE' AND language = 'vi'");
        try {
            api(admin)
                    .body(Map.of(
                            "subject", "Mã Học vụ số", "body", "Mã Học vụ số: {code} (dùng trong {minutes} phút)."))
                    .put("/api/v1/admin/notification-templates/PASSWORD_RESET_CODE/vi")
                    .then()
                    .statusCode(200)
                    .body("body", is("Mã Học vụ số: {code} (dùng trong {minutes} phút)."));
            // The next code goes out in the new words.
            Learners.Session learner = Learners.registeredAndLoggedIn();
            api().body(Map.of("login", learner.phone()))
                    .post("/api/v1/auth/password-reset")
                    .then()
                    .statusCode(202);
            await().atMost(Duration.ofSeconds(15))
                    .until(() -> providers
                            .findAll(postRequestedFor(urlEqualTo(NotificationPeers.ESMS_PATH))
                                    .withRequestBody(matchingJsonPath(
                                            "$.Content",
                                            com.github.tomakehurst.wiremock.client.WireMock.matching(
                                                    "Mã Học vụ số: [0-9]{6} \\(dùng trong 10 phút\\)\\."))))
                            .stream()
                            .anyMatch(r -> r.getBodyAsString()
                                    .contains("84" + learner.phone().substring(1))));
            assertThat(Database.queryString(
                            "SELECT count(*) FROM audit_event WHERE action = 'notification.template.changed'"))
                    .isNotEqualTo("0");
        } finally {
            Database.execute(
                    "UPDATE notification_template SET body = ?, subject = 'Mã đặt lại mật khẩu Học vụ số'"
                            + " WHERE kind = 'PASSWORD_RESET_CODE' AND language = 'vi'",
                    original);
        }
    }

    @Test
    void theDeliveryLogShowsAManagerTheirOwnPeopleOnlyAndEveryReadIsAudited() {
        Certificates.Issued issued = Certificates.issue("Phạm Thị Thu");
        UUID id = issued.holder().id();
        await().atMost(Duration.ofSeconds(15)).until(() -> "SENT -".equals(status(id, "IN_APP")));

        // The learner lives in Xã Tịnh Khê (21211): its manager sees their messages, masked.
        UUID manager = UUID.randomUUID();
        String tinhKhe =
                Tokens.token(manager, java.util.Set.of("LEARNER", "UNIT_MANAGER"), List.of("21211"), List.of());
        api(tinhKhe)
                .queryParam("userId", id.toString())
                .get("/api/v1/notifications/deliveries")
                .then()
                .statusCode(200)
                .body("totalItems", is(2))
                .body("items.channel", hasItems("IN_APP", "ZALO_ZNS"))
                .body("items.find { it.channel == 'ZALO_ZNS' }.address", containsString("•"))
                .body("items[0].fullName", is("Phạm Thị Thu"));
        assertThat(Database.queryString(
                        "SELECT count(*) FROM audit_event WHERE actor_id = ? AND action = 'notification.deliveries.read'",
                        manager))
                .isEqualTo("1");

        // Another unit's manager: nothing of theirs, and 403 when naming the unit.
        String other = Tokens.unitManager("21214");
        api(other)
                .queryParam("userId", id.toString())
                .get("/api/v1/notifications/deliveries")
                .then()
                .statusCode(200)
                .body("totalItems", is(0));
        api(other)
                .queryParam("unitCode", "21211")
                .get("/api/v1/notifications/deliveries")
                .then()
                .statusCode(403);
        // Administrators see everyone.
        api(Tokens.admin())
                .queryParam("userId", id.toString())
                .queryParam("channel", "IN_APP")
                .get("/api/v1/notifications/deliveries")
                .then()
                .statusCode(200)
                .body("totalItems", is(1));
        api(Tokens.admin())
                .queryParam("status", "LOST")
                .get("/api/v1/notifications/deliveries")
                .then()
                .statusCode(400);
    }

    @Test
    void theDeliveryLogNamesEachFilterItCannotRead() {
        Map<String, String> wrong = Map.of("status", "LOST", "channel", "FAX", "kind", "REMINDER", "unitCode", "2121");
        wrong.forEach((filter, value) -> api(Tokens.admin())
                .queryParam(filter, value)
                .get("/api/v1/notifications/deliveries")
                .then()
                .statusCode(400)
                .body("violations.field", is(List.of(filter)))
                .body("violations.code", is(List.of("format"))));
        api(Tokens.admin())
                .queryParam("status", "LOST")
                .queryParam("channel", "FAX")
                .get("/api/v1/notifications/deliveries")
                .then()
                .statusCode(400)
                .body("violations.field", hasItems("status", "channel"));
    }
}
