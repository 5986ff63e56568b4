package vn.hocvuso.roster;

import io.quarkus.security.ForbiddenException;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse.StatusCode;
import vn.hocvuso.common.ApiException;
import vn.hocvuso.security.Caller;
import vn.hocvuso.security.Reach;
import vn.hocvuso.security.Role;
import vn.hocvuso.security.Scope;

/** Who may import what, and who may see an import once it is queued. */
@ApplicationScoped
public class RosterAccess {

    private final Pool pool;

    public RosterAccess(Pool pool) {
        this.pool = pool;
    }

    /**
     * Who may import what: an administrator everything; a manager their units or the organisations their
     * reach covers (a department's manager its schools and hospitals too, as {@link Caller#reach} has it
     * for the figures); a service account its limits.
     */
    static CallerScope scopeOf(Caller caller) {
        if (caller.isService()) {
            caller.requireAdminOr(Scope.ROSTERS_WRITE);
            Reach reach = caller.reach(Scope.ROSTERS_WRITE);
            return new CallerScope(reach.everything(), false, reach.units(), reach.agencies());
        }
        if (caller.isAdmin()) {
            return new CallerScope(true, false, Set.of(), Set.of());
        }
        Reach reach = caller.reach(Scope.ROSTERS_WRITE);
        if (reach.isNothing()) {
            throw new ForbiddenException();
        }
        return new CallerScope(false, true, reach.units(), reach.agencies());
    }

    /**
     * Whom a roster's rows become. Without an organisation: public servants of any agencies, each row
     * naming its own ({@code group} may only be theirs). With one: it must exist (404
     * {@code organisation_not_found}), be the caller's (an administrator, an agency manager whose reach
     * covers it, a service account with {@code rosters:write} whose limits do; else 403
     * {@code organisation_out_of_scope}), be open (400 {@code organisation_closed}), and import the group
     * asked for (400 {@code roster_group_not_allowed}: see {@link RosterTarget#groupFor}).
     */
    Uni<RosterTarget> target(Caller caller, Long organisationId, String group) {
        if (organisationId == null) {
            if (group != null && !RosterTarget.PUBLIC_SERVANTS.equals(group)) {
                return Uni.createFrom()
                        .failure(new ApiException(StatusCode.BAD_REQUEST, "roster_group_not_allowed", group));
            }
            return Uni.createFrom().item(RosterTarget.ANY_AGENCY);
        }
        return pool.preparedQuery("""
                SELECT kind, unit_code, closed_on IS NOT NULL AND closed_on <= current_date AS closed
                FROM agency WHERE id = $1
                """).execute(Tuple.of(organisationId)).map(rows -> {
            if (rows.size() == 0) {
                throw ApiException.notFound("organisation_not_found");
            }
            if (!caller.reach(Scope.ROSTERS_WRITE).coversAgency(organisationId)) {
                throw new ApiException(StatusCode.FORBIDDEN, "organisation_out_of_scope");
            }
            Row r = rows.iterator().next();
            if (r.getBoolean("closed")) {
                throw new ApiException(StatusCode.BAD_REQUEST, "organisation_closed");
            }
            String resolved = RosterTarget.groupFor(r.getString("kind"), group);
            if (resolved == null) {
                throw new ApiException(StatusCode.BAD_REQUEST, "roster_group_not_allowed", group);
            }
            return new RosterTarget(organisationId, r.getString("unit_code"), resolved);
        });
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
