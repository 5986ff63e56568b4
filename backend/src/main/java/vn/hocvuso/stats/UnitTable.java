package vn.hocvuso.stats;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.hocvuso.common.Texts;
import vn.hocvuso.stats.Figures.Place;
import vn.hocvuso.stats.StatsData.AgencyInfo;
import vn.hocvuso.stats.StatsData.Cell;
import vn.hocvuso.stats.StatsData.Snapshot;
import vn.hocvuso.stats.StatsData.UnitInfo;
import vn.hocvuso.stats.StatsViews.AgencyStatsRow;
import vn.hocvuso.stats.StatsViews.Rate;
import vn.hocvuso.stats.StatsViews.StatRates;
import vn.hocvuso.stats.StatsViews.UnitStatsRow;

/** The tables of units and of agencies from a snapshot: their rows, filtered, ranked and sorted. */
@ApplicationScoped
public class UnitTable {

    public enum Sort {
        name,
        learners,
        enrolled,
        completedLessons,
        passed,
        certified,
        completionRate,
        participationRate,
        publicServantCoverage
    }

    /** The filters of the unit table. */
    public record UnitQuery(String type, String learnerGroup, String q, Sort sort, boolean ascending) {}

    private final PlaceDenominators dens;

    public UnitTable(PlaceDenominators dens) {
        this.dens = dens;
    }

    /** One row per unit, in name order, for {@code group} (null: every group), without ranks. */
    List<UnitStatsRow> rows(Snapshot snap, String group) {
        List<UnitStatsRow> rows = new ArrayList<>(snap.units().size());
        Map<String, List<Cell>> byUnit = snap.cells().stream().collect(Collectors.groupingBy(Cell::unit));
        for (UnitInfo u : snap.units()) {
            Place p = Figures.place(
                    byUnit.getOrDefault(u.code(), List.of()),
                    c -> group == null || c.group().equals(group),
                    c -> c.agency() == 0);
            StatRates rates = Figures.rates(p, dens.unitAdults(snap, u.code()), dens.unitServants(snap, u.code()));
            rows.add(new UnitStatsRow(u.code(), u.name(), u.type(), p.counts(), rates, null, null));
        }
        return rows;
    }

    /** The rows the query keeps, ranked by its metric and in its order. */
    List<UnitStatsRow> ranked(Snapshot snap, UnitQuery query) {
        String folded = query.q() == null ? null : Texts.fold(query.q());
        Set<String> matching = snap.units().stream()
                .filter(u -> query.type() == null || u.type().equals(query.type()))
                .filter(u -> folded == null || folded.isBlank() || u.searchKey().contains(folded))
                .map(UnitInfo::code)
                .collect(Collectors.toSet());
        List<UnitStatsRow> rows = rows(snap, query.learnerGroup()).stream()
                .filter(r -> matching.contains(r.code()))
                .toList();
        Function<UnitStatsRow, Double> key = metric(query.sort());
        Map<UnitStatsRow, Integer> ranks = Figures.ranks(rows, key);
        List<UnitStatsRow> ranked = new ArrayList<>(rows.stream()
                .map(r -> new UnitStatsRow(r.code(), r.name(), r.type(), r.counts(), r.rates(), ranks.get(r), null))
                .toList());
        Map<String, Integer> nameOrder = new HashMap<>();
        snap.units().forEach(u -> nameOrder.put(u.code(), nameOrder.size()));
        Comparator<UnitStatsRow> byName = Comparator.comparing(r -> nameOrder.get(r.code()));
        Comparator<UnitStatsRow> order;
        if (query.sort() == Sort.name) {
            order = query.ascending() ? byName : byName.reversed();
        } else {
            // Rows without the figure go last whichever the order; equal figures keep name order.
            Comparator<UnitStatsRow> byValue = Comparator.comparing(
                    key,
                    Comparator.nullsLast(
                            query.ascending() ? Comparator.<Double>naturalOrder() : Comparator.<Double>reverseOrder()));
            order = byValue.thenComparing(byName);
        }
        ranked.sort(order);
        return ranked;
    }

    private static Function<UnitStatsRow, Double> metric(Sort sort) {
        return switch (sort) {
            case learners -> r -> (double) r.counts().learners();
            case enrolled -> r -> (double) r.counts().enrolled();
            case completedLessons -> r -> (double) r.counts().completedLessons();
            case passed -> r -> (double) r.counts().passed();
            case certified -> r -> (double) r.counts().certified();
            case completionRate -> r -> r.rates().completion().percent();
            case publicServantCoverage -> r -> r.rates().publicServantCoverage().percent();
            case participationRate, name -> r -> r.rates().participation().percent();
        };
    }

    /** One row per agency, ranked by public-servant coverage. */
    List<AgencyStatsRow> agencies(Snapshot snap) {
        List<AgencyStatsRow> rows = new ArrayList<>();
        Map<Long, List<Cell>> byAgency = snap.cells().stream().collect(Collectors.groupingBy(Cell::agency));
        Map<Long, String> names = snap.agencies().stream().collect(Collectors.toMap(AgencyInfo::id, AgencyInfo::name));
        for (AgencyInfo a : snap.agencies()) {
            Place p = Figures.place(byAgency.getOrDefault(a.id(), List.of()), c -> true, c -> true);
            Rate coverage =
                    Figures.rate(p.certifiedPublicServants(), dens.agencyServants(snap, a.id()), "PUBLIC_SERVANTS");
            rows.add(new AgencyStatsRow(
                    a.id(),
                    a.name(),
                    a.kind(),
                    a.parentId(),
                    a.parentId() == null ? null : names.get(a.parentId()),
                    p.counts(),
                    coverage,
                    null));
        }
        Map<AgencyStatsRow, Integer> ranks =
                Figures.ranks(rows, r -> r.coverage().percent());
        List<AgencyStatsRow> ranked = new ArrayList<>(rows.stream()
                .map(r -> new AgencyStatsRow(
                        r.id(),
                        r.name(),
                        r.kind(),
                        r.parentId(),
                        r.parentName(),
                        r.counts(),
                        r.coverage(),
                        ranks.get(r)))
                .toList());
        ranked.sort(Comparator.comparing((AgencyStatsRow r) -> r.rank() == null ? Integer.MAX_VALUE : r.rank()));
        return ranked;
    }
}
