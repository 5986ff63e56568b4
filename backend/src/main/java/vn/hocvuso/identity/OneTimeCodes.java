package vn.hocvuso.identity;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jboss.resteasy.reactive.RestResponse.StatusCode;
import vn.hocvuso.audit.AuditLog;
import vn.hocvuso.common.ApiException;
import vn.hocvuso.common.Secrets;
import vn.hocvuso.notification.Kind;
import vn.hocvuso.notification.Notifications;

/**
 * The one-time codes of account recovery, assisted registration and phone verification: 6 digits, 10
 * minutes, 5 tries, one live code per account and purpose (a new one replaces it). Only SHA-256 of the
 * account id and the code is kept: a code lives minutes and dies after 5 wrong tries, so a slow hash
 * would add nothing. Each purpose has its own table ({@code password_reset}, {@code phone_verification})
 * of the same shape, so a reset code never verifies a phone and the other way round.
 */
@ApplicationScoped
public class OneTimeCodes {

    public static final Duration VALIDITY = Duration.ofMinutes(10);
    public static final int TRIES = 5;

    /**
     * Where a purpose's codes live (a closed set, so the table name is never from input), what a wrong code is audited
     * as, and the 400 a code that does not redeem answers.
     */
    public enum Purpose {
        PASSWORD_RESET("password_reset", "password.reset.failed", "invalid_reset_code"),
        PHONE_VERIFICATION("phone_verification", "phone.verification.failed", "invalid_verification_code");

        final String table;
        final String failedAction;
        final String errorCode;

        Purpose(String table, String failedAction, String errorCode) {
            this.table = table;
            this.failedAction = failedAction;
            this.errorCode = errorCode;
        }
    }

    /** What checking a presented code found. */
    private enum Check {
        MATCHES,
        WRONG,
        DEAD
    }

    private final SecureRandom random = new SecureRandom();
    private final Clock clock;
    private final Pool pool;
    private final AuditLog audit;
    private final Notifications notifications;

    public OneTimeCodes(Clock clock, Pool pool, AuditLog audit, Notifications notifications) {
        this.clock = clock;
        this.pool = pool;
        this.audit = audit;
        this.notifications = notifications;
    }

    /**
     * A new code for the account, replacing any live one, sent as {@code kind} to its phone ({@code phone}:
     * Zalo or SMS) or e-mail, in the caller's transaction: the code exists exactly when its message does,
     * and the message expires with the code. Whoever asked for it (the person, a helper, the registration)
     * never sees the code. Limits are the caller's: each purpose counts its own.
     */
    public Uni<Void> send(SqlClient tx, Purpose purpose, UUID userId, Kind kind, boolean phone) {
        Instant expires = clock.instant().plus(VALIDITY);
        return issue(tx, purpose, userId, expires)
                .chain(code -> notifications.toAddress(
                        tx,
                        userId,
                        kind,
                        phone,
                        Map.of("code", code, "minutes", String.valueOf(VALIDITY.toMinutes())),
                        expires));
    }

    /** A new code for the account, replacing any live one; returns the code to send. */
    private Uni<String> issue(SqlClient tx, Purpose purpose, UUID userId, Instant expires) {
        String code = String.format("%06d", random.nextInt(1_000_000));
        return tx.preparedQuery("INSERT INTO " + purpose.table + """
                 (user_id, code_hash, expires_at, tries_left, created_at) VALUES ($1, $2, $3, $4, $5)
                ON CONFLICT (user_id) DO UPDATE SET code_hash = excluded.code_hash,
                    expires_at = excluded.expires_at, tries_left = excluded.tries_left, created_at = excluded.created_at
                """)
                .execute(Tuple.tuple()
                        .addUUID(userId)
                        .addBuffer(Buffer.buffer(hash(userId, code)))
                        .addOffsetDateTime(expires.atOffset(ZoneOffset.UTC))
                        .addInteger(TRIES)
                        .addOffsetDateTime(clock.instant().atOffset(ZoneOffset.UTC)))
                .map(ignored -> code);
    }

    /**
     * Redeems a typed code against the row read from the purpose's table (columns {@code code_hash}, {@code
     * expires_at}, {@code tries_left}; null when the account has no code): no code, an expired one or one out of
     * tries is 400 (the purpose's error code); a wrong one costs a try ({@link #refuseWrong}); a right one runs
     * {@code prepare} (the purpose's own checks, and slow work such as hashing a password, kept out of the
     * transaction), then in one transaction uses the code up and runs {@code use}. A code that a concurrent request
     * used up a moment ago is 400 as well: each code redeems once.
     */
    public <P> Uni<Void> redeem(
            Purpose purpose,
            Row row,
            UUID userId,
            String code,
            String address,
            Supplier<Uni<P>> prepare,
            BiFunction<SqlClient, P, Uni<?>> use) {
        return switch (check(row, userId, code)) {
            case DEAD -> Uni.createFrom().failure(new ApiException(StatusCode.BAD_REQUEST, purpose.errorCode));
            case WRONG -> refuseWrong(purpose, userId, address);
            case MATCHES ->
                prepare.get()
                        .chain(prepared -> pool.withTransaction(tx -> consume(tx, purpose, userId, code)
                                .chain(consumed -> {
                                    if (!consumed) {
                                        throw new ApiException(StatusCode.BAD_REQUEST, purpose.errorCode);
                                    }
                                    return use.apply(tx, prepared);
                                })))
                        .replaceWithVoid();
        };
    }

    /** As {@link #redeem(Purpose, Row, UUID, String, String, Supplier, BiFunction)}, with nothing to prepare. */
    public Uni<Void> redeem(
            Purpose purpose, Row row, UUID userId, String code, String address, Function<SqlClient, Uni<?>> use) {
        return redeem(
                purpose, row, userId, code, address, () -> Uni.createFrom().voidItem(), (tx, none) -> use.apply(tx));
    }

    /** Checks a code against the row read from the purpose's table. */
    private Check check(Row row, UUID userId, String code) {
        if (row == null
                || row.getInteger("tries_left") <= 0
                || !row.getOffsetDateTime("expires_at").toInstant().isAfter(clock.instant())) {
            return Check.DEAD;
        }
        return Secrets.sameHash(hash(userId, code), row.getBuffer("code_hash").getBytes())
                ? Check.MATCHES
                : Check.WRONG;
    }

    /** One try used up by a wrong code. */
    private Uni<Void> spendTry(SqlClient tx, Purpose purpose, UUID userId) {
        return tx.preparedQuery("UPDATE " + purpose.table
                        + " SET tries_left = tries_left - 1 WHERE user_id = $1 AND tries_left > 0")
                .execute(Tuple.of(userId))
                .replaceWithVoid();
    }

    /**
     * What a wrong code costs, the same for every purpose: one try used up and the purpose's failed action audited
     * (with the caller's address) in one transaction, then 400 with the purpose's error code.
     */
    private <T> Uni<T> refuseWrong(Purpose purpose, UUID userId, String address) {
        return pool.withTransaction(tx -> spendTry(tx, purpose, userId)
                        .chain(() -> audit.record(
                                tx,
                                userId,
                                purpose.failedAction,
                                "user",
                                userId.toString(),
                                Map.of("address", address))))
                .map(ignored -> {
                    throw new ApiException(StatusCode.BAD_REQUEST, purpose.errorCode);
                });
    }

    /** Uses the code up; false when a concurrent request used it a moment ago. */
    private Uni<Boolean> consume(SqlClient tx, Purpose purpose, UUID userId, String code) {
        return tx.preparedQuery(
                        "DELETE FROM " + purpose.table + " WHERE user_id = $1 AND code_hash = $2 RETURNING user_id")
                .execute(Tuple.tuple().addUUID(userId).addBuffer(Buffer.buffer(hash(userId, code))))
                .map(deleted -> deleted.size() > 0);
    }

    /** A code as typed, spaces removed ({@link OneTimeCode} has checked it); {@code null} reads as empty. */
    public static String typed(String code) {
        return code == null ? "" : code.replaceAll("\\s", "");
    }

    private static byte[] hash(UUID userId, String code) {
        return Secrets.sha256(userId + ":" + code);
    }
}
