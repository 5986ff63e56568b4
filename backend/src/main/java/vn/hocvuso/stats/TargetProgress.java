package vn.hocvuso.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import vn.hocvuso.stats.DailyFacts.KindCounts;
import vn.hocvuso.stats.Figures.Den;
import vn.hocvuso.stats.StatsData.Cell;
import vn.hocvuso.stats.StatsViews.TargetPlace;
import vn.hocvuso.stats.StatsViews.TargetStatus;
import vn.hocvuso.stats.StatsViews.TargetView;

/**
 * Where a target stands for one place: the current value, the goal in people, the daily pace still
 * needed by the deadline, the pace of the last weeks and the date it projects to.
 */
final class TargetProgress {

    private static final double MAX_PROJECTION_DAYS = 3653;
    /** Whole values and headcounts up to a billion multiply within a long. */
    private static final long WHOLE_LIMIT = 1_000_000_000L;

    private TargetProgress() {}

    static boolean isRate(String metric) {
        return metric.endsWith("_RATE");
    }

    static boolean countsCertified(String metric) {
        return metric.startsWith("CERTIFIED");
    }

    /** Whether a learner group falls under a target's group (ALL, ADULTS, or one group). */
    static boolean inGroup(String targetGroup, String group) {
        return groups(targetGroup).test(group);
    }

    /** The learner groups under a target's group, as a test decided once (it runs for every cell). */
    static Predicate<String> groups(String targetGroup) {
        return switch (targetGroup) {
            case "ALL" -> group -> true;
            case "ADULTS" -> group -> !Figures.STUDENTS.equals(group);
            default -> targetGroup::equals;
        };
    }

    /**
     * Where a learner of a unit, an organisation (0 = none) and a group counts for a target: the key of
     * their place, or null when the target does not count them there.
     */
    @FunctionalInterface
    interface Placement<K> {
        K of(String unit, long agency, String group);
    }

    /** The group whose headcount a rate target is measured against. */
    enum Headcount {
        ADULTS,
        PUBLIC_SERVANTS,
        STUDENTS,
        WORKERS
    }

    static Headcount headcount(String targetGroup) {
        return switch (targetGroup) {
            case "CBCCVC" -> Headcount.PUBLIC_SERVANTS;
            case "STUDENT" -> Headcount.STUDENTS;
            case "WORKER" -> Headcount.WORKERS;
            default -> Headcount.ADULTS;
        };
    }

    /**
     * Whether a rate of this group can be measured in this scope: adults live in units and villages,
     * public servants work in units, agencies and schools, students study in schools and workers work in
     * enterprises (both summed per unit and for the province).
     */
    static boolean measurable(String targetGroup, String scope) {
        return switch (scope) {
            case "PROVINCE", "EACH_UNIT" -> true;
            case "EACH_AGENCY" -> headcount(targetGroup) == Headcount.PUBLIC_SERVANTS;
            case "EACH_SCHOOL" ->
                headcount(targetGroup) == Headcount.PUBLIC_SERVANTS || headcount(targetGroup) == Headcount.STUDENTS;
            case "EACH_ENTERPRISE" -> headcount(targetGroup) == Headcount.WORKERS;
            case "EACH_VILLAGE" -> headcount(targetGroup) == Headcount.ADULTS;
            default -> false;
        };
    }

    /** The people counted now, per place ({@code placement} says where each cell counts, if at all). */
    static <K> Map<K, Long> current(TargetView t, List<Cell> cells, Placement<K> placement) {
        Predicate<String> counted = groups(t.learnerGroup());
        boolean certified = countsCertified(t.metric());
        Map<K, Long> out = new HashMap<>();
        for (Cell c : cells) {
            if (!counted.test(c.group())) {
                continue;
            }
            K place = placement.of(c.unit(), c.agency(), c.group());
            if (place != null) {
                out.merge(place, certified ? c.counts().certified() : c.counts().learners(), Long::sum);
            }
        }
        return out;
    }

    /** The change facts of these kinds make to the people a target counts. */
    private static long delta(boolean certified, KindCounts counts) {
        return certified ? counts.certified() - counts.revoked() : counts.registered();
    }

    /**
     * The average daily change of the counted people over the pace window, per place, from the window's
     * {@code sums} (all of them, or a unit's or an organisation's); one pass.
     */
    static <K> Map<K, Double> pace(TargetView t, Iterable<PaceWindow.Sum> sums, int days, Placement<K> placement) {
        return perDay(net(t, sums, placement), days);
    }

    /** The net change of the counted people in {@code sums}, per place (places without change left out). */
    static <K> Map<K, Long> net(TargetView t, Iterable<PaceWindow.Sum> sums, Placement<K> placement) {
        Predicate<String> counted = groups(t.learnerGroup());
        boolean certified = countsCertified(t.metric());
        Map<K, Long> net = new HashMap<>();
        for (PaceWindow.Sum s : sums) {
            PaceWindow.Place p = s.place();
            if (!counted.test(p.group())) {
                continue;
            }
            K place = placement.of(p.unit(), p.agency(), p.group());
            long d = place == null ? 0 : delta(certified, s.counts());
            if (d != 0) {
                net.merge(place, d, Long::sum);
            }
        }
        return net;
    }

    /** Net changes over {@code days} days as daily paces, per place. */
    static <K> Map<K, Double> perDay(Map<K, Long> net, int days) {
        Map<K, Double> out = new HashMap<>();
        net.forEach((place, n) -> out.put(place, perDay(n, days)));
        return out;
    }

    /** The daily pace of a change of {@code net} people over {@code days} days (never below zero). */
    static double perDay(long net, int days) {
        return days == 0 ? 0 : Math.max(0, net) / (double) days;
    }

    /** The province's pace, from each day's totals per group. */
    static double provincePace(TargetView t, Map<LocalDate, DailyFacts.Day> window) {
        Predicate<String> counted = groups(t.learnerGroup());
        boolean certified = countsCertified(t.metric());
        long net = 0;
        for (DailyFacts.Day day : window.values()) {
            for (Map.Entry<String, KindCounts> group : day.totals().entrySet()) {
                if (counted.test(group.getKey())) {
                    net += delta(certified, group.getValue());
                }
            }
        }
        return perDay(net, window.size());
    }

    /**
     * Where a target stands for one place: with {@code den} for a rate (a missing or zero denominator
     * gives {@code NO_DENOMINATOR}, no rate and no goal), the goal in people, the daily pace still needed
     * (today included), and the date the recent {@code pace} reaches the goal.
     */
    static TargetStatus status(TargetView t, TargetPlace place, long current, Den den, double pace, LocalDate today) {
        return outcome(t, current, den, pace, today).of(t, place, current, den, pace);
    }

    /**
     * What {@link #status} works out for a place, without the place: all the targets' overview needs to
     * tally thousands of places.
     */
    static Outcome outcome(TargetView t, long current, Den den, double pace, LocalDate today) {
        long daysLeft = ChronoUnit.DAYS.between(today, t.deadline());
        boolean rate = isRate(t.metric());
        if (rate && (den.value() == null || den.value() == 0)) {
            return new Outcome(null, null, null, null, null, "NO_DENOMINATOR", daysLeft);
        }
        long goal = goal(t.value(), rate ? den.value() : null);
        Double value = rate ? Figures.percent(current, den.value()) : (double) current;
        long remaining = Math.max(0, goal - current);
        if (remaining == 0) {
            return new Outcome(value, goal, remaining, null, null, "ACHIEVED", daysLeft);
        }
        if (daysLeft < 0) {
            return new Outcome(value, goal, remaining, null, null, "MISSED", daysLeft);
        }
        // Today still counts: a deadline of today leaves one day.
        Double needed = round(remaining / (double) (daysLeft + 1));
        LocalDate projected = null;
        // Beyond ten years a projection says nothing useful (and would overflow date formats).
        if (pace > 0 && remaining / pace <= MAX_PROJECTION_DAYS) {
            projected = today.plusDays((long) Math.ceil(remaining / pace));
        }
        String status = projected != null && !projected.isAfter(t.deadline()) ? "ON_TRACK" : "BEHIND";
        return new Outcome(value, goal, remaining, needed, projected, status, daysLeft);
    }

    /**
     * The goal in people: the target's value, or that percentage of {@code den} (null: a count), rounded
     * up. A whole value (every target the plan sets) is worked out in longs, exactly as the decimal way gives
     * it, which the overview does for thousands of places per answer.
     */
    static long goal(double value, Long den) {
        if (value == Math.rint(value) && Math.abs(value) <= WHOLE_LIMIT && (den == null || den <= WHOLE_LIMIT)) {
            long whole = (long) value;
            return den == null ? whole : Math.ceilDiv(whole * den, 100);
        }
        BigDecimal v = BigDecimal.valueOf(value);
        return den == null
                ? v.setScale(0, RoundingMode.CEILING).longValueExact()
                : v.multiply(BigDecimal.valueOf(den))
                        .divide(BigDecimal.valueOf(100), 0, RoundingMode.CEILING)
                        .longValueExact();
    }

    /** Where a target stands for a place, its place aside: the status and the figures that lead to it. */
    record Outcome(
            Double value, Long goal, Long remaining, Double needed, LocalDate projected, String status, long daysLeft) {

        TargetStatus of(TargetView t, TargetPlace place, long current, Den den, double pace) {
            boolean rate = isRate(t.metric());
            return new TargetStatus(
                    t.id(),
                    t.name(),
                    t.learnerGroup(),
                    t.metric(),
                    t.value(),
                    t.deadline(),
                    value,
                    current,
                    goal,
                    remaining,
                    daysLeft,
                    needed,
                    round(pace),
                    projected,
                    status,
                    rate && den.estimated(),
                    t.scope(),
                    place,
                    rate ? den.value() : null,
                    rate ? den.source() : null,
                    rate ? den.validFrom() : null);
        }
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
