package vn.hocvuso.limit;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlResult;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import vn.hocvuso.audit.AuditLog;
import vn.hocvuso.common.ApiException;
import vn.hocvuso.limit.RateLimiter.Bucket;

/**
 * Lockout after wrong credentials (passwords, claim codes, client secrets), in PostgreSQL so that every
 * replica sees the same counts.
 *
 * <p>Failures are counted per account <em>and client address</em>: five wrong answers lock that pair,
 * for five minutes doubling up to an hour, and nobody else. A stranger who knows an administrator's
 * phone number locks only themselves. Against guessing from many addresses, the account's failures from
 * all addresses are counted too: past {@code accountMaxFailures} within {@code accountWindow}, each
 * further address is locked after its first wrong answer. Even then a right answer from an address
 * without failures is let in, so an attack never locks the owner out. And an address's wrong answers
 * across all accounts (password spraying) spend its budget of {@link Limits#credentialFailures}.
 *
 * <p>Only wrong answers count: a right one is never refused because of other right ones (many devices
 * logging into one account at once). An attempt is checked before the credential is, and counted after,
 * in one statement each, so parallel attempts never see a half-written row; attempts racing a lock
 * are refused by the statement that records them.
 */
@ApplicationScoped
public class LoginThrottle {

    /** What a credential is for; part of the key, so a locked login does not lock the claim of a code. */
    public enum Purpose {
        LOGIN("login"),
        CLAIM("claim"),
        CLIENT("client"),
        PASSWORD("password");

        private final String key;

        Purpose(String key) {
            this.key = key;
        }
    }

    /**
     * One attempt: the account's identifier (a normalised phone or e-mail, a client id, a user id), what
     * for, and the client's address (null where none applies: the current password of a logged-in user).
     */
    public record Attempt(Purpose purpose, String account, ClientAddress address) {
        public Attempt {
            // A key is what was typed; a huge one is stored as its digest, still one key per text.
            if (account.length() > 200) {
                account = "sha256:" + digest(account);
            }
        }

        String pairKey() {
            return purpose.key + ":" + account + (address == null ? "" : "@" + address.key());
        }

        String accountKey() {
            return purpose.key + "#" + account;
        }
    }

    private final Pool pool;
    private final RateLimiter limiter;
    private final Limits limits;
    private final AuditLog audit;
    private final Clock clock;
    private final LoginThrottleConfig config;

    public LoginThrottle(
            Pool pool, RateLimiter limiter, Limits limits, AuditLog audit, Clock clock, LoginThrottleConfig config) {
        this.pool = pool;
        this.limiter = limiter;
        this.limits = limits;
        this.audit = audit;
        this.clock = clock;
        this.config = config;
    }

    /**
     * Before the credential is checked: 429 {@code too_many_attempts} while this account is locked for
     * this address, 429 {@code too_many_requests} while the address has spent its budget of failures.
     */
    public Uni<Void> check(Attempt attempt) {
        Bucket budget = limits.credentialFailures(attempt.address());
        return pool.preparedQuery("""
                SELECT ceil(extract(epoch FROM locked_until - $2::timestamptz))::int AS seconds
                FROM login_throttle WHERE login_key = $1 AND locked_until > $2
                """)
                .execute(Tuple.of(attempt.pairKey(), now()))
                .chain(rows -> {
                    if (rows.size() > 0) {
                        throw locked(rows.iterator().next().getInteger("seconds"));
                    }
                    return budget == null ? Uni.createFrom().item(0) : limiter.waitSeconds(budget);
                })
                .invoke(wait -> {
                    if (wait > 0) {
                        throw ApiException.tooManyRequests("too_many_requests", wait);
                    }
                })
                .replaceWithVoid();
    }

    /**
     * The credential was wrong: counts it for the pair (locking it at the threshold), for the account and
     * against the address's budget, and audits it ({@code <purpose>.failed}, {@code <purpose>.locked}), in
     * one transaction. Returns this pair's failures so far, or fails with 429 {@code too_many_attempts}
     * if a lock started while this attempt was being checked. {@code subjectType}/{@code subjectId} name
     * the account in the audit log when it exists (null: the address is the subject).
     */
    public Uni<Integer> failed(Attempt attempt, String subjectType, String subjectId) {
        OffsetDateTime now = now();
        Bucket budget = limits.credentialFailures(attempt.address());
        return pool.withTransaction(tx -> accountFailures(tx, attempt, now)
                        .chain(accountFailures -> {
                            int threshold = accountFailures >= config.accountMaxFailures() ? 1 : config.maxFailures();
                            return tx.preparedQuery("""
                    INSERT INTO login_throttle AS t (login_key, failures, last_failure_at) VALUES ($1, 1, $2)
                    ON CONFLICT (login_key) DO UPDATE SET
                        failures = CASE WHEN t.locked_until > $2 THEN t.failures
                                        WHEN t.last_failure_at < $3 THEN 1 ELSE t.failures + 1 END,
                        last_failure_at = CASE WHEN t.locked_until > $2 THEN t.last_failure_at ELSE $2 END
                    RETURNING failures, coalesce(ceil(extract(epoch FROM locked_until - $2::timestamptz)), 0)::int AS locked
                    """)
                                    .execute(Tuple.of(attempt.pairKey(), now, now.minus(config.window())))
                                    .chain(rows -> {
                                        Row row = rows.iterator().next();
                                        int failures = row.getInteger("failures");
                                        int alreadyLocked = row.getInteger("locked");
                                        Map<String, Object> details = details(attempt, failures);
                                        Uni<Void> recorded = audit.record(
                                                tx,
                                                actor(attempt),
                                                attempt.purpose().key + ".failed",
                                                subjectType(attempt, subjectType),
                                                subjectId(attempt, subjectId),
                                                details);
                                        if (alreadyLocked > 0 || failures < threshold) {
                                            return recorded.replaceWith(alreadyLocked > 0 ? -alreadyLocked : failures);
                                        }
                                        Duration lock = lockFor(failures, threshold);
                                        Map<String, Object> lockDetails = new HashMap<>(details);
                                        lockDetails.put("lockedForSeconds", lock.toSeconds());
                                        return recorded.chain(() -> tx.preparedQuery(
                                                                "UPDATE login_throttle SET locked_until = $2 WHERE login_key = $1")
                                                        .execute(Tuple.of(attempt.pairKey(), now.plus(lock))))
                                                .chain(() -> audit.record(
                                                        tx,
                                                        actor(attempt),
                                                        attempt.purpose().key + ".locked",
                                                        subjectType(attempt, subjectType),
                                                        subjectId(attempt, subjectId),
                                                        lockDetails))
                                                .replaceWith(failures);
                                    });
                        })
                        .call(outcome -> budget == null ? Uni.createFrom().voidItem() : limiter.charge(tx, budget)))
                .invoke(outcome -> {
                    // Negative: this attempt raced a lock. The failure is counted and committed; the answer is the
                    // lock.
                    if (outcome < 0) {
                        throw locked(-outcome);
                    }
                });
    }

    /**
     * The credential was right: forgets this pair's failures, in the caller's transaction; fails with 429
     * {@code too_many_attempts} (rolling the caller's transaction back) if a lock started while the
     * credential was being checked.
     */
    public Uni<Void> succeeded(SqlClient client, Attempt attempt) {
        // The SELECT sees the row as it was before this statement: locked then means refused now; a lock
        // that a concurrent failure starts after that is not deleted (the DELETE re-checks the row).
        return client.preparedQuery("""
                WITH cleared AS (
                    DELETE FROM login_throttle WHERE login_key = $1 AND NOT coalesce(locked_until > $2, false)
                    RETURNING 1)
                SELECT coalesce((SELECT ceil(extract(epoch FROM locked_until - $2::timestamptz))::int FROM login_throttle
                                 WHERE login_key = $1 AND locked_until > $2), 0) AS locked
                """)
                .execute(Tuple.of(attempt.pairKey(), now()))
                .invoke(rows -> {
                    int locked = rows.iterator().next().getInteger("locked");
                    if (locked > 0) {
                        throw locked(locked);
                    }
                })
                .replaceWithVoid();
    }

    private static String digest(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How long a failed answer is held back, growing with the failures counted. */
    public Duration slowdown(int failures) {
        return config.slowdownStep().multipliedBy(Math.max(0, Math.min(failures - 1L, 5L)));
    }

    /** The answer to an attempt refused by a lock. */
    private static ApiException locked(int seconds) {
        return ApiException.tooManyRequests("too_many_attempts", Math.max(1, seconds));
    }

    /** Deletes rows that count nothing any more: no lock running and no failure within either window. */
    public Uni<Integer> purge() {
        OffsetDateTime now = now();
        Duration longest =
                config.window().compareTo(config.accountWindow()) > 0 ? config.window() : config.accountWindow();
        return pool.preparedQuery("""
                DELETE FROM login_throttle WHERE last_failure_at < $2 AND NOT coalesce(locked_until > $1, false)
                """)
                .execute(Tuple.of(now, now.minus(longest)))
                .map(SqlResult::rowCount);
    }

    /** Failures of the account from every address within the account window, this one included. */
    private Uni<Integer> accountFailures(SqlClient tx, Attempt attempt, OffsetDateTime now) {
        if (attempt.address() == null) {
            return Uni.createFrom().item(0);
        }
        return tx.preparedQuery("""
                INSERT INTO login_throttle AS t (login_key, failures, last_failure_at) VALUES ($1, 1, $2)
                ON CONFLICT (login_key) DO UPDATE SET
                    failures = CASE WHEN t.last_failure_at < $3 THEN 1 ELSE t.failures + 1 END, last_failure_at = $2
                RETURNING failures
                """)
                .execute(Tuple.of(attempt.accountKey(), now, now.minus(config.accountWindow())))
                .map(rows -> rows.iterator().next().getInteger("failures"));
    }

    private Duration lockFor(int failures, int threshold) {
        int doublings = Math.min(failures - threshold, 10);
        Duration lock = config.firstLock().multipliedBy(1L << doublings);
        return lock.compareTo(config.maxLock()) > 0 ? config.maxLock() : lock;
    }

    private static UUID actor(Attempt attempt) {
        // The current password is checked for a logged-in user: they are the actor. Anyone else is unknown.
        return attempt.purpose() == Purpose.PASSWORD ? UUID.fromString(attempt.account()) : null;
    }

    private static String subjectType(Attempt attempt, String subjectType) {
        return subjectType != null ? subjectType : "address";
    }

    private static String subjectId(Attempt attempt, String subjectId) {
        return subjectId != null
                ? subjectId
                : attempt.address() == null ? "unknown" : attempt.address().key();
    }

    private static Map<String, Object> details(Attempt attempt, int failures) {
        Map<String, Object> details = new HashMap<>();
        details.put("failures", failures);
        if (attempt.address() != null) {
            details.put("address", attempt.address().address());
        }
        return details;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
