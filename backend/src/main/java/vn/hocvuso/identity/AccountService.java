package vn.hocvuso.identity;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse.StatusCode;
import vn.hocvuso.audit.AuditLog;
import vn.hocvuso.common.ApiException;
import vn.hocvuso.common.Texts;
import vn.hocvuso.common.Violations;
import vn.hocvuso.identity.IdentityViews.Profile;
import vn.hocvuso.identity.IdentityViews.UpdateProfileRequest;
import vn.hocvuso.limit.LoginThrottle;
import vn.hocvuso.limit.LoginThrottle.Attempt;
import vn.hocvuso.limit.LoginThrottle.Purpose;
import vn.hocvuso.unit.Agency;
import vn.hocvuso.unit.AgencyRepository;
import vn.hocvuso.unit.LearnerGroup;
import vn.hocvuso.unit.UnitRepository;

/** The caller's own account: read it, change name, unit, agency or password. */
@ApplicationScoped
public class AccountService {

    private final UserRepository users;
    private final RoleGrantRepository grants;
    private final UnitRepository units;
    private final AgencyRepository agencies;
    private final PasswordHasher hasher;
    private final RefreshTokens refreshTokens;
    private final LoginThrottle throttle;
    private final AuditLog audit;
    private final Pool pool;

    public AccountService(UserRepository users, RoleGrantRepository grants, UnitRepository units,
            AgencyRepository agencies, PasswordHasher hasher, RefreshTokens refreshTokens, LoginThrottle throttle,
            AuditLog audit, Pool pool) {
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

    @WithSession
    public Uni<Profile> profile(UUID userId) {
        return users.findWithRefs(userId).chain(user -> {
            if (user == null) { // a valid token for an account that no longer exists
                throw new ApiException(StatusCode.UNAUTHORIZED, "not_authenticated");
            }
            return grants.forUser(userId).map(list -> Profile.of(user, list));
        });
    }

    public Uni<Profile> update(UUID userId, Optional<UUID> sessionId, UpdateProfileRequest request) {
        if (request == null) {
            throw new ApiException(400, "malformed_json");
        }
        Violations v = new Violations();
        String fullName = request.fullName() == null ? null : Texts.cleanOrNull(request.fullName());
        if (request.fullName() != null) {
            AuthService.checkFullName(fullName, "fullName", v);
        }
        String unitCode = request.unitCode() == null ? null : Texts.clean(request.unitCode());
        if (unitCode != null && !AuthService.UNIT_CODE.matcher(unitCode).matches()) {
            v.add("unitCode", "unit_not_found", unitCode);
        }
        boolean changesPassword = request.currentPassword() != null || request.newPassword() != null;
        if (changesPassword && request.currentPassword() == null) {
            v.add("currentPassword", "required");
        }
        if (changesPassword && request.newPassword() == null) {
            v.add("newPassword", "required");
        }
        v.throwIfAny();
        return current(userId).chain(user -> {
            if (!changesPassword) {
                return Uni.createFrom().item((String) null);
            }
            return currentPasswordMatches(user, request.currentPassword()).chain(matches -> {
                Violations pv = new Violations();
                if (!matches) {
                    pv.add("currentPassword", "wrong_password");
                } else {
                    PasswordPolicy.check(request.newPassword(), "newPassword", user.phone, user.email,
                            fullName != null ? fullName : user.fullName, pv);
                }
                pv.throwIfAny();
                return hasher.hash(request.newPassword());
            });
        }).chain(newHash -> apply(userId, fullName, unitCode, request.agencyId(), newHash, request.largeText()))
                .call(profile -> changesPassword
                        ? refreshTokens.revokeOtherSessions(userId, sessionId.orElse(null))
                        : Uni.createFrom().voidItem());
    }

    /**
     * A stolen access token must not allow unlimited guesses of the current password: the same lockout
     * as logins, keyed by the account. Verified off the event loop and outside the session.
     */
    private Uni<Boolean> currentPasswordMatches(User user, String password) {
        Attempt attempt = new Attempt(Purpose.PASSWORD, user.id.toString(), null);
        return throttle.check(attempt)
                .chain(() -> hasher.verify(password, user.passwordHash))
                .call(matches -> matches ? throttle.succeeded(pool, attempt)
                        : throttle.failed(attempt, "user", user.id.toString()).replaceWithVoid());
    }

    @WithSession
    Uni<User> current(UUID userId) {
        return users.findById(userId).invoke(user -> {
            if (user == null) {
                throw new ApiException(StatusCode.UNAUTHORIZED, "not_authenticated");
            }
        });
    }

    @SuppressWarnings("OptionalUsedAsFieldOrParameterType")
    @WithTransaction
    Uni<Profile> apply(UUID userId, String fullName, String unitCode, Optional<Long> agencyId, String newHash,
            Boolean largeText) {
        return users.findWithRefs(userId).chain(user -> {
            Uni<Void> steps = Uni.createFrom().voidItem();
            if (unitCode != null) {
                steps = steps.chain(() -> units.findById(unitCode).invoke(unit -> {
                    if (unit == null) {
                        new Violations().add("unitCode", "unit_not_found", unitCode).throwIfAny();
                    }
                    user.unit = unit;
                })).replaceWithVoid();
            }
            if (agencyId != null) { // present in the request: a new agency, or empty to remove it
                steps = steps.chain(() -> agencyId.isEmpty() ? Uni.createFrom().item((Agency) null)
                        : agencies.findById(agencyId.get()).invoke(agency -> {
                            Violations av = new Violations();
                            if (agency == null) {
                                av.add("agencyId", "agency_not_found", agencyId.get());
                            } else if (user.learnerGroup != LearnerGroup.CBCCVC) {
                                av.add("agencyId", "agency_only_for_public_servants");
                            }
                            av.throwIfAny();
                        })).invoke(agency -> user.agency = agency).replaceWithVoid();
            }
            return steps.chain(() -> {
                if (fullName != null) {
                    user.fullName = fullName;
                }
                if (newHash != null) {
                    user.passwordHash = newHash;
                }
                if (largeText != null) {
                    user.largeText = largeText;
                }
                user.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
                return users.flush();
            }).chain(() -> newHash == null ? Uni.createFrom().voidItem()
                    // The account's other sessions end with it (AccountService.update).
                    : audit.record(userId, "PASSWORD_CHANGED", "user", userId.toString(), Map.of("otherSessionsEnded", true)))
                    .chain(() -> grants.forUser(userId)).map(list -> Profile.of(user, list));
        });
    }
}
