package vn.hocvuso.common;

import java.time.Duration;

/** How long a delivery waits before its next attempt (the notifications' and the webhooks' senders). */
public final class Backoff {

    private Backoff() {}

    /** {@code base} × 2^(attempts − 1), at most {@code max} (also where the doubling would overflow). */
    public static Duration doubling(Duration base, Duration max, int attempts) {
        long millis = base.toMillis() << Math.min(attempts - 1, 30);
        return millis <= 0 || millis > max.toMillis() ? max : Duration.ofMillis(millis);
    }
}
