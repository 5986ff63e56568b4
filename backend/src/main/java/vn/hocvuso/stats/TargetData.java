package vn.hocvuso.stats;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.hocvuso.stats.StatsData.AgencyInfo;
import vn.hocvuso.stats.StatsData.VillageDen;
import vn.hocvuso.stats.StatsData.VillageInfo;
import vn.hocvuso.stats.StatsData.VillageRows;

/**
 * What the targets need beyond the snapshot, read in the caller's snapshot: for a unit's page or the
 * overview, its villages, their denominators in force and their learners ({@link StatsData#villageRows},
 * from the village rollups; as of a past day {@link PastVillages#rows}, the rollups less the later days'
 * changes). The villages and their denominators come from {@link StatsData}'s caches, as
 * the organisations come from the snapshot's cached directory ({@link #openOrganisations}): only the
 * learners are read for each response.
 */
@ApplicationScoped
public class TargetData {

    /** The read: the villages when asked for (empty otherwise). */
    public record Extra(Map<Long, VillageInfo> villages, Map<Long, VillageDen> villageDens, VillageRows villageRows) {

        static final Extra NONE = new Extra(Map.of(), Map.of(), VillageRows.NONE);
    }

    /** Read every unit's villages ({@link #read}'s {@code villagesOf}). */
    public static final String ALL_UNITS = "*";

    private final StatsData data;
    private final PastVillages past;

    public TargetData(StatsData data, PastVillages past) {
        this.data = data;
        this.past = past;
    }

    /**
     * With {@code villagesOf} (a unit's code, or {@link #ALL_UNITS}) the villages open on {@code today},
     * their denominators, and their learners with those who joined or were certified from {@code since}
     * on; with null, nothing ({@link Extra#NONE}). A {@code today} before {@code realToday} is a past day: the
     * villages' learners are those of the end of that day.
     */
    public Uni<Extra> read(
            SqlClient db,
            LocalDate today,
            LocalDate realToday,
            String villagesOf,
            LocalDate since,
            StatsCourses.Selection selection) {
        if (villagesOf == null) {
            return Uni.createFrom().item(Extra.NONE);
        }
        String unit = ALL_UNITS.equals(villagesOf) ? null : villagesOf;
        // Issued together on the caller's connection (pipelined), as StatsService issues its reads.
        return Uni.combine()
                .all()
                .unis(
                        data.villageDirectory(db),
                        data.denominators(db, today),
                        today.isBefore(realToday)
                                ? past.rows(db, unit, since, today, realToday, selection)
                                : data.villageRows(db, unit, since, today, selection))
                .with((directory, dens, cells) ->
                        new Extra(openVillages(directory, today, unit), dens.villages(), cells));
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

    /** The villages of {@code unit} (null: every unit) open on {@code today}, by id, by name. */
    private static Map<Long, VillageInfo> openVillages(List<VillageInfo> directory, LocalDate today, String unit) {
        Map<Long, VillageInfo> out = new LinkedHashMap<>();
        for (VillageInfo v : directory) {
            if ((unit == null || unit.equals(v.unitCode())) && v.openOn(today)) {
                out.put(v.id(), v);
            }
        }
        return out;
    }
}
