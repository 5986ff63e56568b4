package vn.hocvuso.stats;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CaffeineCache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import vn.hocvuso.stats.StatsCourses.Selection;
import vn.hocvuso.stats.StatsViews.SeriesPoint;

/**
 * The daily counts of what happened (stat_daily), for series and for the pace of targets.
 *
 * <p>A fact is stamped with the moment it is recorded, so a day that has ended never changes again:
 * past days are read once and kept (quarkus-cache), and only today is read on every request, in the
 * request's snapshot. That keeps a 30-day province series at a few thousand rows read per request,
 * however long the province has been learning. Yesterday has a cache of its own with a short expiry,
 * for a transaction that began before midnight and commits after it; older days expire after
 * {@code HOCVUSO_STATS_PAST_DAY_CACHE_TTL}, for an operator's rebuild (docs/operations.md, "Statistics
 * caches").
 */
@ApplicationScoped
public class DailyFacts {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final String PAST_DAYS_CACHE = "stats-past-days";
    static final String YESTERDAY_CACHE = "stats-yesterday";

    /** What happened on one day in one unit, agency (0 = none) and learner group. */
    public record Fact(String unit, long agency, String group, String kind, long n) {

        KindCounts counts() {
            return KindCounts.of(kind, n);
        }
    }

    /** How many facts of each kind a series counts (the columns of a {@link SeriesPoint}). */
    public record KindCounts(
            long registered, long enrolled, long lessonsCompleted, long passed, long certified, long revoked) {

        static final KindCounts ZERO = new KindCounts(0, 0, 0, 0, 0, 0);

        /** {@code n} facts of {@code kind}; a kind no series counts is zero. */
        static KindCounts of(String kind, long n) {
            return switch (kind) {
                case "REGISTERED" -> new KindCounts(n, 0, 0, 0, 0, 0);
                case "ENROLLED" -> new KindCounts(0, n, 0, 0, 0, 0);
                case "LESSON_COMPLETED" -> new KindCounts(0, 0, n, 0, 0, 0);
                case "PASSED" -> new KindCounts(0, 0, 0, n, 0, 0);
                case "CERTIFIED" -> new KindCounts(0, 0, 0, 0, n, 0);
                case "CERTIFICATE_REVOKED" -> new KindCounts(0, 0, 0, 0, 0, n);
                default -> ZERO;
            };
        }

        KindCounts plus(KindCounts o) {
            return new KindCounts(
                    registered + o.registered,
                    enrolled + o.enrolled,
                    lessonsCompleted + o.lessonsCompleted,
                    passed + o.passed,
                    certified + o.certified,
                    revoked + o.revoked);
        }
    }

    /**
     * One day's facts, counted once when read (a past day is read once and kept): per unit and per agency
     * (a unit's or an agency's series point), the province's per learner group, and per unit, organisation
     * and group (what a target's pace sums, {@link PaceWindow}).
     */
    public record Day(
            Map<String, KindCounts> byUnit,
            Map<Long, KindCounts> byAgency,
            Map<String, KindCounts> totals,
            Map<PaceWindow.Place, KindCounts> byPlace) {

        static Day of(List<Fact> facts) {
            Map<String, KindCounts> byUnit = new HashMap<>();
            Map<Long, KindCounts> byAgency = new HashMap<>();
            Map<String, KindCounts> totals = new HashMap<>();
            Map<PaceWindow.Place, KindCounts> byPlace = new HashMap<>();
            for (Fact f : facts) {
                KindCounts counts = f.counts();
                byUnit.merge(f.unit(), counts, KindCounts::plus);
                if (f.agency() != 0) {
                    byAgency.merge(f.agency(), counts, KindCounts::plus);
                }
                totals.merge(f.group(), counts, KindCounts::plus);
                byPlace.merge(new PaceWindow.Place(f.unit(), f.agency(), f.group()), counts, KindCounts::plus);
            }
            return new Day(byUnit, byAgency, totals, byPlace);
        }

        KindCounts ofUnit(String code) {
            return byUnit.getOrDefault(code, KindCounts.ZERO);
        }

        /** This day's facts of the places {@code keep} accepts (a province's), summed as {@link #of} sums them. */
        Day within(Predicate<PaceWindow.Place> keep) {
            Map<String, KindCounts> units = new HashMap<>();
            Map<Long, KindCounts> agencies = new HashMap<>();
            Map<String, KindCounts> groups = new HashMap<>();
            Map<PaceWindow.Place, KindCounts> places = new HashMap<>();
            byPlace.forEach((place, counts) -> {
                if (keep.test(place)) {
                    units.merge(place.unit(), counts, KindCounts::plus);
                    if (place.agency() != 0) {
                        agencies.merge(place.agency(), counts, KindCounts::plus);
                    }
                    groups.merge(place.group(), counts, KindCounts::plus);
                    places.put(place, counts);
                }
            });
            return new Day(units, agencies, groups, places);
        }

        KindCounts ofAgency(long id) {
            return byAgency.getOrDefault(id, KindCounts.ZERO);
        }
    }

    /** A past day's facts as one selection counts them (a changed path is another key, never a stale day). */
    private record DayKey(LocalDate day, Selection selection) {}

    private final CaffeineCache pastDays;
    private final CaffeineCache yesterdays;
    /** The last past part summed per selection (a course's figures, the paths'): a handful of entries. */
    private final Map<Selection, PastPart> pastParts = new ConcurrentHashMap<>();

    public DailyFacts(@CacheName(PAST_DAYS_CACHE) Cache pastDays, @CacheName(YESTERDAY_CACHE) Cache yesterdays) {
        this.pastDays = pastDays.as(CaffeineCache.class);
        this.yesterdays = yesterdays.as(CaffeineCache.class);
    }

    /**
     * The facts of every day from {@code from} to {@code today}, both included, in day order, as
     * {@code selection} counts them: the cached past days as they are, the others read in one statement on
     * {@code db} (the caller's snapshot).
     */
    public Uni<NavigableMap<LocalDate, Day>> days(SqlClient db, LocalDate from, LocalDate today, Selection selection) {
        NavigableMap<LocalDate, Day> out = new TreeMap<>();
        LocalDate firstMissing = null;
        for (LocalDate d = from; !d.isAfter(today); d = d.plusDays(1)) {
            Day cached = d.isBefore(today) ? cached(cacheOf(d, today), new DayKey(d, selection)) : null;
            if (cached != null) {
                out.put(d, cached);
            } else if (firstMissing == null) {
                firstMissing = d;
            }
        }
        // Missing days are few and recent (a cold cache aside): reading from the first to today is one statement.
        LocalDate loadFrom = firstMissing;
        return load(db, loadFrom, today, selection).map(loaded -> {
            for (LocalDate d = loadFrom; !d.isAfter(today); d = d.plusDays(1)) {
                Day day = Day.of(loaded.getOrDefault(d, List.of()));
                out.putIfAbsent(d, day);
                if (d.isBefore(today)) {
                    cacheOf(d, today).put(new DayKey(d, selection), CompletableFuture.completedFuture(day));
                }
            }
            return out;
        });
    }

    /**
     * The pace window summed per place ({@link PaceWindow}): the past days' part is summed once and kept
     * while the window's past days are the very ones it summed (the same cached {@link Day} objects: a day
     * read again after its cache expired, or a new day at midnight, sums again); today is summed per call.
     * A window ending on a past day ({@code keep} false: an answer as of that day) is summed for its answer
     * alone, so that it never takes the place of the window every answer of today shares.
     */
    PaceWindow paceWindow(NavigableMap<LocalDate, Day> window, LocalDate today, Selection selection, boolean keep) {
        List<Day> past = List.copyOf(window.headMap(today, false).values());
        PastPart kept = pastParts.get(selection);
        if (kept == null || !kept.summed(past)) {
            kept = new PastPart(past, PaceWindow.Part.of(past));
            if (keep) {
                pastParts.put(selection, kept);
            }
        }
        Day todays = window.get(today);
        return new PaceWindow(
                window.size(),
                kept.part(),
                todays == null ? PaceWindow.Part.EMPTY : PaceWindow.Part.of(List.of(todays)));
    }

    /** A past part and the days it summed, compared by identity (a day's facts never change once read). */
    private record PastPart(List<Day> days, PaceWindow.Part part) {

        boolean summed(List<Day> others) {
            if (others.size() != days.size()) {
                return false;
            }
            for (int i = 0; i < days.size(); i++) {
                if (others.get(i) != days.get(i)) {
                    return false;
                }
            }
            return true;
        }
    }

    private CaffeineCache cacheOf(LocalDate day, LocalDate today) {
        return day.equals(today.minusDays(1)) ? yesterdays : pastDays;
    }

    /** A day the cache holds, or null (never waits: a day being read by another request is read again). */
    private static Day cached(CaffeineCache cache, DayKey day) {
        CompletableFuture<Day> held = cache.getIfPresent(day);
        return held != null && held.isDone() && !held.isCompletedExceptionally() ? held.join() : null;
    }

    private static Uni<Map<LocalDate, List<Fact>>> load(
            SqlClient db, LocalDate from, LocalDate to, Selection selection) {
        // Registrations belong to no course; everything else to the course the selection counts for the group.
        List<UUID> courses = new ArrayList<>(List.of(selection.courses()));
        courses.add(StatsCourses.NO_COURSE);
        return db.preparedQuery("""
                SELECT day, unit_code, agency_id, learner_group, kind, sum(n)::bigint AS n, course_id
                FROM stat_daily
                WHERE day BETWEEN $1 AND $2 AND course_id = ANY ($3)
                GROUP BY day, unit_code, agency_id, learner_group, kind, course_id
                """)
                .execute(Tuple.of(from, to, courses.toArray(UUID[]::new)))
                .map(rows -> {
                    Map<LocalDate, List<Fact>> byDay = new HashMap<>();
                    for (Row r : rows) {
                        UUID course = r.getUUID("course_id");
                        String group = r.getString("learner_group");
                        if (!course.equals(StatsCourses.NO_COURSE) && !selection.counts(group, course)) {
                            continue;
                        }
                        byDay.computeIfAbsent(r.getLocalDate("day"), d -> new ArrayList<>())
                                .add(new Fact(
                                        r.getString("unit_code"),
                                        r.getLong("agency_id"),
                                        group,
                                        r.getString("kind"),
                                        r.getLong("n")));
                    }
                    return byDay;
                });
    }

    /** One point per day, of the counts {@code pick} takes from each day (a unit's, an agency's). */
    public static List<SeriesPoint> series(Map<LocalDate, Day> days, Function<Day, KindCounts> pick) {
        List<SeriesPoint> out = new ArrayList<>(days.size());
        days.forEach((day, facts) -> out.add(point(day, pick.apply(facts))));
        return out;
    }

    /** The province's series, from each day's totals. */
    public static List<SeriesPoint> provinceSeries(Map<LocalDate, Day> days) {
        List<SeriesPoint> out = new ArrayList<>(days.size());
        days.forEach((day, facts) ->
                out.add(point(day, facts.totals().values().stream().reduce(KindCounts.ZERO, KindCounts::plus))));
        return out;
    }

    private static SeriesPoint point(LocalDate day, KindCounts n) {
        return new SeriesPoint(
                day, n.registered(), n.enrolled(), n.lessonsCompleted(), n.passed(), n.certified(), n.revoked());
    }
}
