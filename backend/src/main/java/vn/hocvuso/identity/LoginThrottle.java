package vn.hocvuso.identity;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * Failed-login bookkeeping per login identifier, in PostgreSQL so that every replica sees the same
 * count. Each failure is one atomic upsert; a lock starts at {@code maxFailures} and doubles with each
 * further failure, up to {@code maxLock}.
 */
@ApplicationScoped
public class LoginThrottle {

    private final Pool pool;
    private final AuthConfig.Throttle config;

    public LoginThrottle(Pool pool, AuthConfig config) {
        this.pool = pool;
        this.config = config.auth().throttle();
    }

    /** Seconds the identifier is still locked for; 0 if it may try. */
    public Uni<Long> lockedForSeconds(String loginKey) {
        return pool.preparedQuery("""
                SELECT ceil(extract(epoch FROM locked_until - now()))::bigint AS seconds
                FROM login_throttle WHERE login_key = $1 AND locked_until > now()
                """).execute(Tuple.of(loginKey))
                .map(rows -> rows.size() == 0 ? 0L : Math.max(1L, rows.iterator().next().getLong("seconds")));
    }

    /** Records a failure; returns how many failures are now counted in the window. */
    public Uni<Integer> recordFailure(String loginKey) {
        return pool.preparedQuery("""
                INSERT INTO login_throttle AS t (login_key, failures, last_failure_at)
                VALUES ($1, 1, now())
                ON CONFLICT (login_key) DO UPDATE SET
                    failures = CASE WHEN t.last_failure_at < now() - make_interval(secs => $2) THEN 1
                                    ELSE t.failures + 1 END,
                    last_failure_at = now()
                RETURNING failures
                """).execute(Tuple.of(loginKey, (double) config.window().toSeconds()))
                .chain(rows -> {
                    int failures = rows.iterator().next().getInteger("failures");
                    if (failures < config.maxFailures()) {
                        return Uni.createFrom().item(failures);
                    }
                    return pool.preparedQuery(
                            "UPDATE login_throttle SET locked_until = now() + make_interval(secs => $2) WHERE login_key = $1")
                            .execute(Tuple.of(loginKey, (double) lockFor(failures).toSeconds()))
                            .replaceWith(failures);
                });
    }

    public Uni<Void> reset(String loginKey) {
        return pool.preparedQuery("DELETE FROM login_throttle WHERE login_key = $1")
                .execute(Tuple.of(loginKey)).replaceWithVoid();
    }

    /** How long a failed answer is held back, growing with the failures counted. */
    public Duration slowdown(int failures) {
        return config.slowdownStep().multipliedBy(Math.min(failures - 1L, 5L));
    }

    private Duration lockFor(int failures) {
        int doublings = Math.min(failures - config.maxFailures(), 10);
        Duration lock = config.firstLock().multipliedBy(1L << doublings);
        return lock.compareTo(config.maxLock()) > 0 ? config.maxLock() : lock;
    }

}
