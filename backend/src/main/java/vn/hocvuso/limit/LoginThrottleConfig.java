package vn.hocvuso.limit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Lockout after wrong passwords and client secrets ({@link LoginThrottle}): settings {@code hocvuso.auth.throttle.*}. */
@ConfigMapping(prefix = "hocvuso.auth.throttle")
public interface LoginThrottleConfig {

    /** Wrong answers for one account from one client address before that pair is locked. */
    @WithDefault("5")
    int maxFailures();

    /** Failures of a pair older than this are forgotten. */
    @WithDefault("PT15M")
    Duration window();

    /**
     * Wrong answers for one account from all addresses (within {@link #accountWindow()}) after which the
     * account counts as attacked from many addresses: each further address is locked after one wrong answer.
     */
    @WithDefault("20")
    int accountMaxFailures();

    @WithDefault("PT1H")
    Duration accountWindow();

    /** The first lock; each further failure after a lock doubles it, up to {@link #maxLock()}. */
    @WithDefault("PT5M")
    Duration firstLock();

    @WithDefault("PT1H")
    Duration maxLock();

    /** Added to the answer of each failed login after the first, to slow guessing down. */
    @WithDefault("PT0.4S")
    Duration slowdownStep();
}
