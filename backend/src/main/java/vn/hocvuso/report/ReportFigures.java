package vn.hocvuso.report;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import vn.hocvuso.security.Reach;
import vn.hocvuso.stats.StatsMoment;
import vn.hocvuso.stats.StatsService;
import vn.hocvuso.stats.StatsViews.AgencyStatsRow;
import vn.hocvuso.stats.StatsViews.ProvinceStats;
import vn.hocvuso.stats.StatsViews.StatCounts;
import vn.hocvuso.stats.StatsViews.UnitStatsDetail;
import vn.hocvuso.stats.StatsViews.UnitStatsRow;
import vn.hocvuso.stats.UnitTable.Sort;
import vn.hocvuso.stats.UnitTable.UnitQuery;
import vn.hocvuso.village.VillageFiguresService;
import vn.hocvuso.village.VillageViews.UnitVillageFigures;

/**
 * The figures a report shows, read through the statistics API's own read path ({@link StatsService}) as of
 * the report's day, so that a document says exactly what {@code GET /api/v1/stats/…?asOf=} answered for that
 * day: no second way of counting. A day that is today is now (as the statistics endpoints take it). A report is
 * one province's (issue 15): its figures are cut to that province as {@code ?province=} cuts them, its units and
 * organisations ranked among themselves; a commune's are its own province's already.
 */
@ApplicationScoped
public class ReportFigures {

    /** The units' table as the results file ranks it: by participation, highest first. */
    static final UnitQuery RANKED = new UnitQuery(null, null, null, Sort.participationRate, false);

    private final StatsService stats;
    private final StatsMoment moment;
    private final VillageFiguresService villages;

    public ReportFigures(StatsService stats, StatsMoment moment, VillageFiguresService villages) {
        this.stats = stats;
        this.moment = moment;
        this.villages = villages;
    }

    /** The province's figures, units and agencies for the notice. */
    record ProvinceFigures(ProvinceStats summary, List<UnitStatsRow> units, List<AgencyStatsRow> agencies) {}

    /** A commune's figures for its appendix: as of the day, those of {@code compareTo} (or null), and its villages'. */
    record Commune(UnitStatsDetail unit, StatCounts then, UnitVillageFigures villages) {}

    /** {@code province}'s figures, as an administrator asking for {@code ?province=} is shown them. */
    Uni<ProvinceFigures> province(String province, LocalDate asOf, LocalDate compareTo) {
        LocalDate day = past(asOf);
        return stats.summary(1, null, day, compareTo, Reach.ALL, province)
                .chain(summary -> units(province, asOf)
                        .chain(units -> agencies(province, asOf)
                                .map(agencies -> new ProvinceFigures(summary, units, agencies))));
    }

    Uni<List<UnitStatsRow>> units(String province, LocalDate asOf) {
        return stats.allUnits(RANKED, province, past(asOf));
    }

    Uni<List<AgencyStatsRow>> agencies(String province, LocalDate asOf) {
        return stats.allAgencies(province, past(asOf));
    }

    Uni<Commune> commune(String code, LocalDate asOf, LocalDate compareTo) {
        LocalDate day = past(asOf);
        Uni<StatCounts> then = compareTo == null
                ? Uni.createFrom().nullItem()
                : stats.unit(code, 1, null, past(compareTo)).map(UnitStatsDetail::counts);
        return stats.unit(code, 1, null, day)
                .chain(unit ->
                        then.chain(before -> villages.figures(code, day).map(v -> new Commune(unit, before, v))));
    }

    /** The day as the statistics take it: null (now) for today. */
    private LocalDate past(LocalDate day) {
        return day == null || day.equals(moment.today()) ? null : day;
    }

    LocalDate today() {
        return moment.today();
    }
}
