package vn.hocvuso.identity;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.RestResponse.StatusCode;
import vn.hocvuso.audit.AuditLog;
import vn.hocvuso.common.ApiException;
import vn.hocvuso.common.Ids;
import vn.hocvuso.common.Page;
import vn.hocvuso.common.PageRequest;
import vn.hocvuso.common.Texts;
import vn.hocvuso.identity.IdentityViews.GrantRoleRequest;
import vn.hocvuso.identity.IdentityViews.Profile;
import vn.hocvuso.identity.IdentityViews.RoleGrantView;
import vn.hocvuso.province.Provinces;
import vn.hocvuso.security.Reach;
import vn.hocvuso.security.Role;
import vn.hocvuso.unit.Agencies;
import vn.hocvuso.unit.Units;

/**
 * The administrator's view of accounts, and the granting and revoking of manager roles. Each method takes the
 * people its caller administers ({@code security.Caller#administered}): everyone for the national administrator;
 * for a province administrator those of its province's units, who are the only accounts it finds (anyone else:
 * 404 {@code user_not_found}), to whom it grants and from whom it revokes only the roles of its province's units
 * and organisations (UNIT_MANAGER, AGENCY_MANAGER; anything else 403).
 */
@ApplicationScoped
public class AdminUserService {

    /** Result of a grant: the grant, and whether it was made now (201) or already existed (200). */
    public record GrantResult(RoleGrantView grant, boolean created) {}

    private final Users users;
    private final RoleGrants grants;
    private final Units units;
    private final Agencies agencies;
    private final AuditLog audit;
    private final RefreshTokens refreshTokens;
    private final Pool pool;
    private final Provinces provinces;

    public AdminUserService(
            Users users,
            RoleGrants grants,
            Units units,
            Agencies agencies,
            AuditLog audit,
            RefreshTokens refreshTokens,
            Pool pool,
            Provinces provinces) {
        this.users = users;
        this.grants = grants;
        this.units = units;
        this.agencies = agencies;
        this.audit = audit;
        this.refreshTokens = refreshTokens;
        this.pool = pool;
        this.provinces = provinces;
    }

    /**
     * Accounts matching a search. The answer shows people's contact details, so each search is audited
     * with the accounts it showed (their ids; the search text itself, often a phone number, is not kept).
     */
    public Uni<Page<Profile>> search(UUID actorId, Reach reach, String query, Role role, PageRequest page) {
        String q = Texts.escapeLike(Texts.cleanOrNull(query));
        String roleName = role == null ? null : role.name();
        Set<String> units = reach.everything() ? null : reach.units();
        return pool.withTransaction(tx -> users.countMatching(tx, q, roleName, units)
                .chain(total -> users.search(tx, q, roleName, units, page)
                        .chain(found -> found.isEmpty()
                                ? Uni.createFrom().item(List.<Profile>of())
                                : grants.forUsers(
                                                tx, found.stream().map(User::id).toList())
                                        .map(all -> {
                                            Map<UUID, List<RoleGrant>> byUser =
                                                    all.stream().collect(Collectors.groupingBy(RoleGrant::userId));
                                            return found.stream()
                                                    .map(u -> Profile.of(u, byUser.getOrDefault(u.id(), List.of())))
                                                    .toList();
                                        }))
                        .call(items -> {
                            Map<String, Object> details = new HashMap<>();
                            details.put("search", q != null);
                            details.put("role", roleName);
                            details.put("page", page.page);
                            details.put(
                                    "shown",
                                    items.stream().map(p -> p.id().toString()).toList());
                            return audit.record(tx, actorId, "USERS_SEARCHED", "user", "search", details);
                        })
                        .map(items -> Page.of(items, page, total))));
    }

    /** Ends every session of an account ("log out everywhere"); audited. */
    public Uni<Integer> endSessions(UUID actorId, UUID userId) {
        return requireUser(pool, userId, Reach.ALL).chain(() -> refreshTokens.endAllSessions(actorId, userId));
    }

    public Uni<List<RoleGrantView>> grantsOf(Reach reach, UUID userId) {
        return requireUser(pool, userId, reach)
                .chain(() -> grants.forUser(pool, userId))
                .map(list -> list.stream().map(RoleGrantView::of).toList());
    }

    /**
     * What {@code find} reads of the place a grant names ({@code key}), null when it names none; 400 {@code code} on
     * {@code field} when it names one that does not exist.
     */
    private static <K, R> Uni<R> named(K key, Function<K, Uni<R>> find, String field, String code) {
        if (key == null) {
            return Uni.createFrom().nullItem();
        }
        return find.apply(key).invoke(found -> {
            if (found == null) {
                throw ApiException.invalid(field, code, key);
            }
        });
    }

    public Uni<GrantResult> grant(UUID actorId, Reach reach, UUID userId, GrantRoleRequest request) {
        String unitCode = request.unitCodeOrNull();
        Long agencyId = request.agencyId();
        String provinceCode = request.provinceCodeOrNull();
        return pool.withTransaction(tx -> requireUser(tx, userId, reach)
                .chain(() -> named(provinceCode, code -> provinces.find(tx, code), "provinceCode", "unknown_province"))
                .chain(() -> named(unitCode, code -> units.find(tx, code), "unitCode", "unit_not_found"))
                .chain(() -> named(agencyId, id -> agencies.isOpen(tx, id), "agencyId", "agency_not_found")
                        .invoke(open -> {
                            // A closed organisation has nobody to manage: reopen it first.
                            if (Boolean.FALSE.equals(open)) {
                                throw new ApiException(StatusCode.CONFLICT, "organisation_closed");
                            }
                        }))
                .invoke(() -> requireWithin(reach, request.role(), unitCode, agencyId))
                .chain(() -> grants.findSame(tx, userId, request.role(), unitCode, agencyId, provinceCode))
                .chain(existing -> {
                    if (existing != null) {
                        return Uni.createFrom().item(new GrantResult(RoleGrantView.of(existing), false));
                    }
                    RoleGrant grant = new RoleGrant(
                            Ids.newId(),
                            userId,
                            request.role(),
                            unitCode,
                            agencyId,
                            provinceCode,
                            OffsetDateTime.now(ZoneOffset.UTC),
                            actorId);
                    return grants.insert(tx, grant)
                            .call(() -> audit.record(
                                    tx, actorId, "role.granted", "user", userId.toString(), details(grant)))
                            .replaceWith(new GrantResult(RoleGrantView.of(grant), true));
                }));
    }

    public Uni<Void> revoke(UUID actorId, Reach reach, UUID userId, UUID grantId) {
        return pool.withTransaction(tx -> requireUser(tx, userId, reach)
                .chain(() -> grants.find(tx, grantId))
                .chain(grant -> {
                    if (grant == null || !grant.userId().equals(userId)) {
                        throw ApiException.notFound("grant_not_found");
                    }
                    requireWithin(reach, grant.role(), grant.unitCode(), grant.agencyId());
                    if (grant.role() == Role.ADMIN && userId.equals(actorId)) {
                        throw new ApiException(StatusCode.CONFLICT, "cannot_revoke_own_admin");
                    }
                    return grants.delete(tx, grant.id())
                            .call(() -> audit.record(
                                    tx, actorId, "role.revoked", "user", userId.toString(), details(grant)));
                }));
    }

    /** The account, of a unit {@code reach} covers; 404 {@code user_not_found} otherwise (another province's). */
    private Uni<Void> requireUser(SqlClient client, UUID userId, Reach reach) {
        return users.find(client, userId)
                .invoke(user -> {
                    if (user == null || !reach.coversUnit(user.unit().code())) {
                        throw ApiException.notFound("user_not_found");
                    }
                })
                .replaceWithVoid();
    }

    /**
     * A role a province administrator may grant or revoke: a manager of one of its units or organisations; an
     * administrator's role, a helper's (granted by the unit's page) or another province's place: 403.
     */
    private static void requireWithin(Reach reach, Role role, String unitCode, Long agencyId) {
        if (reach.everything()) {
            return;
        }
        boolean within = switch (role) {
            case UNIT_MANAGER -> reach.coversUnit(unitCode);
            case AGENCY_MANAGER -> reach.coversAgency(agencyId);
            default -> false;
        };
        if (!within) {
            throw ApiException.forbidden();
        }
    }

    private static Map<String, Object> details(RoleGrant grant) {
        Map<String, Object> details = new HashMap<>();
        details.put("grantId", grant.id().toString());
        details.put("role", grant.role().name());
        details.put("unitCode", grant.unitCode());
        details.put("agencyId", grant.agencyId());
        details.put("provinceCode", grant.provinceCode());
        return details;
    }
}
