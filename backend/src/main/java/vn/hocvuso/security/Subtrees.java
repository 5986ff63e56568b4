package vn.hocvuso.security;

import java.util.Set;

/**
 * The organisations below others: a manager granted on a department reaches the schools and hospitals
 * under it. Implemented by the organisation tree ({@code organisation.OrganisationTree}), which keeps the
 * tree in memory so that {@link Caller#reach} still needs no lookup per request; declared here so that
 * this package depends on no feature.
 */
public interface Subtrees {

    /**
     * The given organisations, every organisation below them and every one merged into any of them (a
     * merged organisation's people and figures count for the one it went to), as the tree stood at its
     * last reading.
     */
    Set<Long> withDescendants(Set<Long> roots);
}
