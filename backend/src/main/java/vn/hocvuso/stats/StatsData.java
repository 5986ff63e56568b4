package vn.hocvuso.stats;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.hocvuso.stats.StatsCourses.Selection;
import vn.hocvuso.stats.StatsViews.StatCounts;
import vn.hocvuso.unit.LearnerGroup;

/**
 * Reads what every figure is computed from: the rollup cells (one per unit, agency and learner group,
 * a few thousand rows however many learners there are), the current denominators, and the unit and
 * agency directories. Nothing here scans learners.
 *
 * <p>The cells are read on every request, in the request's snapshot ({@link Snapshots}). The rest changes
 * rarely and is kept in caches (quarkus-cache, settings in application.properties, docs/operations.md
 * "Statistics caches"), read on the request's connection when missing: the directories, which only
 * migrations change, for the life of the process; the denominators briefly, forgotten at once on this
 * replica when it changes one ({@link #denominatorsChanged()}), on the others after the cache's expiry.
 */
@ApplicationScoped
public class StatsData {

    /**
     * The figures of one unit, agency (0 = none) and learner group, in the course the response counts
     * ({@link StatsCourses.Selection}: the group's certifying course, or the one the request names).
     */
    public record Cell(String unit, long agency, String group, StatCounts counts) {}

    public record UnitInfo(String code, String name, String type, String searchKey) {}

    public record AgencyInfo(long id, String name) {}

    public record UnitDen(
            LocalDate validFrom,
            Integer population,
            Integer adultPopulation,
            Integer publicServants,
            boolean estimated,
            String source) {}

    /** An organisation's headcounts: its public servants, and a school's students or an enterprise's workers. */
    public record AgencyDen(
            LocalDate validFrom,
            Integer publicServants,
            Integer students,
            Integer workers,
            boolean estimated,
            String source) {}

    /**
     * A village's learners of one group: how many, how many certified (as {@link #cells} counts
     * certified), and how many of each joined or were certified in the pace window.
     */
    public record VillageCell(
            long village, String group, long learners, long certified, long registeredLately, long certifiedLately) {}

    /** Everything a response needs, read in one snapshot (the cached parts as the caches hold them). */
    public record Snapshot(
            Instant asOf,
            LocalDate today,
            List<Cell> cells,
            List<UnitInfo> units,
            List<AgencyInfo> agencies,
            Map<String, UnitDen> unitDens,
            Map<Long, AgencyDen> agencyDens) {}

    /** The denominators in force on a day. */
    record Denominators(Map<String, UnitDen> units, Map<Long, AgencyDen> agencies) {}

    /** Where a rollup row belongs: the key its counts are summed under. */
    private record CellKey(String unit, long agency, String group) {
        static CellKey of(Row r) {
            return new CellKey(r.getString(0), r.getLong(1), r.getString(2));
        }
    }

    static final String UNITS_CACHE = "stats-units";
    static final String AGENCIES_CACHE = "stats-agencies";
    static final String DENOMINATORS_CACHE = "stats-denominators";

    private final Cache units;
    private final Cache agencies;
    private final Cache denominators;

    public StatsData(
            @CacheName(UNITS_CACHE) Cache units,
            @CacheName(AGENCIES_CACHE) Cache agencies,
            @CacheName(DENOMINATORS_CACHE) Cache denominators) {
        this.units = units;
        this.agencies = agencies;
        this.denominators = denominators;
    }

    /** The snapshot of {@code today} counting {@code selection}, on {@code db}: the caller's snapshot transaction. */
    public Uni<Snapshot> snapshot(SqlClient db, Instant asOf, LocalDate today, Selection selection) {
        return Uni.combine()
                .all()
                .unis(
                        cells(db, selection),
                        units.getAsync(units.getDefaultKey(), k -> unitDirectory(db)),
                        agencies.getAsync(agencies.getDefaultKey(), k -> agencyDirectory(db)),
                        denominators.getAsync(today, day -> denominators(db, day)))
                .with((cells, unitList, agencyList, dens) ->
                        new Snapshot(asOf, today, cells, unitList, agencyList, dens.units(), dens.agencies()));
    }

    /** Forgets the denominators read, after this replica changed one (the others: after the cache's expiry). */
    public Uni<Void> denominatorsChanged() {
        return denominators.invalidateAll();
    }

    /**
     * The cells: accounts and progress read as two plain scans of a few thousand rows and summed here
     * (a GROUP BY over their union costs PostgreSQL more than the scans). The progress rows are those of the
     * selection's courses, each counted only for the groups it is selected for.
     */
    private Uni<List<Cell>> cells(SqlClient db, Selection selection) {
        Uni<RowSet<Row>> learners = db.preparedQuery(
                        "SELECT unit_code, agency_id, learner_group, learners FROM stat_learners WHERE learners <> 0")
                .execute();
        Uni<RowSet<Row>> progress = db.preparedQuery("""
                SELECT unit_code, agency_id, learner_group, enrolled, completed_lessons, passed, certified, course_id
                FROM stat_progress WHERE course_id = ANY ($1)""").execute(Tuple.of(selection.courses()));
        return Uni.combine().all().unis(learners, progress).asTuple().map(read -> {
            Map<CellKey, StatCounts> sums = new HashMap<>();
            for (Row r : read.getItem1()) {
                sums.merge(CellKey.of(r), new StatCounts(r.getInteger(3), 0, 0, 0, 0), StatCounts::plus);
            }
            for (Row r : read.getItem2()) {
                if (!selection.counts(r.getString(2), r.getUUID(7))) {
                    continue;
                }
                sums.merge(
                        CellKey.of(r),
                        new StatCounts(0, r.getInteger(3), r.getInteger(4), r.getInteger(5), r.getInteger(6)),
                        StatCounts::plus);
            }
            List<Cell> out = new ArrayList<>(sums.size());
            sums.forEach((key, counts) -> out.add(new Cell(key.unit(), key.agency(), key.group(), counts)));
            return out;
        });
    }

    /**
     * The learners of the villages of one unit (or of every unit, when {@code unit} is null), by village
     * and group, counted as {@link #cells} counts them, with those who joined or were certified since
     * {@code since}. There is no village rollup yet: this reads the unit's learners (app_user's village
     * index), so it serves one unit's page or the administrators' overview, not every dashboard request.
     */
    public Uni<List<VillageCell>> villageCells(SqlClient db, String unit, Instant since, Selection selection) {
        return db.preparedQuery("""
                SELECT u.village_id, u.learner_group, count(*),
                       count(c.id), count(*) FILTER (WHERE u.created_at >= $3),
                       count(c.id) FILTER (WHERE c.issued_at >= $3)
                FROM app_user u
                LEFT JOIN enrollment e ON e.user_id = u.id AND e.course_id = ($2::jsonb ->> u.learner_group)::uuid
                LEFT JOIN certificate c ON c.enrollment_id = e.id AND c.revoked_at IS NULL
                WHERE u.village_id IS NOT NULL AND ($1::text IS NULL OR u.unit_code = $1)
                GROUP BY 1, 2
                """)
                .execute(Tuple.of(unit, courseByGroup(selection), since.atOffset(ZoneOffset.UTC)))
                .map(rows -> {
                    List<VillageCell> out = new ArrayList<>();
                    rows.forEach(r -> out.add(new VillageCell(
                            r.getLong(0), r.getString(1), r.getLong(2), r.getLong(3), r.getLong(4), r.getLong(5))));
                    return out;
                });
    }

    /** Each group's counted course, as the JSON object a statement reads it from ($n ->> learner_group). */
    private static JsonObject courseByGroup(Selection selection) {
        JsonObject out = new JsonObject();
        for (LearnerGroup group : LearnerGroup.values()) {
            UUID course = selection.courseOf(group.name());
            if (course != null) {
                out.put(group.name(), course.toString());
            }
        }
        return out;
    }

    private static Uni<List<UnitInfo>> unitDirectory(SqlClient db) {
        return db.preparedQuery("SELECT code, name, type, search_key FROM unit ORDER BY name COLLATE vietnamese, code")
                .execute()
                .map(rows -> {
                    List<UnitInfo> out = new ArrayList<>();
                    rows.forEach(
                            r -> out.add(new UnitInfo(r.getString(0), r.getString(1), r.getString(2), r.getString(3))));
                    return List.copyOf(out);
                });
    }

    private static Uni<List<AgencyInfo>> agencyDirectory(SqlClient db) {
        return db.preparedQuery("SELECT id, name FROM agency ORDER BY name COLLATE vietnamese, id")
                .execute()
                .map(rows -> {
                    List<AgencyInfo> out = new ArrayList<>();
                    rows.forEach(r -> out.add(new AgencyInfo(r.getLong(0), r.getString(1))));
                    return List.copyOf(out);
                });
    }

    private static Uni<Denominators> denominators(SqlClient db, LocalDate day) {
        Uni<Map<String, UnitDen>> unitDens = db.preparedQuery("""
                SELECT DISTINCT ON (unit_code) unit_code, valid_from, population, adult_population, public_servants,
                       estimated, source
                FROM unit_denominator WHERE valid_from <= $1 ORDER BY unit_code, valid_from DESC
                """)
                .execute(Tuple.of(day))
                .map(rows -> {
                    Map<String, UnitDen> out = new HashMap<>();
                    rows.forEach(r -> out.put(
                            r.getString(0),
                            new UnitDen(
                                    r.getLocalDate(1),
                                    r.getInteger(2),
                                    r.getInteger(3),
                                    r.getInteger(4),
                                    r.getBoolean(5),
                                    r.getString(6))));
                    return out;
                });
        Uni<Map<Long, AgencyDen>> agencyDens = db.preparedQuery("""
                SELECT DISTINCT ON (agency_id) agency_id, valid_from, public_servants, students, workers, estimated,
                       source
                FROM agency_denominator WHERE valid_from <= $1 ORDER BY agency_id, valid_from DESC
                """)
                .execute(Tuple.of(day))
                .map(rows -> {
                    Map<Long, AgencyDen> out = new HashMap<>();
                    rows.forEach(r -> out.put(
                            r.getLong(0),
                            new AgencyDen(
                                    r.getLocalDate(1),
                                    r.getInteger(2),
                                    r.getInteger(3),
                                    r.getInteger(4),
                                    r.getBoolean(5),
                                    r.getString(6))));
                    return out;
                });
        return Uni.combine()
                .all()
                .unis(unitDens, agencyDens)
                .asTuple()
                .map(t -> new Denominators(Map.copyOf(t.getItem1()), Map.copyOf(t.getItem2())));
    }
}
