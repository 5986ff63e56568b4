package vn.hocvuso.helper;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.hocvuso.audit.AuditLog;
import vn.hocvuso.common.ApiException;
import vn.hocvuso.common.Ids;
import vn.hocvuso.common.Page;
import vn.hocvuso.common.PageRequest;
import vn.hocvuso.common.Rows;
import vn.hocvuso.common.Violations;
import vn.hocvuso.helper.HelperViews.AssistedAccount;
import vn.hocvuso.helper.HelperViews.AssistedRegistrationRequest;
import vn.hocvuso.helper.HelperViews.AssistedReset;
import vn.hocvuso.helper.HelperViews.Helper;
import vn.hocvuso.helper.HelperViews.HelperActivity;
import vn.hocvuso.identity.AuthService;
import vn.hocvuso.identity.PasswordResets;
import vn.hocvuso.identity.PhoneVerifications;
import vn.hocvuso.limit.ClientAddress;
import vn.hocvuso.limit.Limits;
import vn.hocvuso.notification.Kind;
import vn.hocvuso.notification.NotificationService;

/**
 * Assisted access (plan 368-KH/TU, "Đại sứ số"): a unit's managers make some of its people helpers; a
 * helper registers a person who is with them, with the person's consent recorded, and starts a reset for
 * a person of their unit. The person's account is theirs alone: it is made without a password, and the
 * code to set one (or to reset it) goes to the person's own phone or e-mail, never to the helper. Every
 * act is audited with the unit in its details, which is what the managers' activity list reads.
 *
 * <p>A helper's right is read from {@code role_grant} at each act, not from the token: a revoked helper
 * stops at once rather than when their access token runs out.
 */
@ApplicationScoped
public class HelperService {

    /** The password of an account nobody has set one for yet: not a hash, so no password ever matches it. */
    static final String NO_PASSWORD_YET = "!assisted";
    /** What a helper did, as the managers' list shows it. */
    static final List<String> HELPER_ACTIONS = List.of("helper.registered", "helper.reset.started");

    private final Pool pool;
    private final AuthService auth;
    private final PasswordResets resets;
    private final PhoneVerifications verifications;
    private final Limits limits;
    private final AuditLog audit;
    private final Clock clock;
    private final Validator validator;

    public HelperService(
            Pool pool,
            AuthService auth,
            PasswordResets resets,
            PhoneVerifications verifications,
            Limits limits,
            AuditLog audit,
            Clock clock,
            Validator validator) {
        this.validator = validator;
        this.pool = pool;
        this.auth = auth;
        this.resets = resets;
        this.verifications = verifications;
        this.limits = limits;
        this.audit = audit;
        this.clock = clock;
    }

    // --- managers: who helps in the unit, and what they did -------------------------------------------

    public Uni<Page<Helper>> helpers(String unitCode, PageRequest page) {
        String from =
                " FROM role_grant g JOIN app_user u ON u.id = g.user_id WHERE g.role = 'HELPER' AND g.unit_code = $1";
        return pool.preparedQuery("SELECT count(*)" + from)
                .execute(Tuple.of(unitCode))
                .chain(count -> pool.preparedQuery("SELECT g.user_id, u.full_name, u.phone, g.granted_at" + from
                                + " ORDER BY u.full_name COLLATE vietnamese, g.id LIMIT $2 OFFSET $3")
                        .execute(Tuple.of(unitCode, page.size, page.offset()))
                        .map(rows -> {
                            List<Helper> items = new ArrayList<>();
                            rows.forEach(r -> items.add(new Helper(
                                    r.getUUID("user_id"),
                                    r.getString("full_name"),
                                    NotificationService.mask(r.getString("phone")),
                                    unitCode,
                                    instant(r, "granted_at"))));
                            return Page.of(items, page, count.iterator().next().getLong(0));
                        }));
    }

    /** Makes the account with this phone or e-mail, of this unit, a helper of it; 404 for anyone else. */
    public Uni<GrantResult> grant(UUID managerId, String unitCode, String login) {
        String key = AuthService.loginKey(login);
        return pool.withTransaction(tx -> tx.preparedQuery("SELECT id, full_name, phone FROM app_user WHERE "
                        + (key.contains("@") ? "email" : "phone") + " = $1 AND unit_code = $2")
                .execute(Tuple.of(key, unitCode))
                .chain(found -> {
                    Row person = Rows.one(found, "user_not_found");
                    UUID userId = person.getUUID("id");
                    UUID grantId = Ids.newId();
                    return tx.preparedQuery("""
                            INSERT INTO role_grant (id, user_id, role, unit_code, granted_at, granted_by)
                            VALUES ($1, $2, 'HELPER', $3, $4, $5)
                            ON CONFLICT (user_id, role, coalesce(unit_code, ''), coalesce(agency_id, 0), coalesce(province_code, ''))
                                DO NOTHING
                            RETURNING granted_at
                            """)
                            .execute(Tuple.of(grantId, userId, unitCode, now(), managerId))
                            .chain(inserted -> {
                                if (inserted.size() == 0) {
                                    return tx.preparedQuery(
                                                    "SELECT granted_at FROM role_grant WHERE user_id = $1 AND role = 'HELPER' AND unit_code = $2")
                                            .execute(Tuple.of(userId, unitCode))
                                            .map(rows -> new GrantResult(
                                                    helper(
                                                            person,
                                                            unitCode,
                                                            rows.iterator().next()),
                                                    false));
                                }
                                return audit.record(
                                                tx,
                                                managerId,
                                                "helper.granted",
                                                "user",
                                                userId.toString(),
                                                Map.of("unitCode", unitCode, "grantId", grantId.toString()))
                                        .map(ignored -> new GrantResult(
                                                helper(
                                                        person,
                                                        unitCode,
                                                        inserted.iterator().next()),
                                                true));
                            });
                }));
    }

    public record GrantResult(Helper helper, boolean created) {}

    public Uni<Void> revoke(UUID managerId, String unitCode, UUID userId) {
        return pool.withTransaction(tx -> tx.preparedQuery(
                        "DELETE FROM role_grant WHERE user_id = $1 AND role = 'HELPER' AND unit_code = $2 RETURNING id")
                .execute(Tuple.of(userId, unitCode))
                .chain(deleted -> {
                    if (deleted.size() == 0) {
                        throw ApiException.notFound("helper_not_found");
                    }
                    return audit.record(
                            tx,
                            managerId,
                            "helper.revoked",
                            "user",
                            userId.toString(),
                            Map.of(
                                    "unitCode",
                                    unitCode,
                                    "grantId",
                                    deleted.iterator().next().getUUID("id").toString()));
                }));
    }

    /** The helpers' acts in the unit, newest first; reading it is audited, as it names people. */
    public Uni<Page<HelperActivity>> activity(UUID readerId, String unitCode, PageRequest page) {
        String where = " WHERE e.action LIKE 'helper.%' AND e.action = ANY($2) AND e.details ->> 'unitCode' = $1";
        String[] actions = HELPER_ACTIONS.toArray(String[]::new);
        return pool.withTransaction(tx -> tx.preparedQuery("SELECT count(*) FROM audit_event e" + where)
                .execute(Tuple.tuple().addString(unitCode).addArrayOfString(actions))
                .chain(count -> tx.preparedQuery(
                                """
                        SELECT e.occurred_at, e.action, e.actor_id, a.full_name AS helper_name, s.id AS person_id,
                               s.full_name AS person_name
                        FROM audit_event e LEFT JOIN app_user a ON a.id = e.actor_id
                             LEFT JOIN app_user s ON s.id::text = e.subject_id
                        """ + where + " ORDER BY e.occurred_at DESC, e.id DESC LIMIT $3 OFFSET $4")
                        .execute(Tuple.tuple()
                                .addString(unitCode)
                                .addArrayOfString(actions)
                                .addInteger(page.size)
                                .addInteger(page.offset()))
                        .map(rows -> {
                            List<HelperActivity> items = new ArrayList<>();
                            rows.forEach(r -> items.add(new HelperActivity(
                                    instant(r, "occurred_at"),
                                    r.getString("action"),
                                    r.getUUID("actor_id"),
                                    r.getString("helper_name"),
                                    r.getUUID("person_id"),
                                    r.getString("person_name"))));
                            return Page.of(items, page, count.iterator().next().getLong(0));
                        }))
                .call(result -> audit.record(
                        tx,
                        readerId,
                        "helpers.activity.read",
                        "unit",
                        unitCode,
                        Map.of("page", page.page, "returned", result.items().size()))));
    }

    // --- helpers: registering a person, starting a reset ----------------------------------------------

    public Uni<AssistedAccount> register(UUID helperId, AssistedRegistrationRequest request, ClientAddress address) {
        // Validated here, not before: a helper of another unit hears 403 before anything about the fields.
        Violations v = Violations.of(validator.validate(request));
        AuthService.NewAccount account = AuthService.NewAccount.of(request, null);
        String consentText = request.consentText();
        // Scope before the rest: a helper of another unit learns nothing about this one's rules.
        Uni<Void> scope = account.unitCode() == null || v.has("unitCode")
                ? Uni.createFrom().voidItem()
                : requireHelperOf(helperId, account.unitCode());
        return scope.chain(() -> auth.checkReferences(account, v))
                .invoke(v::throwIfAny)
                .chain(() -> limits.registration(address, account.phone(), account.email()))
                .chain(() -> pool.withTransaction(tx -> store(tx, helperId, account, consentText)));
    }

    private Uni<AssistedAccount> store(
            SqlClient tx, UUID helperId, AuthService.NewAccount account, String consentText) {
        UUID userId = Ids.newId();
        boolean byPhone = account.phone() != null;
        // The setup code goes to the phone when there is one: typing it back proves the phone as well.
        boolean unverified = byPhone && verifications.required();
        Instant at = clock.instant();
        return auth.insertAccount(tx, userId, account, NO_PASSWORD_YET, unverified)
                .chain(() -> tx.preparedQuery("""
                        INSERT INTO assisted_registration (user_id, helper_id, unit_code, consent_text, consented_at)
                        VALUES ($1, $2, $3, $4, $5)
                        """)
                        .execute(Tuple.of(
                                userId, helperId, account.unitCode(), consentText, at.atOffset(ZoneOffset.UTC))))
                .chain(() -> resets.issue(tx, userId, Kind.ACCOUNT_SETUP_CODE, byPhone))
                .chain(() -> {
                    Map<String, Object> details = new HashMap<>();
                    details.put("unitCode", account.unitCode());
                    details.put("consentedAt", at.toString());
                    details.put("codeSentTo", byPhone ? "PHONE" : "EMAIL");
                    return audit.record(tx, helperId, "helper.registered", "user", userId.toString(), details);
                })
                .map(ignored -> new AssistedAccount(
                        userId, account.fullName(), account.unitCode(), byPhone ? "PHONE" : "EMAIL"));
    }

    /**
     * A reset code to a person of one of the helper's units, sent to the phone or e-mail typed (the
     * person's own). Anyone else, or an account holding a role (a manager could be talked into reading
     * their code out), is 404, as is a login no account has: nothing is learned beyond the helper's unit.
     */
    public Uni<AssistedReset> startReset(UUID helperId, String login, ClientAddress address) {
        String key = AuthService.loginKey(login);
        boolean phone = !key.contains("@");
        return limits.oneTimeCode("helper-reset", address, key)
                .chain(() -> pool.preparedQuery("""
                SELECT u.id, u.unit_code FROM app_user u
                WHERE u.""" + (phone ? "phone" : "email") + """
                 = $1
                  AND u.unit_code IN (SELECT h.unit_code FROM role_grant h WHERE h.user_id = $2 AND h.role = 'HELPER')
                  AND NOT EXISTS (SELECT 1 FROM role_grant g WHERE g.user_id = u.id)
                """)
                        .execute(Tuple.of(key, helperId)))
                .chain(rows -> {
                    Row person = Rows.one(rows, "user_not_found");
                    UUID userId = person.getUUID("id");
                    String via = phone ? "PHONE" : "EMAIL";
                    return pool.withTransaction(tx -> resets.issue(tx, userId, Kind.PASSWORD_RESET_CODE, phone)
                                    .chain(() -> audit.record(
                                            tx,
                                            helperId,
                                            "helper.reset.started",
                                            "user",
                                            userId.toString(),
                                            Map.of("unitCode", person.getString("unit_code"), "codeSentTo", via))))
                            .map(ignored -> new AssistedReset(via));
                });
    }

    /** 403 unless the caller is a helper of the unit now (not when their token was issued). */
    Uni<Void> requireHelperOf(UUID helperId, String unitCode) {
        return pool.preparedQuery("SELECT 1 FROM role_grant WHERE user_id = $1 AND role = 'HELPER' AND unit_code = $2")
                .execute(Tuple.of(helperId, unitCode))
                .invoke(rows -> {
                    if (rows.size() == 0) {
                        throw ApiException.forbidden();
                    }
                })
                .replaceWithVoid();
    }

    private static Helper helper(Row person, String unitCode, Row grant) {
        return new Helper(
                person.getUUID("id"),
                person.getString("full_name"),
                NotificationService.mask(person.getString("phone")),
                unitCode,
                instant(grant, "granted_at"));
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(Row r, String column) {
        OffsetDateTime t = r.getOffsetDateTime(column);
        return t == null ? null : t.toInstant();
    }
}
