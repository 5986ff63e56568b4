package vn.hocvuso.stats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import vn.hocvuso.stats.StatsData.AgencyDen;
import vn.hocvuso.stats.StatsData.Cell;
import vn.hocvuso.stats.StatsData.UnitDen;
import vn.hocvuso.stats.StatsViews.GroupCounts;
import vn.hocvuso.stats.StatsViews.Rate;
import vn.hocvuso.stats.StatsViews.StatCounts;
import vn.hocvuso.stats.StatsViews.StatRates;

/** The arithmetic of the figures: sums of rollup cells, rates against denominators, ranks. No I/O. */
final class Figures {

    static final List<String> GROUPS = List.of("CBCCVC", "STUDENT", "WORKER", "CITIZEN");
    static final String PUBLIC_SERVANTS = "CBCCVC";
    static final String STUDENTS = "STUDENT";

    private Figures() {}

    /** A place's counts: in total, by group, and the two sub-populations the rates need. */
    record Place(
            StatCounts counts,
            Map<String, StatCounts> byGroup,
            long adultLearners,
            long publicServantLearners,
            long certifiedPublicServants) {

        List<GroupCounts> groups() {
            List<GroupCounts> out = new ArrayList<>();
            byGroup.forEach((g, c) -> out.add(GroupCounts.of(g, c)));
            return out;
        }
    }

    /**
     * Sums the cells of a place. {@code ownPublicServant} says which public servants the place's
     * headcount covers: a unit's own (no agency), an agency's staff, or every one for the province.
     */
    static Place place(List<Cell> cells, Predicate<Cell> where, Predicate<Cell> ownPublicServant) {
        StatCounts total = StatCounts.ZERO;
        Map<String, StatCounts> byGroup = new LinkedHashMap<>();
        GROUPS.forEach(g -> byGroup.put(g, StatCounts.ZERO));
        long adults = 0;
        long servants = 0;
        long certifiedServants = 0;
        for (Cell c : cells) {
            if (!where.test(c)) {
                continue;
            }
            total = total.plus(c.counts());
            byGroup.merge(c.group(), c.counts(), StatCounts::plus);
            if (!STUDENTS.equals(c.group())) {
                adults += c.counts().learners();
            }
            if (PUBLIC_SERVANTS.equals(c.group()) && ownPublicServant.test(c)) {
                servants += c.counts().learners();
                certifiedServants += c.counts().certified();
            }
        }
        return new Place(total, byGroup, adults, servants, certifiedServants);
    }

    /** A denominator as a rate uses it; a null value means unknown. */
    record Den(Long value, boolean estimated, String source, LocalDate validFrom) {
        static final Den MISSING = new Den(null, false, null, null);
    }

    static Den adults(UnitDen d, double adultShare) {
        if (d == null) {
            return Den.MISSING;
        }
        if (d.adultPopulation() != null) {
            return new Den((long) d.adultPopulation(), d.estimated(), d.source(), d.validFrom());
        }
        if (d.population() != null) {
            String source = d.source() + " × tỷ lệ người trưởng thành " + Math.round(adultShare * 100) + "%";
            return new Den(Math.round(d.population() * adultShare), true, source, d.validFrom());
        }
        return Den.MISSING;
    }

    static Den publicServants(UnitDen d) {
        return d == null ? Den.MISSING : den(d.publicServants(), d.estimated(), d.source(), d.validFrom());
    }

    static Den publicServants(AgencyDen d) {
        return d == null ? Den.MISSING : den(d.publicServants(), d.estimated(), d.source(), d.validFrom());
    }

    static Den students(AgencyDen d) {
        return d == null ? Den.MISSING : den(d.students(), d.estimated(), d.source(), d.validFrom());
    }

    static Den workers(AgencyDen d) {
        return d == null ? Den.MISSING : den(d.workers(), d.estimated(), d.source(), d.validFrom());
    }

    /** A village's adults: as recorded, or its population by the configured share (then an estimate). */
    static Den villageAdults(StatsData.VillageDen d, double adultShare) {
        return d == null
                ? Den.MISSING
                : adults(
                        new UnitDen(
                                d.validFrom(), d.population(), d.adultPopulation(), null, d.estimated(), d.source()),
                        adultShare);
    }

    private static Den den(Integer value, boolean estimated, String source, LocalDate validFrom) {
        return value == null ? Den.MISSING : new Den((long) value, estimated, source, validFrom);
    }

    /** The province's denominator: the sum of its parts, unknown while any part is unknown. */
    static Den sum(List<Den> parts, String source) {
        long total = 0;
        boolean estimated = false;
        LocalDate latest = null;
        for (Den d : parts) {
            if (d.value() == null) {
                return Den.MISSING;
            }
            total += d.value();
            estimated |= d.estimated();
            latest = latest == null || d.validFrom().isAfter(latest) ? d.validFrom() : latest;
        }
        return parts.isEmpty() ? Den.MISSING : new Den(total, estimated, source, latest);
    }

    static Rate rate(long numerator, Den den, String basis) {
        if (den.value() == null) {
            return new Rate(null, numerator, null, basis, false, null, null, "NO_DENOMINATOR");
        }
        if (den.value() == 0) {
            return new Rate(
                    null, numerator, 0L, basis, den.estimated(), den.source(), den.validFrom(), "ZERO_DENOMINATOR");
        }
        return new Rate(
                percent(numerator, den.value()),
                numerator,
                den.value(),
                basis,
                den.estimated(),
                den.source(),
                den.validFrom(),
                null);
    }

    static Rate completion(StatCounts counts) {
        return rate(counts.certified(), new Den(counts.learners(), false, null, null), "LEARNERS");
    }

    static StatRates rates(Place p, Den adults, Den publicServants) {
        return new StatRates(
                completion(p.counts()),
                rate(p.adultLearners(), adults, "ADULT_POPULATION"),
                rate(p.certifiedPublicServants(), publicServants, "PUBLIC_SERVANTS"));
    }

    /** Percent with one decimal, as the notices print it; ranks compare these printed values. */
    static double percent(long numerator, long denominator) {
        return Math.round(numerator * 1000.0 / denominator) / 10.0;
    }

    /**
     * Competition ranking ("1, 2, 2, 4") by {@code key}, highest first; items without a value get no rank.
     */
    static <T> Map<T, Integer> ranks(List<T> items, Function<T, Double> key) {
        List<T> ranked =
                new ArrayList<>(items.stream().filter(t -> key.apply(t) != null).toList());
        ranked.sort(Comparator.comparing(key, Comparator.reverseOrder()));
        Map<T, Integer> out = new LinkedHashMap<>();
        Double previous = null;
        int rank = 0;
        for (int i = 0; i < ranked.size(); i++) {
            Double value = key.apply(ranked.get(i));
            if (!value.equals(previous)) {
                rank = i + 1;
                previous = value;
            }
            out.put(ranked.get(i), rank);
        }
        return out;
    }
}
