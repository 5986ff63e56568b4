package vn.hocvuso.security;

import java.util.Set;

/**
 * The part of the province a caller may see: everything, or some units and agencies. A learner counts
 * under their unit and, where they have one, their agency, so a learner is seen by whoever sees either.
 * The one rule behind the statistics' scope and the events a webhook subscription receives; built from
 * the verified token by {@link Caller#reach(Scope)}.
 */
public record Reach(boolean everything, Set<String> units, Set<Long> agencies) {

    public static final Reach NOTHING = new Reach(false, Set.of(), Set.of());
    public static final Reach ALL = new Reach(true, Set.of(), Set.of());

    public Reach {
        units = Set.copyOf(units);
        agencies = Set.copyOf(agencies);
    }

    public boolean coversUnit(String code) {
        return everything || units.contains(code);
    }

    public boolean coversAgency(Long id) {
        return everything || (id != null && agencies.contains(id));
    }

    public boolean coversLearner(String unitCode, Long agencyId) {
        return coversUnit(unitCode) || coversAgency(agencyId);
    }

    public boolean isNothing() {
        return !everything && units.isEmpty() && agencies.isEmpty();
    }
}
