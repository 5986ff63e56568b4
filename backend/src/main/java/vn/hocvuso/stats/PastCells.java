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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import vn.hocvuso.stats.StatsCourses.Selection;
import vn.hocvuso.stats.StatsData.Cell;
import vn.hocvuso.stats.StatsViews.StatCounts;

/**
 * The rollup cells as they stood at the end of a past day: the current cells less the changes made to them
 * on the days after it ({@code stat_state_daily}, V133). Reading the later days rather than summing every
 * day up to the one asked for keeps a recent day (the usual question: "since the last notice") at a few
 * rows per day and place, and gives today's figures where the daily state has no history (a bulk load).
 *
 * <p>A past day's cells never change once the day is over (a change is dated by the day it is made), so they
 * are kept: yesterday briefly with the daily facts' yesterday ({@link DailyFacts}), for a transaction that began
 * before midnight and commits after it; older days in {@link #CACHE}, until the expiry that bounds an operator's
 * rebuild.
 */
@ApplicationScoped
public class PastCells {

    /**
     * The cells of past days but yesterday: a province's cells each (megabytes at a million learners), so a cache of
     * their own, a few days long, that asking for many days (the public dashboard's asOf needs no login) cannot
     * make the daily facts' cache forget the series' days.
     */
    static final String CACHE = "stats-past-cells";

    /** A past day's cells as one selection counts them. */
    private record Key(LocalDate day, Selection selection) {}

    private final CaffeineCache pastDays;
    private final CaffeineCache yesterdays;

    public PastCells(@CacheName(CACHE) Cache pastDays, @CacheName(DailyFacts.YESTERDAY_CACHE) Cache yesterdays) {
        this.pastDays = pastDays.as(CaffeineCache.class);
        this.yesterdays = yesterdays.as(CaffeineCache.class);
    }

    /**
     * The cells at the end of {@code day} (before {@code today}) as {@code selection} counts them; {@code
     * current} reads the current cells on {@code db}, the caller's snapshot, where the later days are read too.
     */
    Uni<List<Cell>> at(
            SqlClient db, LocalDate day, LocalDate today, Selection selection, Supplier<Uni<List<Cell>>> current) {
        CaffeineCache cache = day.equals(today.minusDays(1)) ? yesterdays : pastDays;
        Key key = new Key(day, selection);
        CompletableFuture<List<Cell>> held = cache.getIfPresent(key);
        if (held != null && held.isDone() && !held.isCompletedExceptionally()) {
            return Uni.createFrom().item(held.join());
        }
        return Uni.combine()
                .all()
                .unis(current.get(), later(db, day, selection))
                .with(PastCells::minus)
                .invoke(cells -> cache.put(key, CompletableFuture.completedFuture(cells)));
    }

    /** What changed in each cell on the days after {@code day}, as the selection counts it. */
    private static Uni<Map<Place, StatCounts>> later(SqlClient db, LocalDate day, Selection selection) {
        List<UUID> courses = new ArrayList<>(List.of(selection.courses()));
        courses.add(StatsCourses.NO_COURSE);
        return db.preparedQuery("""
                SELECT unit_code, agency_id, learner_group, course_id, sum(learners)::bigint, sum(enrolled)::bigint,
                       sum(completed_lessons)::bigint, sum(passed)::bigint, sum(certified)::bigint
                FROM stat_state_daily WHERE day > $1 AND course_id = ANY ($2)
                GROUP BY unit_code, agency_id, learner_group, course_id""")
                .execute(Tuple.of(day, courses.toArray(UUID[]::new)))
                .map(rows -> {
                    Map<Place, StatCounts> out = new HashMap<>();
                    for (Row r : rows) {
                        UUID course = r.getUUID(3);
                        boolean learners = course.equals(StatsCourses.NO_COURSE);
                        if (!learners && !selection.counts(r.getString(2), course)) {
                            continue;
                        }
                        StatCounts change = learners
                                ? new StatCounts(r.getLong(4), 0, 0, 0, 0)
                                : new StatCounts(0, r.getLong(5), r.getLong(6), r.getLong(7), r.getLong(8));
                        out.merge(new Place(r.getString(0), r.getLong(1), r.getString(2)), change, StatCounts::plus);
                    }
                    return out;
                });
    }

    private record Place(String unit, long agency, String group) {}

    private static List<Cell> minus(List<Cell> current, Map<Place, StatCounts> later) {
        Map<Place, StatCounts> sums = new HashMap<>();
        for (Cell c : current) {
            sums.merge(new Place(c.unit(), c.agency(), c.group()), c.counts(), StatCounts::plus);
        }
        later.forEach((place, change) -> sums.merge(place, negated(change), StatCounts::plus));
        List<Cell> out = new ArrayList<>(sums.size());
        sums.forEach((place, counts) -> {
            if (!counts.equals(StatCounts.ZERO)) {
                out.add(new Cell(place.unit(), place.agency(), place.group(), counts));
            }
        });
        return List.copyOf(out);
    }

    private static StatCounts negated(StatCounts c) {
        return new StatCounts(-c.learners(), -c.enrolled(), -c.completedLessons(), -c.passed(), -c.certified());
    }
}
