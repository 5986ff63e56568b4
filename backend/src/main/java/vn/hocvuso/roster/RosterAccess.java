package vn.hocvuso.roster;

import io.quarkus.security.ForbiddenException;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.UUID;
import vn.hocvuso.common.ApiException;
import vn.hocvuso.roster.RosterPlanner.CallerScope;
import vn.hocvuso.security.Caller;
import vn.hocvuso.security.Role;
import vn.hocvuso.security.Scope;

/** Who may import what, and who may see an import once it is queued. */
@ApplicationScoped
public class RosterAccess {

    private final Pool pool;

    public RosterAccess(Pool pool) {
        this.pool = pool;
    }

    /** Who may import what: an administrator everything; a manager their units or agencies; a service account its limits. */
    static CallerScope scopeOf(Caller caller) {
        if (caller.isService()) {
            caller.requireAdminOr(Scope.ROSTERS_WRITE);
            Set<String> units = caller.units();
            Set<Long> agencies = caller.agencies();
            return new CallerScope(units.isEmpty() && agencies.isEmpty(), false, units, agencies);
        }
        if (caller.isAdmin()) {
            return new CallerScope(true, false, Set.of(), Set.of());
        }
        Set<String> units = caller.has(Role.UNIT_MANAGER.name()) ? caller.units() : Set.of();
        Set<Long> agencies = caller.has(Role.AGENCY_MANAGER.name()) ? caller.agencies() : Set.of();
        if (units.isEmpty() && agencies.isEmpty()) {
            throw new ForbiddenException();
        }
        return new CallerScope(false, true, units, agencies);
    }

    /** The uploader (same account or service account) or an administrator; anyone else is told it does not exist. */
    Uni<Void> owned(Caller caller, UUID id) {
        boolean admin = caller.isAdmin();
        if (!admin
                && !caller.isService()
                && !caller.has(Role.UNIT_MANAGER.name())
                && !caller.has(Role.AGENCY_MANAGER.name())) {
            throw new ForbiddenException();
        }
        if (caller.isService()) {
            caller.requireAdminOr(Scope.ROSTERS_WRITE);
        }
        return pool.preparedQuery("SELECT caller_key FROM roster_import WHERE id = $1")
                .execute(Tuple.of(id))
                .invoke(rows -> {
                    if (rows.size() == 0
                            || !(admin || rows.iterator().next().getString(0).equals(caller.key()))) {
                        throw ApiException.notFound("import_not_found");
                    }
                })
                .replaceWithVoid();
    }
}
