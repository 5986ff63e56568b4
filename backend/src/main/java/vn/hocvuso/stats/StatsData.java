package vn.hocvuso.stats;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.hocvuso.stats.StatsCourses.Selection;
import vn.hocvuso.stats.StatsViews.StatCounts;

/**
 * Reads what every figure is computed from: the rollup cells (one per unit, agency and learner group,
 * a few thousand rows however many learners there are), the village rollups, the current denominators,
 * and the unit and organisation directories. Nothing here scans learners.
 *
 * <p>The cells are read on every request, in the request's snapshot ({@link Snapshots}). The rest changes
 * rarely and is kept in caches (quarkus-cache, settings in application.properties, docs/operations.md
 * "Statistics caches"), read on the request's connection when missing: the units, which only migrations
 * change, for the life of the process; the organisations (every one, closed ones too, with what the
 * targets need of them) until an administrator changes one on this replica ({@code
 * organisation.OrganisationService} and {@code OrganisationImport} forget them at once) or, on the other
 * replicas, the cache's expiry; the denominators briefly, forgotten at once on this replica when it
 * changes one ({@link #denominatorsChanged()}), on the others after the cache's expiry.
 */
@ApplicationScoped
public class StatsData {

    /**
     * The figures of one unit, agency (0 = none) and learner group, in the course the response counts
     * ({@link StatsCourses.Selection}: the group's certifying course, or the one the request names).
     */
    public record Cell(String unit, long agency, String group, StatCounts counts) {}

    public record UnitInfo(String code, String name, String type, String searchKey) {}

    /**
     * An organisation: an AGENCY, a SCHOOL (with its level) or an ENTERPRISE, in a unit or none, where it
     * sits in the tree (its parent, and what it merged into), and the day it closed (null: open).
     */
    public record AgencyInfo(
            long id,
            String name,
            String kind,
            String schoolLevel,
            String unitCode,
            Long parentId,
            LocalDate closedOn,
            Long mergedIntoId) {

        /** Whether it is open on {@code day}: not closed, or closed after it. */
        boolean openOn(LocalDate day) {
            return closedOn == null || closedOn.isAfter(day);
        }
    }

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
    private final VillageWindow window;

    public StatsData(
            @CacheName(UNITS_CACHE) Cache units,
            @CacheName(AGENCIES_CACHE) Cache agencies,
            @CacheName(DENOMINATORS_CACHE) Cache denominators,
            VillageWindow window) {
        this.units = units;
        this.agencies = agencies;
        this.denominators = denominators;
        this.window = window;
    }

    /** The snapshot of {@code today} counting {@code selection}, on {@code db}: the caller's snapshot transaction. */
    public Uni<Snapshot> snapshot(SqlClient db, Instant asOf, LocalDate today, Selection selection) {
        return snapshot(db, asOf, today, selection, cells(db, selection));
    }

    /**
     * The snapshot at the end of {@code day}, a day before {@code today}: the cells as they stood then
     * ({@link PastCells}), the denominators in force that day, today's directories (closed organisations are
     * in them, with the day they closed).
     */
    public Uni<Snapshot> snapshotAt(SqlClient db, LocalDate day, LocalDate today, Selection selection, PastCells past) {
        return snapshot(
                db,
                StatsMoment.endOf(day),
                day,
                selection,
                past.at(db, day, today, selection, () -> cells(db, selection)));
    }

    private Uni<Snapshot> snapshot(
            SqlClient db, Instant asOf, LocalDate today, Selection selection, Uni<List<Cell>> cells) {
        return Uni.combine()
                .all()
                .unis(
                        cells,
                        units.getAsync(units.getDefaultKey(), k -> unitDirectory(db)),
                        agencies.getAsync(agencies.getDefaultKey(), k -> agencyDirectory(db)),
                        denominators.getAsync(today, day -> denominators(db, day)))
                .with((read, unitList, agencyList, dens) ->
                        new Snapshot(asOf, today, read, unitList, agencyList, dens.units(), dens.agencies()));
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
     * and group, counted as {@link #cells} counts them, with those who joined or were certified on a day
     * from {@code since} on. Read from the village rollups (V95, V120): the learners, the certified of the
     * selection's courses, and the days of the pace window ({@code stat_village_daily}): a few rows per
     * village, however many learners it has.
     */
    public Uni<List<VillageCell>> villageCells(
            SqlClient db, String unit, LocalDate since, LocalDate today, Selection selection) {
        Uni<RowSet<Row>> learners = db.preparedQuery("""
                SELECT s.village_id, s.learner_group, s.learners
                FROM stat_village_learners s JOIN village v ON v.id = s.village_id
                WHERE s.learners <> 0 AND ($1::text IS NULL OR v.unit_code = $1)""").execute(Tuple.of(unit));
        Uni<RowSet<Row>> certified = db.preparedQuery("""
                SELECT s.village_id, s.learner_group, s.course_id, s.certified
                FROM stat_village_progress s JOIN village v ON v.id = s.village_id
                WHERE s.certified <> 0 AND s.course_id = ANY ($2) AND ($1::text IS NULL OR v.unit_code = $1)""").execute(Tuple.of(unit, selection.courses()));
        Uni<List<VillageWindow.Sum>> lately = window.sums(db, unit, since, today, selection);
        return Uni.combine().all().unis(learners, certified, lately).asTuple().map(read -> {
            Map<VillageKey, VillageCell> sums = new HashMap<>();
            for (Row r : read.getItem1()) {
                add(sums, r.getLong(0), r.getString(1), r.getInteger(2), 0, 0, 0);
            }
            for (Row r : read.getItem2()) {
                if (selection.counts(r.getString(1), r.getUUID(2))) {
                    add(sums, r.getLong(0), r.getString(1), 0, r.getInteger(3), 0, 0);
                }
            }
            for (VillageWindow.Sum s : read.getItem3()) {
                add(sums, s.village(), s.group(), 0, 0, s.joined(), s.certified());
            }
            return List.copyOf(sums.values());
        });
    }

    /** A village and learner group: where the village rollups' rows are summed. */
    private record VillageKey(long village, String group) {}

    /** Adds a village rollup row's counts to their village's and group's sum. */
    private static void add(
            Map<VillageKey, VillageCell> sums,
            long village,
            String group,
            long learners,
            long certified,
            long registeredLately,
            long certifiedLately) {
        sums.merge(
                new VillageKey(village, group),
                new VillageCell(village, group, learners, certified, registeredLately, certifiedLately),
                (a, b) -> new VillageCell(
                        village,
                        group,
                        a.learners() + b.learners(),
                        a.certified() + b.certified(),
                        a.registeredLately() + b.registeredLately(),
                        a.certifiedLately() + b.certifiedLately()));
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
        return db.preparedQuery("""
                SELECT id, name, kind, school_level, unit_code, parent_id, closed_on, merged_into_id FROM agency
                ORDER BY name COLLATE vietnamese, id""").execute().map(rows -> {
            List<AgencyInfo> out = new ArrayList<>();
            rows.forEach(r -> out.add(new AgencyInfo(
                    r.getLong(0),
                    r.getString(1),
                    r.getString(2),
                    r.getString(3),
                    r.getString(4),
                    r.getLong(5),
                    r.getLocalDate(6),
                    r.getLong(7))));
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
