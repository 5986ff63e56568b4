package vn.hocvuso.common;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.PoolOptions;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Where the reads that tolerate seconds of staleness (the statistics) take their connection: a hot standby
 * when {@code hocvuso.db.read-host} names one, else the primary (the default: nothing changes). Writes and
 * the reads that must see the request's own writes stay on the primary's pool.
 *
 * <p>On a standby, an answer is as fresh as what the standby has replayed, so {@link Source#asOf} says so:
 * the commit time of the last transaction replayed ({@code pg_last_xact_replay_timestamp()}) while the
 * standby is behind what it received, or is not receiving at all; the application's clock when it has
 * replayed everything the primary sent (or when the server is a primary: promoted, or the proxy's fallback).
 *
 * <p>A standby further behind than {@code hocvuso.db.read-max-lag} (its replay stopped or slow, its primary
 * away) is not read: the same reads run on the primary, and only when the primary fails them too is the
 * standby's old answer given, its {@code asOf} saying how old.
 *
 * <p>When the standby fails (down, unreachable, a query cancelled by a conflict with recovery), the same
 * reads run again on the primary, and the primary serves the statistics for {@code hocvuso.db.read-retry}
 * before the standby is tried again. A hand-made breaker rather than SmallRye Fault Tolerance's: the reads
 * are generic ({@code Uni<T>}) and a failure of the request itself ({@link ApiException}, a 404 of an unknown
 * course) must neither fall back nor count against the standby.
 */
@Singleton
public class ReadPool {

    private static final Logger LOG = Logger.getLogger(ReadPool.class);

    /**
     * Behind: the standby has received WAL it has not replayed yet, or no WAL receiver runs (the primary is
     * away, so what it wrote since is unknown here). {@code pg_stat_wal_receiver} shows its row (the pid) to
     * any role; the LSN and replay functions need no privilege.
     */
    private static final String FRESHNESS = "SELECT pg_is_in_recovery() AND NOT ("
            + "pg_last_wal_receive_lsn() IS NOT DISTINCT FROM pg_last_wal_replay_lsn()"
            + " AND EXISTS (SELECT 1 FROM pg_stat_wal_receiver)), pg_last_xact_replay_timestamp()";

    /** The {@code application_name} of the connections to the standby. */
    public static final String APPLICATION_NAME = "hocvuso-statistics";

    /** A pool to read on, and how to tell the moment its answers are as of. */
    public interface Source {
        Pool pool();

        /** The moment what {@code db} reads is as of; on a standby, read on {@code db} itself. */
        Uni<Instant> asOf(SqlConnection db);
    }

    private final Source primary;
    private final Source standby;
    /** The standby however far behind: what is answered when it is too far behind and the primary fails. */
    private final Source standbyAsItIs;

    private final Pool standbyPool;
    private final long retryMillis;
    /** Until when the reads avoid a standby that failed one, on the application's clock (tests move it). */
    private final AtomicLong avoidUntil = new AtomicLong();
    /** Until when a standby too far behind is not said again in the log (once per read-retry period). */
    private final AtomicLong lagLoggedUntil = new AtomicLong();

    private final Clock clock;

    public ReadPool(
            Pool primaryPool,
            Vertx vertx,
            Clock clock,
            DatabaseConfig config,
            DatabasePool bounds,
            @ConfigProperty(name = "quarkus.datasource.reactive.url") String primaryUrl,
            @ConfigProperty(name = "quarkus.datasource.username") String user,
            @ConfigProperty(name = "quarkus.datasource.password", defaultValue = "") String password) {
        this.primary = new Fixed(primaryPool, clock);
        this.clock = clock;
        this.retryMillis = config.readRetry().toMillis();
        if (config.readHost().isEmpty() || config.readHost().get().isBlank()) {
            this.standbyPool = null;
            this.standby = null;
            this.standbyAsItIs = null;
            return;
        }
        PgConnectOptions options = PgConnectOptions.fromUri(primaryUrl)
                .setHost(config.readHost().get())
                .setPort(config.readPort())
                .setUser(user)
                .setPassword(password)
                .setCachePreparedStatements(true)
                // so that pg_stat_activity tells the statistics' connections from the others
                .addProperty("application_name", APPLICATION_NAME);
        this.standbyPool = Pool.newInstance(PgBuilder.pool()
                .with(bounds.bound(new PoolOptions().setMaxSize(config.readPoolSize())))
                .connectingTo(bounds.bound(options))
                .using(vertx)
                .build());
        this.standby = new Replayed(standbyPool, clock, config.readMaxLag());
        this.standbyAsItIs = new Replayed(standbyPool, clock, null);
        LOG.infof(
                "The statistics read on %s:%d (a standby), on the primary when it fails",
                options.getHost(), options.getPort());
    }

    /** Whether a standby is configured for the reads. */
    public boolean hasStandby() {
        return standby != null;
    }

    /**
     * Runs {@code reads} on the standby when there is one and it has not just failed, else on the primary;
     * runs them again on the primary when the standby fails them.
     */
    public <T> Uni<T> read(Function<Source, Uni<T>> reads) {
        if (standby == null || clock.millis() < avoidUntil.get()) {
            return reads.apply(primary);
        }
        return reads.apply(standby).onFailure(f -> !(f instanceof ApiException)).recoverWithUni(failure -> {
            if (failure instanceof TooFarBehind behind) {
                long now = clock.millis();
                if (lagLoggedUntil.getAndSet(now + retryMillis) < now) {
                    LOG.warnf("%s: the statistics read on the primary meanwhile", behind.getMessage());
                }
                return reads.apply(primary)
                        .onFailure(f -> !(f instanceof ApiException))
                        .recoverWithUni(primaryFailure -> reads.apply(standbyAsItIs));
            }
            long now = clock.millis();
            if (avoidUntil.getAndSet(now + retryMillis) < now) {
                LOG.warnf(
                        "The standby failed a read (%s); the statistics read on the primary for %d s",
                        failure.getMessage(), retryMillis / 1000);
            }
            return reads.apply(primary);
        });
    }

    @PreDestroy
    void close() {
        if (standbyPool != null) {
            standbyPool.closeAndAwait();
        }
    }

    /** The primary: its answers are as of now. */
    private record Fixed(Pool pool, Clock clock) implements Source {
        @Override
        public Uni<Instant> asOf(SqlConnection db) {
            return Uni.createFrom().item(clock.instant());
        }
    }

    /** The standby's answers would be older than the bound: read elsewhere. */
    static final class TooFarBehind extends RuntimeException {
        TooFarBehind(Duration behind) {
            super("The standby is " + behind.toSeconds() + " s behind");
        }
    }

    /**
     * A standby: its answers are as of what it has replayed (one more statement, the first of the snapshot);
     * further behind than {@code maxLag} (null: any), it fails the reads with {@link TooFarBehind}.
     */
    private record Replayed(Pool pool, Clock clock, Duration maxLag) implements Source {
        @Override
        public Uni<Instant> asOf(SqlConnection db) {
            return db.query(FRESHNESS).execute().map(rows -> {
                var row = rows.iterator().next();
                OffsetDateTime replayed = row.getOffsetDateTime(1);
                Instant now = clock.instant();
                if (!row.getBoolean(0)
                        || replayed == null
                        || replayed.toInstant().isAfter(now)) {
                    return now;
                }
                Duration behind = Duration.between(replayed.toInstant(), now);
                if (maxLag != null && behind.compareTo(maxLag) > 0) {
                    throw new TooFarBehind(behind);
                }
                return replayed.toInstant();
            });
        }
    }
}
