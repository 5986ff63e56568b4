package vn.hocvuso.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static vn.hocvuso.testing.Api.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.AtOnce;
import vn.hocvuso.testing.Courses;
import vn.hocvuso.testing.Database;
import vn.hocvuso.testing.Learners;
import vn.hocvuso.testing.Tokens;

@QuarkusTest
class IdempotencyTest {

    private static final String REGISTER = "/api/v1/auth/register";
    private static final String SERVICE_ACCOUNTS = "/api/v1/admin/service-accounts";

    private static String key() {
        return UUID.randomUUID().toString();
    }

    /** The administrator creates a service account (again, with the same key); what the answer holds. */
    private static ExtractableResponse<Response> createServiceAccount(String admin, String key, Object body) {
        return post(api(admin), key, SERVICE_ACCOUNTS, body).statusCode(201).extract();
    }

    /** The caller sends (or sends again, as a phone retrying does) a POST with this Idempotency-Key. */
    private static ValidatableResponse post(RequestSpecification caller, String key, String path, Object body) {
        return caller.header("Idempotency-Key", key).body(body).post(path).then();
    }

    @Test
    void aRepeatedRegistrationWithTheSameKeyReturnsTheFirstAnswerAndCreatesOneAccount() {
        Map<String, Object> body = Learners.registration();
        String key = key();
        String first = post(api(), key, REGISTER, body)
                .statusCode(201)
                .header("Idempotent-Replayed", nullValue())
                .extract()
                .path("id");
        String again = post(api(), key, REGISTER, body)
                .statusCode(201)
                .header("Idempotent-Replayed", equalTo("true"))
                .extract()
                .path("id");
        assertThat(again).isEqualTo(first);
        String phone = "+84" + ((String) body.get("phone")).substring(1);
        assertThat(Database.queryString("SELECT count(*) FROM app_user WHERE phone = ?", phone))
                .isEqualTo("1");

        // Without the key, the same body is simply a duplicate registration.
        api().body(body).post("/api/v1/auth/register").then().statusCode(409).body("code", equalTo("phone_taken"));
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefused() {
        String key = key();
        post(api(), key, REGISTER, Learners.registration()).statusCode(201);
        post(api(), key, REGISTER, Learners.registration())
                .statusCode(422)
                .body("code", equalTo("idempotency_key_reused"));
    }

    @Test
    void aFailedRequestIsNotKeptSoTheKeyCanBeRetried() {
        String key = key();
        Map<String, Object> wrong = Learners.with(Learners.registration(), "unitCode", "99999");
        post(api(), key, REGISTER, wrong).statusCode(400);
        post(api(), key, REGISTER, Learners.with(wrong, "unitCode", "21211")).statusCode(201);
    }

    @Test
    void theFirstStatusIsReplayedAndKeysBelongToTheirCaller() {
        Learners.Session learner = Learners.registeredAndLoggedIn();
        UUID courseId = Courses.course().create().id();
        String key = key();
        String id = post(api(learner.accessToken()), key, "/api/v1/enrollments", Map.of("courseId", courseId))
                .statusCode(201)
                .extract()
                .path("id");
        // Replayed as the 201 it was, not as the 200 a plain second enrolment gets.
        post(api(learner.accessToken()), key, "/api/v1/enrollments", Map.of("courseId", courseId))
                .statusCode(201)
                .header("Idempotent-Replayed", equalTo("true"))
                .body("id", equalTo(id));
        api(learner.accessToken())
                .body(Map.of("courseId", courseId))
                .post("/api/v1/enrollments")
                .then()
                .statusCode(200)
                .body("id", equalTo(id));
        // Another learner using the same key gets their own enrolment.
        Learners.Session other = Learners.registeredAndLoggedIn();
        String theirs = post(api(other.accessToken()), key, "/api/v1/enrollments", Map.of("courseId", courseId))
                .statusCode(201)
                .extract()
                .path("id");
        assertThat(theirs).isNotEqualTo(id);
    }

    @Test
    void creatingAServiceAccountTwiceWithOneKeyMakesOneAccount() {
        String admin = Tokens.admin();
        String key = key();
        Map<String, Object> body = Map.of("name", "Hệ thống một lần " + key, "scopes", List.of("stats:read"));
        String first = createServiceAccount(admin, key, body).path("clientId");
        String second = createServiceAccount(admin, key, body).path("clientId");
        assertThat(second).isEqualTo(first);
        assertThat(Database.queryString(
                        "SELECT count(*) FROM service_account WHERE name = ?", "Hệ thống một lần " + key))
                .isEqualTo("1");
    }

    @Test
    void aReplayedCreationNeverShowsTheSecretAgainAndTheStoredAnswerHoldsNone() {
        String admin = Tokens.admin();
        String key = key();
        Map<String, Object> body = Map.of("name", "Hệ thống bí mật " + key, "scopes", List.of("webhooks:manage"));
        var first = createServiceAccount(admin, key, body).jsonPath();
        String clientSecret = first.getString("clientSecret");
        assertThat(clientSecret).startsWith("hvs_sk_");
        post(api(admin), key, SERVICE_ACCOUNTS, body)
                .statusCode(201)
                .header("Idempotent-Replayed", equalTo("true"))
                .body("clientId", equalTo(first.getString("clientId")))
                .body("account.name", equalTo("Hệ thống bí mật " + key))
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("clientSecret")));
        assertThat(Database.queryString("SELECT response_body FROM idempotency_key WHERE key = ?", key))
                .contains(first.getString("clientId"))
                .doesNotContain(clientSecret)
                .doesNotContain("hvs_sk_");

        // The webhook signing secret likewise.
        String token = vn.hocvuso.testing.ServiceAccounts.token(
                new vn.hocvuso.testing.ServiceAccounts.Credentials(first.getString("clientId"), clientSecret));
        String hookKey = key();
        Map<String, Object> hook =
                Map.of("url", "http://127.0.0.1:9/hook", "events", List.of("learner.passed"), "active", false);
        var subscribed = post(api(token), hookKey, "/api/v1/webhooks/subscriptions", hook)
                .statusCode(201)
                .extract()
                .jsonPath();
        String secret = subscribed.getString("secret");
        assertThat(secret).startsWith("whsec_");
        try {
            post(api(token), hookKey, "/api/v1/webhooks/subscriptions", hook)
                    .statusCode(201)
                    .header("Idempotent-Replayed", equalTo("true"))
                    .body("subscription.id", equalTo(subscribed.getString("subscription.id")))
                    .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("secret")));
            assertThat(Database.queryString("SELECT response_body FROM idempotency_key WHERE key = ?", hookKey))
                    .contains(subscribed.getString("subscription.id"))
                    .doesNotContain(secret)
                    .doesNotContain("whsec_");
        } finally {
            Database.execute(
                    "DELETE FROM webhook_subscription WHERE id = ?::uuid", subscribed.getString("subscription.id"));
        }
    }

    @Test
    void keysAreForgottenAfterADay() {
        String key = key();
        post(api(), key, REGISTER, Learners.registration()).statusCode(201);
        Database.execute("UPDATE idempotency_key SET created_at = now() - interval '25 hours' WHERE key = ?", key);
        post(api(), key, REGISTER, Learners.registration()).statusCode(201).header("Idempotent-Replayed", nullValue());
    }

    @Test
    void concurrentRepeatsCreateOneAccountAndWaitOrReplay() throws Exception {
        Map<String, Object> body = Learners.registration();
        String key = key();
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (var response : AtOnce.send(
                5, () -> api().header("Idempotency-Key", key).body(body).post(REGISTER))) {
            if (response.statusCode() == 201) {
                ids.add(response.path("id"));
            } else {
                // Only the "first one is still running" answer is allowed besides the replay.
                assertThat(response.statusCode()).isEqualTo(409);
                assertThat((String) response.path("code")).isEqualTo("idempotency_in_progress");
            }
        }
        assertThat(ids).hasSize(1);
        String phone = "+84" + ((String) body.get("phone")).substring(1);
        assertThat(Database.queryString("SELECT count(*) FROM app_user WHERE phone = ?", phone))
                .isEqualTo("1");
    }

    @Test
    void aKeyMustBeSane() {
        post(api(), "x".repeat(300), REGISTER, Learners.registration())
                .statusCode(400)
                .body("code", equalTo("invalid_idempotency_key"));
    }
}
