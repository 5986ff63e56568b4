package vn.hocvuso.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static vn.hocvuso.testing.Api.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.Certificates;
import vn.hocvuso.testing.Courses;
import vn.hocvuso.testing.Database;
import vn.hocvuso.testing.Deliveries;
import vn.hocvuso.testing.Journeys;
import vn.hocvuso.testing.Learners;
import vn.hocvuso.testing.ServiceAccounts;
import vn.hocvuso.testing.Tokens;
import vn.hocvuso.testing.WebhookReceiver;
import vn.hocvuso.testing.WebhookReceiver.Received;

@QuarkusTest
class WebhookTest {

    private static final String SUBSCRIPTIONS = "/api/v1/webhooks/subscriptions";
    private static final List<String> ALL_EVENTS = List.of(
            "learner.registered",
            "learner.enrolled",
            "learner.lesson_completed",
            "learner.passed",
            "certificate.issued",
            "certificate.revoked");

    private final List<String> created = new ArrayList<>();

    /** Subscriptions left active would collect the events of every later test. */
    @AfterEach
    void unsubscribe() {
        created.forEach(id -> Database.execute("DELETE FROM webhook_subscription WHERE id = ?::uuid", id));
    }

    private JsonPath subscribe(String token, String url, List<String> events) {
        JsonPath subscription = api(token)
                .body(Map.of("url", url, "events", events))
                .post(SUBSCRIPTIONS)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        created.add(subscription.getString("subscription.id"));
        return subscription;
    }

    /** A receiver address on this machine where nothing listens: deliveries to it fail at once. */
    static String nowhere(String path) {
        return "http://127.0.0.1:" + WebhookReceiver.freePort() + "/" + path;
    }

    /** What a receiver does: HMAC-SHA256(secret, t + "." + body), compared with v1. */
    private static boolean verifies(Received r, String secret) throws Exception {
        Map<String, String> parts = WebhookReceiver.signatureParts(r.signature());
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = HexFormat.of()
                .formatHex(mac.doFinal((parts.get("t") + "." + r.body()).getBytes(StandardCharsets.UTF_8)));
        long age = Math.abs(System.currentTimeMillis() / 1000 - Long.parseLong(parts.get("t")));
        return java.security.MessageDigest.isEqual(
                        expected.getBytes(), parts.get("v1").getBytes())
                && age < 300;
    }

    private static List<Received> about(List<Received> received, UUID learnerId) {
        return received.stream()
                .filter(r -> r.body().contains(learnerId.toString()))
                .toList();
    }

    @Test
    void onlyAdministratorsAndServiceAccountsWithTheScopeManageWebhooks() {
        String id = UUID.randomUUID().toString();
        List<Function<RequestSpecification, Response>> operations = List.of(
                r -> r.get(SUBSCRIPTIONS),
                r -> r.body(Map.of("url", "https://example.org/h", "events", List.of("certificate.issued")))
                        .post(SUBSCRIPTIONS),
                r -> r.get(SUBSCRIPTIONS + "/" + id),
                r -> r.body(Map.of("active", false)).patch(SUBSCRIPTIONS + "/" + id),
                r -> r.delete(SUBSCRIPTIONS + "/" + id),
                r -> r.get("/api/v1/webhooks/deliveries"),
                r -> r.post("/api/v1/webhooks/deliveries/" + id + "/replay"));
        String withoutScope = ServiceAccounts.tokenWith("stats:read", "rosters:write");
        Learners.Session learner = Learners.registeredAndLoggedIn();
        for (var operation : operations) {
            operation.apply(api()).then().statusCode(401);
            operation.apply(api(learner.accessToken())).then().statusCode(403);
            operation.apply(api(Tokens.unitManager("21211"))).then().statusCode(403);
            operation.apply(api(Tokens.agencyManager(1L))).then().statusCode(403);
            operation.apply(api(withoutScope)).then().statusCode(403).body("code", equalTo("insufficient_scope"));
        }

        // A service account with the scope manages its own subscriptions and does not see others'.
        String integrator = ServiceAccounts.tokenWith("webhooks:manage");
        String mine = subscribe(integrator, nowhere("mine"), List.of("certificate.issued"))
                .getString("subscription.id");
        String admins = subscribe(Tokens.admin(), nowhere("admins"), List.of("certificate.revoked"))
                .getString("subscription.id");
        api(integrator).get(SUBSCRIPTIONS).then().statusCode(200).body("items.id", equalTo(List.of(mine)));
        api(integrator)
                .get(SUBSCRIPTIONS + "/" + admins)
                .then()
                .statusCode(404)
                .body("code", equalTo("webhook_subscription_not_found"));
        api(integrator).delete(SUBSCRIPTIONS + "/" + admins).then().statusCode(404);
        api(integrator)
                .body(Map.of("active", false))
                .patch(SUBSCRIPTIONS + "/" + mine)
                .then()
                .statusCode(200)
                .body("active", equalTo(false))
                .body("events", equalTo(List.of("certificate.issued")));
        api(Tokens.admin())
                .get(SUBSCRIPTIONS)
                .then()
                .statusCode(200)
                .body("items.id", hasItem(mine))
                .body("items.id", hasItem(admins));
        api(Tokens.admin()).get(SUBSCRIPTIONS + "/" + mine).then().statusCode(200);
        api(integrator).delete(SUBSCRIPTIONS + "/" + mine).then().statusCode(204);
        assertThat(Database.queryString(
                        "SELECT string_agg(action, ',' ORDER BY id) FROM audit_event WHERE subject_id = ?", mine))
                .isEqualTo("WEBHOOK_SUBSCRIBED,WEBHOOK_SUBSCRIPTION_CHANGED,WEBHOOK_UNSUBSCRIBED");
    }

    @Test
    void subscriptionsNeedAUsableUrlAndKnownEvents() {
        api(Tokens.admin())
                .body(Map.of("url", "ftp://example.org/x", "events", List.of("learner.teleported")))
                .post(SUBSCRIPTIONS)
                .then()
                .statusCode(400)
                .body("violations.find { it.field == 'url' }.code", equalTo("webhook_url"))
                .body("violations.find { it.field == 'events' }.code", equalTo("unknown_event"));
    }

    @Test
    void aLearnersJourneyArrivesAsSignedEventsWithoutPersonalData() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            String secret =
                    subscribe(Tokens.admin(), receiver.url(), ALL_EVENTS).getString("secret");
            assertThat(secret).startsWith("whsec_");
            Courses.TestCourse course = Courses.course().create();
            Learners.Session learner = Learners.registeredAndLoggedIn();
            String enrollmentId = Journeys.studyEveryLesson(learner.accessToken(), course);
            String attempt = Journeys.startTest(learner.accessToken(), enrollmentId);
            Journeys.answerAll(learner.accessToken(), attempt, true);
            String code = Journeys.submit(learner.accessToken(), attempt);
            Certificates.revoke(code);

            List<Received> events =
                    about(receiver.await(r -> about(r, learner.id()).size() >= 8), learner.id());
            assertThat(events)
                    .extracting(Received::event)
                    .containsExactlyInAnyOrder(
                            "learner.registered",
                            "learner.enrolled",
                            "learner.lesson_completed",
                            "learner.lesson_completed",
                            "learner.lesson_completed",
                            "learner.passed",
                            "certificate.issued",
                            "certificate.revoked");
            for (Received event : events) {
                assertThat(verifies(event, secret))
                        .as("signature of %s", event.event())
                        .isTrue();
                assertThat(verifies(event, secret + "x")).isFalse();
                JsonPath body = JsonPath.from(event.body());
                assertThat(body.getString("type")).isEqualTo(event.event());
                assertThat(body.getString("id")).isEqualTo(event.eventId());
                assertThat(body.getString("data.learnerId"))
                        .isEqualTo(learner.id().toString());
                assertThat(body.getString("data.unitCode")).isEqualTo("21211");
                assertThat(body.getString("occurredAt")).endsWith("Z");
                // Ids only: neither the name nor the phone number leaves the portal in an event.
                assertThat(event.body())
                        .doesNotContain("Nguyễn")
                        .doesNotContain(learner.phone().substring(1));
            }
            assertThat(events.stream()
                            .filter(e -> e.event().equals("learner.enrolled"))
                            .findFirst()
                            .orElseThrow()
                            .body())
                    .contains(enrollmentId)
                    .contains(course.id().toString());
        }
    }

    @Test
    void eventsWaitForAReceiverThatIsDownAndArriveWhenItIsBack() {
        int port = WebhookReceiver.freePort();
        String url = "http://127.0.0.1:" + port + "/hook";
        String admin = Tokens.admin();
        String subscription =
                subscribe(admin, url, List.of("learner.registered")).getString("subscription.id");
        UUID learner = Learners.register(Learners.registration());

        // Down: attempts fail, are logged (with a generic reason) and retried with growing waits.
        JsonPath log = Deliveries.awaitLog(
                admin, subscription, Duration.ofSeconds(20), l -> l.getInt("items[0].attempts") >= 3);
        assertThat(log.getInt("totalItems")).isEqualTo(1);
        assertThat(log.getString("items[0].status")).isEqualTo("PENDING");
        assertThat(log.getInt("items[0].attempts")).isGreaterThanOrEqualTo(3);
        assertThat(log.getString("items[0].lastError")).isEqualTo("connection_failed");
        assertThat(log.get("items[0].lastStatusCode") == null).isTrue();
        assertThat(log.getString("items[0].payload.data.learnerId")).isEqualTo(learner.toString());

        // Back up on the same address: the event arrives.
        try (WebhookReceiver receiver = WebhookReceiver.startOn(port)) {
            List<Received> got = about(receiver.await(r -> !about(r, learner).isEmpty()), learner);
            assertThat(got).hasSize(1);
            String deliveryId = log.getString("items[0].id");
            log = Deliveries.awaitLog(
                    admin, subscription, "DELIVERED", Duration.ofSeconds(10), l -> l.getInt("totalItems") > 0);
            assertThat(log.getString("items[0].id")).isEqualTo(deliveryId);
            assertThat(log.getInt("items[0].lastStatusCode")).isEqualTo(204);
            assertThat(log.getString("items[0].deliveredAt")).isNotNull();

            // An administrator replays it: the same event arrives again.
            api(admin)
                    .post("/api/v1/webhooks/deliveries/" + deliveryId + "/replay")
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("PENDING"))
                    .body("attempts", equalTo(0));
            List<Received> twice = about(receiver.await(r -> about(r, learner).size() >= 2), learner);
            assertThat(twice).hasSize(2);
            assertThat(twice.get(1).eventId()).isEqualTo(twice.get(0).eventId());
            api(admin)
                    .post("/api/v1/webhooks/deliveries/" + UUID.randomUUID() + "/replay")
                    .then()
                    .statusCode(404);
        }
    }

    @Test
    void aServiceAccountSeesOnlyTheDeliveriesOfItsSubscriptionsAndInactiveOnesRecordNothing() {
        String integrator = ServiceAccounts.tokenWith("webhooks:manage");
        String mine = subscribe(integrator, nowhere("a"), List.of("learner.registered"))
                .getString("subscription.id");
        String other = subscribe(Tokens.admin(), nowhere("b"), List.of("learner.registered"))
                .getString("subscription.id");
        api(Tokens.admin())
                .body(Map.of("active", false))
                .patch(SUBSCRIPTIONS + "/" + other)
                .then()
                .statusCode(200);
        UUID learner = Learners.register(Learners.registration());
        api(integrator)
                .get("/api/v1/webhooks/deliveries")
                .then()
                .statusCode(200)
                .body("items.subscriptionId", everyItem(equalTo(mine)))
                .body("items.payload.data.learnerId", hasItem(learner.toString()));
        assertThat(Database.queryString("SELECT count(*) FROM webhook_delivery WHERE subscription_id = ?::uuid", other))
                .isEqualTo("0");
        String theirs = api(Tokens.admin())
                .queryParam("subscriptionId", mine)
                .get("/api/v1/webhooks/deliveries")
                .then()
                .statusCode(200)
                .body("items[0].id", notNullValue())
                .extract()
                .path("items[0].id");
        // The owner may replay its own delivery.
        api(integrator)
                .post("/api/v1/webhooks/deliveries/" + theirs + "/replay")
                .then()
                .statusCode(200);
        api(integrator)
                .queryParam("status", "SENT")
                .get("/api/v1/webhooks/deliveries")
                .then()
                .statusCode(400);
        api(integrator).get("/api/v1/webhooks/deliveries").then().body("items.subscriptionId", not(hasItem(other)));
    }
}
