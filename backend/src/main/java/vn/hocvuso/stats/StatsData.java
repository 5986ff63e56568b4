package vn.hocvuso.stats;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.hocvuso.stats.StatsViews.StatCounts;

/**
 * Reads what every figure is computed from: the rollup cells (one per unit, agency and learner group,
 * a few thousand rows however many learners there are), the current denominators, and the unit and
 * agency directories. Nothing here scans learners.
 */
@ApplicationScoped
public class StatsData {

    /** The figures of one unit, agency (0 = none) and learner group, for the reported course. */
    public record Cell(String unit, long agency, String group, StatCounts counts) {
    }

    public record UnitInfo(String code, String name, String type, String searchKey) {
    }

    public record AgencyInfo(long id, String name) {
    }

    public record UnitDen(LocalDate validFrom, Integer population, Integer adultPopulation, Integer publicServants,
            boolean estimated, String source) {
    }

    public record AgencyDen(LocalDate validFrom, Integer publicServants, boolean estimated, String source) {
    }

    /** Everything a response needs, read at one moment. */
    public record Snapshot(Instant asOf, LocalDate today, List<Cell> cells, List<UnitInfo> units,
            List<AgencyInfo> agencies, Map<String, UnitDen> unitDens, Map<Long, AgencyDen> agencyDens) {
    }

    /** Denominators as of a day, kept briefly: they change a few times a year, and every request needs them. */
    private record Dens(LocalDate day, Instant expires, Map<String, UnitDen> units, Map<Long, AgencyDen> agencies) {
    }

    static final Duration DENOMINATOR_TTL = Duration.ofSeconds(10);

    private final Pool pool;
    private final StatsConfig config;
    private volatile List<UnitInfo> units;
    private volatile List<AgencyInfo> agencies;
    private volatile Dens dens;

    public StatsData(Pool pool, StatsConfig config) {
        this.pool = pool;
        this.config = config;
    }

    public Uni<Snapshot> snapshot() {
        Instant asOf = Instant.now();
        LocalDate today = DailyFacts.today();
        return Uni.combine().all().unis(cells(), unitDirectory(), agencyDirectory(), denominators(today))
                .with(parts -> {
                    Dens d = cast(parts.get(3));
                    return new Snapshot(asOf, today, cast(parts.get(0)), cast(parts.get(1)), cast(parts.get(2)),
                            d.units(), d.agencies());
                });
    }

    /**
     * Forgets the denominators read, after this server changed one. Other replicas see a change within
     * {@link #DENOMINATOR_TTL}.
     */
    public void denominatorsChanged() {
        dens = null;
    }

    private Uni<Dens> denominators(LocalDate today) {
        Dens cached = dens;
        if (cached != null && cached.day().equals(today) && cached.expires().isAfter(Instant.now())) {
            return Uni.createFrom().item(cached);
        }
        return Uni.combine().all().unis(unitDenominators(today), agencyDenominators(today)).asTuple().map(t -> {
            Dens read = new Dens(today, Instant.now().plus(DENOMINATOR_TTL), t.getItem1(), t.getItem2());
            dens = read;
            return read;
        });
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object o) {
        return (T) o;
    }

    /**
     * The cells: accounts and progress read as two plain scans of a few thousand rows and joined here
     * (a GROUP BY over their union costs PostgreSQL more than the scans).
     */
    private Uni<List<Cell>> cells() {
        Uni<Map<String, long[]>> learners = pool.preparedQuery(
                "SELECT unit_code, agency_id, learner_group, learners FROM stat_learners WHERE learners <> 0")
                .execute().map(rows -> {
                    Map<String, long[]> out = new HashMap<>();
                    for (Row r : rows) {
                        out.computeIfAbsent(key(r), k -> new long[5])[0] += r.getInteger(3);
                    }
                    return out;
                });
        Uni<Map<String, long[]>> progress = pool.preparedQuery("""
                SELECT unit_code, agency_id, learner_group, enrolled, completed_lessons, passed, certified
                FROM stat_progress WHERE course_id = $1""").execute(Tuple.of(config.courseId())).map(rows -> {
                    Map<String, long[]> out = new HashMap<>();
                    for (Row r : rows) {
                        long[] n = out.computeIfAbsent(key(r), k -> new long[5]);
                        for (int i = 0; i < 4; i++) {
                            n[i + 1] += r.getInteger(3 + i);
                        }
                    }
                    return out;
                });
        return Uni.combine().all().unis(learners, progress).asTuple().map(t -> {
            Map<String, long[]> all = new HashMap<>(t.getItem1());
            t.getItem2().forEach((k, n) -> {
                long[] sum = all.computeIfAbsent(k, x -> new long[5]);
                for (int i = 1; i < 5; i++) {
                    sum[i] += n[i];
                }
            });
            List<Cell> out = new ArrayList<>(all.size());
            all.forEach((k, n) -> {
                String[] parts = k.split("\\|");
                out.add(new Cell(parts[0], Long.parseLong(parts[1]), parts[2], new StatCounts(n[0], n[1], n[2], n[3], n[4])));
            });
            return out;
        });
    }

    private static String key(Row r) {
        return r.getString(0) + "|" + r.getLong(1) + "|" + r.getString(2);
    }

    /** Units are reference data changed only by migrations: read once. */
    private Uni<List<UnitInfo>> unitDirectory() {
        if (units != null) {
            return Uni.createFrom().item(units);
        }
        return pool.preparedQuery("SELECT code, name, type, search_key FROM unit ORDER BY name COLLATE vietnamese, code")
                .execute().map(rows -> {
                    List<UnitInfo> out = new ArrayList<>();
                    rows.forEach(r -> out.add(new UnitInfo(r.getString(0), r.getString(1), r.getString(2), r.getString(3))));
                    units = List.copyOf(out);
                    return units;
                });
    }

    private Uni<List<AgencyInfo>> agencyDirectory() {
        if (agencies != null) {
            return Uni.createFrom().item(agencies);
        }
        return pool.preparedQuery("SELECT id, name FROM agency ORDER BY name COLLATE vietnamese, id")
                .execute().map(rows -> {
                    List<AgencyInfo> out = new ArrayList<>();
                    rows.forEach(r -> out.add(new AgencyInfo(r.getLong(0), r.getString(1))));
                    agencies = List.copyOf(out);
                    return agencies;
                });
    }

    private Uni<Map<String, UnitDen>> unitDenominators(LocalDate today) {
        return pool.preparedQuery("""
                SELECT DISTINCT ON (unit_code) unit_code, valid_from, population, adult_population, public_servants,
                       estimated, source
                FROM unit_denominator WHERE valid_from <= $1 ORDER BY unit_code, valid_from DESC
                """).execute(Tuple.of(today)).map(rows -> {
                    Map<String, UnitDen> out = new HashMap<>();
                    rows.forEach(r -> out.put(r.getString(0), new UnitDen(r.getLocalDate(1), r.getInteger(2),
                            r.getInteger(3), r.getInteger(4), r.getBoolean(5), r.getString(6))));
                    return out;
                });
    }

    private Uni<Map<Long, AgencyDen>> agencyDenominators(LocalDate today) {
        return pool.preparedQuery("""
                SELECT DISTINCT ON (agency_id) agency_id, valid_from, public_servants, estimated, source
                FROM agency_denominator WHERE valid_from <= $1 ORDER BY agency_id, valid_from DESC
                """).execute(Tuple.of(today)).map(rows -> {
                    Map<Long, AgencyDen> out = new HashMap<>();
                    rows.forEach(r -> out.put(r.getLong(0), new AgencyDen(r.getLocalDate(1), r.getInteger(2),
                            r.getBoolean(3), r.getString(4))));
                    return out;
                });
    }
}
