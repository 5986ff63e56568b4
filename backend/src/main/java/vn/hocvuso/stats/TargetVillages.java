package vn.hocvuso.stats;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import vn.hocvuso.stats.Figures.Den;
import vn.hocvuso.stats.StatsViews.TargetPlace;
import vn.hocvuso.stats.StatsViews.TargetView;
import vn.hocvuso.stats.TargetData.Extra;
import vn.hocvuso.stats.TargetProgress.Headcount;
import vn.hocvuso.stats.TargetStatuses.PlaceVisitor;

/**
 * A village target's places for {@link TargetStatuses}: each village read ({@link Extra}) with the people it
 * counts, its adults as the denominator and its pace. One answer's, read on one thread.
 */
final class TargetVillages {

    private final Extra extra;
    private final int paceWindowDays;
    private final double adultShare;
    /** The villages' adults as denominators, kept across answers ({@link TargetStatuses.Kept}). */
    private final KeptFor villageDens;

    TargetVillages(Extra extra, int paceWindowDays, double adultShare, KeptFor villageDens) {
        this.extra = extra;
        this.paceWindowDays = paceWindowDays;
        this.adultShare = adultShare;
        this.villageDens = villageDens;
    }

    /** The target's figures in each village read (of {@code unit}, or all). */
    void each(TargetView t, String unit, PlaceVisitor visitor) {
        Predicate<String> groups = TargetProgress.groups(t.learnerGroup());
        boolean certified = TargetProgress.countsCertified(t.metric());
        // Per village: the people counted now, and the change of the pace window.
        Map<Long, long[]> sums = new HashMap<>(2 * extra.villages().size());
        for (StatsData.VillageCount c : certified
                ? extra.villageRows().certified()
                : extra.villageRows().learners()) {
            if (groups.test(c.group())) {
                sums.computeIfAbsent(c.village(), k -> new long[2])[0] += c.count();
            }
        }
        for (VillageWindow.Sum w : extra.villageRows().lately()) {
            if (groups.test(w.group())) {
                sums.computeIfAbsent(w.village(), k -> new long[2])[1] += certified ? w.certified() : w.joined();
            }
        }
        long[] none = new long[2];
        boolean adults = TargetProgress.headcount(t.learnerGroup()) == Headcount.ADULTS;
        Map<Long, Den> adultDens = adults ? villageAdults() : Map.of();
        for (StatsData.VillageInfo v : extra.villages().values()) {
            if (unit == null || unit.equals(v.unitCode())) {
                Den den = adults ? adultDens.getOrDefault(v.id(), Den.MISSING) : Den.MISSING;
                visitor.visit(
                        () -> new TargetPlace("VILLAGE", Long.toString(v.id()), v.name()),
                        sums.getOrDefault(v.id(), none)[0],
                        den,
                        TargetProgress.perDay(sums.getOrDefault(v.id(), none)[1], paceWindowDays));
            }
        }
    }

    /**
     * Each village's adults as a denominator (with the source of an estimate spelled out), worked out once
     * for the denominators the cache holds rather than for every village of every answer.
     */
    private Map<Long, Den> villageAdults() {
        return villageDens.of(
                List.of(adultShare),
                () -> {
                    Map<Long, Den> out = new HashMap<>();
                    extra.villageDens().forEach((id, d) -> out.put(id, Figures.villageAdults(d, adultShare)));
                    return Collections.unmodifiableMap(out);
                },
                extra.villageDens());
    }
}
