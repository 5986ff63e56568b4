package vn.hocvuso.identity;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import vn.hocvuso.security.Role;

@ApplicationScoped
@WithSession
public class RoleGrantRepository implements PanacheRepositoryBase<RoleGrant, UUID> {

    public Uni<List<RoleGrant>> forUser(UUID userId) {
        return list("userId = ?1 ORDER BY grantedAt, id", userId);
    }

    public Uni<List<RoleGrant>> forUsers(Collection<UUID> userIds) {
        return list("userId IN ?1 ORDER BY grantedAt, id", userIds);
    }

    public Uni<RoleGrant> findSame(UUID userId, Role role, String unitCode, Long agencyId) {
        return find("userId = ?1 AND role = ?2 AND coalesce(unitCode, '') = ?3 AND coalesce(agencyId, 0) = ?4",
                userId, role, unitCode == null ? "" : unitCode, agencyId == null ? 0L : agencyId).firstResult();
    }

    public Uni<Boolean> anyAdmin() {
        return count("role", Role.ADMIN).map(n -> n > 0);
    }
}
