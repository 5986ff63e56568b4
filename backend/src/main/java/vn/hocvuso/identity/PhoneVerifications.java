package vn.hocvuso.identity;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.UUID;
import vn.hocvuso.audit.AuditLog;
import vn.hocvuso.common.OneLine;
import vn.hocvuso.common.Texts;
import vn.hocvuso.limit.ClientAddress;
import vn.hocvuso.limit.Limits;
import vn.hocvuso.notification.Kind;

/**
 * Phone verification at registration, where a deployment turns it on ({@code hocvuso.registration.phone-verification}).
 * An account registered with a phone while it is on is stored with {@code phone_unverified} and cannot log in
 * (403 {@code phone_not_verified}, after the right password only) until the 6-digit code sent to that phone
 * (Zalo or SMS) is typed back: the same codes as "Quên mật khẩu" ({@link OneTimeCodes}), in their own table.
 * Chosen over an account "usable but marked": every feature would otherwise have to know the state, and an
 * unproven number could receive a stranger's reset codes. Setting a password with a reset code that went to
 * the phone proves it as well. Turning the setting off later makes waiting accounts usable again.
 */
@ApplicationScoped
public class PhoneVerifications {

    public record VerificationRequest(
            @NotBlank @Size(max = 20) String phone) {}

    public record VerificationConfirmation(
            @NotBlank @OneLine String phone, @OneTimeCode String code) {}

    private final Pool pool;
    private final OneTimeCodes codes;
    private final Limits limits;
    private final AuditLog audit;
    private final AuthConfig config;

    public PhoneVerifications(Pool pool, OneTimeCodes codes, Limits limits, AuditLog audit, AuthConfig config) {
        this.pool = pool;
        this.codes = codes;
        this.limits = limits;
        this.audit = audit;
        this.config = config;
    }

    public boolean required() {
        return config.registration().phoneVerification();
    }

    /** Right after a registration that is to be verified: the first code, in a transaction of its own. */
    public Uni<Void> start(UUID userId) {
        return pool.withTransaction(tx -> send(tx, userId));
    }

    private Uni<Void> send(SqlClient tx, UUID userId) {
        return codes.send(tx, OneTimeCodes.Purpose.PHONE_VERIFICATION, userId, Kind.PHONE_VERIFICATION_CODE, true);
    }

    /** A new code for a number waiting to be verified; the same 202 for any other number (no enumeration). */
    public Uni<Void> resend(VerificationRequest request, ClientAddress address) {
        String phone = phone(request == null ? null : request.phone());
        return limits.oneTimeCode("verify", address, phone)
                .chain(() -> pool.preparedQuery("SELECT id FROM app_user WHERE phone = $1 AND phone_unverified")
                        .execute(Tuple.of(phone)))
                .chain(rows -> rows.size() == 0
                        ? Uni.createFrom().voidItem()
                        : pool.withTransaction(
                                tx -> send(tx, rows.iterator().next().getUUID("id"))));
    }

    /** The code typed back: the account becomes usable. Wrong, expired or used up: 400 {@code invalid_verification_code}. */
    public Uni<Void> confirm(VerificationConfirmation request, ClientAddress address) {
        String phone = phone(request.phone());
        String code = OneTimeCodes.typed(request.code());
        return limits.phoneVerificationConfirm(address)
                .chain(() -> pool.preparedQuery("""
                SELECT u.id, c.code_hash, c.expires_at, c.tries_left
                FROM app_user u JOIN phone_verification c ON c.user_id = u.id
                WHERE u.phone = $1 AND u.phone_unverified
                """).execute(Tuple.of(phone)))
                .chain(rows -> {
                    Row row = rows.size() == 0 ? null : rows.iterator().next();
                    UUID userId = row == null ? null : row.getUUID("id");
                    return codes.redeem(
                            OneTimeCodes.Purpose.PHONE_VERIFICATION,
                            row,
                            userId,
                            code,
                            address.address(),
                            tx -> tx.preparedQuery(
                                            "UPDATE app_user SET phone_unverified = false, updated_at = now() WHERE id = $1")
                                    .execute(Tuple.of(userId))
                                    .chain(() -> audit.record(
                                            tx,
                                            userId,
                                            "phone.verified",
                                            "user",
                                            userId.toString(),
                                            Map.of("address", address.address()))));
                });
    }

    private static String phone(String typed) {
        String cleaned = Texts.clean(typed == null ? "" : typed);
        return PhoneNumbers.normalize(cleaned).orElse(cleaned);
    }
}
