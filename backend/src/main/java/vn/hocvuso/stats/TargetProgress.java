package vn.hocvuso.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import vn.hocvuso.stats.DailyFacts.Fact;
import vn.hocvuso.stats.DailyFacts.KindCounts;
import vn.hocvuso.stats.Figures.Den;
import vn.hocvuso.stats.StatsData.Cell;
import vn.hocvuso.stats.StatsViews.TargetStatus;
import vn.hocvuso.stats.StatsViews.TargetView;

/**
 * Where a target stands for one place: the current value, the goal in people, the daily pace still
 * needed by the deadline, the pace of the last weeks and the date it projects to.
 */
final class TargetProgress {

    private static final double MAX_PROJECTION_DAYS = 3653;

    private TargetProgress() {}

    static boolean isRate(String metric) {
        return metric.endsWith("_RATE");
    }

    static boolean countsCertified(String metric) {
        return metric.startsWith("CERTIFIED");
    }

    /** Whether a learner group falls under a target's group (ALL, ADULTS, or one group). */
    static boolean inGroup(String targetGroup, String group) {
        return switch (targetGroup) {
            case "ALL" -> true;
            case "ADULTS" -> !Figures.STUDENTS.equals(group);
            default -> targetGroup.equals(group);
        };
    }

    /**
     * The people counted now, per place ({@code placeOf} gives a cell's place, null for none). For public
     * servants only each place's own (a unit's servants without an agency, an agency's staff), as its
     * headcount counts them.
     */
    static <K> Map<K, Long> current(
            TargetView t, List<Cell> cells, Function<Cell, K> placeOf, Predicate<Cell> ownPublicServant) {
        Map<K, Long> out = new HashMap<>();
        for (Cell c : cells) {
            K place = placeOf.apply(c);
            if (place != null
                    && inGroup(t.learnerGroup(), c.group())
                    && (!Figures.PUBLIC_SERVANTS.equals(t.learnerGroup()) || ownPublicServant.test(c))) {
                out.merge(
                        place,
                        countsCertified(t.metric())
                                ? c.counts().certified()
                                : c.counts().learners(),
                        Long::sum);
            }
        }
        return out;
    }

    /** The change facts of these kinds make to the people a target counts. */
    private static long delta(TargetView t, KindCounts counts) {
        return countsCertified(t.metric()) ? counts.certified() - counts.revoked() : counts.registered();
    }

    /**
     * The average daily change of the counted people over the pace window, per place, from the facts
     * {@code pick} takes from each day; one pass.
     */
    static <K> Map<K, Double> pace(
            TargetView t,
            Map<LocalDate, DailyFacts.Day> window,
            Function<DailyFacts.Day, List<Fact>> pick,
            Function<Fact, K> placeOf,
            Predicate<Fact> ownPublicServant) {
        Map<K, Long> net = new HashMap<>();
        for (DailyFacts.Day day : window.values()) {
            for (Fact f : pick.apply(day)) {
                K place = placeOf.apply(f);
                if (place == null
                        || !inGroup(t.learnerGroup(), f.group())
                        || (Figures.PUBLIC_SERVANTS.equals(t.learnerGroup()) && !ownPublicServant.test(f))) {
                    continue;
                }
                long d = delta(t, f.counts());
                if (d != 0) {
                    net.merge(place, d, Long::sum);
                }
            }
        }
        Map<K, Double> out = new HashMap<>();
        net.forEach((place, n) -> out.put(place, perDay(n, window.size())));
        return out;
    }

    /** The province's pace, from each day's totals per group. */
    static double provincePace(TargetView t, Map<LocalDate, DailyFacts.Day> window) {
        long net = 0;
        for (DailyFacts.Day day : window.values()) {
            for (Map.Entry<String, KindCounts> group : day.totals().entrySet()) {
                if (inGroup(t.learnerGroup(), group.getKey())) {
                    net += delta(t, group.getValue());
                }
            }
        }
        return perDay(net, window.size());
    }

    private static double perDay(long net, int days) {
        return days == 0 ? 0 : Math.max(0, net) / (double) days;
    }

    /** The denominator of a rate target: the headcount for public servants, the adult population otherwise. */
    static Den denominator(TargetView t, Den adults, Den publicServants) {
        return switch (t.learnerGroup()) {
            case "CBCCVC" -> publicServants;
            case "STUDENT" -> Den.MISSING;
            default -> adults;
        };
    }

    static TargetStatus status(TargetView t, long current, Den den, double pace, LocalDate today) {
        long daysLeft = ChronoUnit.DAYS.between(today, t.deadline());
        Long goal;
        Double value;
        if (isRate(t.metric())) {
            if (den.value() == null || den.value() == 0) {
                return new TargetStatus(
                        t.id(),
                        t.name(),
                        t.learnerGroup(),
                        t.metric(),
                        t.value(),
                        t.deadline(),
                        null,
                        current,
                        null,
                        null,
                        daysLeft,
                        null,
                        round(pace),
                        null,
                        "NO_DENOMINATOR",
                        den.estimated());
            }
            goal = BigDecimal.valueOf(t.value())
                    .multiply(BigDecimal.valueOf(den.value()))
                    .divide(BigDecimal.valueOf(100), 0, RoundingMode.CEILING)
                    .longValueExact();
            value = Figures.percent(current, den.value());
        } else {
            goal = BigDecimal.valueOf(t.value())
                    .setScale(0, RoundingMode.CEILING)
                    .longValueExact();
            value = (double) current;
        }
        long remaining = Math.max(0, goal - current);
        String status;
        LocalDate projected = null;
        Double needed = null;
        if (remaining == 0) {
            status = "ACHIEVED";
        } else if (daysLeft < 0) {
            status = "MISSED";
        } else {
            // Today still counts: a deadline of today leaves one day.
            needed = round(remaining / (double) (daysLeft + 1));
            // Beyond ten years a projection says nothing useful (and would overflow date formats).
            if (pace > 0 && remaining / pace <= MAX_PROJECTION_DAYS) {
                projected = today.plusDays((long) Math.ceil(remaining / pace));
            }
            status = projected != null && !projected.isAfter(t.deadline()) ? "ON_TRACK" : "BEHIND";
        }
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
                isRate(t.metric()) && den.estimated());
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
