package vn.hocvuso.notification;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.hocvuso.testing.Api.api;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.Database;
import vn.hocvuso.testing.Learners;
import vn.hocvuso.testing.NotificationPeers;
import vn.hocvuso.testing.ServiceAccounts;
import vn.hocvuso.testing.Tokens;
import vn.hocvuso.testing.WebhookReceiver;
import vn.hocvuso.testing.WebhookReceiver.Received;

/**
 * notification.delivered and notification.failed reach an integrator for the people it may see, and say
 * what happened without saying what was written or where it went.
 */
@QuarkusTest
class NotificationWebhookTest extends AtTenInTheMorning {

    WireMockServer providers;

    private String subscription;

    @AfterEach
    void cleanUp() {
        if (subscription != null) {
            Database.execute("DELETE FROM webhook_subscription WHERE id = ?::uuid", subscription);
        }
    }

    @Test
    void anIntegratorHearsOfDeliveredAndFailedMessagesOfItsUnitOnlyWithoutTheirText() {
        String unitCode = BulkMessageTest.unit(6);
        String otherUnit = BulkMessageTest.unit(7);
        Learners.Session reached = BulkMessageTest.learnerIn(unitCode);
        Learners.Session refused = BulkMessageTest.learnerIn(unitCode);
        Learners.Session elsewhere = BulkMessageTest.learnerIn(otherUnit);
        // eSMS refuses the second person's number (99: blocked): given up at once.
        providers.stubFor(post(urlEqualTo(NotificationPeers.ESMS_PATH))
                .atPriority(1)
                .withRequestBody(matchingJsonPath(
                        "$.Phone", equalTo("84" + refused.phone().substring(1))))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"CodeResult\":\"99\",\"CountRegenerate\":0,\"ErrorMessage\":\"Phone blocked\"}")));

        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            String token = ServiceAccounts.token(
                    ServiceAccounts.create(List.of("webhooks:manage"), List.of(unitCode), List.of()));
            subscription = api(token)
                    .body(Map.of(
                            "url", receiver.url(), "events", List.of("notification.delivered", "notification.failed")))
                    .post("/api/v1/webhooks/subscriptions")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("subscription.id");

            for (String unit : List.of(unitCode, otherUnit)) {
                String manager = Tokens.unitManager(unit);
                long count = api(manager)
                        .body(Map.of("status", "NOT_ENROLLED", "kind", "BULK_INVITE"))
                        .post("/api/v1/stats/units/" + unit + "/learners/messages/preview")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getLong("recipients");
                api(manager)
                        .body(Map.of("status", "NOT_ENROLLED", "kind", "BULK_INVITE", "expectedRecipients", count))
                        .post("/api/v1/stats/units/" + unit + "/learners/messages")
                        .then()
                        .statusCode(202);
            }

            List<Received> events = receiver.await(r -> learners(r)
                    .containsAll(Set.of(reached.id().toString(), refused.id().toString())));
            JsonPath delivered = about(events, reached.id());
            assertThat(delivered.getString("type")).isEqualTo("notification.delivered");
            assertThat(delivered.getString("data.kind")).isEqualTo("BULK_INVITE");
            assertThat(delivered.getString("data.channel")).isEqualTo("SMS");
            assertThat(delivered.getString("data.status")).isEqualTo("SENT");
            assertThat(delivered.getString("data.unitCode")).isEqualTo(unitCode);
            assertThat(delivered.getString("data.notificationId")).isNotBlank();

            JsonPath failed = about(events, refused.id());
            assertThat(failed.getString("type")).isEqualTo("notification.failed");
            assertThat(failed.getString("data.reason")).isEqualTo("address_rejected");

            // No text, no number, no name; the in-app copies are not announced; nothing about another unit.
            assertThat(events)
                    .allSatisfy(e -> assertThat(e.body())
                            .doesNotContain(reached.phone().substring(1))
                            .doesNotContain(refused.phone().substring(1))
                            .doesNotContain("Nguyễn")
                            .doesNotContain("mời bạn"));
            assertThat(events).noneMatch(e -> e.body().contains("IN_APP"));
            // Only this unit's people were announced (the other unit's message went out all the same).
            org.awaitility.Awaitility.await()
                    .until(() -> Outbox.rows(elsewhere.id(), "BULK_INVITE").contains("SMS:SENT"));
            assertThat(learners(receiver.received()))
                    .doesNotContain(elsewhere.id().toString());
        }
    }

    private static List<String> learners(List<Received> received) {
        return received.stream()
                .map(r -> JsonPath.from(r.body()).getString("data.learnerId"))
                .toList();
    }

    private static JsonPath about(List<Received> events, UUID learner) {
        return events.stream()
                .map(r -> JsonPath.from(r.body()))
                .filter(j -> learner.toString().equals(j.getString("data.learnerId")))
                .findFirst()
                .orElseThrow();
    }
}
