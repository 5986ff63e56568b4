package vn.hocvuso.identity;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;
import vn.hocvuso.audit.AuditLog;
import vn.hocvuso.common.OneLine;
import vn.hocvuso.common.Verbatim;
import vn.hocvuso.limit.ClientAddress;
import vn.hocvuso.limit.Limits;
import vn.hocvuso.notification.Kind;

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

    public record ResetRequest(@NotBlank @Size(max = 254) String login) {}

    public record ResetConfirmation(
            @NotBlank @OneLine String login,
            @OneTimeCode String code,
            @NotNull @Verbatim String newPassword) {}

    private final Pool pool;
    private final OneTimeCodes codes;
    private final Limits limits;
    private final PasswordHasher hasher;
    private final AuditLog audit;

    public PasswordResets(Pool pool, OneTimeCodes codes, Limits limits, PasswordHasher hasher, AuditLog audit) {
        this.pool = pool;
        this.codes = codes;
        this.limits = limits;
        this.hasher = hasher;
        this.audit = audit;
    }

    public Uni<Void> request(ResetRequest request, ClientAddress address) {
        String key = AuthService.loginKey(request.login());
        boolean phone = !key.contains("@");
        return limits.passwordReset(address, key)
                .chain(() -> pool.preparedQuery(
                                "SELECT id FROM app_user WHERE " + (phone ? "phone" : "email") + " = $1")
                        .execute(Tuple.of(key)))
                .chain(rows -> {
                    if (rows.size() == 0) {
                        LOG.debug("Password reset asked for a login no account has");
                        return Uni.createFrom().voidItem();
                    }
                    UUID userId = rows.iterator().next().getUUID("id");
                    return pool.withTransaction(tx -> issue(tx, userId, Kind.PASSWORD_RESET_CODE, phone)
                            .chain(() -> audit.record(
                                    tx,
                                    userId,
                                    "password.reset.requested",
                                    "user",
                                    userId.toString(),
                                    Map.of("address", address.address(), "via", phone ? "phone" : "email"))));
                });
    }

    /**
     * A code for the account sent as {@code kind} to its phone ({@code phone}) or e-mail, in the caller's
     * transaction: the person's own request, a helper's (vn.hocvuso.helper), or a new assisted account's
     * first password. Whoever starts it never sees the code.
     */
    public Uni<Void> issue(SqlClient tx, UUID userId, Kind kind, boolean phone) {
        // where it went: a code typed back from a phone proves the phone (confirm)
        return codes.send(tx, OneTimeCodes.Purpose.PASSWORD_RESET, userId, kind, phone)
                .chain(() -> tx.preparedQuery("UPDATE password_reset SET via_phone = $2 WHERE user_id = $1")
                        .execute(Tuple.of(userId, phone)))
                .replaceWithVoid();
    }

    public Uni<Void> confirm(ResetConfirmation request, ClientAddress address) {
        String code = OneTimeCodes.typed(request.code());
        String key = AuthService.loginKey(request.login());
        return limits.passwordResetConfirm(address)
                .chain(() -> pool.preparedQuery("""
                SELECT u.id, u.full_name, u.phone, u.email, r.code_hash, r.expires_at, r.tries_left, r.via_phone
                FROM app_user u JOIN password_reset r ON r.user_id = u.id
                WHERE u.phone = $1 OR u.email = $1
                """).execute(Tuple.of(key)))
                .chain(rows -> {
                    Row row = rows.size() == 0 ? null : rows.iterator().next();
                    UUID userId = row == null ? null : row.getUUID("id");
                    return codes.redeem(
                            OneTimeCodes.Purpose.PASSWORD_RESET,
                            row,
                            userId,
                            code,
                            address.address(),
                            () -> {
                                PasswordPolicy.require(
                                        request.newPassword(),
                                        "newPassword",
                                        row.getString("phone"),
                                        row.getString("email"),
                                        row.getString("full_name"));
                                return hasher.hash(request.newPassword());
                            },
                            (tx, hash) -> {
                                // A code typed back from a phone proves the phone too (an assisted or unverified
                                // account).
                                boolean provesPhone = Boolean.TRUE.equals(row.getBoolean("via_phone"));
                                return tx.preparedQuery("""
                                UPDATE app_user SET password_hash = $2, updated_at = now(),
                                       phone_unverified = phone_unverified AND NOT $3 WHERE id = $1""")
                                        .execute(Tuple.of(userId, hash, provesPhone))
                                        .chain(() -> tx.preparedQuery(
                                                        "UPDATE refresh_token SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL")
                                                .execute(Tuple.of(userId)))
                                        .chain(ended -> audit.record(
                                                tx,
                                                userId,
                                                "password.reset",
                                                "user",
                                                userId.toString(),
                                                Map.of(
                                                        "address",
                                                        address.address(),
                                                        "sessionsEnded",
                                                        ended.rowCount())));
                            });
                });
    }
}
