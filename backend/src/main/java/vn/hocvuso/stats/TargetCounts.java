package vn.hocvuso.stats;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import vn.hocvuso.stats.StatsData.AgencyInfo;
import vn.hocvuso.stats.StatsData.Cell;
import vn.hocvuso.stats.StatsData.Snapshot;
import vn.hocvuso.stats.StatsViews.StatCounts;
import vn.hocvuso.stats.StatsViews.TargetView;
import vn.hocvuso.stats.TargetProgress.Placement;

/**
 * What {@link TargetStatuses} counts for one answer, indexed and computed once: the cells by learner group
 * and their totals, each target's member and place organisations, and the people and pace of each target
 * shape in its places. One answer's, read on one thread.
 */
final class TargetCounts {

    private final Snapshot snap;
    /** The organisations open on the snapshot's day, by id, in the directory's order. */
    private final Map<Long, AgencyInfo> orgs;
    /** What is worked out from the organisation directory alone, kept across answers. */
    private final KeptFor ofDirectory;
    /** The pace window summed per place, asked for when a target first needs it. */
    private final Supplier<PaceWindow> window;

    /**
     * What targets of the same shape share, computed once per response: the plan sets most targets twice
     * (2025 and 2026, another value and deadline, the same people counted in the same places), and every
     * cell and pace sum would otherwise be placed again for each.
     */
    private final Map<Shape, Map<?, Long>> currents = new HashMap<>();

    private final Map<Shape, Map<?, Double>> paces = new HashMap<>();
    private Map<String, List<Cell>> cellsByGroup;
    private Map<String, StatCounts> groupTotals;

    /**
     * The part of a target its places and counts depend on ({@code places}: which method places them, for
     * {@code only} one place or all), not its value, start or deadline.
     */
    record Shape(String places, Object only, String group, String metric, String scope, List<String> schoolLevels) {

        static Shape of(String places, Object only, TargetView t) {
            return new Shape(places, only, t.learnerGroup(), t.metric(), t.scope(), t.schoolLevels());
        }
    }

    TargetCounts(Snapshot snap, KeptFor ofDirectory, Supplier<PaceWindow> window) {
        this.snap = snap;
        this.ofDirectory = ofDirectory;
        this.window = window;
        this.orgs = ofDirectory(
                List.of("OPEN"),
                () -> Collections.unmodifiableMap(TargetData.openOrganisations(snap.agencies(), snap.today())));
    }

    /** The organisations open on the snapshot's day, by id, in the directory's order (by name). */
    Map<Long, AgencyInfo> orgs() {
        return orgs;
    }

    /** A value worked out from the snapshot's organisation directory on its day, kept across answers. */
    <V> V ofDirectory(List<?> key, Supplier<V> work) {
        return ofDirectory.of(List.of(key, snap.today()), work, snap.agencies());
    }

    /**
     * The open schools (of the target's levels) or enterprises a student or worker target counts its
     * learners as members of, by id (none for another group).
     */
    Map<Long, AgencyInfo> members(TargetView t) {
        return ofDirectory(List.of("MEMBERS", Shape.of(null, null, t)), () -> {
            Map<Long, AgencyInfo> out = new HashMap<>();
            for (AgencyInfo org : orgs.values()) {
                boolean member = switch (TargetProgress.headcount(t.learnerGroup())) {
                    case STUDENTS -> "SCHOOL".equals(org.kind()) && levelIn(t, org);
                    case WORKERS -> "ENTERPRISE".equals(org.kind());
                    default -> false;
                };
                if (member) {
                    out.put(org.id(), org);
                }
            }
            return Collections.unmodifiableMap(out);
        });
    }

    /** The open organisations that are places of a target of an organisation scope, in the directory's order. */
    Map<Long, AgencyInfo> organisationPlaces(TargetView t) {
        return ofDirectory(List.of("PLACES", Shape.of(null, null, t)), () -> {
            Map<Long, AgencyInfo> out = new LinkedHashMap<>();
            for (AgencyInfo org : orgs.values()) {
                if (applies(t, org)) {
                    out.put(org.id(), org);
                }
            }
            return Collections.unmodifiableMap(out);
        });
    }

    @SuppressWarnings("unchecked")
    <K> Map<K, Long> current(Shape shape, TargetView t, Placement<K> placement) {
        return (Map<K, Long>) currents.computeIfAbsent(shape, s -> TargetProgress.current(t, cellsOf(t), placement));
    }

    /**
     * The pace in every place of the target: the past part's net changes as kept with it for this answer's
     * organisation directory ({@link PaceWindow.Part#nets}), today's added.
     */
    @SuppressWarnings("unchecked")
    <K> Map<K, Double> pace(Shape shape, TargetView t, Placement<K> placement) {
        return (Map<K, Double>) paces.computeIfAbsent(shape, s -> {
            PaceWindow w = window.get();
            Predicate<String> groups = TargetProgress.groups(t.learnerGroup());
            Map<K, Long> net = new HashMap<>(w.past()
                    .nets()
                    .of(
                            List.of(shape),
                            () -> Map.copyOf(TargetProgress.net(t, w.past().sums(groups), placement)),
                            snap.agencies()));
            TargetProgress.net(t, w.today().sums(groups), placement).forEach((k, n) -> net.merge(k, n, Long::sum));
            return TargetProgress.perDay(net, w.days());
        });
    }

    /** The pace in the places {@code sums} hold (one unit's or organisation's). */
    @SuppressWarnings("unchecked")
    <K> Map<K, Double> pace(Shape shape, TargetView t, Iterable<PaceWindow.Sum> sums, Placement<K> placement) {
        return (Map<K, Double>) paces.computeIfAbsent(
                shape, s -> TargetProgress.pace(t, sums, window.get().days(), placement));
    }

    /** The people a target counts in the whole province, from the cells' totals per group (summed once). */
    long provinceCount(TargetView t) {
        if (groupTotals == null) {
            groupTotals = new HashMap<>();
            for (Cell c : snap.cells()) {
                groupTotals.merge(c.group(), c.counts(), StatCounts::plus);
            }
        }
        Predicate<String> groups = TargetProgress.groups(t.learnerGroup());
        boolean certified = TargetProgress.countsCertified(t.metric());
        long n = 0;
        for (Map.Entry<String, StatCounts> total : groupTotals.entrySet()) {
            if (groups.test(total.getKey())) {
                n += certified ? total.getValue().certified() : total.getValue().learners();
            }
        }
        return n;
    }

    /** The cells of the target's learner groups (the cells indexed by group once per answer). */
    private List<Cell> cellsOf(TargetView t) {
        if (cellsByGroup == null) {
            cellsByGroup = new HashMap<>();
            for (Cell c : snap.cells()) {
                cellsByGroup.computeIfAbsent(c.group(), g -> new ArrayList<>()).add(c);
            }
        }
        Predicate<String> groups = TargetProgress.groups(t.learnerGroup());
        List<Cell> out = new ArrayList<>();
        cellsByGroup.forEach((group, cells) -> {
            if (groups.test(group)) {
                out.addAll(cells);
            }
        });
        return out;
    }

    /** Whether an organisation is one of the places of a target of an organisation scope. */
    static boolean applies(TargetView t, AgencyInfo org) {
        return t.scope().equals(TargetStatuses.scopeOf(org.kind())) && levelIn(t, org);
    }

    static boolean levelIn(TargetView t, AgencyInfo org) {
        return t.schoolLevels() == null || t.schoolLevels().contains(org.schoolLevel());
    }
}
