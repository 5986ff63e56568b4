package vn.hocvuso.stats;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import vn.hocvuso.common.ApiException;
import vn.hocvuso.security.Reach;
import vn.hocvuso.stats.StatsData.AgencyInfo;
import vn.hocvuso.stats.StatsData.Cell;
import vn.hocvuso.stats.StatsData.Snapshot;
import vn.hocvuso.stats.StatsData.UnitInfo;

/**
 * One or more provinces' part of a response's read: their units, organisations and rollup cells, their days
 * of facts, their targets (issue 15). A caller limited to some units or organisations is shown their
 * provinces' figures, never the sum over every province's. When the read holds nothing of another province
 * (one province's deployment, the usual case) the read itself is the slice: the same objects, so the
 * statistics' caches, which compare what they worked from by identity, keep working as before.
 *
 * @param provinces the provinces of the slice; null for every one (a caller who sees everything)
 * @param places the units and organisations kept when the cut left something out; null when it did not
 */
record ProvinceSlice(Set<String> provinces, Snapshot snap, Places places) {

    /** The provinces a caller reaches: those of the units and organisations it may read (null: all). */
    static Set<String> of(Snapshot snap, Reach reach) {
        if (reach.everything()) {
            return null;
        }
        Set<String> out = new HashSet<>();
        snap.units().stream().filter(u -> reach.coversUnit(u.code())).forEach(u -> out.add(u.provinceCode()));
        snap.agencies().stream().filter(a -> reach.coversAgency(a.id())).forEach(a -> out.add(a.provinceCode()));
        return out;
    }

    /**
     * The province a caller asks for ({@code asked}; null: every one it reaches, {@link #of(Snapshot, Reach)}):
     * 404 {@code province_not_found} for one with no unit, 403 for one the caller does not reach (an
     * administrator and an unlimited service account reach every one).
     */
    static Set<String> of(Snapshot snap, Reach reach, String asked) {
        Set<String> reached = of(snap, reach);
        if (asked == null) {
            return reached;
        }
        if (snap.units().stream().noneMatch(u -> u.provinceCode().equals(asked))) {
            throw ApiException.notFound("province_not_found", asked);
        }
        if (reached != null && !reached.contains(asked)) {
            throw ApiException.forbidden();
        }
        return Set.of(asked);
    }

    /** The province of one unit (an empty set for an unknown one: the answer then says it is not found). */
    static Set<String> ofUnit(Snapshot snap, String code) {
        return snap.units().stream()
                .filter(u -> u.code().equals(code))
                .map(u -> Set.of(u.provinceCode()))
                .findFirst()
                .orElse(Set.of());
    }

    /** The province of one organisation. */
    static Set<String> ofAgency(Snapshot snap, long id) {
        return snap.agencies().stream()
                .filter(a -> a.id() == id)
                .map(a -> Set.of(a.provinceCode()))
                .findFirst()
                .orElse(Set.of());
    }

    /** {@code snap} cut to {@code provinces} (null: all of it), the same snapshot when nothing is left out. */
    static ProvinceSlice cut(Snapshot snap, Set<String> provinces) {
        if (provinces == null
                || snap.units().stream().allMatch(u -> provinces.contains(u.provinceCode()))
                        && snap.agencies().stream().allMatch(a -> provinces.contains(a.provinceCode()))) {
            return new ProvinceSlice(provinces, snap, null);
        }
        List<UnitInfo> units = snap.units().stream()
                .filter(u -> provinces.contains(u.provinceCode()))
                .toList();
        List<AgencyInfo> agencies = snap.agencies().stream()
                .filter(a -> provinces.contains(a.provinceCode()))
                .toList();
        Places places = new Places(
                units.stream().map(UnitInfo::code).collect(Collectors.toSet()),
                agencies.stream().map(AgencyInfo::id).collect(Collectors.toSet()));
        List<Cell> cells = snap.cells().stream()
                .filter(c -> places.in(c.unit(), c.agency()))
                .toList();
        Map<String, StatsData.UnitDen> unitDens = new HashMap<>(snap.unitDens());
        unitDens.keySet().retainAll(places.units());
        Map<Long, StatsData.AgencyDen> agencyDens = new HashMap<>(snap.agencyDens());
        agencyDens.keySet().retainAll(places.agencies());
        return new ProvinceSlice(
                provinces,
                new Snapshot(snap.asOf(), snap.today(), cells, units, agencies, unitDens, agencyDens),
                places);
    }

    /** Whether anything was left out: the answer then works out what today's answers share itself. */
    boolean sliced() {
        return places != null;
    }

    /** The days of facts of the slice's places; the same days when nothing was left out. */
    NavigableMap<LocalDate, DailyFacts.Day> days(NavigableMap<LocalDate, DailyFacts.Day> days) {
        if (places == null) {
            return days;
        }
        NavigableMap<LocalDate, DailyFacts.Day> out = new TreeMap<>();
        days.forEach((day, facts) -> out.put(day, facts.within(place -> places.in(place.unit(), place.agency()))));
        return out;
    }

    /** The units and organisations a cut kept. */
    private record Places(Set<String> units, Set<Long> agencies) {

        /** A learner's place is in the slice by its unit, or by its organisation when it has no unit. */
        boolean in(String unit, long agency) {
            return unit != null ? units.contains(unit) : agency != 0 && agencies.contains(agency);
        }
    }
}
