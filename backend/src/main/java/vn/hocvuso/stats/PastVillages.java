package vn.hocvuso.stats;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import vn.hocvuso.stats.StatsCourses.Selection;
import vn.hocvuso.stats.StatsData.VillageCount;
import vn.hocvuso.stats.StatsData.VillageRows;
import vn.hocvuso.stats.StatsViews.StatCounts;

/**
 * The villages' figures as they stood at the end of a past day, as {@link PastCells} gives the units' and
 * organisations': the village rollups of now ({@code stat_village_learners}, {@code stat_village_progress}, V95)
 * less the changes made to them on the days after it ({@code stat_village_state_daily}, V137). Only the answers
 * as of a past day read it; today's read the rollups alone, as before.
 *
 * <p>The pace of a village target as of a past day is the change of what it counts over the pace window ending
 * that day: the learners who joined the village or moved into it less those who moved out, or the certificates
 * issued less those revoked, on those days. Today's pace ({@link VillageWindow}) counts instead who joined, or
 * was certified, on those days among the learners who are in the village now; the two agree but for moves and
 * revocations within the window, and only this one stays what it was once the day is over.
 *
 * <p>A past day's figures never change once the day is over (a change is dated by the day it is made), so they
 * are kept ({@value #CACHE}) until the expiry that bounds an operator's rebuild; yesterday's are read on every
 * answer, as a transaction that began before midnight may still add to it.
 */
@ApplicationScoped
public class PastVillages {

    /** The villages' cells of past days, per unit or for every unit; their windows' changes. */
    static final String CACHE = "stats-past-villages";

    /** A village's learners of one group, or its progress in one course ({@link StatsCourses#NO_COURSE}: none). */
    record VillageCell(long village, String group, UUID course, long learners, long certified) {}

    /** A unit's villages' counts in one course at the end of a day, and the unit's own (the villages' and others'). */
    public record UnitVillages(Map<Long, StatCounts> villages, StatCounts unit) {}

    private record CellsKey(LocalDate day, String unit) {}

    private record ChangesKey(LocalDate from, LocalDate to, String unit) {}

    private record UnitKey(LocalDate day, String unit, UUID course) {}

    // The rows of every unit's villages (the overview) or of one unit's: two statements, as VillageWindow's.
    private static final String CELLS = """
            SELECT village_id, learner_group, course_id, sum(learners)::bigint, sum(certified)::bigint FROM (
                SELECT village_id, learner_group, '00000000-0000-0000-0000-000000000000'::uuid AS course_id,
                       learners, 0 AS certified
                FROM stat_village_learners %1$s
                UNION ALL
                SELECT village_id, learner_group, course_id, 0, certified FROM stat_village_progress %1$s
                UNION ALL
                SELECT village_id, learner_group, course_id, -learners, -certified
                FROM stat_village_state_daily WHERE day > $1 %2$s
            ) c
            GROUP BY 1, 2, 3
            HAVING (sum(learners), sum(certified)) <> (0, 0)""";
    private static final String ALL_CELLS = CELLS.formatted("", "");
    private static final String UNIT_CELLS = CELLS.formatted(
            "WHERE village_id IN (SELECT id FROM village WHERE unit_code = $2)",
            "AND village_id IN (SELECT id FROM village WHERE unit_code = $2)");

    private static final String CHANGES = """
            SELECT village_id, learner_group, course_id, sum(learners)::bigint, sum(certified)::bigint
            FROM stat_village_state_daily WHERE day BETWEEN $1 AND $2 %s
            GROUP BY 1, 2, 3""";
    private static final String ALL_CHANGES = CHANGES.formatted("");
    private static final String UNIT_CHANGES =
            CHANGES.formatted("AND village_id IN (SELECT id FROM village WHERE unit_code = $3)");

    /**
     * A unit's villages (id 0: the unit itself, every learner of it) in course $2 at the end of day $3: one
     * statement, one snapshot, so that the unit less its villages is those who named no village that day.
     */
    private static final String UNIT = """
            SELECT village_id, sum(learners)::bigint, sum(enrolled)::bigint, sum(completed_lessons)::bigint,
                   sum(passed)::bigint, sum(certified)::bigint
            FROM (
                SELECT village_id, learners, 0 AS enrolled, 0 AS completed_lessons, 0 AS passed, 0 AS certified
                FROM stat_village_learners WHERE village_id IN (SELECT id FROM village WHERE unit_code = $1)
                UNION ALL
                SELECT village_id, 0, enrolled, completed_lessons, passed, certified FROM stat_village_progress
                WHERE course_id = $2 AND village_id IN (SELECT id FROM village WHERE unit_code = $1)
                UNION ALL
                SELECT village_id, -learners, -enrolled, -completed_lessons, -passed, -certified
                FROM stat_village_state_daily
                WHERE day > $3 AND course_id IN ($2, '00000000-0000-0000-0000-000000000000')
                  AND village_id IN (SELECT id FROM village WHERE unit_code = $1)
                UNION ALL
                SELECT 0, learners, 0, 0, 0, 0 FROM stat_learners WHERE unit_code = $1
                UNION ALL
                SELECT 0, 0, enrolled, completed_lessons, passed, certified FROM stat_progress
                WHERE unit_code = $1 AND course_id = $2
                UNION ALL
                SELECT 0, -learners, -enrolled, -completed_lessons, -passed, -certified FROM stat_state_daily
                WHERE day > $3 AND unit_code = $1 AND course_id IN ($2, '00000000-0000-0000-0000-000000000000')
            ) c
            GROUP BY 1""";

    private final Cache past;

    public PastVillages(@CacheName(CACHE) Cache past) {
        this.past = past;
    }

    /**
     * What the village targets count at the end of {@code day} (before {@code today}), for the villages of {@code
     * unit} (null: every unit's): their learners, their certified as {@code selection} counts them, and the change
     * of both from {@code since} to {@code day} (the pace window; see the class comment).
     */
    Uni<VillageRows> rows(
            SqlClient db, String unit, LocalDate since, LocalDate day, LocalDate today, Selection selection) {
        Uni<List<VillageCell>> cells = kept(
                new CellsKey(day, unit),
                day,
                today,
                () -> read(
                        unit == null
                                ? db.preparedQuery(ALL_CELLS).execute(Tuple.of(day))
                                : db.preparedQuery(UNIT_CELLS).execute(Tuple.of(day, unit))));
        Uni<List<VillageCell>> changes = kept(
                new ChangesKey(since, day, unit),
                day,
                today,
                () -> read(
                        unit == null
                                ? db.preparedQuery(ALL_CHANGES).execute(Tuple.of(since, day))
                                : db.preparedQuery(UNIT_CHANGES).execute(Tuple.of(since, day, unit))));
        return Uni.combine().all().unis(cells, changes).with((at, window) -> {
            List<VillageCount> learners = new ArrayList<>();
            List<VillageCount> certified = new ArrayList<>();
            for (VillageCell c : at) {
                if (c.course().equals(StatsCourses.NO_COURSE)) {
                    if (c.learners() != 0) {
                        learners.add(new VillageCount(c.village(), c.group(), c.learners()));
                    }
                } else if (c.certified() != 0 && selection.counts(c.group(), c.course())) {
                    certified.add(new VillageCount(c.village(), c.group(), c.certified()));
                }
            }
            Map<VillageGroup, VillageWindow.Sum> lately = new HashMap<>();
            for (VillageCell c : window) {
                VillageWindow.Sum sum;
                if (c.course().equals(StatsCourses.NO_COURSE)) {
                    sum = new VillageWindow.Sum(c.village(), c.group(), c.learners(), 0);
                } else if (selection.counts(c.group(), c.course())) {
                    sum = new VillageWindow.Sum(c.village(), c.group(), 0, c.certified());
                } else {
                    continue;
                }
                lately.merge(new VillageGroup(c.village(), c.group()), sum, VillageWindow.Sum::plus);
            }
            return new VillageRows(learners, certified, List.copyOf(lately.values()));
        });
    }

    /**
     * The villages of {@code unit} and the unit itself in {@code course} at the end of {@code day} (before {@code
     * today}): learners, enrolled, lessons completed, passed, certified. A village with nothing is absent.
     */
    public Uni<UnitVillages> ofUnit(SqlClient db, String unit, UUID course, LocalDate day, LocalDate today) {
        return kept(
                new UnitKey(day, unit, course),
                day,
                today,
                () -> db.preparedQuery(UNIT)
                        .execute(Tuple.of(unit, course, day))
                        .map(rows -> {
                            Map<Long, StatCounts> villages = new HashMap<>();
                            StatCounts total = StatCounts.ZERO;
                            for (Row r : rows) {
                                StatCounts counts = new StatCounts(
                                        r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4), r.getLong(5));
                                if (r.getLong(0) == 0) {
                                    total = counts;
                                } else {
                                    villages.put(r.getLong(0), counts);
                                }
                            }
                            return new UnitVillages(Map.copyOf(villages), total);
                        }));
    }

    private record VillageGroup(long village, String group) {}

    /** {@code read}'s answer, kept when {@code day} is over for good: before yesterday. */
    private <K, T> Uni<T> kept(K key, LocalDate day, LocalDate today, Supplier<Uni<T>> read) {
        if (!day.isBefore(today.minusDays(1))) {
            return read.get();
        }
        return past.getAsync(key, k -> read.get());
    }

    private static Uni<List<VillageCell>> read(Uni<RowSet<Row>> rows) {
        return rows.map(read -> {
            List<VillageCell> out = new ArrayList<>(read.size());
            for (Row r : read) {
                out.add(new VillageCell(r.getLong(0), r.getString(1), r.getUUID(2), r.getLong(3), r.getLong(4)));
            }
            return List.copyOf(out);
        });
    }
}
