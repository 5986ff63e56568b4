package vn.hocvuso.notification;

import java.time.LocalTime;
import org.junit.jupiter.api.BeforeEach;
import vn.hocvuso.testing.WithTestClock;

/**
 * A notification test that starts each test at the next 10:00 in Vietnam: messages that wake a phone wait out
 * 21:00–07:00, and these tests read what is sent.
 */
abstract class AtTenInTheMorning extends WithTestClock {

    @BeforeEach
    void tenInTheMorning() {
        clock.reset();
        Outbox.at(clock, LocalTime.of(10, 0));
    }
}
