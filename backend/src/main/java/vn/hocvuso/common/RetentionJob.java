package vn.hocvuso.common;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Deletes what the tables that only grow no longer need ({@link RetentionConfig}): progress-event ids
 * past the offline window, finished webhook deliveries, finished roster imports with their rows, expired
 * refresh tokens, expired idempotency keys, finished reports with their files, old notifications (the delivery log
 * and the in-app inbox) and expired password-reset codes. Runs on every replica (quarkus-scheduler, never two runs
 * at once on one replica), in batches of {@code batch-size} rows per statement so that it never holds
 * many locks or runs into the statement timeout; a failed run (the database away) is simply the next
 * run's work.
 */
@ApplicationScoped
public class RetentionJob {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class);

    private final Pool pool;
    private final RetentionConfig config;
    private final Idempotency idempotency;

    public RetentionJob(Pool pool, RetentionConfig config, Idempotency idempotency) {
        this.pool = pool;
        this.config = config;
        this.idempotency = idempotency;
    }

    /** One table's purge: which of its rows are old (age in seconds is $1), and how many go per statement. */
    private record Purge(String table, String old, Duration keep, int batch) {}

    private List<Purge> purges() {
        int batch = config.batchSize();
        return List.of(
                new Purge(
                        "progress_event",
                        "received_at < now() - make_interval(secs => $1)",
                        config.progressEvents(),
                        batch),
                new Purge(
                        "webhook_delivery",
                        "status <> 'PENDING' AND created_at < now() - make_interval(secs => $1)",
                        config.webhookDeliveries(),
                        batch),
                // An import's rows go with it (ON DELETE CASCADE): up to 50,000 rows, so one import per statement.
                new Purge(
                        "roster_import",
                        "status IN ('DONE', 'FAILED') AND finished_at < now() - make_interval(secs => $1)",
                        config.rosterImports(),
                        1),
                // A report holds its file (up to a few MB): a hundred per statement.
                new Purge(
                        "report",
                        "status IN ('DONE', 'FAILED') AND finished_at < now() - make_interval(secs => $1)",
                        config.reports(),
                        Math.min(batch, 100)),
                new Purge(
                        "refresh_token",
                        "expires_at < now() - make_interval(secs => $1)",
                        config.expiredRefreshTokens(),
                        batch),
                // Notifications: the delivery log and the in-app inbox, once final; pending ones are never purged.
                new Purge(
                        "notification",
                        "status <> 'PENDING' AND created_at < now() - make_interval(secs => $1)",
                        config.notifications(),
                        batch),
                // Reset codes past their 10 minutes open nothing; what is not kept cannot leak.
                new Purge("password_reset", "expires_at < now() - make_interval(secs => $1)", Duration.ZERO, batch));
    }

    @Scheduled(
            identity = "retention-purge",
            every = "${hocvuso.retention.every:PT1H}",
            delayed = "PT10S",
            concurrentExecution = ConcurrentExecution.SKIP)
    Uni<Void> purge() {
        Uni<Void> all = Uni.createFrom().voidItem();
        for (Purge purge : purges()) {
            all = all.chain(() -> purge(purge, 0).invoke(deleted -> {
                        if (deleted > 0) {
                            LOG.infof(
                                    "Retention: %d rows of %s older than %s deleted",
                                    deleted, purge.table(), purge.keep());
                        }
                    }))
                    .replaceWithVoid();
        }
        return all.chain(() -> idempotency.purgeExpired())
                .replaceWithVoid()
                .onFailure()
                .recoverWithUni(failure -> {
                    LOG.warnf("Retention purge stopped (%s); the next run continues", failure.toString());
                    return Uni.createFrom().voidItem();
                });
    }

    /** Deletes a batch, then the next, until a batch comes back short; the number deleted. */
    private Uni<Long> purge(Purge purge, long deletedSoFar) {
        return pool.preparedQuery("DELETE FROM " + purge.table() + " WHERE ctid = ANY(ARRAY(SELECT ctid FROM "
                        + purge.table() + " WHERE " + purge.old() + " LIMIT $2))")
                .execute(Tuple.of((double) purge.keep().toSeconds(), purge.batch()))
                .chain(rows -> rows.rowCount() < purge.batch()
                        ? Uni.createFrom().item(deletedSoFar + rows.rowCount())
                        : purge(purge, deletedSoFar + rows.rowCount()));
    }
}
