package vn.hocvuso.security;

import java.util.Set;

/**
 * The units and organisations of provinces: what a province administrator's reach is made of. Implemented by the
 * organisation tree ({@code organisation.OrganisationTree}), which keeps them in memory with the tree, so that
 * {@link Caller#reach} needs no lookup per request; declared here so that this package depends on no feature.
 * Before the first reading it knows no place: a province administrator then reaches nothing (never more).
 */
public interface ProvincePlaces {

    /** The codes of the units of these provinces. */
    Set<String> unitsOf(Set<String> provinces);

    /** The ids of the organisations of these provinces (closed and merged ones too: their past is the province's). */
    Set<Long> organisationsOf(Set<String> provinces);

    /** The provinces of these units and organisations (unknown ones: none). */
    Set<String> provincesOf(Set<String> units, Set<Long> organisations);
}
