package vn.hocvuso.stats;

import jakarta.enterprise.context.RequestScoped;
import java.util.Set;
import vn.hocvuso.common.ApiException;
import vn.hocvuso.security.Caller;
import vn.hocvuso.security.Reach;
import vn.hocvuso.security.Role;
import vn.hocvuso.security.Scope;

/**
 * What part of the province the caller's figures may cover, read from the verified token alone
 * ({@link Caller#reach}, with {@code stats:read} as the scope a service account needs): an
 * administrator (or a service account with {@code stats:read} and no limits) sees everything, a province
 * administrator every unit and organisation of its province (never every province side by side), a unit
 * manager the units of its grants, an agency manager the agencies of its grants, a limited service
 * account its limits.
 */
@RequestScoped
public class StatsScope {

    private final Caller caller;

    public StatsScope(Caller caller) {
        this.caller = caller;
    }

    /** What the caller may read of the figures; its units and organisations say which provinces' they are. */
    public Reach reach() {
        return caller.reach(Scope.STATS_READ);
    }

    public boolean everything() {
        return reach().everything();
    }

    /** The units whose figures the caller may read, beyond {@link #everything()}. */
    public Set<String> unitScope() {
        return reach().units();
    }

    /** The agencies whose figures the caller may read, beyond {@link #everything()}. */
    public Set<Long> agencyScope() {
        return reach().agencies();
    }

    /** May read the province's aggregate figures: anyone who reads any figures. */
    public void requireReader() {
        require(!reach().isNothing());
    }

    /** May read every province's figures side by side: whoever sees everything (an administrator, an unlimited reader). */
    public void requireEverything() {
        require(everything());
    }

    /** May list units (all, or those in scope). */
    public void requireUnitReader() {
        require(everything() || !unitScope().isEmpty());
    }

    /** May list agencies (all, or those in scope). */
    public void requireAgencyReader() {
        require(everything() || !agencyScope().isEmpty());
    }

    /** May read one unit's figures. */
    public void requireUnit(String code) {
        require(canSeeUnit(code));
    }

    /** May read one agency's figures. */
    public void requireAgency(long id) {
        require(canSeeAgency(id));
    }

    public boolean canSeeUnit(String code) {
        return reach().coversUnit(code);
    }

    public boolean canSeeAgency(long id) {
        return reach().coversAgency(id);
    }

    /** 403 unless {@code allowed}: {@code insufficient_scope} for a service account without {@code stats:read}. */
    private void require(boolean allowed) {
        if (!allowed) {
            throw caller.refusal(Scope.STATS_READ);
        }
    }

    /** Personal data of a unit's learners: only the people who manage that unit, never a service account. */
    public void requireManagerOf(String unitCode) {
        if (caller.isService()
                || !caller.has(Role.UNIT_MANAGER.name())
                || !caller.units().contains(unitCode)) {
            throw ApiException.forbidden();
        }
    }
}
