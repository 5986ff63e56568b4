package vn.hocvuso.identity;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse.StatusCode;
import vn.hocvuso.audit.AuditLog;
import vn.hocvuso.common.ApiException;
import vn.hocvuso.identity.IdentityViews.Profile;
import vn.hocvuso.identity.IdentityViews.UpdateProfileRequest;
import vn.hocvuso.limit.LoginThrottle;
import vn.hocvuso.limit.LoginThrottle.Attempt;
import vn.hocvuso.limit.LoginThrottle.Purpose;
import vn.hocvuso.unit.Agencies;
import vn.hocvuso.unit.Agency;
import vn.hocvuso.unit.LearnerGroup;
import vn.hocvuso.unit.Units;

/** The caller's own account: read it, change name, unit, agency or password. */
@ApplicationScoped
public class AccountService {

    private final Users users;
    private final RoleGrants grants;
    private final Units units;
    private final Agencies agencies;
    private final PasswordHasher hasher;
    private final RefreshTokens refreshTokens;
    private final LoginThrottle throttle;
    private final AuditLog audit;
    private final Pool pool;

    public AccountService(
            Users users,
            RoleGrants grants,
            Units units,
            Agencies agencies,
            PasswordHasher hasher,
            RefreshTokens refreshTokens,
            LoginThrottle throttle,
            AuditLog audit,
            Pool pool) {
        this.users = users;
        this.grants = grants;
        this.units = units;
        this.agencies = agencies;
        this.hasher = hasher;
        this.refreshTokens = refreshTokens;
        this.throttle = throttle;
        this.audit = audit;
        this.pool = pool;
    }

    public Uni<Profile> profile(UUID userId) {
        return profile(pool, userId);
    }

    private Uni<Profile> profile(SqlClient client, UUID userId) {
        return current(client, userId)
                .chain(user -> grants.forUser(client, userId).map(list -> Profile.of(user, list)));
    }

    public Uni<Profile> update(UUID userId, Optional<UUID> sessionId, UpdateProfileRequest request) {
        String fullName = request.fullName();
        String unitCode = request.unitCode();
        boolean changesPassword = request.currentPassword() != null;
        return current(pool, userId)
                .chain(user -> {
                    if (!changesPassword) {
                        return Uni.createFrom().item((String) null);
                    }
                    return currentPasswordMatches(user, request.currentPassword())
                            .chain(matches -> {
                                if (!matches) {
                                    throw ApiException.invalid("currentPassword", "wrong_password");
                                }
                                PasswordPolicy.require(
                                        request.newPassword(),
                                        "newPassword",
                                        user.phone(),
                                        user.email(),
                                        fullName != null ? fullName : user.fullName());
                                return hasher.hash(request.newPassword());
                            });
                })
                .chain(newHash -> apply(userId, fullName, unitCode, request.agencyId(), newHash, request.largeText()))
                .call(profile -> changesPassword
                        ? refreshTokens.revokeOtherSessions(userId, sessionId.orElse(null))
                        : Uni.createFrom().voidItem());
    }

    /**
     * A stolen access token must not allow unlimited guesses of the current password: the same lockout
     * as logins, keyed by the account. Verified off the event loop and outside any transaction.
     */
    private Uni<Boolean> currentPasswordMatches(User user, String password) {
        Attempt attempt = new Attempt(Purpose.PASSWORD, user.id().toString(), null);
        return throttle.check(attempt)
                .chain(() -> hasher.verify(password, user.passwordHash()))
                .call(matches -> matches
                        ? throttle.succeeded(pool, attempt)
                        : throttle.failed(attempt, "user", user.id().toString()).replaceWithVoid());
    }

    /** The account; 401 for a valid token whose account no longer exists. */
    private Uni<User> current(SqlClient client, UUID userId) {
        return users.find(client, userId).invoke(user -> {
            if (user == null) {
                throw new ApiException(StatusCode.UNAUTHORIZED, "not_authenticated");
            }
        });
    }

    /** The changes in one transaction, the account's row locked: two at once both apply, one after the other. */
    @SuppressWarnings("OptionalUsedAsFieldOrParameterType")
    private Uni<Profile> apply(
            UUID userId, String fullName, String unitCode, Optional<Long> agencyId, String newHash, Boolean largeText) {
        return pool.withTransaction(tx -> users.findForUpdate(tx, userId).chain(user -> {
            if (user == null) {
                throw new ApiException(StatusCode.UNAUTHORIZED, "not_authenticated");
            }
            Uni<Void> steps = Uni.createFrom().voidItem();
            if (unitCode != null) {
                steps = steps.chain(() -> units.find(tx, unitCode).invoke(unit -> {
                            if (unit == null) {
                                throw ApiException.invalid("unitCode", "unit_not_found", unitCode);
                            }
                        }))
                        .replaceWithVoid();
            }
            if (agencyId != null) { // present in the request: a new agency, or empty to remove it
                steps = steps.chain(() -> agencyId.isEmpty()
                                ? Uni.createFrom().item((Agency) null)
                                : agencies.find(tx, agencyId.get()).invoke(agency -> {
                                    if (agency == null) {
                                        throw ApiException.invalid("agencyId", "agency_not_found", agencyId.get());
                                    } else if (user.learnerGroup() != LearnerGroup.CBCCVC) {
                                        throw ApiException.invalid("agencyId", "agency_only_for_public_servants");
                                    }
                                }))
                        .replaceWithVoid();
            }
            // A column the request leaves out keeps its value; an empty agencyId clears the agency.
            return steps.chain(() -> tx.preparedQuery("""
                    UPDATE app_user SET full_name = coalesce($2, full_name), unit_code = coalesce($3, unit_code),
                           agency_id = CASE WHEN $4 THEN $5 ELSE agency_id END,
                           password_hash = coalesce($6, password_hash), large_text = coalesce($7, large_text),
                           updated_at = now()
                    WHERE id = $1
                    """)
                            .execute(Tuple.tuple()
                                    .addUUID(userId)
                                    .addString(fullName)
                                    .addString(unitCode)
                                    .addBoolean(agencyId != null)
                                    .addLong(agencyId == null ? null : agencyId.orElse(null))
                                    .addString(newHash)
                                    .addBoolean(largeText)))
                    .chain(() -> newHash == null
                            ? Uni.createFrom().voidItem()
                            // The account's other sessions end with it (AccountService.update).
                            : audit.record(
                                    tx,
                                    userId,
                                    "PASSWORD_CHANGED",
                                    "user",
                                    userId.toString(),
                                    Map.of("otherSessionsEnded", true)))
                    .chain(() -> profile(tx, userId));
        }));
    }
}
