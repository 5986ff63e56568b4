package vn.hocvuso.village;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.hocvuso.common.ApiException;
import vn.hocvuso.stats.PastVillages;
import vn.hocvuso.stats.StatsConfig;
import vn.hocvuso.stats.StatsMoment;
import vn.hocvuso.stats.StatsViews.StatCounts;
import vn.hocvuso.village.VillageViews.UnitVillageFigures;
import vn.hocvuso.village.VillageViews.VillageFigures;

/**
 * A unit's figures by village, from the village rollups (V95: {@code stat_village_learners},
 * {@code stat_village_progress}, kept by triggers like the unit's), for the course the province reports on.
 * One statement, so one snapshot: the villages and the unit's totals (whose difference is the learners who named
 * no village) are read at one moment. As of a past day, the counts are those of the end of that day ({@link
 * PastVillages}: the rollups less the later days' changes, in one statement too), the villages today's (their
 * names, kinds and closures).
 */
@ApplicationScoped
public class VillageFiguresService {

    private static final String FIGURES = """
            WITH progress AS (
                SELECT village_id, sum(enrolled) AS enrolled, sum(completed_lessons) AS completed_lessons,
                       sum(passed) AS passed, sum(certified) AS certified
                FROM stat_village_progress WHERE course_id = $2
                  AND village_id IN (SELECT id FROM village WHERE unit_code = $1)
                GROUP BY village_id),
            learners AS (
                SELECT village_id, sum(learners) AS learners FROM stat_village_learners
                WHERE village_id IN (SELECT id FROM village WHERE unit_code = $1)
                GROUP BY village_id)
            SELECT 0 AS part, v.id, v.name COLLATE vietnamese AS name, v.kind, v.closed_on,
                   coalesce(l.learners, 0) AS learners, coalesce(p.enrolled, 0) AS enrolled,
                   coalesce(p.completed_lessons, 0) AS completed_lessons, coalesce(p.passed, 0) AS passed,
                   coalesce(p.certified, 0) AS certified
            FROM village v LEFT JOIN learners l ON l.village_id = v.id LEFT JOIN progress p ON p.village_id = v.id
            WHERE v.unit_code = $1
            UNION ALL
            SELECT 1, NULL, NULL, NULL, NULL,
                   (SELECT coalesce(sum(learners), 0) FROM stat_learners WHERE unit_code = $1),
                   coalesce(sum(enrolled), 0), coalesce(sum(completed_lessons), 0), coalesce(sum(passed), 0),
                   coalesce(sum(certified), 0)
            FROM stat_progress WHERE unit_code = $1 AND course_id = $2
            UNION ALL
            SELECT 2, NULL, NULL, NULL, NULL, count(*), 0, 0, 0, 0 FROM unit WHERE code = $1
            ORDER BY 1, 5 NULLS FIRST, 3, 2
            """;

    /** The villages of a unit and whether the unit exists, in {@link #FIGURES}' order, for a past day's counts. */
    private static final String DIRECTORY = """
            SELECT 0 AS part, v.id, v.name COLLATE vietnamese AS name, v.kind, v.closed_on
            FROM village v WHERE v.unit_code = $1
            UNION ALL
            SELECT 2, NULL, NULL, NULL, NULL FROM unit WHERE code = $1
            ORDER BY 1, 5 NULLS FIRST, 3, 2
            """;

    private final Pool pool;
    private final StatsConfig config;
    private final Clock clock;
    private final StatsMoment moment;
    private final PastVillages past;

    public VillageFiguresService(Pool pool, StatsConfig config, Clock clock, StatsMoment moment, PastVillages past) {
        this.pool = pool;
        this.config = config;
        this.clock = clock;
        this.moment = moment;
        this.past = past;
    }

    /** Open villages first, by name; then the closed ones, which keep their figures. 404 for no such unit. */
    public Uni<UnitVillageFigures> figures(String unitCode) {
        return figures(unitCode, null);
    }

    /**
     * The same at the end of {@code day} (null: now; a past day as {@link StatsMoment#pastDay} gives it), with
     * {@code asOf} that moment.
     */
    public Uni<UnitVillageFigures> figures(String unitCode, LocalDate day) {
        if (day != null) {
            return figuresAt(unitCode, day);
        }
        return pool.preparedQuery(FIGURES)
                .execute(Tuple.of(unitCode, config.courseId()))
                .map(rows -> {
                    List<VillageFigures> villages = new ArrayList<>();
                    VillageFigures unit = null;
                    boolean unitExists = false;
                    for (Row r : rows) {
                        switch (r.getInteger("part")) {
                            case 0 -> villages.add(figures(r, r.getLong("id")));
                            case 1 -> unit = figures(r, null);
                            default -> unitExists = r.getLong("learners") > 0;
                        }
                    }
                    if (!unitExists) {
                        throw ApiException.notFound("unit_not_found", unitCode);
                    }
                    return new UnitVillageFigures(
                            unitCode, config.courseId(), clock.instant(), villages, withoutVillage(unit, villages));
                });
    }

    private Uni<UnitVillageFigures> figuresAt(String unitCode, LocalDate day) {
        return pool.preparedQuery(DIRECTORY).execute(Tuple.of(unitCode)).chain(directory -> {
            boolean unitExists = false;
            for (Row r : directory) {
                unitExists |= r.getInteger("part") == 2;
            }
            if (!unitExists) {
                throw ApiException.notFound("unit_not_found", unitCode);
            }
            return past.ofUnit(pool, unitCode, config.courseId(), day, moment.today())
                    .map(counts -> {
                        List<VillageFigures> villages = new ArrayList<>();
                        for (Row r : directory) {
                            if (r.getInteger("part") == 0) {
                                long id = r.getLong("id");
                                villages.add(figures(r, id, counts.villages().getOrDefault(id, StatCounts.ZERO)));
                            }
                        }
                        VillageFigures unit = figures(null, null, counts.unit());
                        return new UnitVillageFigures(
                                unitCode,
                                config.courseId(),
                                StatsMoment.endOf(day),
                                villages,
                                withoutVillage(unit, villages));
                    });
        });
    }

    /** A village of {@code r} (null: none) with {@code c}, a past day's counts. */
    private static VillageFigures figures(Row r, Long id, StatCounts c) {
        String kind = r == null ? null : r.getString("kind");
        return new VillageFigures(
                id,
                r == null ? null : r.getString("name"),
                kind == null ? null : VillageKind.valueOf(kind),
                r == null ? null : r.getLocalDate("closed_on"),
                c.learners(),
                c.enrolled(),
                c.completedLessons(),
                c.passed(),
                c.certified());
    }

    private static VillageFigures figures(Row r, Long id) {
        String kind = r.getString("kind");
        return new VillageFigures(
                id,
                r.getString("name"),
                kind == null ? null : VillageKind.valueOf(kind),
                r.getLocalDate("closed_on"),
                r.getLong("learners"),
                r.getLong("enrolled"),
                r.getLong("completed_lessons"),
                r.getLong("passed"),
                r.getLong("certified"));
    }

    /** The unit's learners who named no village: the unit's figures minus every village's. */
    private static VillageFigures withoutVillage(VillageFigures unit, List<VillageFigures> villages) {
        long learners = unit.learners();
        long enrolled = unit.enrolled();
        long completed = unit.completedLessons();
        long passed = unit.passed();
        long certified = unit.certified();
        for (VillageFigures v : villages) {
            learners -= v.learners();
            enrolled -= v.enrolled();
            completed -= v.completedLessons();
            passed -= v.passed();
            certified -= v.certified();
        }
        return new VillageFigures(null, null, null, null, learners, enrolled, completed, passed, certified);
    }
}
