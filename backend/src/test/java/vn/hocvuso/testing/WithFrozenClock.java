package vn.hocvuso.testing;

import org.junit.jupiter.api.BeforeEach;

/**
 * A test class whose application clock stands still during each test (apart from {@link TestClock#advance}),
 * so that a slow machine does not refill a limit or end a lock while the test spends it.
 */
public abstract class WithFrozenClock extends WithTestClock {

    @BeforeEach
    protected void stopTime() {
        clock.freeze();
    }
}
