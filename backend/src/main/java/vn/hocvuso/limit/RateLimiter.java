package vn.hocvuso.limit;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlResult;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import vn.hocvuso.common.ApiException;

/**
 * Rate limits per key in PostgreSQL (table {@code rate_limit}), by the generic cell rate algorithm:
 * one timestamp per key, one statement per check, exact {@code Retry-After}.
 *
 * <p>Our own rather than SmallRye Fault Tolerance's {@code @RateLimit}: that one counts per method in
 * one process, while these limits count per client address or account, across every replica.
 * Bucket4j's PostgreSQL backend would need JDBC (blocking) and two round trips per check.
 */
@ApplicationScoped
public class RateLimiter {

    /** One key under one limit, e.g. ("pdf-address:203.0.113.7", 20/PT1M). */
    public record Bucket(String key, Rate rate) {}

    private final Pool pool;
    private final Clock clock;

    public RateLimiter(Pool pool, Clock clock) {
        this.pool = pool;
        this.clock = clock;
    }

    /**
     * Takes one request from every bucket, or from none and refuses with 429 {@code too_many_requests}
     * and the longest wait: a request refused by one limit costs nothing under the others (a flood from
     * one address does not spend a certificate's budget for everyone). Rows are locked in key order, so
     * concurrent checks of overlapping keys cannot deadlock, and each row is checked again under its lock,
     * so no bucket is ever overspent.
     */
    public Uni<Void> acquire(List<Bucket> buckets) {
        if (buckets.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<Bucket> sorted =
                buckets.stream().sorted(Comparator.comparing(Bucket::key)).toList();
        String[] keys = sorted.stream().map(Bucket::key).toArray(String[]::new);
        Double[] intervals =
                sorted.stream().map(b -> seconds(b.rate().interval())).toArray(Double[]::new);
        Double[] tolerances =
                sorted.stream().map(b -> seconds(b.rate().tolerance())).toArray(Double[]::new);
        return pool.preparedQuery("""
                WITH req AS (SELECT * FROM unnest($1::text[], $2::float8[], $3::float8[]) AS r(key, t, tau)),
                verdict AS (
                    SELECT max(extract(epoch FROM greatest(l.tat, $4::timestamptz) - $4::timestamptz) - req.tau) AS wait
                    FROM req LEFT JOIN rate_limit l ON l.key = req.key),
                charged AS (
                    INSERT INTO rate_limit AS l (key, tat)
                    SELECT key, $4 + make_interval(secs => t) FROM req
                    WHERE (SELECT wait FROM verdict) <= 0 ORDER BY key
                    ON CONFLICT (key) DO UPDATE SET tat = greatest(l.tat, $4) + (excluded.tat - $4)
                    WHERE greatest(l.tat, $4) - $4 <= make_interval(secs => (SELECT tau FROM req WHERE req.key = l.key))
                    RETURNING key)
                SELECT (SELECT wait FROM verdict)::float8 AS wait, (SELECT count(*) FROM charged)::int AS charged
                """)
                .execute(Tuple.of(keys, intervals, tolerances, now()))
                .invoke(rows -> {
                    Row row = rows.iterator().next();
                    double wait = row.getDouble("wait");
                    if (wait > 0) {
                        throw ApiException.tooManyRequests("too_many_requests", wholeSeconds(wait));
                    }
                    if (row.getInteger("charged") < keys.length) { // a concurrent request took the last of a budget
                        throw ApiException.tooManyRequests("too_many_requests", 1);
                    }
                })
                .replaceWithVoid();
    }

    /** Seconds until the bucket allows a request again; 0 if it does now. Takes nothing. */
    public Uni<Integer> waitSeconds(Bucket bucket) {
        return pool.preparedQuery(
                        "SELECT extract(epoch FROM tat - $2::timestamptz)::float8 AS ahead FROM rate_limit WHERE key = $1")
                .execute(Tuple.of(bucket.key(), now()))
                .map(rows -> {
                    if (rows.size() == 0) {
                        return 0;
                    }
                    Row row = rows.iterator().next();
                    double wait = row.getDouble("ahead") - seconds(bucket.rate().tolerance());
                    return wait > 0 ? wholeSeconds(wait) : 0;
                });
    }

    /**
     * Charges the bucket whether or not it allows (a failure that already happened). It never runs more
     * than one interval past a full budget, so a burst cannot block a key for longer than the limit says.
     */
    public Uni<Void> charge(SqlClient client, Bucket bucket) {
        Duration interval = bucket.rate().interval();
        return client.preparedQuery("""
                INSERT INTO rate_limit AS l (key, tat) VALUES ($1, $2::timestamptz + make_interval(secs => $3))
                ON CONFLICT (key) DO UPDATE SET tat = least(greatest(l.tat, $2::timestamptz) + make_interval(secs => $3),
                                                           $2::timestamptz + make_interval(secs => $3 + $4))
                """)
                .execute(Tuple.of(
                        bucket.key(),
                        now(),
                        seconds(interval),
                        seconds(bucket.rate().tolerance())))
                .replaceWithVoid();
    }

    /** Deletes the rows that no longer limit anything (a passed tat allows as much as no row). */
    public Uni<Integer> purge() {
        return pool.preparedQuery("DELETE FROM rate_limit WHERE tat < $1")
                .execute(Tuple.of(now()))
                .map(SqlResult::rowCount);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }

    /** A wait in whole seconds for Retry-After: rounded up, at least 1. */
    static int wholeSeconds(double seconds) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, Math.ceil(seconds - 1e-6)));
    }
}
