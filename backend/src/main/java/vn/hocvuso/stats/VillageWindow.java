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
import vn.hocvuso.stats.StatsCourses.Selection;

/**
 * Who joined a village, and whose certificates were issued, over the days of the pace window
 * ({@code stat_village_daily}, V120), summed per village, learner group and course.
 *
 * <p>The past days are summed once and kept (quarkus-cache {@value #CACHE}) under the version of the past
 * days that the database keeps per village (V124, V126): a learner's move or a revoked certificate that
 * changes a past day moves its village's, so every answer, on any replica, sums the versions of the villages
 * it reads in its own snapshot and sums the past days again only when they changed (or after the cache's expiry, which bounds what a transaction writing across
 * midnight can leave unseen). Today's rows are read on every answer.
 */
@ApplicationScoped
public class VillageWindow {

    static final String CACHE = "stats-village-window";

    /**
     * A village's learners of one group who joined, and its certificates of the selection's course for that
     * group, over some days.
     */
    record Sum(long village, String group, long joined, long certified) {

        Sum plus(Sum o) {
            return new Sum(village, group, joined + o.joined, certified + o.certified);
        }
    }

    private record VillageGroup(long village, String group) {}

    /** The past days of one window, for one unit or all (null), as they stood at {@code version}. */
    private record PastKey(String unit, LocalDate from, LocalDate to, Selection selection, long version) {}

    // A unit's page reads its own villages' days by the (village, day) index (V121); the overview, every
    // village's, by the primary key's day range. Two statements: a generic plan of "$1 IS NULL OR …" uses neither.
    private static final String SUMS = """
            SELECT d.village_id, d.learner_group, d.course_id, sum(d.joined), sum(d.certified)
            FROM stat_village_daily d %s
            WHERE d.day BETWEEN $1 AND $2 AND (d.course_id = $3 OR d.course_id = ANY ($4)) %s
            GROUP BY 1, 2, 3""";
    private static final String ALL_UNITS = SUMS.formatted("", "");
    private static final String ONE_UNIT =
            SUMS.formatted("JOIN village v ON v.id = d.village_id", "AND v.unit_code = $5");

    /** The version of the past days of every village, or of a unit's (V126: each village's, and row 0 a rebuild's). */
    private static final String ALL_VERSIONS = "SELECT sum(version)::bigint FROM stat_village_daily_past_version";

    private static final String UNIT_VERSIONS = """
            SELECT sum(version)::bigint FROM stat_village_daily_past_version
            WHERE village_id = 0 OR village_id IN (SELECT id FROM village WHERE unit_code = $1)""";

    private final Cache past;

    public VillageWindow(@CacheName(CACHE) Cache past) {
        this.past = past;
    }

    /** The sums of the days from {@code since} to {@code today} of {@code unit}'s villages (null: every unit's). */
    Uni<List<Sum>> sums(SqlClient db, String unit, LocalDate since, LocalDate today, Selection selection) {
        Uni<List<Sum>> todays = read(db, unit, today, today, selection);
        if (!since.isBefore(today)) {
            return todays;
        }
        LocalDate yesterday = today.minusDays(1);
        Uni<RowSet<Row>> versions = unit == null
                ? db.preparedQuery(ALL_VERSIONS).execute()
                : db.preparedQuery(UNIT_VERSIONS).execute(Tuple.of(unit));
        Uni<List<Sum>> pastDays = versions.map(rows -> rows.iterator().next().getLong(0))
                .chain(version -> past.getAsync(
                        new PastKey(unit, since, yesterday, selection, version),
                        key -> read(db, unit, since, yesterday, selection)));
        return Uni.combine().all().unis(pastDays, todays).with((a, b) -> {
            List<Sum> both = new ArrayList<>(a.size() + b.size());
            both.addAll(a);
            both.addAll(b);
            return both;
        });
    }

    /** The days' rows summed per village and group, the certified counted as {@code selection} counts them. */
    private static Uni<List<Sum>> read(SqlClient db, String unit, LocalDate from, LocalDate to, Selection selection) {
        Uni<RowSet<Row>> rows = unit == null
                ? db.preparedQuery(ALL_UNITS).execute(Tuple.of(from, to, StatsCourses.NO_COURSE, selection.courses()))
                : db.preparedQuery(ONE_UNIT)
                        .execute(Tuple.of(from, to, StatsCourses.NO_COURSE, selection.courses(), unit));
        return rows.map(read -> {
            Map<VillageGroup, Sum> sums = new HashMap<>();
            for (Row r : read) {
                long village = r.getLong(0);
                String group = r.getString(1);
                UUID course = r.getUUID(2);
                Sum sum;
                if (StatsCourses.NO_COURSE.equals(course)) {
                    sum = new Sum(village, group, r.getLong(3), 0);
                } else if (selection.counts(group, course)) {
                    sum = new Sum(village, group, 0, r.getLong(4));
                } else {
                    continue;
                }
                sums.merge(new VillageGroup(village, group), sum, Sum::plus);
            }
            return List.copyOf(sums.values());
        });
    }
}
