package vn.hocvuso.roster;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse.StatusCode;
import vn.hocvuso.audit.AuditLog;
import vn.hocvuso.common.ApiException;
import vn.hocvuso.common.Secrets;
import vn.hocvuso.identity.PasswordHasher;
import vn.hocvuso.identity.PasswordPolicy;
import vn.hocvuso.identity.PhoneNumbers;
import vn.hocvuso.limit.ClientAddress;
import vn.hocvuso.limit.LoginThrottle;
import vn.hocvuso.limit.LoginThrottle.Attempt;
import vn.hocvuso.limit.LoginThrottle.Purpose;
import vn.hocvuso.roster.RosterViews.ClaimRequest;

/**
 * An imported public servant takes over their account: phone or e-mail, the one-time code from the
 * uploader's result file, and a new password. Guesses are throttled like logins (per account and client
 * address, see LoginThrottle), and a wrong login or a wrong code get the same answer.
 */
@ApplicationScoped
public class AccountClaims {

    private final Pool pool;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final AuditLog audit;

    public AccountClaims(Pool pool, PasswordHasher hasher, LoginThrottle throttle, AuditLog audit) {
        this.pool = pool;
        this.hasher = hasher;
        this.throttle = throttle;
        this.audit = audit;
    }

    /**
     * Expired codes are deleted: an expired code opens nothing, and what is not kept cannot leak. Every
     * replica may run it; the DELETE is idempotent.
     */
    @Scheduled(
            identity = "expired-claim-codes",
            every = "${hocvuso.integrations.imports.claim-purge-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> clearExpired() {
        return pool.query("DELETE FROM account_claim WHERE expires_at < now()")
                .execute()
                .replaceWithVoid();
    }

    /** "abcde-fghjk", "ABCDE FGHJK", O for 0, I or L for 1: the code as people copy it. */
    static String normalizeCode(String code) {
        return code == null
                ? ""
                : code.toUpperCase(Locale.ROOT)
                        .replaceAll("[\\s-]", "")
                        .replace('O', '0')
                        .replace('I', '1')
                        .replace('L', '1');
    }

    public Uni<Void> claim(ClaimRequest request, ClientAddress address) {
        String login = request.login();
        String key = login.contains("@")
                ? login.toLowerCase(Locale.ROOT)
                : PhoneNumbers.normalize(login).orElse(login);
        Attempt attempt = new Attempt(Purpose.CLAIM, key, address);
        return throttle.check(attempt)
                .chain(() -> pool.preparedQuery("""
                    SELECT u.id, u.full_name, u.phone, u.email, c.code_hash, c.expires_at
                    FROM app_user u JOIN account_claim c ON c.user_id = u.id
                    WHERE u.phone = $1 OR u.email = $1
                    """).execute(Tuple.of(key)))
                .chain(rows -> {
                    Row row = rows.size() == 0 ? null : rows.iterator().next();
                    byte[] presented = Secrets.sha256(normalizeCode(request.code()));
                    boolean matches = row != null
                            && Secrets.sameHash(
                                    presented, row.getBuffer("code_hash").getBytes())
                            && row.getOffsetDateTime("expires_at").isAfter(OffsetDateTime.now());
                    if (!matches) {
                        return throttle.failed(
                                        attempt,
                                        row == null ? null : "user",
                                        row == null ? null : row.getUUID("id").toString())
                                .invoke(failures -> {
                                    throw new ApiException(StatusCode.BAD_REQUEST, "invalid_claim_code");
                                })
                                .replaceWithVoid();
                    }
                    PasswordPolicy.require(
                            request.password(),
                            "password",
                            row.getString("phone"),
                            row.getString("email"),
                            row.getString("full_name"));
                    UUID userId = row.getUUID("id");
                    return hasher.hash(request.password())
                            .chain(hash -> pool.withTransaction(tx -> tx.preparedQuery("""
                    DELETE FROM account_claim WHERE user_id = $1 AND code_hash = $2 RETURNING user_id
                    """)
                                    .execute(Tuple.tuple().addUUID(userId).addBuffer(Buffer.buffer(presented)))
                                    .chain(deleted -> {
                                        if (deleted.size() == 0) { // claimed a moment ago by a concurrent request
                                            throw new ApiException(StatusCode.BAD_REQUEST, "invalid_claim_code");
                                        }
                                        return tx.preparedQuery(
                                                        "UPDATE app_user SET password_hash = $2, updated_at = now() WHERE id = $1")
                                                .execute(Tuple.of(userId, hash));
                                    })
                                    .chain(() -> audit.record(
                                            tx, userId, "ACCOUNT_CLAIMED", "user", userId.toString(), Map.of()))
                                    // A lock that started while this code was checked undoes the claim.
                                    .chain(() -> throttle.succeeded(tx, attempt))))
                            .replaceWithVoid();
                });
    }
}
