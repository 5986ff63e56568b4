package vn.hocvuso.stats;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import vn.hocvuso.stats.DailyFacts.Fact;
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

    private TargetProgress() {
    }

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
     * The people counted now. For public servants only the place's own count (a unit's servants without
     * an agency, an agency's staff), as its headcount does.
     */
    static long current(TargetView t, List<Cell> cells, Predicate<Cell> place, Predicate<Cell> ownPublicServant) {
        long n = 0;
        for (Cell c : cells) {
            if (place.test(c) && inGroup(t.learnerGroup(), c.group())
                    && (!Figures.PUBLIC_SERVANTS.equals(t.learnerGroup()) || ownPublicServant.test(c))) {
                n += countsCertified(t.metric()) ? c.counts().certified() : c.counts().learners();
            }
        }
        return n;
    }

    /** The average daily change of the counted people over the pace window. */
    static double pace(TargetView t, Map<java.time.LocalDate, List<Fact>> window, Predicate<Fact> place,
            Predicate<Fact> ownPublicServant) {
        long net = 0;
        for (List<Fact> day : window.values()) {
            for (Fact f : day) {
                if (!place.test(f) || !inGroup(t.learnerGroup(), f.group())
                        || (Figures.PUBLIC_SERVANTS.equals(t.learnerGroup()) && !ownPublicServant.test(f))) {
                    continue;
                }
                if (countsCertified(t.metric())) {
                    net += "CERTIFIED".equals(f.kind()) ? f.n() : "CERTIFICATE_REVOKED".equals(f.kind()) ? -f.n() : 0;
                } else if ("REGISTERED".equals(f.kind())) {
                    net += f.n();
                }
            }
        }
        return window.isEmpty() ? 0 : Math.max(0, net) / (double) window.size();
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
                return new TargetStatus(t.id(), t.name(), t.learnerGroup(), t.metric(), t.value(), t.deadline(), null,
                        current, null, null, daysLeft, null, round(pace), null, "NO_DENOMINATOR", den.estimated());
            }
            goal = BigDecimal.valueOf(t.value()).multiply(BigDecimal.valueOf(den.value())).divide(BigDecimal.valueOf(100), 0,
                    java.math.RoundingMode.CEILING).longValueExact();
            value = Figures.percent(current, den.value());
        } else {
            goal = BigDecimal.valueOf(t.value()).setScale(0, java.math.RoundingMode.CEILING).longValueExact();
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
        return new TargetStatus(t.id(), t.name(), t.learnerGroup(), t.metric(), t.value(), t.deadline(), value, current,
                goal, remaining, daysLeft, needed, round(pace), projected, status, isRate(t.metric()) && den.estimated());
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
