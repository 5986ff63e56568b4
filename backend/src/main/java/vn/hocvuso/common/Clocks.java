package vn.hocvuso.common;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The time the application reasons with where a rule depends on it (limits, lockouts). Injected, so
 * that tests move time instead of waiting for it.
 */
public class Clocks {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
