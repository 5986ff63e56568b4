package vn.hocvuso.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static vn.hocvuso.testing.Api.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.Database;
import vn.hocvuso.testing.Learners;
import vn.hocvuso.testing.SettingsProfile;

/**
 * A deployment that configured no channel (the default of `make run`): nobody can be sent a reset
 * code. The answer is still the one an unknown number gets, so the page reveals nothing, the server
 * says which channels are off, and the delivery log keeps why nothing went out (`no_channel`).
 */
@QuarkusTest
@TestProfile(PasswordResetWithoutChannelsTest.NoChannels.class)
class PasswordResetWithoutChannelsTest {

    public static class NoChannels extends SettingsProfile {
        public NoChannels() {
            // The test peers still give the providers' addresses; without credentials a channel is off.
            super(
                    "hocvuso.notifications.email.enabled=false",
                    "hocvuso.notifications.sms.api-key=",
                    "hocvuso.notifications.zalo.access-token=");
        }
    }

    @Test
    void aResetNobodyCanBeReachedForAnswersLikeAnUnknownNumberAndTheLogSaysWhy() {
        Learners.Session learner = Learners.registeredAndLoggedIn();
        api(learner.accessToken())
                .get("/api/v1/notifications/channels")
                .then()
                .statusCode(200)
                .body("items.findAll { it.enabled }.channel", is(java.util.List.of("IN_APP")))
                .body("items.channel", hasItems("EMAIL", "SMS", "ZALO_ZNS"));

        Response known = api().body(Map.of("login", learner.phone())).post("/api/v1/auth/password-reset");
        Response unknown = api().body(Map.of("login", Learners.uniquePhone())).post("/api/v1/auth/password-reset");
        assertThat(known.statusCode()).isEqualTo(202);
        assertThat(unknown.statusCode()).isEqualTo(202);
        assertThat(known.asString()).isEqualTo(unknown.asString());

        assertThat(Database.queryString(
                        "SELECT status || ' ' || last_error FROM notification WHERE user_id = ?", learner.id()))
                .isEqualTo("SKIPPED no_channel");
    }
}
