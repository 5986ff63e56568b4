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
import java.util.function.Function;
import vn.hocvuso.common.Rows;
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
 * replicas, the cache's expiry (a past day's directory: {@link PastOrganisations}); the denominators briefly,
 * forgotten at once on this replica when it changes one ({@link #denominatorsChanged()}), on the others after
 * the cache's expiry.
 */
@ApplicationScoped
public class StatsData {

    /**
     * The figures of one unit, agency (0 = none) and learner group, in the course the response counts
     * ({@link StatsCourses.Selection}: the group's certifying course, or the one the request names).
     */
    public record Cell(String unit, long agency, String group, StatCounts counts) {}

    public record UnitInfo(String code, String name, String type, String searchKey, String provinceCode) {}

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
            Long mergedIntoId,
            String provinceCode) {

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

    /** A village's learners of one group, or those of them certified, as {@link #cells} counts them. */
    public record VillageCount(long village, String group, long count) {}

    /**
     * The villages' rollups as read: their learners, the certified of the selection's courses, and who
     * joined or was certified in the pace window; each by village and group, a few rows per village. Left
     * as rows: each village target sums only those of its own groups and metric, once.
     */
    public record VillageRows(
            List<VillageCount> learners, List<VillageCount> certified, List<VillageWindow.Sum> lately) {

        static final VillageRows NONE = new VillageRows(List.of(), List.of(), List.of());
    }

    /** Everything a response needs, read in one snapshot (the cached parts as the caches hold them). */
    public record Snapshot(
            Instant asOf,
            LocalDate today,
            List<Cell> cells,
            List<UnitInfo> units,
            List<AgencyInfo> agencies,
            Map<String, UnitDen> unitDens,
            Map<Long, AgencyDen> agencyDens) {}

    /** A village's population and adults, as a version of {@code village_denominator} gives them. */
    public record VillageDen(
            LocalDate validFrom, Integer population, Integer adultPopulation, boolean estimated, String source) {}

    /** A village as the figures place it: its unit, its name, and the day it closed (null: open). */
    public record VillageInfo(long id, String unitCode, String name, LocalDate closedOn) {

        boolean openOn(LocalDate day) {
            return closedOn == null || closedOn.isAfter(day);
        }
    }

    /** The denominators in force on a day: of the units, the organisations and the villages. */
    record Denominators(Map<String, UnitDen> units, Map<Long, AgencyDen> agencies, Map<Long, VillageDen> villages) {}

    /** Where a rollup row belongs: the key its counts are summed under. */
    private record CellKey(String unit, long agency, String group) {
        static CellKey of(Row r) {
            return new CellKey(r.getString(0), r.getLong(1), r.getString(2));
        }
    }

    static final String UNITS_CACHE = "stats-units";
    static final String AGENCIES_CACHE = "stats-agencies";
    static final String DENOMINATORS_CACHE = "stats-denominators";
    public static final String VILLAGES_CACHE = "stats-villages";

    private final Cache units;
    private final Cache agencies;
    private final Cache denominators;
    private final Cache villages;
    private final PastOrganisations pastOrganisations;

    public StatsData(
            @CacheName(UNITS_CACHE) Cache units,
            @CacheName(AGENCIES_CACHE) Cache agencies,
            @CacheName(DENOMINATORS_CACHE) Cache denominators,
            @CacheName(VILLAGES_CACHE) Cache villages,
            PastOrganisations pastOrganisations) {
        this.units = units;
        this.agencies = agencies;
        this.denominators = denominators;
        this.villages = villages;
        this.pastOrganisations = pastOrganisations;
    }

    /** The snapshot of {@code today} counting {@code selection}, on {@code db}: the caller's snapshot transaction. */
    public Uni<Snapshot> snapshot(SqlClient db, Instant asOf, LocalDate today, Selection selection) {
        return snapshot(db, asOf, today, cells(db, selection), agencyDirectory(db));
    }

    /**
     * The snapshot at the end of {@code day}, a day before {@code today}: the cells as they stood then
     * ({@link PastCells}), the denominators in force that day, the organisations as they were that day ({@link
     * PastOrganisations}: their names, tree and closings then, without those entered since; closed ones are in
     * it with the day they closed), today's units.
     */
    public Uni<Snapshot> snapshotAt(SqlClient db, LocalDate day, LocalDate today, Selection selection, PastCells past) {
        return snapshot(
                db,
                StatsMoment.endOf(day),
                day,
                past.at(db, day, today, selection, () -> cells(db, selection)),
                agencyDirectory(db).chain(current -> pastOrganisations.at(db, day, current)));
    }

    private Uni<Snapshot> snapshot(
            SqlClient db, Instant asOf, LocalDate today, Uni<List<Cell>> cells, Uni<List<AgencyInfo>> organisations) {
        return Uni.combine()
                .all()
                .unis(
                        cells,
                        units.getAsync(units.getDefaultKey(), k -> unitDirectory(db)),
                        organisations,
                        denominators(db, today))
                .with((read, unitList, agencyList, dens) ->
                        new Snapshot(asOf, today, read, unitList, agencyList, dens.units(), dens.agencies()));
    }

    /** The denominators in force on {@code day}, as cached (read on {@code db}, the caller's snapshot, when not). */
    Uni<Denominators> denominators(SqlClient db, LocalDate day) {
        return denominators.getAsync(day, d -> readDenominators(db, d));
    }

    /**
     * Every village, closed ones too, in Vietnamese order of their names: kept like the organisations
     * (their unit's managers change them; the replica that does forgets them at once, {@code
     * village.VillageService} and {@code VillageImport}), read on {@code db} when not cached.
     */
    Uni<List<VillageInfo>> villageDirectory(SqlClient db) {
        return villages.getAsync(
                villages.getDefaultKey(),
                k -> db.preparedQuery(
                                "SELECT id, unit_code, name, closed_on FROM village ORDER BY name COLLATE vietnamese, id")
                        .execute()
                        .map(rows -> List.copyOf(Rows.list(
                                rows,
                                r -> new VillageInfo(
                                        r.getLong(0), r.getString(1), r.getString(2), r.getLocalDate(3))))));
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

    private static Uni<List<UnitInfo>> unitDirectory(SqlClient db) {
        return db.preparedQuery(
                        "SELECT code, name, type, search_key, province_code FROM unit ORDER BY name COLLATE vietnamese, code")
                .execute()
                .map(rows -> List.copyOf(Rows.list(
                        rows,
                        r -> new UnitInfo(
                                r.getString(0), r.getString(1), r.getString(2), r.getString(3), r.getString(4)))));
    }

    /** The current organisation directory, as cached (read on {@code db}, the caller's snapshot, when not). */
    private Uni<List<AgencyInfo>> agencyDirectory(SqlClient db) {
        return agencies.getAsync(
                agencies.getDefaultKey(), k -> db.preparedQuery("""
                        SELECT id, name, kind, school_level, unit_code, parent_id, closed_on, merged_into_id, province_code
                        FROM agency ORDER BY name COLLATE vietnamese, id""").execute().map(StatsData::agencies));
    }

    /**
     * The organisations of rows of (id, name, kind, school_level, unit_code, parent_id, closed_on, merged_into_id,
     * province_code).
     */
    static List<AgencyInfo> agencies(RowSet<Row> rows) {
        return List.copyOf(Rows.list(
                rows,
                r -> new AgencyInfo(
                        r.getLong(0),
                        r.getString(1),
                        r.getString(2),
                        r.getString(3),
                        r.getString(4),
                        r.getLong(5),
                        r.getLocalDate(6),
                        r.getLong(7),
                        r.getString(8))));
    }

    /** A version of three counts, as both kinds of place that have three read it: from, counts, estimated, source. */
    private interface ThreeCounts<T> {
        T of(LocalDate validFrom, Integer first, Integer second, Integer third, Boolean estimated, String source);
    }

    private static <T> Function<Row, T> threeCounts(ThreeCounts<T> version) {
        return r -> version.of(
                r.getLocalDate(1), r.getInteger(2), r.getInteger(3), r.getInteger(4), r.getBoolean(5), r.getString(6));
    }

    private static Uni<Denominators> readDenominators(SqlClient db, LocalDate day) {
        Uni<Map<String, UnitDen>> unitDens = latest(
                db,
                day,
                "unit_denominator",
                "unit_code",
                "population, adult_population, public_servants",
                r -> r.getString(0),
                threeCounts(UnitDen::new));
        Uni<Map<Long, AgencyDen>> agencyDens = latest(
                db,
                day,
                "agency_denominator",
                "agency_id",
                "public_servants, students, workers",
                r -> r.getLong(0),
                threeCounts(AgencyDen::new));
        Uni<Map<Long, VillageDen>> villageDens = latest(
                db,
                day,
                "village_denominator",
                "village_id",
                "population, adult_population",
                r -> r.getLong(0),
                r -> new VillageDen(
                        r.getLocalDate(1), r.getInteger(2), r.getInteger(3), r.getBoolean(4), r.getString(5)));
        return Uni.combine()
                .all()
                .unis(unitDens, agencyDens, villageDens)
                .asTuple()
                .map(t ->
                        new Denominators(Map.copyOf(t.getItem1()), Map.copyOf(t.getItem2()), Map.copyOf(t.getItem3())));
    }

    /**
     * Each key's row of a denominator {@code table} valid on {@code day} (the latest {@code valid_from} not
     * after it), read as (key, valid_from, {@code counts}, estimated, source).
     */
    private static <K, V> Uni<Map<K, V>> latest(
            SqlClient db,
            LocalDate day,
            String table,
            String key,
            String counts,
            Function<Row, K> keyOf,
            Function<Row, V> read) {
        return db.preparedQuery("SELECT DISTINCT ON (" + key + ") " + key + ", valid_from, " + counts
                        + ", estimated, source FROM " + table + " WHERE valid_from <= $1 ORDER BY " + key
                        + ", valid_from DESC")
                .execute(Tuple.of(day))
                .map(rows -> Rows.byKey(rows, keyOf, read));
    }
}
