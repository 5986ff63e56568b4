package vn.hocvuso.stats;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.hocvuso.province.Provinces;
import vn.hocvuso.stats.Figures.Place;
import vn.hocvuso.stats.StatsData.Snapshot;
import vn.hocvuso.stats.StatsData.UnitInfo;
import vn.hocvuso.stats.StatsViews.ProvinceFiguresList;
import vn.hocvuso.stats.StatsViews.ProvinceFiguresRow;

/**
 * The national view (issue 15): every province's own figures side by side, each from its slice of one read
 * ({@link ProvinceSlice}), so that they add up to the portal's sum and are as of one moment. A province with no
 * unit yet has no figures and is not listed.
 */
@ApplicationScoped
public class ProvinceFigures {

    private final StatsReads reads;
    private final PlaceDenominators dens;
    private final Provinces provinces;
    private final Pool pool;

    ProvinceFigures(StatsReads reads, PlaceDenominators dens, Provinces provinces, Pool pool) {
        this.reads = reads;
        this.dens = dens;
        this.provinces = provinces;
        this.pool = pool;
    }

    /** Every province's figures at the end of {@code day} (null: now), ranked by participation. */
    public Uni<ProvinceFiguresList> all(UUID courseId, LocalDate day) {
        return provinces
                .all(pool)
                .chain(known -> reads.snapshot(courseId, day)
                        // One slice per province, each a pass over the read: off the event loop.
                        .emitOn(Infrastructure.getDefaultWorkerPool())
                        .map(snap -> {
                            Set<String> withUnits = snap.units().stream()
                                    .map(UnitInfo::provinceCode)
                                    .collect(Collectors.toSet());
                            List<ProvinceFiguresRow> rows = known.stream()
                                    .filter(p -> withUnits.contains(p.code()))
                                    .map(p -> {
                                        Snapshot own = ProvinceSlice.cut(snap, Set.of(p.code()))
                                                .snap();
                                        Place place = Figures.place(own.cells(), cell -> true, cell -> true);
                                        return new ProvinceFiguresRow(
                                                p.code(),
                                                p.name(),
                                                p.synthetic(),
                                                place.counts(),
                                                Figures.rates(
                                                        place, dens.provinceAdults(own), dens.provinceServants(own)),
                                                null);
                                    })
                                    .toList();
                            Map<ProvinceFiguresRow, Integer> ranks = Figures.ranks(
                                    rows, r -> r.rates().participation().percent());
                            // In rank order; those without a participation rate last, in the provinces' order.
                            List<ProvinceFiguresRow> ranked = rows.stream()
                                    .map(r -> r.ranked(ranks.get(r)))
                                    .sorted(Comparator.comparing(
                                            ProvinceFiguresRow::rank, Comparator.nullsLast(Comparator.naturalOrder())))
                                    .toList();
                            return new ProvinceFiguresList(snap.asOf(), ranked);
                        }));
    }
}
