package vn.hocvuso.stats;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.NavigableMap;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import vn.hocvuso.common.ReadPool;
import vn.hocvuso.stats.StatsCourses.Selection;
import vn.hocvuso.stats.StatsData.Snapshot;

/** What one statistics answer reads, on one connection in one snapshot ({@link Snapshots}). */
@ApplicationScoped
class StatsReads {

    private final ReadPool pool;
    private final StatsData data;
    private final DailyFacts facts;
    private final TargetService targets;
    private final StatsCourses courses;
    private final TargetData targetData;
    private final StatsConfig config;
    private final PastCells past;
    private final StatsMoment moment;

    StatsReads(
            ReadPool pool,
            StatsData data,
            DailyFacts facts,
            TargetService targets,
            StatsCourses courses,
            TargetData targetData,
            StatsConfig config,
            PastCells past,
            StatsMoment moment) {
        this.pool = pool;
        this.data = data;
        this.facts = facts;
        this.targets = targets;
        this.courses = courses;
        this.targetData = targetData;
        this.config = config;
        this.past = past;
        this.moment = moment;
    }

    /** The rollups, directories and denominators, in one snapshot on one connection ({@link Snapshots}). */
    Uni<Snapshot> snapshot(UUID courseId, LocalDate day) {
        LocalDate today = moment.today();
        return Snapshots.readOnly(
                pool,
                (db, asOf) -> courses.select(db, courseId)
                        .chain(selection -> Uni.combine()
                                .all()
                                .unis(courses.requireKnown(db, courseId), snapshot(db, asOf, today, day, selection))
                                .with((known, snap) -> snap)));
    }

    /** Now's snapshot, or the one at the end of {@code day} when it names a past day. */
    private Uni<Snapshot> snapshot(SqlConnection db, Instant now, LocalDate today, LocalDate day, Selection selection) {
        return day == null
                ? data.snapshot(db, now, today, selection)
                : data.snapshotAt(db, day, today, selection, past);
    }

    /**
     * The same with the targets, what they need ({@link TargetData}: the villages of {@code villagesOf}), and
     * the daily facts of the series and of the pace window, in that snapshot; cut to the provinces {@code
     * provinces} finds in it (null: all of them, {@link ProvinceSlice}).
     */
    Uni<StatsContext> load(
            int seriesDays,
            UUID courseId,
            String villagesOf,
            LocalDate day,
            Function<Snapshot, Set<String>> provinces) {
        LocalDate realToday = moment.today();
        // As of a past day, that day is the answer's "today": its series ends there, its pace window too.
        LocalDate today = day == null ? realToday : day;
        int window = Math.max(seriesDays, config.paceWindowDays());
        LocalDate paceFrom = today.minusDays(config.paceWindowDays() - 1L);
        return Snapshots.readOnly(
                pool,
                (db, asOf) -> courses.select(db, courseId)
                        .chain(selection -> read(
                                        db, courseId, selection, asOf, realToday, day, window, villagesOf, paceFrom)
                                .map(read -> {
                                    ProvinceSlice slice = ProvinceSlice.cut(read.snap(), provinces.apply(read.snap()));
                                    NavigableMap<LocalDate, DailyFacts.Day> days = slice.days(read.days());
                                    return new StatsContext(
                                            slice.snap(),
                                            read.plan().of(slice.provinces()),
                                            read.extra(),
                                            days.tailMap(today.minusDays(seriesDays - 1L), true),
                                            days.tailMap(paceFrom, true),
                                            selection,
                                            slice);
                                })));
    }

    private record Read(
            Snapshot snap,
            TargetService.Plan plan,
            TargetData.Extra extra,
            NavigableMap<LocalDate, DailyFacts.Day> days) {}

    /** The reads of one response, issued together on its connection (pipelined). */
    private Uni<Read> read(
            SqlConnection db,
            UUID courseId,
            Selection selection,
            Instant asOf,
            LocalDate realToday,
            LocalDate day,
            int window,
            String villagesOf,
            LocalDate paceFrom) {
        LocalDate today = day == null ? realToday : day;
        // The plan first (cached, or one more round trip after a change): it says which village rows to read.
        Uni<TargetService.Plan> plan = (day == null ? targets.all(db) : targets.asOf(db, StatsMoment.endOf(day)))
                .memoize()
                .indefinitely();
        return Uni.combine()
                .all()
                .unis(
                        courses.requireKnown(db, courseId),
                        snapshot(db, asOf, realToday, day, selection),
                        plan,
                        plan.chain(t ->
                                targetData.read(db, today, realToday, villagesOf, paceFrom, selection, t.targets())),
                        facts.days(db, today.minusDays(window - 1L), today, selection))
                .with((known, snap, targetsRead, extra, days) -> new Read(snap, targetsRead, extra, days));
    }
}
