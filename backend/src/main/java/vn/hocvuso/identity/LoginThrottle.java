package vn.hocvuso.identity;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Password attempts per key (a login identifier, or an account whose current password is being
 * checked), in PostgreSQL so that every replica sees the same count.
 *
 * <p>Every attempt is counted before the password is checked, under a row lock, and a success clears
 * the count. So a burst of parallel guesses cannot slip past the limit: the attempt that reaches
 * {@code maxFailures} starts the lock, and the ones behind it are refused without being checked. The
 * lock starts at {@code firstLock} and doubles with each further failure, up to {@code maxLock}.
 */
@ApplicationScoped
public class LoginThrottle {

    /** The verdict on one attempt: go ahead (and how many attempts are now counted), or wait. */
    public record Attempt(int count, long lockedForSeconds) {
        public boolean refused() {
            return lockedForSeconds > 0;
        }
    }

    private final Pool pool;
    private final AuthConfig.Throttle config;

    public LoginThrottle(Pool pool, AuthConfig config) {
        this.pool = pool;
        this.config = config.auth().throttle();
    }

    /** Counts an attempt for the key, or refuses it while the key is locked. */
    public Uni<Attempt> attempt(String key) {
        return pool.withTransaction(connection -> connection.preparedQuery("""
                INSERT INTO login_throttle (login_key, failures, last_failure_at) VALUES ($1, 0, now())
                ON CONFLICT (login_key) DO NOTHING
                """).execute(Tuple.of(key))
                .chain(() -> connection.preparedQuery("""
                        SELECT failures, last_failure_at, locked_until,
                               ceil(extract(epoch FROM locked_until - now()))::bigint AS locked_seconds
                        FROM login_throttle WHERE login_key = $1 FOR UPDATE
                        """).execute(Tuple.of(key)))
                .chain(rows -> {
                    Row row = rows.iterator().next();
                    Long lockedSeconds = row.getLong("locked_seconds");
                    if (lockedSeconds != null && lockedSeconds > 0) {
                        return Uni.createFrom().item(new Attempt(row.getInteger("failures"), lockedSeconds));
                    }
                    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
                    boolean stale = row.getOffsetDateTime("last_failure_at").isBefore(now.minus(config.window()));
                    int count = stale ? 1 : row.getInteger("failures") + 1;
                    OffsetDateTime lockUntil = count >= config.maxFailures() ? now.plus(lockFor(count)) : null;
                    return connection.preparedQuery("""
                            UPDATE login_throttle SET failures = $2, last_failure_at = now(), locked_until = $3
                            WHERE login_key = $1
                            """).execute(Tuple.of(key, count, lockUntil))
                            .replaceWith(new Attempt(count, 0));
                }));
    }

    /** The password was right: forget the attempts. */
    public Uni<Void> succeeded(String key) {
        return pool.preparedQuery("DELETE FROM login_throttle WHERE login_key = $1")
                .execute(Tuple.of(key)).replaceWithVoid();
    }

    /** How long a failed answer is held back, growing with the attempts counted. */
    public Duration slowdown(int count) {
        return config.slowdownStep().multipliedBy(Math.max(0, Math.min(count - 1L, 5L)));
    }

    private Duration lockFor(int count) {
        int doublings = Math.min(count - config.maxFailures(), 10);
        Duration lock = config.firstLock().multipliedBy(1L << doublings);
        return lock.compareTo(config.maxLock()) > 0 ? config.maxLock() : lock;
    }
}
