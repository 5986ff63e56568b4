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
import vn.hocvuso.common.Violations;
import vn.hocvuso.identity.IdentityViews.Profile;
import vn.hocvuso.identity.IdentityViews.UpdateProfileRequest;
import vn.hocvuso.limit.LoginThrottle;
import vn.hocvuso.limit.LoginThrottle.Attempt;
import vn.hocvuso.limit.LoginThrottle.Purpose;
import vn.hocvuso.unit.LearnerGroup;
import vn.hocvuso.unit.Units;
import vn.hocvuso.village.LearnerPlaces;

/** The caller's own account: read it, change name, unit, organisation, village, class or password. */
@ApplicationScoped
public class AccountService {

    private final Users users;
    private final RoleGrants grants;
    private final Units units;
    private final LearnerPlaces places;
    private final PasswordHasher hasher;
    private final RefreshTokens refreshTokens;
    private final LoginThrottle throttle;
    private final AuditLog audit;
    private final Pool pool;

    public AccountService(
            Users users,
            RoleGrants grants,
            Units units,
            LearnerPlaces places,
            PasswordHasher hasher,
            RefreshTokens refreshTokens,
            LoginThrottle throttle,
            AuditLog audit,
            Pool pool) {
        this.users = users;
        this.grants = grants;
        this.units = units;
        this.places = places;
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
                .chain(newHash -> apply(userId, request, newHash))
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

    /**
     * The changes in one transaction, the account's row locked: two at once both apply, one after the other. A
     * unit change that names no village drops the old unit's village (the database does it: V95,
     * {@code app_user_place}).
     */
    private Uni<Profile> apply(UUID userId, UpdateProfileRequest request, String newHash) {
        return pool.withTransaction(tx -> users.findForUpdate(tx, userId).chain(user -> {
            if (user == null) {
                throw new ApiException(StatusCode.UNAUTHORIZED, "not_authenticated");
            }
            PlaceChange place = PlaceChange.of(request);
            return checkPlaces(tx, user, request, place)
                    // A column the request leaves out keeps its value; an empty one clears it.
                    .chain(() -> tx.preparedQuery("""
                            UPDATE app_user SET full_name = coalesce($2, full_name), unit_code = coalesce($3, unit_code),
                                   agency_id = CASE WHEN $4 THEN $5 ELSE agency_id END,
                                   password_hash = coalesce($6, password_hash), large_text = coalesce($7, large_text),
                                   village_id = CASE WHEN $8 THEN $9 ELSE village_id END,
                                   class_name = CASE WHEN $10 THEN $11 ELSE class_name END,
                                   updated_at = now()
                            WHERE id = $1
                            """)
                            .execute(Tuple.tuple()
                                    .addUUID(userId)
                                    .addString(request.fullName())
                                    .addString(request.unitCode())
                                    .addBoolean(place.organisation() != null)
                                    .addLong(
                                            place.organisation() == null
                                                    ? null
                                                    : place.organisation().orElse(null))
                                    .addString(newHash)
                                    .addBoolean(request.largeText())
                                    .addBoolean(request.villageId() != null)
                                    .addLong(
                                            request.villageId() == null
                                                    ? null
                                                    : request.villageId().orElse(null))
                                    .addBoolean(request.className() != null)
                                    .addString(
                                            request.className() == null
                                                    ? null
                                                    : request.className().orElse(null))))
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

    /**
     * The organisation a profile change names: {@code organisationId}, or its older name {@code agencyId}; null
     * when neither is sent, empty to remove it. {@code field} is the one the client used.
     */
    @SuppressWarnings("OptionalUsedAsFieldOrParameterType")
    private record PlaceChange(Optional<Long> organisation, String field) {

        @SuppressWarnings("OptionalAssignedToNull")
        static PlaceChange of(UpdateProfileRequest request) {
            if (request.organisationId() != null) {
                if (request.agencyId() != null && !request.agencyId().equals(request.organisationId())) {
                    throw ApiException.invalid("organisationId", "organisation_ambiguous");
                }
                return new PlaceChange(request.organisationId(), "organisationId");
            }
            return new PlaceChange(request.agencyId(), "agencyId");
        }
    }

    /** The unit, and the village, organisation and class against the learner's group and (new) unit: one 400. */
    private Uni<Void> checkPlaces(SqlClient tx, User user, UpdateProfileRequest request, PlaceChange place) {
        String unitCode = request.unitCode();
        Violations v = new Violations();
        return (unitCode == null
                        ? Uni.createFrom().voidItem()
                        : units.find(tx, unitCode)
                                .invoke(unit -> {
                                    if (unit == null) v.add("unitCode", "unit_not_found", unitCode);
                                })
                                .replaceWithVoid())
                .chain(() -> {
                    Long organisation = place.organisation() == null
                            ? null
                            : place.organisation().orElse(null);
                    if (organisation != null && user.learnerGroup() == LearnerGroup.CITIZEN) {
                        v.add(place.field(), "organisation_not_for_citizens");
                    }
                    if (request.className() != null
                            && request.className().isPresent()
                            && user.learnerGroup() != LearnerGroup.STUDENT) {
                        v.add("className", "class_only_for_students");
                    }
                    return places.check(
                            tx,
                            new LearnerPlaces.Choice(
                                    user.learnerGroup(),
                                    unitCode != null ? unitCode : user.unit().code(),
                                    request.villageId() == null
                                            ? null
                                            : request.villageId().orElse(null),
                                    organisation,
                                    place.field()),
                            v);
                })
                .invoke(v::throwIfAny);
    }
}
