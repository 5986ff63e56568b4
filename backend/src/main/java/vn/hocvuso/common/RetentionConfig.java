package vn.hocvuso.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How long the tables that only grow keep their rows ({@code hocvuso.retention.*}); {@link RetentionJob}
 * deletes what is older. Login-throttle rows and other limiters are purged with the limits themselves.
 */
@ConfigMapping(prefix = "hocvuso.retention")
public interface RetentionConfig {

    /** How often each replica purges (replicas purging at once only find less to delete). */
    @WithDefault("PT1H")
    Duration every();

    /**
     * Progress-event ids (the idempotency record of offline replays): a phone's offline queue holds days,
     * not weeks. An older replay is applied again, harmlessly: progress only ever moves forward.
     */
    @WithDefault("P30D")
    Duration progressEvents();

    /** Delivered or given-up webhook deliveries (their log); pending ones are never purged. */
    @WithDefault("P30D")
    Duration webhookDeliveries();

    /** Finished (or failed) roster imports with their rows and result file, counted from their end. */
    @WithDefault("P90D")
    Duration rosterImports();

    /** Refresh tokens (sessions) past their expiry: refused already, kept a while for investigations. */
    @WithDefault("P7D")
    Duration expiredRefreshTokens();

    /**
     * Notifications once sent, skipped or given up: the delivery log and the in-app inbox (a learner's
     * bell shows half a year). Pending ones are never purged.
     */
    @WithDefault("P180D")
    Duration notifications();

    /**
     * Finished (or failed) reports with their files (docs/operations.md, "Reports"), counted from their end;
     * the person who asked for one can make it again from the figures of the same day.
     */
    @WithDefault("P30D")
    Duration reports();

    /** Rows deleted per statement, so that no purge holds locks or runs long. */
    @WithDefault("5000")
    int batchSize();
}
