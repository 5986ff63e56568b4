package vn.hocvuso.identity;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse.StatusCode;
import vn.hocvuso.audit.AuditLog;
import vn.hocvuso.common.ApiException;
import vn.hocvuso.common.Ids;
import vn.hocvuso.common.Texts;
import vn.hocvuso.common.Violations;
import vn.hocvuso.identity.IdentityViews.LoginRequest;
import vn.hocvuso.identity.IdentityViews.Profile;
import vn.hocvuso.identity.IdentityViews.RegisterRequest;
import vn.hocvuso.identity.IdentityViews.TokenResponse;
import vn.hocvuso.limit.ClientAddress;
import vn.hocvuso.limit.Limits;
import vn.hocvuso.limit.LoginThrottle;
import vn.hocvuso.limit.LoginThrottle.Attempt;
import vn.hocvuso.limit.LoginThrottle.Purpose;
import vn.hocvuso.stats.LearningFacts;
import vn.hocvuso.unit.LearnerGroup;
import vn.hocvuso.unit.Units;
import vn.hocvuso.village.LearnerPlaces;

/** Registration, login, token refresh and logout. */
@ApplicationScoped
public class AuthService {

    private static final Logger LOG = Logger.getLogger(AuthService.class);

    private final Users users;
    private final RoleGrants grants;
    private final Units units;
    private final LearnerPlaces places;
    private final PasswordHasher hasher;
    private final TokenIssuer tokens;
    private final RefreshTokens refreshTokens;
    private final LoginThrottle throttle;
    private final Limits limits;
    private final LearningFacts facts;
    private final AuditLog audit;
    private final Pool pool;
    private final PhoneVerifications verifications;

    private final Validator validator;

    public AuthService(
            Users users,
            RoleGrants grants,
            Units units,
            LearnerPlaces places,
            PasswordHasher hasher,
            TokenIssuer tokens,
            RefreshTokens refreshTokens,
            LoginThrottle throttle,
            Limits limits,
            LearningFacts facts,
            AuditLog audit,
            Pool pool,
            PhoneVerifications verifications,
            Validator validator) {
        this.validator = validator;
        this.users = users;
        this.grants = grants;
        this.units = units;
        this.places = places;
        this.hasher = hasher;
        this.tokens = tokens;
        this.refreshTokens = refreshTokens;
        this.throttle = throttle;
        this.limits = limits;
        this.facts = facts;
        this.audit = audit;
        this.pool = pool;
        this.verifications = verifications;
    }

    /** A registration after its checks, ready to store: the phone in E.164, the e-mail in lower case. */
    public record NewAccount(
            String fullName,
            String phone,
            String email,
            String password,
            LearnerGroup group,
            String unitCode,
            Long agencyId,
            String organisationField,
            Long villageId,
            String className) {

        /**
         * What the request says (whether it holds is its constraints' to say); blank reads as absent. The
         * organisation, named {@code organisationId} or by its older name {@code agencyId}, is kept in
         * {@code agencyId}, the column every organisation lives in.
         */
        public static NewAccount of(RegistrationRules.Fields r, String password) {
            String phone =
                    blank(r.phone()) ? null : PhoneNumbers.normalize(r.phone()).orElse(null);
            String email = blank(r.email()) ? null : r.email().toLowerCase(Locale.ROOT);
            return new NewAccount(
                    r.fullName(),
                    phone,
                    email,
                    password,
                    r.learnerGroup(),
                    blank(r.unitCode()) ? null : r.unitCode(),
                    r.organisation(),
                    r.organisationField(),
                    r.villageId(),
                    r.className());
        }

        private static boolean blank(String text) {
            return text == null || text.isEmpty();
        }
    }

    public Uni<Profile> register(RegisterRequest request, ClientAddress address) {
        Violations violations = Violations.of(validator.validate(request));
        NewAccount account = NewAccount.of(request, request.password());
        // References are checked even when other fields are wrong, so one answer names every field;
        // the limits come before the slow hash, which comes only after all checks, outside any transaction.
        return checkReferences(account, violations)
                .invoke(violations::throwIfAny)
                .chain(() -> limits.registration(address, account.phone(), account.email()))
                .chain(() -> hasher.hash(account.password()))
                .chain(hash -> store(account, hash))
                // The first code after the account committed: if it fails, "send again" on the next page mends it.
                .call(profile -> account.phone() != null && verifications.required()
                        ? verifications.start(profile.id())
                        : Uni.createFrom().voidItem());
    }

    /** The unit, and the village and organisation against it and the group (LearnerPlaces), into {@code v}. */
    public Uni<Void> checkReferences(NewAccount account, Violations v) {
        Uni<Void> unit = account.unitCode() == null || v.has("unitCode")
                ? Uni.createFrom().voidItem()
                : units.find(pool, account.unitCode())
                        .invoke(found -> {
                            if (found == null) v.add("unitCode", "unit_not_found", account.unitCode());
                        })
                        .replaceWithVoid();
        return unit.chain(() -> places.check(
                pool,
                new LearnerPlaces.Choice(
                        account.group(),
                        v.has("unitCode") ? null : account.unitCode(),
                        account.villageId(),
                        account.agencyId(),
                        account.organisationField()),
                v));
    }

    Uni<Profile> store(NewAccount account, String passwordHash) {
        return pool.withTransaction(tx -> store(tx, account, passwordHash));
    }

    private Uni<Profile> store(SqlClient tx, NewAccount account, String passwordHash) {
        // The places were checked before the hash; the database checks their fit again (V95, app_user_place).
        return units.find(tx, account.unitCode()).chain(unit -> {
            if (unit == null) {
                throw ApiException.invalid("unitCode", "unit_not_found", account.unitCode());
            }
            return ensureContactsFree(tx, account.phone(), account.email())
                    .chain(() -> insert(tx, account, passwordHash));
        });
    }

    private Uni<Profile> insert(SqlClient tx, NewAccount account, String passwordHash) {
        UUID id = Ids.newId();
        boolean phoneUnverified = account.phone() != null && verifications.required();
        return insertAccount(tx, id, account, passwordHash, phoneUnverified)
                .chain(() -> users.find(tx, id))
                .map(saved -> Profile.of(saved, List.of()));
    }

    /**
     * A new account and its {@code REGISTERED} fact, in the caller's transaction (a registration, or a
     * helper's for someone else). Two registrations with one phone at the same moment: the unique index
     * decides, and the loser's 409 phone_taken comes from the one mapping of unique violations
     * (common.Failures).
     */
    public Uni<Void> insertAccount(
            SqlClient tx, UUID id, NewAccount account, String passwordHash, boolean phoneUnverified) {
        return users.insert(
                        tx,
                        new Users.NewUser(
                                id,
                                account.fullName(),
                                account.phone(),
                                account.email(),
                                passwordHash,
                                account.group(),
                                account.unitCode(),
                                account.agencyId(),
                                account.villageId(),
                                account.className(),
                                phoneUnverified))
                .chain(() -> facts.record(
                        tx,
                        LearningFacts.Kind.REGISTERED,
                        new LearningFacts.Learner(
                                id,
                                account.unitCode(),
                                account.agencyId(),
                                account.group().name()),
                        null,
                        null,
                        null));
    }

    /** 409 on the first contact already used by another account. */
    private Uni<Void> ensureContactsFree(SqlClient tx, String phone, String email) {
        Uni<Boolean> phoneTaken = phone == null ? Uni.createFrom().item(false) : users.phoneTaken(tx, phone);
        return phoneTaken
                .chain(taken -> {
                    if (taken) {
                        throw ApiException.conflict("phone_taken", "phone");
                    }
                    return email == null ? Uni.createFrom().item(false) : users.emailTaken(tx, email);
                })
                .invoke(taken -> {
                    if (taken) {
                        throw ApiException.conflict("email_taken", "email");
                    }
                })
                .replaceWithVoid();
    }

    public Uni<TokenResponse> login(LoginRequest request, ClientAddress address) {
        String key = loginKey(request.login());
        Attempt attempt = new Attempt(Purpose.LOGIN, key, address);
        return throttle.check(attempt)
                .chain(() -> users.findByLogin(pool, key))
                .chain(user -> hasher.verify(request.password(), user == null ? null : user.passwordHash())
                        .chain(matches -> !matches
                                ? fail(attempt, user)
                                // Said only to whoever knows the password: the number is not proven yet.
                                : user.phoneUnverified() && verifications.required()
                                        ? Uni.createFrom()
                                                .failure(new ApiException(StatusCode.FORBIDDEN, "phone_not_verified"))
                                        : succeed(attempt, user.id())));
    }

    /** The normalised identifier: an E.164 phone, a lower-cased e-mail, or the cleaned text as typed. */
    public static String loginKey(String login) {
        String cleaned = Texts.clean(login);
        if (cleaned.contains("@")) {
            return cleaned.toLowerCase(Locale.ROOT);
        }
        return PhoneNumbers.normalize(cleaned).orElse(cleaned);
    }

    /** A session starts and the login is audited in one transaction, unless a lock started meanwhile. */
    private Uni<TokenResponse> succeed(Attempt attempt, UUID userId) {
        UUID sessionId = Ids.newId();
        return pool.withTransaction(tx -> throttle.succeeded(tx, attempt)
                        .chain(() -> refreshTokens.start(tx, userId, sessionId))
                        .call(() -> audit.record(
                                tx,
                                userId,
                                "login.succeeded",
                                "user",
                                userId.toString(),
                                Map.of("address", attempt.address().address()))))
                .chain(refresh ->
                        grantsOf(userId).map(userGrants -> tokenResponse(userId, sessionId, userGrants, refresh)));
    }

    private Uni<TokenResponse> fail(Attempt attempt, User user) {
        return throttle.failed(
                        attempt,
                        user == null ? null : "user",
                        user == null ? null : user.id().toString())
                .chain(failures -> {
                    Duration slowdown = throttle.slowdown(failures);
                    Uni<Void> wait = Uni.createFrom().voidItem();
                    if (!slowdown.isZero()) {
                        wait = wait.onItem().delayIt().by(slowdown); // a timer, not a sleeping thread
                    }
                    return wait.map(ignored -> {
                        throw new ApiException(StatusCode.UNAUTHORIZED, "invalid_credentials");
                    });
                });
    }

    public Uni<TokenResponse> refresh(String presented, ClientAddress address) {
        // Both limits before the rotation: a refused refresh leaves the presented token usable.
        return limits.refreshFrom(address)
                .chain(() -> refreshTokens.ownerOf(presented))
                .chain(owner -> owner == null ? Uni.createFrom().voidItem() : limits.refreshOf(owner))
                .chain(() -> refreshTokens.rotate(presented))
                .chain(rotation -> switch (rotation) {
                    case RefreshTokens.Rotation.Refused refused -> {
                        if (refused.reuseDetected()) {
                            // A used token came back: someone may hold a copy. The session is already revoked;
                            // this line is for whoever watches the logs for attacks.
                            LOG.warnf(
                                    "Refresh token reused: session %s of user %s revoked",
                                    refused.sessionId(), refused.userId());
                        }
                        throw new ApiException(StatusCode.UNAUTHORIZED, "invalid_refresh_token");
                    }
                    case RefreshTokens.Rotation.Rotated rotated ->
                        grantsOf(rotated.userId())
                                .map(userGrants -> new TokenResponse(
                                        tokens.accessToken(rotated.userId(), rotated.sessionId(), userGrants),
                                        "Bearer",
                                        tokens.accessTokenSeconds(),
                                        rotated.newToken(),
                                        rotated.expiresInSeconds()));
                });
    }

    public Uni<Void> logout(String presented) {
        return refreshTokens.revokeSessionOf(presented);
    }

    private Uni<List<RoleGrant>> grantsOf(UUID userId) {
        return grants.forUser(pool, userId);
    }

    private TokenResponse tokenResponse(UUID userId, UUID sessionId, List<RoleGrant> userGrants, String refresh) {
        return new TokenResponse(
                tokens.accessToken(userId, sessionId, userGrants),
                "Bearer",
                tokens.accessTokenSeconds(),
                refresh,
                refreshTokens.ttlSeconds());
    }
}
