package vn.hocvuso.stats;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.hocvuso.common.Rows;
import vn.hocvuso.stats.StatsCourses.Selection;
import vn.hocvuso.stats.StatsData.AgencyInfo;
import vn.hocvuso.stats.StatsData.VillageCount;
import vn.hocvuso.stats.StatsData.VillageDen;
import vn.hocvuso.stats.StatsData.VillageInfo;
import vn.hocvuso.stats.StatsData.VillageRows;
import vn.hocvuso.stats.StatsViews.TargetView;

/**
 * What the targets need beyond the snapshot, read in the caller's snapshot: for a unit's page or the
 * overview, its villages, their denominators in force and their learners ({@link #villageRows},
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

    /**
     * What the plan's village targets count: their learners (a participation or learner-count target),
     * their certified, or, with no village target, nothing at all; and of which learner groups. The rollup
     * rows no village target counts are not read: at a million learners each kind is thousands of rows
     * (docs/benchmarks.md, "2026-11-30 night: the overview under 20 ms at a million").
     */
    record VillageNeeds(boolean learners, boolean certified, String[] groups) {

        static VillageNeeds of(List<TargetView> targets) {
            boolean learners = false;
            boolean certified = false;
            Set<String> groups = new LinkedHashSet<>();
            for (TargetView t : targets) {
                if ("EACH_VILLAGE".equals(t.scope())) {
                    boolean counts = TargetProgress.countsCertified(t.metric());
                    certified |= counts;
                    learners |= !counts;
                    Figures.GROUPS.stream()
                            .filter(TargetProgress.groups(t.learnerGroup()))
                            .forEach(groups::add);
                }
            }
            return new VillageNeeds(learners, certified, groups.toArray(String[]::new));
        }

        boolean any() {
            return learners || certified;
        }
    }

    /** Read every unit's villages ({@link #read}'s {@code villagesOf}). */
    public static final String ALL_UNITS = "*";

    private final StatsData data;
    private final PastVillages past;
    private final VillageWindow window;

    public TargetData(StatsData data, PastVillages past, VillageWindow window) {
        this.data = data;
        this.past = past;
        this.window = window;
    }

    /**
     * With {@code villagesOf} (a unit's code, or {@link #ALL_UNITS}) the villages open on {@code today},
     * their denominators, and their learners with those who joined or were certified from {@code since}
     * on, as far as the {@code plan}'s village targets count them ({@link VillageNeeds}); with null, or no
     * village target, nothing ({@link Extra#NONE}). A {@code today} before {@code realToday} is a past day:
     * the villages' learners are those of the end of that day.
     */
    public Uni<Extra> read(
            SqlClient db,
            LocalDate today,
            LocalDate realToday,
            String villagesOf,
            LocalDate since,
            Selection selection,
            List<TargetView> plan) {
        VillageNeeds needs = VillageNeeds.of(plan);
        if (villagesOf == null || !needs.any()) {
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
                                : villageRows(db, unit, since, today, selection, needs))
                .with((directory, dens, cells) ->
                        new Extra(openVillages(directory, today, unit), dens.villages(), cells));
    }

    /**
     * The learners of the villages of one unit (or of every unit, when {@code unit} is null), by village
     * and group, counted as {@link StatsData#snapshot}'s cells count them, with those who joined or were
     * certified on a day from {@code since} on. Read from the village rollups (V95, V120): the learners, the
     * certified of the selection's courses, and the days of the pace window ({@code stat_village_daily}); of
     * the first two only those the plan's village targets count ({@code needs}).
     */
    private Uni<VillageRows> villageRows(
            SqlClient db, String unit, LocalDate since, LocalDate today, Selection selection, VillageNeeds needs) {
        // Every unit's (the overview) reads the rollups whole; joining the villages only to keep them all
        // would cost as much as the scans.
        boolean all = unit == null;
        Uni<List<VillageCount>> learners = !needs.learners()
                ? Uni.createFrom().item(List.<VillageCount>of())
                : db.preparedQuery("SELECT village_id, learner_group, learners FROM stat_village_learners"
                                + " WHERE learners <> 0 AND learner_group = ANY ($1)"
                                + (all ? "" : " AND " + villagesOf("$2")))
                        .execute(all ? Tuple.of(needs.groups()) : Tuple.of(needs.groups(), unit))
                        .map(rows ->
                                Rows.list(rows, r -> new VillageCount(r.getLong(0), r.getString(1), r.getInteger(2))));
        Uni<List<VillageCount>> certified = !needs.certified()
                ? Uni.createFrom().item(List.<VillageCount>of())
                : db.preparedQuery("""
                SELECT village_id, learner_group, course_id, certified FROM stat_village_progress
                WHERE certified <> 0 AND course_id = ANY ($1) AND learner_group = ANY ($2)""" + (all ? "" : " AND " + villagesOf("$3")))
                        .execute(
                                all
                                        ? Tuple.of(selection.courses(), needs.groups())
                                        : Tuple.of(selection.courses(), needs.groups(), unit))
                        .map(rows -> {
                            List<VillageCount> out = new ArrayList<>(rows.size());
                            for (Row r : rows) {
                                if (selection.counts(r.getString(1), r.getUUID(2))) {
                                    out.add(new VillageCount(r.getLong(0), r.getString(1), r.getInteger(3)));
                                }
                            }
                            return out;
                        });
        Uni<List<VillageWindow.Sum>> lately = window.sums(db, unit, since, today, selection);
        return Uni.combine().all().unis(learners, certified, lately).with(VillageRows::new);
    }

    /** The condition that a rollup row's village is one of the unit given as {@code parameter}. */
    private static String villagesOf(String parameter) {
        return "village_id IN (SELECT id FROM village WHERE unit_code = " + parameter + ")";
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
