package vn.hocvuso.roster;

import java.util.Set;

/**
 * Who uploads: the whole province ({@code all}); a manager, who may touch rows of any of their units
 * or agencies ({@code any}); or a service account, for which each non-empty limit must hold.
 */
record CallerScope(boolean all, boolean any, Set<String> units, Set<Long> agencies) {
    boolean allowed(String unit, Long agency) {
        if (all) {
            return true;
        }
        if (any) {
            return units.contains(unit) || (agency != null && agencies.contains(agency));
        }
        return (units.isEmpty() || units.contains(unit))
                && (agencies.isEmpty() || (agency != null && agencies.contains(agency)));
    }
}
