package vn.hocvuso.stats;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import vn.hocvuso.stats.StatsData.Snapshot;
import vn.hocvuso.stats.StatsViews.TargetView;

/**
 * A snapshot, the targets, the requested series and the pace window, read together for one response, cut to
 * the provinces it is about ({@code slice}).
 */
record StatsContext(
        Snapshot snap,
        List<TargetView> targets,
        TargetData.Extra extra,
        Map<LocalDate, DailyFacts.Day> series,
        NavigableMap<LocalDate, DailyFacts.Day> paceWindow,
        StatsCourses.Selection selection,
        ProvinceSlice slice) {}
