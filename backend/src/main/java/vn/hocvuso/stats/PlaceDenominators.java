package vn.hocvuso.stats;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import vn.hocvuso.stats.Figures.Den;
import vn.hocvuso.stats.StatsData.Snapshot;

/** The denominators of a unit and of the province, from a snapshot: what every rate and target divides by. */
@ApplicationScoped
public class PlaceDenominators {

    private static final String PROVINCE_SOURCE = "Tổng của các xã, phường, đặc khu";
    private static final String PROVINCE_SERVANTS_SOURCE = "Tổng của các xã, phường, đặc khu và các sở, ngành";

    private final StatsConfig config;
    /** The province's sums, kept while the caches hold the same directories and denominators. */
    private final KeptFor provinceSums = new KeptFor();

    public PlaceDenominators(StatsConfig config) {
        this.config = config;
    }

    /** A unit's adults: its own figure, or its population × {@code hocvuso.stats.adult-share} (an estimate). */
    Den unitAdults(Snapshot snap, String code) {
        return Figures.adults(snap.unitDens().get(code), config.adultShare());
    }

    Den unitServants(Snapshot snap, String code) {
        return Figures.publicServants(snap.unitDens().get(code));
    }

    Den agencyServants(Snapshot snap, long id) {
        return Figures.publicServants(snap.agencyDens().get(id));
    }

    /** The province's adults: the sum of its units', unknown while any is. */
    Den provinceAdults(Snapshot snap) {
        return ofProvince(
                snap,
                "ADULTS",
                () -> Figures.sum(
                        snap.units().stream()
                                .map(u -> unitAdults(snap, u.code()))
                                .toList(),
                        PROVINCE_SOURCE));
    }

    /** The province's public servants: its units' and its agencies'. */
    Den provinceServants(Snapshot snap) {
        return ofProvince(snap, "PUBLIC_SERVANTS", () -> {
            List<Den> parts = new ArrayList<>();
            snap.units().forEach(u -> parts.add(unitServants(snap, u.code())));
            snap.agencies().forEach(a -> parts.add(agencyServants(snap, a.id())));
            return Figures.sum(parts, PROVINCE_SERVANTS_SOURCE);
        });
    }

    /** A sum over the snapshot's directories and denominators (all held by caches): worked out once. */
    private Den ofProvince(Snapshot snap, String what, Supplier<Den> sum) {
        return provinceSums.of(List.of(what), sum, snap.units(), snap.agencies(), snap.unitDens(), snap.agencyDens());
    }
}
