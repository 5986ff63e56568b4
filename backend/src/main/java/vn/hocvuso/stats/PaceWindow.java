package vn.hocvuso.stats;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import vn.hocvuso.stats.DailyFacts.Day;
import vn.hocvuso.stats.DailyFacts.KindCounts;

/**
 * The pace window's facts summed per unit, organisation (0 = none) and group: the pace of every target
 * and every place of it is one pass over a few thousand sums, not over each day's rows again for each
 * target (at a million learners the window holds about 190,000 rows of {@code stat_daily}, and the
 * province summary alone measures four targets bound to organisations). The past days' part does not
 * change until midnight and is summed once ({@link DailyFacts#paceWindow}); a response adds today's.
 * A place may have a sum in each part: a pace adds them up by place anyway.
 */
record PaceWindow(int days, Part past, Part today) {

    /** Where facts count: a unit, an organisation (0 = none) and a learner group. */
    record Place(String unit, long agency, String group) {}

    /** What happened in one place over the days of a part. */
    record Sum(Place place, KindCounts counts) {}

    /**
     * Some days' facts summed per place, indexed by unit, by organisation and by learner group, with the
     * targets' net changes made of them ({@code nets}). The past part serves every answer until midnight
     * ({@link DailyFacts#paceWindow}), so each target shape places its sums once, for the organisation
     * directory it placed them with ({@link KeptFor}).
     */
    record Part(
            List<Sum> sums,
            Map<String, List<Sum>> byUnit,
            Map<Long, List<Sum>> byAgency,
            Map<String, List<Sum>> byGroup,
            KeptFor nets) {

        static final Part EMPTY = new Part(List.of(), Map.of(), Map.of(), Map.of(), new KeptFor());

        /** The sums of the learner groups {@code groups} takes. */
        Iterable<Sum> sums(Predicate<String> groups) {
            List<List<Sum>> parts = new ArrayList<>();
            byGroup.forEach((group, sums) -> {
                if (groups.test(group)) {
                    parts.add(sums);
                }
            });
            return () -> parts.stream().flatMap(List::stream).iterator();
        }

        static Part of(Collection<Day> days) {
            Map<Place, KindCounts> merged = new HashMap<>();
            for (Day day : days) {
                day.byPlace().forEach((place, counts) -> merged.merge(place, counts, KindCounts::plus));
            }
            List<Sum> sums = new ArrayList<>(merged.size());
            Map<String, List<Sum>> byUnit = new HashMap<>();
            Map<Long, List<Sum>> byAgency = new HashMap<>();
            Map<String, List<Sum>> byGroup = new HashMap<>();
            merged.forEach((place, counts) -> {
                Sum sum = new Sum(place, counts);
                sums.add(sum);
                byUnit.computeIfAbsent(place.unit(), u -> new ArrayList<>()).add(sum);
                if (place.agency() != 0) {
                    byAgency.computeIfAbsent(place.agency(), a -> new ArrayList<>())
                            .add(sum);
                }
                byGroup.computeIfAbsent(place.group(), g -> new ArrayList<>()).add(sum);
            });
            return new Part(sums, byUnit, byAgency, byGroup, new KeptFor());
        }
    }

    Iterable<Sum> sums() {
        return both(past.sums(), today.sums());
    }

    Iterable<Sum> ofUnit(String code) {
        return both(past.byUnit().getOrDefault(code, List.of()), today.byUnit().getOrDefault(code, List.of()));
    }

    Iterable<Sum> ofAgency(long id) {
        return both(
                past.byAgency().getOrDefault(id, List.of()), today.byAgency().getOrDefault(id, List.of()));
    }

    private static Iterable<Sum> both(List<Sum> a, List<Sum> b) {
        return b.isEmpty() ? a : () -> Stream.concat(a.stream(), b.stream()).iterator();
    }
}
