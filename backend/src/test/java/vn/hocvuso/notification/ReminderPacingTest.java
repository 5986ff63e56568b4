package vn.hocvuso.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The pause between two reminder batches: the busier the database, the longer the selection yields. */
class ReminderPacingTest {

    @Test
    void aBatchSlowedByABusyPortalIsFollowedByAProportionallyLongerPause() {
        assertThat(Reminders.pauseAfter(Duration.ofMillis(200), 3, Duration.ZERO))
                .isEqualTo(Duration.ofMillis(600));
        assertThat(Reminders.pauseAfter(Duration.ofMillis(900), 3, Duration.ZERO))
                .isEqualTo(Duration.ofMillis(2700));
    }

    @Test
    void theFixedPauseIsAFloor() {
        assertThat(Reminders.pauseAfter(Duration.ofMillis(5), 3, Duration.ofMillis(100)))
                .isEqualTo(Duration.ofMillis(100));
    }

    @Test
    void paceZeroLeavesOnlyTheFixedPause() {
        assertThat(Reminders.pauseAfter(Duration.ofMillis(500), 0, Duration.ZERO))
                .isEqualTo(Duration.ZERO);
        assertThat(Reminders.pauseAfter(Duration.ofMillis(500), 0, Duration.ofMillis(20)))
                .isEqualTo(Duration.ofMillis(20));
    }
}
