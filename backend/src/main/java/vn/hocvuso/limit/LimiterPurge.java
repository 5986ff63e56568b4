package vn.hocvuso.limit;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Keeps the limiter tables small: every replica deletes, now and then, the rows of {@code rate_limit}
 * and {@code login_throttle} that no longer limit anything. Deleting is idempotent, so replicas need
 * not agree on who does it.
 */
@ApplicationScoped
public class LimiterPurge {

    private static final Logger LOG = Logger.getLogger(LimiterPurge.class);

    private final RateLimiter limiter;
    private final LoginThrottle throttle;

    public LimiterPurge(RateLimiter limiter, LoginThrottle throttle) {
        this.limiter = limiter;
        this.throttle = throttle;
    }

    @Scheduled(
            identity = "limiter-purge",
            every = "${hocvuso.limits.purge-every}",
            delayed = "${hocvuso.limits.purge-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return purge().invoke(deleted -> {
                    if (deleted > 0) {
                        LOG.debugf("Deleted %d spent limiter rows", deleted);
                    }
                })
                .onFailure()
                .invoke(e ->
                        LOG.warnf("Purging the limiter tables failed (next try in the next round): %s", e.toString()))
                .onFailure()
                .recoverWithNull()
                .replaceWithVoid();
    }

    /** Deletes what no longer limits anything; returns how many rows. */
    public Uni<Integer> purge() {
        return limiter.purge().chain(rates -> throttle.purge().map(locks -> rates + locks));
    }
}
