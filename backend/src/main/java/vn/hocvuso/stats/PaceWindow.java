package vn.hocvuso.stats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.hocvuso.stats.DailyFacts.Day;
import vn.hocvuso.stats.DailyFacts.KindCounts;

/**
 * The pace window's facts summed once per response, per unit, organisation (0 = none) and group: the
 * pace of every target and every place of it is then one pass over a few thousand sums, not over each
 * day's rows again for each target (at a million learners the window holds about 190,000 rows of
 * {@code stat_daily}, and the province summary alone measures four targets bound to organisations).
 * Each {@link Day} brings its own sums, cached with it, so a response merges 28 days of sums.
 */
record PaceWindow(int days, List<Sum> sums, Map<String, List<Sum>> byUnit, Map<Long, List<Sum>> byAgency) {

    /** Where facts count: a unit, an organisation (0 = none) and a learner group. */
    record Place(String unit, long agency, String group) {}

    /** What happened in one place over the window. */
    record Sum(Place place, KindCounts counts) {}

    static PaceWindow of(Map<LocalDate, Day> days) {
        Map<Place, KindCounts> merged = new HashMap<>();
        for (Day day : days.values()) {
            day.byPlace().forEach((place, counts) -> merged.merge(place, counts, KindCounts::plus));
        }
        List<Sum> sums = new ArrayList<>(merged.size());
        Map<String, List<Sum>> byUnit = new HashMap<>();
        Map<Long, List<Sum>> byAgency = new HashMap<>();
        merged.forEach((place, counts) -> {
            Sum sum = new Sum(place, counts);
            sums.add(sum);
            byUnit.computeIfAbsent(place.unit(), u -> new ArrayList<>()).add(sum);
            if (place.agency() != 0) {
                byAgency.computeIfAbsent(place.agency(), a -> new ArrayList<>()).add(sum);
            }
        });
        return new PaceWindow(days.size(), sums, byUnit, byAgency);
    }

    List<Sum> ofUnit(String code) {
        return byUnit.getOrDefault(code, List.of());
    }

    List<Sum> ofAgency(long id) {
        return byAgency.getOrDefault(id, List.of());
    }
}
