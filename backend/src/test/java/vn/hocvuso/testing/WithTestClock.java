package vn.hocvuso.testing;

import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;

/**
 * A test class that moves the application's clock ({@link TestClock}): after each test the clock runs on real
 * time again, so that no other test inherits a moved or frozen clock.
 */
public abstract class WithTestClock {

    @Inject
    protected TestClock clock;

    @AfterEach
    protected void realTimeAgain() {
        clock.reset();
    }
}
