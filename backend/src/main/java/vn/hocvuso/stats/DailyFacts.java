package vn.hocvuso.stats;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import vn.hocvuso.stats.StatsViews.SeriesPoint;

/**
 * The daily counts of what happened (stat_daily), for series and for the pace of targets.
 *
 * <p>A fact is stamped with the moment it is recorded, so a day that has ended never changes again:
 * past days are read once and kept, and only today is read on every request. That keeps a 30-day
 * province series at a few thousand rows read per request, however long the province has been
 * learning. Yesterday is kept only briefly, for a transaction that began before midnight and commits
 * after it; older days expire after {@link StatsConfig#pastDayCacheTtl()}, for an operator's rebuild.
 */
@ApplicationScoped
public class DailyFacts {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final UUID NO_COURSE = new UUID(0, 0);
    private static final Duration YESTERDAY_TTL = Duration.ofMinutes(5);

    /** What happened on one day in one unit, agency (0 = none) and learner group. */
    public record Fact(String unit, long agency, String group, String kind, long n) {
    }

    /** The kinds a series counts, in the order of {@link Day#totals}. */
    static final List<String> KINDS = List.of("REGISTERED", "ENROLLED", "LESSON_COMPLETED", "PASSED", "CERTIFIED",
            "CERTIFICATE_REVOKED");

    /**
     * One day's facts, indexed once when read: by unit and by agency (a unit's series reads its own few
     * dozen rows, not the province's thousands), and the province's totals per learner group and kind.
     */
    public record Day(List<Fact> facts, Map<String, List<Fact>> byUnit, Map<Long, List<Fact>> byAgency,
            Map<String, long[]> totals) {

        static Day of(List<Fact> facts) {
            Map<String, List<Fact>> byUnit = new HashMap<>();
            Map<Long, List<Fact>> byAgency = new HashMap<>();
            Map<String, long[]> totals = new HashMap<>();
            for (Fact f : facts) {
                byUnit.computeIfAbsent(f.unit(), u -> new ArrayList<>()).add(f);
                if (f.agency() != 0) {
                    byAgency.computeIfAbsent(f.agency(), a -> new ArrayList<>()).add(f);
                }
                int kind = KINDS.indexOf(f.kind());
                if (kind >= 0) {
                    totals.computeIfAbsent(f.group(), g -> new long[KINDS.size()])[kind] += f.n();
                }
            }
            return new Day(facts, byUnit, byAgency, totals);
        }

        List<Fact> ofUnit(String code) {
            return byUnit.getOrDefault(code, List.of());
        }

        List<Fact> ofAgency(long id) {
            return byAgency.getOrDefault(id, List.of());
        }
    }

    private record CachedDay(Day day, Instant expires) {
    }

    private final Pool pool;
    private final StatsConfig config;
    private final Map<LocalDate, CachedDay> cache = new ConcurrentHashMap<>();

    public DailyFacts(Pool pool, StatsConfig config) {
        this.pool = pool;
        this.config = config;
    }

    public static LocalDate today() {
        return LocalDate.now(VIETNAM);
    }

    /** The facts of every day from {@code from} to {@code to}, both included, in day order. */
    public Uni<NavigableMap<LocalDate, Day>> days(LocalDate from, LocalDate to) {
        LocalDate today = today();
        Instant now = Instant.now();
        NavigableMap<LocalDate, Day> out = new TreeMap<>();
        LocalDate firstMissing = null;
        LocalDate lastMissing = null;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            CachedDay cached = d.isBefore(today) ? cache.get(d) : null;
            if (cached != null && cached.expires().isAfter(now)) {
                out.put(d, cached.day());
            } else {
                firstMissing = firstMissing == null ? d : firstMissing;
                lastMissing = d;
            }
        }
        if (firstMissing == null) {
            return Uni.createFrom().item(out);
        }
        LocalDate loadFrom = firstMissing;
        LocalDate loadTo = lastMissing;
        // Expired days are dropped here, so that the cache holds at most the windows asked for lately.
        cache.values().removeIf(c -> !c.expires().isAfter(now));
        return load(loadFrom, loadTo).map(loaded -> {
            for (LocalDate d = loadFrom; !d.isAfter(loadTo); d = d.plusDays(1)) {
                Day day = Day.of(loaded.getOrDefault(d, List.of()));
                out.putIfAbsent(d, day);
                if (d.isBefore(today)) {
                    Duration ttl = d.equals(today.minusDays(1)) ? YESTERDAY_TTL : config.pastDayCacheTtl();
                    cache.put(d, new CachedDay(day, now.plus(ttl)));
                }
            }
            return out;
        });
    }

    private Uni<Map<LocalDate, List<Fact>>> load(LocalDate from, LocalDate to) {
        // Registrations belong to no course; everything else to the course the province reports on.
        return pool.preparedQuery("""
                SELECT day, unit_code, agency_id, learner_group, kind, sum(n)::bigint AS n
                FROM stat_daily
                WHERE day BETWEEN $1 AND $2 AND course_id IN ($3, $4)
                GROUP BY day, unit_code, agency_id, learner_group, kind
                """).execute(Tuple.of(from, to, config.courseId(), NO_COURSE)).map(rows -> {
                    Map<LocalDate, List<Fact>> byDay = new HashMap<>();
                    for (Row r : rows) {
                        byDay.computeIfAbsent(r.getLocalDate("day"), d -> new ArrayList<>())
                                .add(new Fact(r.getString("unit_code"), r.getLong("agency_id"),
                                        r.getString("learner_group"), r.getString("kind"), r.getLong("n")));
                    }
                    return byDay;
                });
    }

    /** One point per day for the facts {@code pick} takes from each day (a unit's, an agency's). */
    public static List<SeriesPoint> series(Map<LocalDate, Day> days, Function<Day, List<Fact>> pick) {
        List<SeriesPoint> out = new ArrayList<>(days.size());
        days.forEach((day, facts) -> {
            long[] n = new long[KINDS.size()];
            for (Fact f : pick.apply(facts)) {
                int kind = KINDS.indexOf(f.kind());
                if (kind >= 0) {
                    n[kind] += f.n();
                }
            }
            out.add(point(day, n));
        });
        return out;
    }

    /** The province's series, from each day's totals. */
    public static List<SeriesPoint> provinceSeries(Map<LocalDate, Day> days) {
        List<SeriesPoint> out = new ArrayList<>(days.size());
        days.forEach((day, facts) -> {
            long[] n = new long[KINDS.size()];
            facts.totals().values().forEach(byKind -> {
                for (int k = 0; k < n.length; k++) {
                    n[k] += byKind[k];
                }
            });
            out.add(point(day, n));
        });
        return out;
    }

    private static SeriesPoint point(LocalDate day, long[] n) {
        return new SeriesPoint(day, n[0], n[1], n[2], n[3], n[4], n[5]);
    }
}
