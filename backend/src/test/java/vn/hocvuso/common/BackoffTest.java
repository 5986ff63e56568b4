package vn.hocvuso.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The wait before a failed delivery's next attempt, as the notifications' and the webhooks' senders use it. */
class BackoffTest {

    private static final Duration BASE = Duration.ofSeconds(30);
    private static final Duration MAX = Duration.ofHours(1);

    @Test
    void theWaitDoublesFromTheBaseAfterEachAttemptUpToTheMaximum() {
        assertThat(Backoff.doubling(BASE, MAX, 1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(Backoff.doubling(BASE, MAX, 2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(Backoff.doubling(BASE, MAX, 4)).isEqualTo(Duration.ofMinutes(4));
        assertThat(Backoff.doubling(BASE, MAX, 7)).isEqualTo(Duration.ofMinutes(32));
        assertThat(Backoff.doubling(BASE, MAX, 8))
                .as("64 minutes, above the maximum")
                .isEqualTo(MAX);
    }

    @Test
    void manyAttemptsWaitTheMaximumRatherThanOverflow() {
        assertThat(Backoff.doubling(BASE, MAX, 40)).isEqualTo(MAX);
        assertThat(Backoff.doubling(BASE, MAX, Integer.MAX_VALUE)).isEqualTo(MAX);
    }
}
