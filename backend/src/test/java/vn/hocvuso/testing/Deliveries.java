package vn.hocvuso.testing;

import static vn.hocvuso.testing.Api.api;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.function.Predicate;
import org.awaitility.Awaitility;

/** The webhook delivery log as a subscription's owner reads it, while deliveries are tried in the background. */
public final class Deliveries {

    private Deliveries() {}

    /** Waits until the subscription's deliveries show what the test waits for; the log as it then reads. */
    public static JsonPath awaitLog(String token, String subscriptionId, Duration atMost, Predicate<JsonPath> shows) {
        return awaitLog(token, subscriptionId, null, atMost, shows);
    }

    /** The same, listing only the deliveries in {@code status} (PENDING, DELIVERED, FAILED). */
    public static JsonPath awaitLog(
            String token, String subscriptionId, String status, Duration atMost, Predicate<JsonPath> shows) {
        return Awaitility.await().atMost(atMost).until(() -> log(token, subscriptionId, status), shows);
    }

    private static JsonPath log(String token, String subscriptionId, String status) {
        RequestSpecification request = api(token);
        if (status != null) {
            request = request.queryParam("status", status);
        }
        return request.queryParam("subscriptionId", subscriptionId)
                .get("/api/v1/webhooks/deliveries")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }
}
