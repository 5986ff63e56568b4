package vn.hocvuso.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static vn.hocvuso.testing.Api.api;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.Database;
import vn.hocvuso.testing.Deliveries;
import vn.hocvuso.testing.Learners;
import vn.hocvuso.testing.ServiceAccounts;
import vn.hocvuso.testing.Tokens;
import vn.hocvuso.testing.WebhookReceiver;
import vn.hocvuso.testing.WebhookReceiver.Received;

/**
 * What a webhook subscription must never do: hand a service account the events of learners outside its
 * limits, or make the server call its own network. The tests' server may call 127.0.0.1 only (the
 * allow-list of the test profile); 127.0.0.2, another loopback address, stands for an internal service,
 * and a receiver listens there to prove that nothing ever arrives. Every subscription to an address that
 * is not on this machine is created inactive, so that even a server that wrongly accepted it would send
 * nothing there.
 */
@QuarkusTest
class WebhookSafetyTest {

    private static final String SUBSCRIPTIONS = "/api/v1/webhooks/subscriptions";
    private final List<String> created = new ArrayList<>();

    @AfterEach
    void unsubscribe() {
        created.forEach(id -> Database.execute("DELETE FROM webhook_subscription WHERE id = ?::uuid", id));
    }

    private String subscribe(String token, String url, String... events) {
        return subscribed(token, Map.of("url", url, "events", List.of(events)));
    }

    /** Creates the subscription (removed after the test); its id. */
    private String subscribed(String token, Map<String, Object> subscription) {
        String id = api(token)
                .body(subscription)
                .post(SUBSCRIPTIONS)
                .then()
                .statusCode(201)
                .extract()
                .path("subscription.id");
        created.add(id);
        return id;
    }

    private static List<String> learnersIn(List<Received> received) {
        return received.stream()
                .map(r -> JsonPath.from(r.body()).getString("data.learnerId"))
                .toList();
    }

    /** The learners whose events were written to a subscription's outbox (in the transaction of the event). */
    private static String outboxLearners(String subscriptionId) {
        return Database.queryString("""
                SELECT coalesce(string_agg(payload::jsonb #>> '{data,learnerId}', ',' ORDER BY fact_id), '')
                FROM webhook_delivery WHERE subscription_id = ?::uuid
                """, subscriptionId);
    }

    private static UUID register(String unitCode, String group, Long agencyId) {
        Map<String, Object> body = new HashMap<>(Learners.registration());
        body.put("unitCode", unitCode);
        body.put("learnerGroup", group);
        if (agencyId != null) {
            body.put("agencyId", agencyId);
        }
        return Learners.register(body);
    }

    @Test
    void aLimitedServiceAccountReceivesOnlyTheEventsOfLearnersItMaySee() {
        long agency = Long.parseLong(Database.queryString("SELECT min(id) FROM agency"));
        try (WebhookReceiver unitReceiver = WebhookReceiver.start();
                WebhookReceiver agencyReceiver = WebhookReceiver.start()) {
            String unitToken = ServiceAccounts.token(
                    ServiceAccounts.create(List.of("webhooks:manage"), List.of("21211"), List.of()));
            String agencyToken = ServiceAccounts.token(
                    ServiceAccounts.create(List.of("webhooks:manage"), List.of(), List.of(agency)));
            String unitSubscription = subscribe(unitToken, unitReceiver.url(), "learner.registered");
            String agencySubscription = subscribe(agencyToken, agencyReceiver.url(), "learner.registered");

            UUID inTinhKhe = register("21211", "CITIZEN", null);
            UUID elsewhere = register("21034", "CITIZEN", null);
            UUID inTheAgency = register("21034", "CBCCVC", agency);

            // The outbox is written with each registration: only what each owner may see is in it.
            assertThat(outboxLearners(unitSubscription)).isEqualTo(inTinhKhe.toString());
            assertThat(outboxLearners(agencySubscription)).isEqualTo(inTheAgency.toString());
            assertThat(learnersIn(unitReceiver.await(r -> !r.isEmpty()))).containsExactly(inTinhKhe.toString());
            assertThat(learnersIn(agencyReceiver.await(r -> !r.isEmpty()))).containsExactly(inTheAgency.toString());
            api(unitToken)
                    .get("/api/v1/webhooks/deliveries")
                    .then()
                    .statusCode(200)
                    .body("items.payload.data.learnerId", everyItem(equalTo(inTinhKhe.toString())));
            assertThat(List.of(outboxLearners(unitSubscription), outboxLearners(agencySubscription)))
                    .noneMatch(learners -> learners.contains(elsewhere.toString()));
        }
    }

    @Test
    void internalAddressesAreRefusedWhenSubscribing() {
        List<String> internal = List.of(
                "https://127.0.0.2:5432/",
                "https://169.254.169.254/latest",
                "http://10.0.0.1/hook",
                "https://172.16.0.1/",
                "https://192.168.1.1/",
                "https://100.64.0.1/",
                "https://0.0.0.0/",
                "https://224.0.0.1/",
                "https://[::1]/",
                "https://[fd00::1]/",
                "https://[fe80::1]/",
                "https://[ff02::1]/",
                "https://[::ffff:169.254.169.254]/",
                "https://[::127.0.0.1]/",
                "https://[64:ff9b::a00:1]/",
                "https://[2002:a00:1::]/");
        String admin = Tokens.admin();
        for (String url : internal) {
            api(admin)
                    .body(Map.of("url", url, "events", List.of("learner.registered"), "active", false))
                    .post(SUBSCRIPTIONS)
                    .then()
                    .statusCode(400)
                    .body("violations.find { it.field == 'url' }.code", equalTo("webhook_url_not_public"));
        }
        api(admin)
                .body(Map.of(
                        "url",
                        "https://no-such-host.invalid/hook",
                        "events",
                        List.of("learner.registered"),
                        "active",
                        false))
                .post(SUBSCRIPTIONS)
                .then()
                .statusCode(400)
                .body("violations.find { it.field == 'url' }.code", equalTo("webhook_url_unresolvable"));
        // Nor can a subscription be pointed there later.
        String id = subscribed(
                admin,
                Map.of("url", "http://127.0.0.1:9/hook", "events", List.of("learner.registered"), "active", false));
        api(admin)
                .body(Map.of("url", "https://169.254.169.254/latest"))
                .patch(SUBSCRIPTIONS + "/" + id)
                .then()
                .statusCode(400)
                .body("violations[0].code", equalTo("webhook_url_not_public"));
        // None of the refused addresses was stored, by the creations or by the change.
        for (String url : internal) {
            assertThat(Database.queryString("SELECT count(*) FROM webhook_subscription WHERE url = ?", url))
                    .as(url)
                    .isEqualTo("0");
        }
    }

    /** DNS as a test controls it: each name answers the addresses of its list in turn, the last one from then on. */
    static final class FakeDns extends HostResolver {
        private final Map<String, List<String>> answers;
        private final Map<String, AtomicInteger> asked = new java.util.concurrent.ConcurrentHashMap<>();

        FakeDns(Map<String, List<String>> answers) {
            this.answers = answers;
        }

        @Override
        public List<InetAddress> resolve(String host) throws UnknownHostException {
            List<String> answer = answers.get(host);
            if (answer == null) {
                throw new UnknownHostException(host);
            }
            int n = asked.computeIfAbsent(host, h -> new AtomicInteger()).getAndIncrement();
            return List.of(InetAddress.getByName(answer.get(Math.min(n, answer.size() - 1))));
        }

        int asked(String host) {
            return asked.getOrDefault(host, new AtomicInteger()).get();
        }
    }

    @Test
    void aNameThatTurnsInternalAfterSubscribingIsRefusedAtEachDeliveryAndNeverCalled() {
        try (WebhookReceiver internal = WebhookReceiver.startOn("127.0.0.2", 0)) {
            FakeDns dns = new FakeDns(Map.of("rebinding.invalid", List.of("127.0.0.1", "127.0.0.2")));
            QuarkusMock.installMockForType(dns, HostResolver.class);
            String admin = Tokens.admin();
            String subscription =
                    subscribe(admin, "http://rebinding.invalid:" + internal.port() + "/hook", "learner.registered");
            Learners.register(Learners.registration());

            JsonPath log = Deliveries.awaitLog(
                    admin, subscription, Duration.ofSeconds(20), l -> l.getInt("items[0].attempts") >= 2);
            assertThat(log.getString("items[0].lastError")).isEqualTo("address_not_allowed");
            assertThat(log.getString("items[0].status")).isEqualTo("PENDING");
            assertThat(dns.asked("rebinding.invalid")).isGreaterThanOrEqualTo(3);
            assertThat(internal.received()).isEmpty();
        }
    }

    @Test
    void theRequestGoesToTheAddressThatWasCheckedWithTheNameAsHost() {
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            FakeDns dns = new FakeDns(Map.of("pinned.invalid", List.of("127.0.0.1")));
            QuarkusMock.installMockForType(dns, HostResolver.class);
            subscribe(
                    Tokens.admin(),
                    "http://pinned.invalid:" + receiver.port() + "/hook?source=hocvuso",
                    "learner.registered");
            UUID learner = Learners.register(Learners.registration());

            List<Received> got = receiver.await(r -> learnersIn(r).contains(learner.toString()));
            Received delivery = got.stream()
                    .filter(r -> r.body().contains(learner.toString()))
                    .findFirst()
                    .orElseThrow();
            // Resolved by the server's own check (the system resolver knows no such name), then connected to.
            assertThat(delivery.host()).isEqualTo("pinned.invalid:" + receiver.port());
            assertThat(dns.asked("pinned.invalid")).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void aRevokedServiceAccountsSubscriptionsCannotBeSwitchedOnAndAreNeverSent() {
        String admin = Tokens.admin();
        ServiceAccounts.Credentials account = ServiceAccounts.create("webhooks:manage");
        String token = ServiceAccounts.token(account);
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            String revokedOwners = subscribe(token, receiver.url(), "learner.registered");
            api(admin)
                    .delete("/api/v1/admin/service-accounts/" + account.clientId())
                    .then()
                    .statusCode(204);

            // Its token still works for a few minutes: it may not switch anything on, nor subscribe again.
            api(token)
                    .body(Map.of("active", true))
                    .patch(SUBSCRIPTIONS + "/" + revokedOwners)
                    .then()
                    .statusCode(409)
                    .body("code", equalTo("service_account_revoked"));
            api(admin)
                    .body(Map.of("active", true))
                    .patch(SUBSCRIPTIONS + "/" + revokedOwners)
                    .then()
                    .statusCode(409);
            api(token)
                    .body(Map.of("url", receiver.url(), "events", List.of("learner.registered")))
                    .post(SUBSCRIPTIONS)
                    .then()
                    .statusCode(409)
                    .body("code", equalTo("service_account_revoked"));
            api(admin)
                    .get(SUBSCRIPTIONS + "/" + revokedOwners)
                    .then()
                    .statusCode(200)
                    .body("active", equalTo(false));

            // Even if its subscription were on (as one switched on before this rule), the sender skips it.
            Database.execute("UPDATE webhook_subscription SET active = true WHERE id = ?::uuid", revokedOwners);
            UUID first = Learners.register(Learners.registration());
            Database.execute("UPDATE webhook_subscription SET active = false WHERE id = ?::uuid", revokedOwners);
            String delivery = Database.queryString(
                    "SELECT id FROM webhook_delivery WHERE subscription_id = ?::uuid", revokedOwners);
            api(admin)
                    .post("/api/v1/webhooks/deliveries/" + delivery + "/replay")
                    .then()
                    .statusCode(409);
            // An administrator's subscription to the same receiver, for a later learner: once its event has
            // arrived, the sender has passed the (earlier due) delivery of the revoked owner.
            subscribe(admin, receiver.url(), "learner.registered");
            UUID second = Learners.register(Learners.registration());
            List<Received> got = receiver.await(r -> learnersIn(r).contains(second.toString()));
            assertThat(learnersIn(got)).doesNotContain(first.toString());
            assertThat(Database.queryString(
                            "SELECT status || ':' || attempts FROM webhook_delivery WHERE id = ?::uuid", delivery))
                    .isEqualTo("PENDING:0");
        }
    }
}
