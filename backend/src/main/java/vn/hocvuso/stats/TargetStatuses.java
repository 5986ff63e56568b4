package vn.hocvuso.stats;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.hocvuso.stats.DailyFacts.Fact;
import vn.hocvuso.stats.Figures.Den;
import vn.hocvuso.stats.StatsData.AgencyInfo;
import vn.hocvuso.stats.StatsData.UnitInfo;
import vn.hocvuso.stats.StatsViews.TargetStatus;
import vn.hocvuso.stats.StatsViews.TargetTally;
import vn.hocvuso.stats.StatsViews.TargetView;

/** Where each target stands, for the province, each unit or each agency, from one response's context. */
@ApplicationScoped
public class TargetStatuses {

    private static final String PROVINCE = "province";

    private final PlaceDenominators dens;

    public TargetStatuses(PlaceDenominators dens) {
        this.dens = dens;
    }

    /** The province's status of every province-wide target. */
    List<TargetStatus> ofProvince(StatsContext c) {
        return c.targets().stream()
                .filter(t -> "PROVINCE".equals(t.scope()))
                .map(t -> province(c, t))
                .toList();
    }

    TargetStatus province(StatsContext c, TargetView t) {
        long current = TargetProgress.current(t, c.snap().cells(), cell -> PROVINCE, cell -> true)
                .getOrDefault(PROVINCE, 0L);
        double pace = TargetProgress.provincePace(t, c.paceWindow());
        Den den = TargetProgress.denominator(t, dens.provinceAdults(c.snap()), dens.provinceServants(c.snap()));
        return TargetProgress.status(t, current, den, pace, c.snap().today());
    }

    /** The target's status in each unit (or only {@code only}, when given). */
    Map<String, TargetStatus> units(StatsContext c, TargetView t, String only) {
        Map<String, Long> current = TargetProgress.current(
                t,
                c.snap().cells(),
                cell -> only == null || cell.unit().equals(only) ? cell.unit() : null,
                cell -> cell.agency() == 0);
        Map<String, Double> pace = TargetProgress.pace(
                t,
                c.paceWindow(),
                day -> only == null ? day.facts() : day.ofUnit(only),
                Fact::unit,
                f -> f.agency() == 0);
        Map<String, TargetStatus> out = new LinkedHashMap<>();
        for (UnitInfo u : c.snap().units()) {
            if (only == null || u.code().equals(only)) {
                Den den = TargetProgress.denominator(
                        t, dens.unitAdults(c.snap(), u.code()), dens.unitServants(c.snap(), u.code()));
                out.put(
                        u.code(),
                        TargetProgress.status(
                                t,
                                current.getOrDefault(u.code(), 0L),
                                den,
                                pace.getOrDefault(u.code(), 0.0),
                                c.snap().today()));
            }
        }
        return out;
    }

    /** The target's status in each agency (or only {@code only}, when given). */
    Map<Long, TargetStatus> agencies(StatsContext c, TargetView t, Long only) {
        Map<Long, Long> current = TargetProgress.current(
                t,
                c.snap().cells(),
                cell -> cell.agency() != 0 && (only == null || cell.agency() == only) ? cell.agency() : null,
                cell -> true);
        Map<Long, Double> pace = TargetProgress.pace(
                t,
                c.paceWindow(),
                day -> only == null ? day.facts() : day.ofAgency(only),
                f -> f.agency() != 0 ? f.agency() : null,
                f -> true);
        Map<Long, TargetStatus> out = new LinkedHashMap<>();
        for (AgencyInfo a : c.snap().agencies()) {
            if (only == null || a.id() == only) {
                Den den = TargetProgress.denominator(t, Den.MISSING, dens.agencyServants(c.snap(), a.id()));
                out.put(
                        a.id(),
                        TargetProgress.status(
                                t,
                                current.getOrDefault(a.id(), 0L),
                                den,
                                pace.getOrDefault(a.id(), 0.0),
                                c.snap().today()));
            }
        }
        return out;
    }

    static TargetTally tally(List<TargetStatus> statuses) {
        int achieved = 0, onTrack = 0, behind = 0, missed = 0, none = 0;
        for (TargetStatus s : statuses) {
            switch (s.status()) {
                case "ACHIEVED" -> achieved++;
                case "ON_TRACK" -> onTrack++;
                case "BEHIND" -> behind++;
                case "MISSED" -> missed++;
                default -> none++;
            }
        }
        return new TargetTally(achieved, onTrack, behind, missed, none);
    }
}
