package vn.hocvuso.notification;

import static vn.hocvuso.testing.Api.api;

import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;

/** A person's opt-outs, set as they set them on their notification settings page. */
final class OptOuts {

    private OptOuts() {}

    /** One kind of message turned off on one channel. */
    static Map<String, String> of(String kind, String channel) {
        return Map.of("kind", kind, "channel", channel);
    }

    /** Replaces the person's opt-outs with {@code optOuts}; the answer is the test's to check. */
    static ValidatableResponse put(String token, List<Map<String, String>> optOuts) {
        return api(token)
                .body(Map.of("optOuts", optOuts))
                .put("/api/v1/me/notification-settings")
                .then();
    }
}
