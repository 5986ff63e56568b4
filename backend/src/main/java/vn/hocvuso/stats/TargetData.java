package vn.hocvuso.stats;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.hocvuso.stats.StatsData.AgencyInfo;
import vn.hocvuso.stats.StatsData.VillageCell;

/**
 * What the targets need beyond the snapshot, read in the caller's snapshot: for a unit's page or the
 * overview, its villages, their denominators in force and their learners ({@link StatsData#villageCells},
 * from the village rollups). A few hundred rows of reference data. The organisations come from the
 * snapshot's cached directory ({@link #openOrganisations}), not from a read per response.
 */
@ApplicationScoped
public class TargetData {

    public record Village(long id, String unitCode, String name) {}

    public record VillageDen(
            LocalDate validFrom, Integer population, Integer adultPopulation, boolean estimated, String source) {}

    /** The read: the villages when asked for (empty otherwise). */
    public record Extra(
            Map<Long, Village> villages, Map<Long, VillageDen> villageDens, List<VillageCell> villageCells) {

        static final Extra NONE = new Extra(Map.of(), Map.of(), List.of());
    }

    /** Read every unit's villages ({@link #read}'s {@code villagesOf}). */
    public static final String ALL_UNITS = "*";

    private final StatsData data;

    public TargetData(StatsData data) {
        this.data = data;
    }

    /**
     * With {@code villagesOf} (a unit's code, or {@link #ALL_UNITS}) the villages open on {@code today},
     * their denominators, and their learners with those who joined or were certified from {@code since}
     * on; with null, nothing ({@link Extra#NONE}).
     */
    public Uni<Extra> read(
            SqlClient db, LocalDate today, String villagesOf, LocalDate since, StatsCourses.Selection selection) {
        if (villagesOf == null) {
            return Uni.createFrom().item(Extra.NONE);
        }
        String unit = ALL_UNITS.equals(villagesOf) ? null : villagesOf;
        // Issued together on the caller's connection (pipelined), as StatsService issues its reads.
        return Uni.combine()
                .all()
                .unis(
                        villages(db, today, unit),
                        villageDens(db, today, unit),
                        data.villageCells(db, unit, since, today, selection))
                .with(Extra::new);
    }

    /** The organisations of the directory open on {@code today}, by id, in the directory's order (by name). */
    static Map<Long, AgencyInfo> openOrganisations(List<AgencyInfo> directory, LocalDate today) {
        Map<Long, AgencyInfo> out = new LinkedHashMap<>();
        for (AgencyInfo org : directory) {
            if (org.openOn(today)) {
                out.put(org.id(), org);
            }
        }
        return out;
    }

    private static Uni<Map<Long, Village>> villages(SqlClient db, LocalDate today, String unit) {
        return db.preparedQuery("""
                SELECT id, unit_code, name FROM village
                WHERE ($1::text IS NULL OR unit_code = $1) AND (closed_on IS NULL OR closed_on > $2)
                ORDER BY name COLLATE vietnamese, id""").execute(Tuple.of(unit, today)).map(rows -> {
            Map<Long, Village> out = new LinkedHashMap<>();
            rows.forEach(r -> out.put(r.getLong(0), new Village(r.getLong(0), r.getString(1), r.getString(2))));
            return out;
        });
    }

    private static Uni<Map<Long, VillageDen>> villageDens(SqlClient db, LocalDate today, String unit) {
        return db.preparedQuery("""
                SELECT DISTINCT ON (d.village_id) d.village_id, d.valid_from, d.population, d.adult_population,
                       d.estimated, d.source
                FROM village_denominator d JOIN village v ON v.id = d.village_id
                WHERE d.valid_from <= $2 AND ($1::text IS NULL OR v.unit_code = $1)
                ORDER BY d.village_id, d.valid_from DESC""").execute(Tuple.of(unit, today)).map(rows -> {
            Map<Long, VillageDen> out = new HashMap<>();
            rows.forEach(r -> out.put(
                    r.getLong(0),
                    new VillageDen(
                            r.getLocalDate(1), r.getInteger(2), r.getInteger(3), r.getBoolean(4), r.getString(5))));
            return out;
        });
    }
}
