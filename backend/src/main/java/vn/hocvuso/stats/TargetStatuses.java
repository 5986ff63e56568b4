package vn.hocvuso.stats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import vn.hocvuso.stats.Figures.Den;
import vn.hocvuso.stats.StatsData.AgencyInfo;
import vn.hocvuso.stats.StatsData.Snapshot;
import vn.hocvuso.stats.StatsData.UnitInfo;
import vn.hocvuso.stats.StatsViews.TargetOverview;
import vn.hocvuso.stats.StatsViews.TargetPlace;
import vn.hocvuso.stats.StatsViews.TargetStatus;
import vn.hocvuso.stats.StatsViews.TargetTally;
import vn.hocvuso.stats.StatsViews.TargetView;
import vn.hocvuso.stats.TargetData.Extra;
import vn.hocvuso.stats.TargetProgress.Headcount;
import vn.hocvuso.stats.TargetProgress.Placement;

/**
 * Where every target stands, for the province and for each place its scope names, each measured against
 * its own group's headcount (docs/plan-368.md, "Targets"): adults against the adult population of the
 * unit or village, public servants against the headcount of the unit (its own staff) or organisation,
 * students against the students of the schools (of the target's levels), workers against the workers of
 * the enterprises. Pure arithmetic over one read (the snapshot with its organisations, the pace window and {@link Extra}).
 *
 * <p>Who counts: a public servant under their organisation, or under their unit when they have none (as
 * the headcounts count them); a student or worker, for a rate or a school-level restriction, only as a
 * member of a school (of those levels) or enterprise, since only those have a headcount; everyone else
 * by their unit and village.
 */
final class TargetStatuses {

    private static final String PROVINCE = "province";
    /** The statuses a tally counts, in {@link TargetTally}'s order (the rest: no denominator). */
    private static final List<String> TALLIED = List.of("ACHIEVED", "ON_TRACK", "BEHIND", "MISSED");

    private static final String STUDENTS_SOURCE = "Tổng số học sinh, sinh viên của các trường";
    private static final String WORKERS_SOURCE = "Tổng số người lao động của các doanh nghiệp";

    private final Snapshot snap;
    private final Map<LocalDate, DailyFacts.Day> paceWindow;
    /** The pace window summed per place, asked for when a target first needs it ({@link #window()}). */
    private final Supplier<PaceWindow> summedWindow;

    private PaceWindow window;

    /** The villages' places, from {@link Extra}. */
    private final TargetVillages villages;
    /** The organisations open on the snapshot's day, by id, by name. */
    private final Map<Long, AgencyInfo> orgs;

    private final TargetCounts counts;
    /** The headcounts of organisations summed per target shape, kept across answers ({@link Kept}). */
    private final KeptFor headcounts;

    /**
     * What answers share: worked out from the organisation directory, from it with the organisations'
     * headcounts, and from the villages' denominators, kept while the statistics' caches hold the same ones
     * ({@link KeptFor}).
     */
    record Kept(KeptFor ofDirectory, KeptFor ofHeadcounts, KeptFor ofVillageDens) {

        Kept() {
            this(new KeptFor(), new KeptFor(), new KeptFor());
        }
    }

    private final double adultShare;
    private final Den provinceAdults;
    private final Den provinceServants;

    TargetStatuses(
            Snapshot snap,
            Map<LocalDate, DailyFacts.Day> paceWindow,
            Supplier<PaceWindow> summedWindow,
            Extra extra,
            double adultShare,
            Den provinceAdults,
            Den provinceServants,
            Kept kept) {
        this.snap = snap;
        this.paceWindow = paceWindow;
        this.summedWindow = summedWindow;
        this.headcounts = kept.ofHeadcounts();
        this.villages = new TargetVillages(extra, paceWindow.size(), adultShare, kept.ofVillageDens());
        this.counts = new TargetCounts(snap, kept.ofDirectory(), this::window);
        this.orgs = counts.orgs();
        this.adultShare = adultShare;
        this.provinceAdults = provinceAdults;
        this.provinceServants = provinceServants;
    }

    /** The pace window summed per place, once per response (a response is read on one thread). */
    private PaceWindow window() {
        if (window == null) {
            window = summedWindow.get();
        }
        return window;
    }

    /** The targets set for the province as a whole. */
    List<TargetStatus> ofProvince(List<TargetView> targets) {
        return targets.stream()
                .filter(t -> "PROVINCE".equals(t.scope()))
                .map(this::province)
                .toList();
    }

    /** A unit's targets, and those of each of its villages. */
    List<TargetStatus> ofUnit(String code, List<TargetView> targets) {
        List<TargetStatus> out = new ArrayList<>();
        for (TargetView t : targets) {
            switch (t.scope()) {
                case "EACH_UNIT" -> eachUnit(t, code, (place, n, den, pace) -> out.add(status(t, place, n, den, pace)));
                case "EACH_VILLAGE" ->
                    villages.each(t, code, (place, n, den, pace) -> out.add(status(t, place, n, den, pace)));
                default -> {}
            }
        }
        return out;
    }

    /** An organisation's targets: those of its kind (a school's only when its level is the target's). */
    List<TargetStatus> ofOrganisation(long id, List<TargetView> targets) {
        AgencyInfo org = orgs.get(id);
        if (org == null) {
            return List.of();
        }
        List<TargetStatus> out = new ArrayList<>();
        for (TargetView t : targets) {
            if (t.scope().equals(scopeOf(org.kind()))) {
                eachOrganisation(t, id, (place, n, den, pace) -> out.add(status(t, place, n, den, pace)));
            }
        }
        return out;
    }

    /** Each target with where the province stands and how many of its places stand where. */
    List<TargetOverview> overview(List<TargetView> targets) {
        return targets.stream()
                .map(t -> new TargetOverview(t, province(t), tally(t)))
                .toList();
    }

    /** How many of a target's places stand where (the province alone for a PROVINCE target). */
    TargetTally tally(TargetView t) {
        int[] n = new int[TALLIED.size() + 1];
        PlaceVisitor count = (place, current, den, pace) -> {
            String status =
                    TargetProgress.outcome(t, current, den, pace, snap.today()).status();
            n[tallied(status)]++;
        };
        switch (t.scope()) {
            case "EACH_UNIT" -> eachUnit(t, null, count);
            case "EACH_AGENCY", "EACH_SCHOOL", "EACH_ENTERPRISE" -> eachOrganisation(t, null, count);
            case "EACH_VILLAGE" -> villages.each(t, null, count);
            default -> n[tallied(province(t).status())]++;
        }
        return new TargetTally(n[0], n[1], n[2], n[3], n[4]);
    }

    /** The target measured on the province as a whole. */
    TargetStatus province(TargetView t) {
        Map<Long, AgencyInfo> members = organisationBound(t) ? counts.members(t) : null;
        Placement<String> placement =
                (unit, agency, group) -> members != null && !members.containsKey(agency) ? null : PROVINCE;
        TargetCounts.Shape shape = TargetCounts.Shape.of(PROVINCE, null, t);
        long current = members != null
                ? counts.current(shape, t, placement).getOrDefault(PROVINCE, 0L)
                : counts.provinceCount(t);
        double pace = members != null
                ? counts.pace(shape, t, placement).getOrDefault(PROVINCE, 0.0)
                : TargetProgress.provincePace(t, paceWindow);
        Den den = switch (TargetProgress.headcount(t.learnerGroup())) {
            case ADULTS -> provinceAdults;
            case PUBLIC_SERVANTS -> provinceServants;
            case STUDENTS, WORKERS ->
                ofHeadcounts(
                        List.of(PROVINCE, t.learnerGroup(), levels(t)),
                        () -> headcountOf(t, counts.members(t).values()));
        };
        return TargetProgress.status(t, TargetPlace.PROVINCE, current, den, pace, snap.today());
    }

    /** The target's figures in each unit (or only {@code only}). */
    private void eachUnit(TargetView t, String only, PlaceVisitor visitor) {
        boolean bound = organisationBound(t);
        Map<Long, AgencyInfo> members = bound ? counts.members(t) : null;
        boolean servants = Figures.PUBLIC_SERVANTS.equals(t.learnerGroup());
        Placement<String> placement = (unit, agency, group) -> {
            String place;
            if (bound) {
                AgencyInfo org = members.get(agency);
                place = org == null ? null : org.unitCode();
            } else if (servants) {
                // A unit's headcount is of its own staff: public servants of no organisation.
                place = agency == 0 ? unit : null;
            } else {
                place = unit;
            }
            return only == null || only.equals(place) ? place : null;
        };
        TargetCounts.Shape shape = TargetCounts.Shape.of("UNIT", only, t);
        Map<String, Long> current = counts.current(shape, t, placement);
        Map<String, Double> pace = only == null || bound
                ? counts.pace(shape, t, placement)
                : counts.pace(shape, t, window().ofUnit(only), placement);
        Headcount headcount = TargetProgress.headcount(t.learnerGroup());
        Map<String, Den> unitHeadcounts = headcount == Headcount.STUDENTS || headcount == Headcount.WORKERS
                ? ofHeadcounts(List.of("UNIT", t.learnerGroup(), levels(t)), () -> unitHeadcounts(t))
                : Map.of();
        for (UnitInfo u : snap.units()) {
            if (only == null || u.code().equals(only)) {
                Den den = switch (headcount) {
                    case ADULTS -> Figures.adults(snap.unitDens().get(u.code()), adultShare);
                    case PUBLIC_SERVANTS ->
                        Figures.publicServants(snap.unitDens().get(u.code()));
                    case STUDENTS, WORKERS -> unitHeadcounts.getOrDefault(u.code(), headcountOf(t, List.of()));
                };
                visitor.visit(
                        () -> new TargetPlace("UNIT", u.code(), u.name()),
                        current.getOrDefault(u.code(), 0L),
                        den,
                        pace.getOrDefault(u.code(), 0.0));
            }
        }
    }

    /** The target's figures in each organisation of its scope's kind (or only {@code only}). */
    private void eachOrganisation(TargetView t, Long only, PlaceVisitor visitor) {
        Map<Long, AgencyInfo> places = counts.organisationPlaces(t);
        // The places whose learners count: a bound target's places that are also its members.
        Map<Long, AgencyInfo> counted = organisationBound(t)
                ? counts.ofDirectory(List.of("COUNTED", t.learnerGroup(), t.scope(), levels(t)), () -> {
                    Map<Long, AgencyInfo> members = counts.members(t);
                    Map<Long, AgencyInfo> out = new HashMap<>();
                    places.forEach((id, org) -> {
                        if (members.containsKey(id)) {
                            out.put(id, org);
                        }
                    });
                    return Collections.unmodifiableMap(out);
                })
                : places;
        Placement<Long> placement = (unit, agency, group) ->
                (only == null || agency == only) && counted.containsKey(agency) ? agency : null;
        TargetCounts.Shape shape = TargetCounts.Shape.of("ORGANISATION", only, t);
        Map<Long, Long> current = counts.current(shape, t, placement);
        Map<Long, Double> pace = only == null
                ? counts.pace(shape, t, placement)
                : counts.pace(shape, t, window().ofAgency(only), placement);
        Headcount headcount = TargetProgress.headcount(t.learnerGroup());
        Map<Long, Den> dens =
                ofHeadcounts(List.of("ORGANISATIONS", headcount), () -> organisationHeadcounts(headcount));
        for (AgencyInfo org : places.values()) {
            if (only == null || org.id() == only) {
                visitor.visit(
                        () -> new TargetPlace(org.kind(), Long.toString(org.id()), org.name()),
                        current.getOrDefault(org.id(), 0L),
                        dens.getOrDefault(org.id(), Den.MISSING),
                        pace.getOrDefault(org.id(), 0.0));
            }
        }
    }

    /** Each open organisation's headcount of one kind (none: missing). */
    private Map<Long, Den> organisationHeadcounts(Headcount headcount) {
        Map<Long, Den> out = new HashMap<>();
        for (AgencyInfo org : orgs.values()) {
            StatsData.AgencyDen d = snap.agencyDens().get(org.id());
            out.put(
                    org.id(),
                    switch (headcount) {
                        case PUBLIC_SERVANTS -> Figures.publicServants(d);
                        case STUDENTS -> Figures.students(d);
                        case WORKERS -> Figures.workers(d);
                        case ADULTS -> Den.MISSING;
                    });
        }
        return Collections.unmodifiableMap(out);
    }

    /** The tally's place of a status: one of {@link #TALLIED}, or the last for NO_DENOMINATOR. */
    private static int tallied(String status) {
        int i = TALLIED.indexOf(status);
        return i < 0 ? TALLIED.size() : i;
    }

    /** A place's status, worked out from its figures. */
    private TargetStatus status(TargetView t, Supplier<TargetPlace> place, long current, Den den, double pace) {
        return TargetProgress.status(t, place.get(), current, den, pace, snap.today());
    }

    /**
     * What a walk over a target's places hands each: its figures, and the place itself, made only
     * when a status is wanted (the overview only tallies).
     */
    @FunctionalInterface
    interface PlaceVisitor {
        void visit(Supplier<TargetPlace> place, long current, Den den, double pace);
    }

    /** The scope whose places are organisations of this kind. */
    static String scopeOf(String kind) {
        return switch (kind) {
            case "SCHOOL" -> "EACH_SCHOOL";
            case "ENTERPRISE" -> "EACH_ENTERPRISE";
            default -> "EACH_AGENCY";
        };
    }

    /**
     * Whether the target counts students or workers only as members of their school or enterprise: for a
     * rate (only those have a headcount) or a restriction to school levels.
     */
    private static boolean organisationBound(TargetView t) {
        Headcount h = TargetProgress.headcount(t.learnerGroup());
        return (h == Headcount.STUDENTS || h == Headcount.WORKERS)
                && (TargetProgress.isRate(t.metric()) || t.schoolLevels() != null);
    }

    /** The headcount of the target's schools or enterprises in each unit that has any. */
    private Map<String, Den> unitHeadcounts(TargetView t) {
        Map<String, List<AgencyInfo>> membersByUnit = new HashMap<>();
        for (AgencyInfo org : counts.members(t).values()) {
            membersByUnit
                    .computeIfAbsent(org.unitCode(), k -> new ArrayList<>())
                    .add(org);
        }
        Map<String, Den> out = new HashMap<>();
        membersByUnit.forEach((unit, members) -> out.put(unit, headcountOf(t, members)));
        return Collections.unmodifiableMap(out);
    }

    /**
     * A value worked out from the organisation directory and the organisations' headcounts on the
     * snapshot's day, kept across answers while the caches hold the same ones.
     */
    private <V> V ofHeadcounts(List<?> key, Supplier<V> work) {
        return headcounts.of(List.of(key, snap.today()), work, snap.agencies(), snap.agencyDens());
    }

    /** A target's school levels as a key (null: every level). */
    private static Object levels(TargetView t) {
        return t.schoolLevels() == null ? "ALL" : t.schoolLevels();
    }

    /** The sum of the headcounts of some of the target's schools or enterprises. */
    private Den headcountOf(TargetView t, Collection<AgencyInfo> organisations) {
        boolean students = TargetProgress.headcount(t.learnerGroup()) == Headcount.STUDENTS;
        Function<StatsData.AgencyDen, Den> headcount = students ? Figures::students : Figures::workers;
        List<Den> parts = organisations.stream()
                .map(org -> headcount.apply(snap.agencyDens().get(org.id())))
                .toList();
        return Figures.sum(parts, students ? STUDENTS_SOURCE : WORKERS_SOURCE);
    }
}
