package vn.hocvuso.identity;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.RestResponse.StatusCode;
import vn.hocvuso.audit.AuditLog;
import vn.hocvuso.common.ApiException;
import vn.hocvuso.common.Ids;
import vn.hocvuso.common.Page;
import vn.hocvuso.common.PageRequest;
import vn.hocvuso.common.Texts;
import vn.hocvuso.common.Violations;
import vn.hocvuso.identity.IdentityViews.GrantRoleRequest;
import vn.hocvuso.identity.IdentityViews.Profile;
import vn.hocvuso.identity.IdentityViews.RoleGrantView;
import vn.hocvuso.security.Role;
import vn.hocvuso.unit.AgencyRepository;
import vn.hocvuso.unit.UnitRepository;

/** The administrator's view of accounts, and the granting and revoking of manager roles. */
@ApplicationScoped
public class AdminUserService {

    /** Result of a grant: the grant, and whether it was made now (201) or already existed (200). */
    public record GrantResult(RoleGrantView grant, boolean created) {
    }

    private final UserRepository users;
    private final RoleGrantRepository grants;
    private final UnitRepository units;
    private final AgencyRepository agencies;
    private final AuditLog audit;
    private final RefreshTokens refreshTokens;

    public AdminUserService(UserRepository users, RoleGrantRepository grants, UnitRepository units,
            AgencyRepository agencies, AuditLog audit, RefreshTokens refreshTokens) {
        this.users = users;
        this.grants = grants;
        this.units = units;
        this.agencies = agencies;
        this.audit = audit;
        this.refreshTokens = refreshTokens;
    }

    /**
     * Accounts matching a search. The answer shows people's contact details, so each search is audited
     * with the accounts it showed (their ids; the search text itself, often a phone number, is not kept).
     */
    @WithTransaction
    public Uni<Page<Profile>> search(UUID actorId, String query, Role role, PageRequest page) {
        String q = Texts.escapeLike(Texts.cleanOrNull(query));
        String roleName = role == null ? null : role.name();
        return users.countMatching(q, roleName).chain(total -> users.searchIds(q, roleName, page)
                .chain(ids -> ids.isEmpty() ? Uni.createFrom().item(List.<Profile>of())
                        : users.findAllWithRefs(ids).chain(found -> grants.forUsers(ids).map(all -> {
                            Map<UUID, List<RoleGrant>> byUser = all.stream()
                                    .collect(Collectors.groupingBy(g -> g.userId));
                            return found.stream()
                                    .map(u -> Profile.of(u, byUser.getOrDefault(u.id, List.of()))).toList();
                        })))
                .call(items -> {
                    Map<String, Object> details = new HashMap<>();
                    details.put("search", q != null);
                    details.put("role", roleName);
                    details.put("page", page.page);
                    details.put("shown", items.stream().map(p -> p.id().toString()).toList());
                    return audit.record(actorId, "USERS_SEARCHED", "user", "search", details);
                })
                .map(items -> Page.of(items, page, total)));
    }

    /** Ends every session of an account ("log out everywhere"); audited. */
    public Uni<Integer> endSessions(UUID actorId, UUID userId) {
        return existing(userId).chain(() -> refreshTokens.endAllSessions(actorId, userId));
    }

    @WithSession
    Uni<Void> existing(UUID userId) {
        return requireUser(userId);
    }

    @WithSession
    public Uni<List<RoleGrantView>> grantsOf(UUID userId) {
        return requireUser(userId).chain(() -> grants.forUser(userId))
                .map(list -> list.stream().map(RoleGrantView::of).toList());
    }

    @WithTransaction
    public Uni<GrantResult> grant(UUID actorId, UUID userId, GrantRoleRequest request) {
        Violations v = new Violations();
        String unitCode = Texts.cleanOrNull(request.unitCode());
        Long agencyId = request.agencyId();
        switch (request.role()) {
            case UNIT_MANAGER -> {
                if (unitCode == null) v.add("unitCode", "required");
                if (agencyId != null) v.add("agencyId", "not_for_role");
            }
            case AGENCY_MANAGER -> {
                if (agencyId == null) v.add("agencyId", "required");
                if (unitCode != null) v.add("unitCode", "not_for_role");
            }
            case ADMIN -> {
                if (unitCode != null) v.add("unitCode", "not_for_role");
                if (agencyId != null) v.add("agencyId", "not_for_role");
            }
            default -> v.add("role", "invalid_choice");
        }
        v.throwIfAny();
        return requireUser(userId)
                .chain(() -> unitCode == null ? Uni.createFrom().voidItem() : units.findById(unitCode).invoke(u -> {
                    if (u == null) new Violations().add("unitCode", "unit_not_found", unitCode).throwIfAny();
                }).replaceWithVoid())
                .chain(() -> agencyId == null ? Uni.createFrom().voidItem() : agencies.findById(agencyId).invoke(a -> {
                    if (a == null) new Violations().add("agencyId", "agency_not_found", agencyId).throwIfAny();
                }).replaceWithVoid())
                .chain(() -> grants.findSame(userId, request.role(), unitCode, agencyId))
                .chain(existing -> {
                    if (existing != null) {
                        return Uni.createFrom().item(new GrantResult(RoleGrantView.of(existing), false));
                    }
                    RoleGrant grant = new RoleGrant();
                    grant.id = Ids.newId();
                    grant.userId = userId;
                    grant.role = request.role();
                    grant.unitCode = unitCode;
                    grant.agencyId = agencyId;
                    grant.grantedAt = OffsetDateTime.now(ZoneOffset.UTC);
                    grant.grantedBy = actorId;
                    return grants.persist(grant)
                            .call(() -> audit.record(actorId, "role.granted", "user", userId.toString(),
                                    details(grant)))
                            .map(saved -> new GrantResult(RoleGrantView.of(saved), true));
                });
    }

    @WithTransaction
    public Uni<Void> revoke(UUID actorId, UUID userId, UUID grantId) {
        return grants.findById(grantId).chain(grant -> {
            if (grant == null || !grant.userId.equals(userId)) {
                throw ApiException.notFound("grant_not_found");
            }
            if (grant.role == Role.ADMIN && userId.equals(actorId)) {
                throw new ApiException(StatusCode.CONFLICT, "cannot_revoke_own_admin");
            }
            return grants.delete(grant)
                    .call(() -> audit.record(actorId, "role.revoked", "user", userId.toString(), details(grant)));
        });
    }

    private Uni<Void> requireUser(UUID userId) {
        return users.findById(userId).invoke(user -> {
            if (user == null) {
                throw ApiException.notFound("user_not_found");
            }
        }).replaceWithVoid();
    }

    private static Map<String, Object> details(RoleGrant grant) {
        Map<String, Object> details = new HashMap<>();
        details.put("grantId", grant.id.toString());
        details.put("role", grant.role.name());
        details.put("unitCode", grant.unitCode);
        details.put("agencyId", grant.agencyId);
        return details;
    }
}
