package vn.hocvuso.identity;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;
import vn.hocvuso.audit.AuditLog;
import vn.hocvuso.common.ApiException;
import vn.hocvuso.common.Texts;
import vn.hocvuso.common.Violations;
import vn.hocvuso.integration.Secrets;
import vn.hocvuso.limit.ClientAddress;
import vn.hocvuso.limit.Limits;
import vn.hocvuso.notification.Kind;
import vn.hocvuso.notification.Notifications;

/**
 * "Quên mật khẩu": a 6-digit code to the phone or e-mail the person typed, then a new password with it.
 * The request answers the same whether or not an account has that phone or e-mail (no enumeration);
 * the code goes through the notification service (Zalo or SMS to a phone, e-mail to an address), and
 * when no channel can reach it the delivery log says {@code no_channel}. Only a hash of the code is
 * kept (SHA-256 of the account id and the code: a code lives 10 minutes and dies after 5 wrong tries,
 * so a slow hash would add nothing). A new password ends every session of the account.
 */
@ApplicationScoped
public class PasswordResets {

    private static final Logger LOG = Logger.getLogger(PasswordResets.class);
    public static final Duration VALIDITY = Duration.ofMinutes(10);
    public static final int TRIES = 5;

    public record ResetRequest(@NotBlank @Size(max = 254) String login) {
    }

    public record ResetConfirmation(String login, String code, String newPassword) {
    }

    private final SecureRandom random = new SecureRandom();
    private final Pool pool;
    private final Limits limits;
    private final Notifications notifications;
    private final PasswordHasher hasher;
    private final AuditLog audit;
    private final Clock clock;

    public PasswordResets(Pool pool, Limits limits, Notifications notifications, PasswordHasher hasher, AuditLog audit,
            Clock clock) {
        this.pool = pool;
        this.limits = limits;
        this.notifications = notifications;
        this.hasher = hasher;
        this.audit = audit;
        this.clock = clock;
    }

    public Uni<Void> request(ResetRequest request, ClientAddress address) {
        String key = AuthService.loginKey(request.login());
        boolean phone = !key.contains("@");
        return limits.passwordReset(address, key)
                .chain(() -> pool.preparedQuery("SELECT id FROM app_user WHERE " + (phone ? "phone" : "email") + " = $1")
                        .execute(Tuple.of(key)))
                .chain(rows -> {
                    if (rows.size() == 0) {
                        LOG.debug("Password reset asked for a login no account has");
                        return Uni.createFrom().voidItem();
                    }
                    UUID userId = rows.iterator().next().getUUID("id");
                    String code = String.format("%06d", random.nextInt(1_000_000));
                    Instant expires = clock.instant().plus(VALIDITY);
                    return pool.withTransaction(tx -> tx.preparedQuery("""
                            INSERT INTO password_reset (user_id, code_hash, expires_at, tries_left, created_at)
                            VALUES ($1, $2, $3, $4, $5)
                            ON CONFLICT (user_id) DO UPDATE SET code_hash = excluded.code_hash,
                                expires_at = excluded.expires_at, tries_left = excluded.tries_left, created_at = excluded.created_at
                            """).execute(Tuple.tuple().addUUID(userId).addBuffer(Buffer.buffer(hash(userId, code)))
                                    .addOffsetDateTime(expires.atOffset(ZoneOffset.UTC)).addInteger(TRIES).addOffsetDateTime(now()))
                            .chain(() -> notifications.toAddress(tx, userId, Kind.PASSWORD_RESET_CODE, phone,
                                    Map.of("code", code, "minutes", String.valueOf(VALIDITY.toMinutes())), expires))
                            .chain(() -> audit.record(tx, userId, "password.reset.requested", "user", userId.toString(),
                                    Map.of("address", address.address(), "via", phone ? "phone" : "email"))));
                });
    }

    public Uni<Void> confirm(ResetConfirmation request, ClientAddress address) {
        if (request == null) {
            throw new ApiException(400, "malformed_json");
        }
        Violations v = new Violations();
        String login = Texts.cleanOrNull(request.login());
        if (login == null) {
            v.add("login", "required");
        }
        String code = request.code() == null ? "" : request.code().replaceAll("\\s", "");
        if (code.isEmpty()) {
            v.add("code", "required");
        } else if (!code.matches("[0-9]{6}")) {
            v.add("code", "format");
        }
        if (request.newPassword() == null) {
            v.add("newPassword", "required");
        }
        v.throwIfAny();
        String key = AuthService.loginKey(login);
        return limits.passwordResetConfirm(address).chain(() -> pool.preparedQuery("""
                SELECT u.id, u.full_name, u.phone, u.email, r.code_hash, r.expires_at, r.tries_left
                FROM app_user u JOIN password_reset r ON r.user_id = u.id
                WHERE u.phone = $1 OR u.email = $1
                """).execute(Tuple.of(key))).chain(rows -> {
            Row row = rows.size() == 0 ? null : rows.iterator().next();
            if (row == null || row.getInteger("tries_left") <= 0
                    || !row.getOffsetDateTime("expires_at").toInstant().isAfter(clock.instant())) {
                throw new ApiException(400, "invalid_reset_code");
            }
            UUID userId = row.getUUID("id");
            byte[] presented = hash(userId, code);
            if (!Secrets.sameHash(presented, row.getBuffer("code_hash").getBytes())) {
                return pool.withTransaction(tx -> tx.preparedQuery(
                        "UPDATE password_reset SET tries_left = tries_left - 1 WHERE user_id = $1 AND tries_left > 0")
                        .execute(Tuple.of(userId))
                        .chain(() -> audit.record(tx, userId, "password.reset.failed", "user", userId.toString(),
                                Map.of("address", address.address()))))
                        .map(ignored -> {
                            throw new ApiException(400, "invalid_reset_code");
                        });
            }
            Violations pv = new Violations();
            PasswordPolicy.check(request.newPassword(), "newPassword", row.getString("phone"), row.getString("email"),
                    row.getString("full_name"), pv);
            pv.throwIfAny();
            return hasher.hash(request.newPassword()).chain(hash -> pool.withTransaction(tx -> tx.preparedQuery(
                    "DELETE FROM password_reset WHERE user_id = $1 AND code_hash = $2 RETURNING user_id")
                    .execute(Tuple.tuple().addUUID(userId).addBuffer(Buffer.buffer(presented))).chain(deleted -> {
                        if (deleted.size() == 0) { // used a moment ago by a concurrent request
                            throw new ApiException(400, "invalid_reset_code");
                        }
                        return tx.preparedQuery("UPDATE app_user SET password_hash = $2, updated_at = now() WHERE id = $1")
                                .execute(Tuple.of(userId, hash));
                    })
                    .chain(() -> tx.preparedQuery("UPDATE refresh_token SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL")
                            .execute(Tuple.of(userId)))
                    .chain(ended -> audit.record(tx, userId, "password.reset", "user", userId.toString(),
                            Map.of("address", address.address(), "sessionsEnded", ended.rowCount())))));
        });
    }

    private static byte[] hash(UUID userId, String code) {
        return Secrets.sha256(userId + ":" + code);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
