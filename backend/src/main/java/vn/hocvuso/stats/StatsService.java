package vn.hocvuso.stats;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import vn.hocvuso.common.ApiException;
import vn.hocvuso.common.PageRequest;
import vn.hocvuso.common.Texts;
import vn.hocvuso.stats.Figures.Den;
import vn.hocvuso.stats.Figures.Place;
import vn.hocvuso.stats.StatsData.AgencyInfo;
import vn.hocvuso.stats.StatsData.Cell;
import vn.hocvuso.stats.StatsData.Snapshot;
import vn.hocvuso.stats.StatsData.UnitInfo;
import vn.hocvuso.stats.StatsViews.AgencyRef;
import vn.hocvuso.stats.StatsViews.AgencyStatsDetail;
import vn.hocvuso.stats.StatsViews.AgencyStatsPage;
import vn.hocvuso.stats.StatsViews.AgencyStatsRow;
import vn.hocvuso.stats.StatsViews.ProvinceStats;
import vn.hocvuso.stats.StatsViews.PublicDashboard;
import vn.hocvuso.stats.StatsViews.PublicUnitRow;
import vn.hocvuso.stats.StatsViews.Rate;
import vn.hocvuso.stats.StatsViews.StatRates;
import vn.hocvuso.stats.StatsViews.TargetOverview;
import vn.hocvuso.stats.StatsViews.TargetOverviewList;
import vn.hocvuso.stats.StatsViews.TargetStatus;
import vn.hocvuso.stats.StatsViews.TargetView;
import vn.hocvuso.stats.StatsViews.UnitRanks;
import vn.hocvuso.stats.StatsViews.UnitRef;
import vn.hocvuso.stats.StatsViews.UnitStatsDetail;
import vn.hocvuso.stats.StatsViews.UnitStatsPage;
import vn.hocvuso.stats.StatsViews.UnitStatsRow;

/**
 * The figures of the province, its units and its agencies, composed from one snapshot of the rollups,
 * the denominators and the daily facts. Every response is a few thousand rows read, whatever the number
 * of learners.
 */
@ApplicationScoped
public class StatsService {

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

    private static final String PROVINCE_SOURCE = "Tổng của các xã, phường, đặc khu";
    private static final String PROVINCE_SERVANTS_SOURCE = "Tổng của các xã, phường, đặc khu và các sở, ngành";

    private final Pool pool;
    private final StatsData data;
    private final DailyFacts facts;
    private final TargetService targets;
    private final TargetData targetData;
    private final StatsConfig config;

    public StatsService(
            Pool pool,
            StatsData data,
            DailyFacts facts,
            TargetService targets,
            TargetData targetData,
            StatsConfig config) {
        this.pool = pool;
        this.data = data;
        this.facts = facts;
        this.targets = targets;
        this.targetData = targetData;
        this.config = config;
    }

    // ---- the province ----

    public Uni<ProvinceStats> summary(int days) {
        return load(days, null).map(c -> {
            Place p = Figures.place(c.snap.cells(), cell -> true, cell -> true);
            List<TargetStatus> statuses = targetStatuses(c).ofProvince(c.targets);
            return new ProvinceStats(
                    c.snap.asOf(),
                    p.counts(),
                    p.groups(),
                    p.adultLearners(),
                    p.certifiedPublicServants(),
                    Figures.rates(p, provinceAdults(c.snap), provinceServants(c.snap)),
                    DailyFacts.provinceSeries(c.series),
                    statuses);
        });
    }

    public Uni<PublicDashboard> publicDashboard() {
        return load(1, null).map(c -> {
            Place p = Figures.place(c.snap.cells(), cell -> true, cell -> true);
            List<TargetStatus> statuses = targetStatuses(c).ofProvince(c.targets);
            List<UnitStatsRow> rows = unitRows(c.snap, null);
            Map<UnitStatsRow, Integer> ranks =
                    Figures.ranks(rows, r -> r.rates().participation().percent());
            List<PublicUnitRow> units = rows.stream()
                    .sorted(Comparator.comparing((UnitStatsRow r) -> ranks.getOrDefault(r, Integer.MAX_VALUE)))
                    .map(r -> new PublicUnitRow(
                            r.code(),
                            r.name(),
                            r.type(),
                            r.counts().learners(),
                            r.counts().certified(),
                            r.rates().participation(),
                            ranks.get(r)))
                    .toList();
            return new PublicDashboard(
                    c.snap.asOf(),
                    p.counts(),
                    p.groups(),
                    Figures.rates(p, provinceAdults(c.snap), provinceServants(c.snap)),
                    statuses,
                    units);
        });
    }

    public Uni<TargetOverviewList> targetOverview() {
        return load(1, TargetData.ALL_UNITS).map(c -> {
            TargetStatuses statuses = targetStatuses(c);
            List<TargetOverview> items = new ArrayList<>();
            for (TargetView t : c.targets) {
                items.add(new TargetOverview(t, statuses.province(t), TargetStatuses.tally(statuses.places(t))));
            }
            return new TargetOverviewList(c.snap.asOf(), items);
        });
    }

    // ---- units ----

    public Uni<UnitStatsPage> units(UnitQuery query, PageRequest page, Predicate<String> visible) {
        return snapshot().map(snap -> {
            List<UnitStatsRow> ranked = rankedUnits(snap, query);
            List<UnitStatsRow> mine =
                    ranked.stream().filter(r -> visible.test(r.code())).toList();
            List<UnitStatsRow> items =
                    mine.stream().skip(page.offset()).limit(page.size).toList();
            int totalPages = (int) ((mine.size() + page.size - 1) / page.size);
            return new UnitStatsPage(
                    snap.asOf(), query.sort().name(), items, page.page, page.size, mine.size(), totalPages);
        });
    }

    /** Every visible row in rank order, for the export. */
    public Uni<List<UnitStatsRow>> allUnits(UnitQuery query, Predicate<String> visible) {
        return snapshot()
                .map(snap -> rankedUnits(snap, query).stream()
                        .filter(r -> visible.test(r.code()))
                        .toList());
    }

    public Uni<UnitStatsDetail> unit(String code, int days) {
        return load(days, code).map(c -> {
            UnitInfo unit = c.snap.units().stream()
                    .filter(u -> u.code().equals(code))
                    .findFirst()
                    .orElseThrow(() -> ApiException.notFound("unit_not_found", code));
            Place p = Figures.place(c.snap.cells(), cell -> cell.unit().equals(code), cell -> cell.agency() == 0);
            List<UnitStatsRow> rows = unitRows(c.snap, null);
            Map<String, Integer> participation =
                    byCode(Figures.ranks(rows, r -> r.rates().participation().percent()));
            Map<String, Integer> completion =
                    byCode(Figures.ranks(rows, r -> r.rates().completion().percent()));
            List<TargetStatus> statuses = targetStatuses(c).ofUnit(code, c.targets);
            return new UnitStatsDetail(
                    c.snap.asOf(),
                    new UnitRef(unit.code(), unit.name(), unit.type()),
                    p.counts(),
                    p.groups(),
                    p.adultLearners(),
                    p.certifiedPublicServants(),
                    Figures.rates(
                            p,
                            unitAdults(c.snap, code),
                            Figures.publicServants(c.snap.unitDens().get(code))),
                    new UnitRanks(participation.get(code), completion.get(code), rows.size()),
                    DailyFacts.series(c.series, day -> day.ofUnit(code)),
                    statuses);
        });
    }

    // ---- agencies ----

    public Uni<AgencyStatsPage> agencies(PageRequest page, Predicate<Long> visible) {
        return snapshot().map(snap -> {
            List<AgencyStatsRow> rows = agencyRows(snap);
            List<AgencyStatsRow> mine =
                    rows.stream().filter(r -> visible.test(r.id())).toList();
            List<AgencyStatsRow> items =
                    mine.stream().skip(page.offset()).limit(page.size).toList();
            int totalPages = (int) ((mine.size() + page.size - 1) / page.size);
            return new AgencyStatsPage(snap.asOf(), items, page.page, page.size, mine.size(), totalPages);
        });
    }

    public Uni<AgencyStatsDetail> agency(long id, int days) {
        return load(days, null).map(c -> {
            AgencyInfo agency = c.snap.agencies().stream()
                    .filter(a -> a.id() == id)
                    .findFirst()
                    .orElseThrow(() -> ApiException.notFound("agency_not_found"));
            AgencyStatsRow row = agencyRows(c.snap).stream()
                    .filter(r -> r.id() == id)
                    .findFirst()
                    .orElseThrow();
            List<TargetStatus> statuses = targetStatuses(c).ofOrganisation(id, c.targets);
            return new AgencyStatsDetail(
                    c.snap.asOf(),
                    new AgencyRef(agency.id(), agency.name()),
                    row.counts(),
                    row.coverage(),
                    row.rank(),
                    DailyFacts.series(c.series, day -> day.ofAgency(id)),
                    statuses);
        });
    }

    // ---- composition ----

    /** A snapshot, the targets (with what they need), the requested series and the pace window, read together. */
    private record Context(
            Snapshot snap,
            List<TargetView> targets,
            TargetData.Extra extra,
            Map<LocalDate, DailyFacts.Day> series,
            Map<LocalDate, DailyFacts.Day> paceWindow) {}

    /** The rollups, directories and denominators, in one snapshot on one connection ({@link Snapshots}). */
    private Uni<Snapshot> snapshot() {
        Instant asOf = Instant.now();
        LocalDate today = DailyFacts.today();
        return Snapshots.readOnly(pool, db -> data.snapshot(db, asOf, today));
    }

    /**
     * The same with the targets, what they need ({@link TargetData}: the villages of {@code villagesOf}),
     * and the daily facts of the series and of the pace window, in that snapshot.
     */
    private Uni<Context> load(int seriesDays, String villagesOf) {
        Instant asOf = Instant.now();
        LocalDate today = DailyFacts.today();
        int window = Math.max(seriesDays, config.paceWindowDays());
        LocalDate paceFrom = today.minusDays(config.paceWindowDays() - 1L);
        Instant paceSince = paceFrom.atStartOfDay(DailyFacts.VIETNAM).toInstant();
        return Snapshots.readOnly(
                pool,
                db -> Uni.combine()
                        .all()
                        .unis(
                                data.snapshot(db, asOf, today),
                                targets.all(db),
                                targetData.read(db, today, villagesOf, paceSince),
                                facts.days(db, today.minusDays(window - 1L), today))
                        .with((snap, plan, extra, days) -> new Context(
                                snap,
                                plan,
                                extra,
                                days.tailMap(today.minusDays(seriesDays - 1L), true),
                                days.tailMap(paceFrom, true))));
    }

    private TargetStatuses targetStatuses(Context c) {
        return new TargetStatuses(
                c.snap, c.paceWindow, c.extra, config.adultShare(), provinceAdults(c.snap), provinceServants(c.snap));
    }

    private List<UnitStatsRow> unitRows(Snapshot snap, String group) {
        List<UnitStatsRow> rows = new ArrayList<>(snap.units().size());
        Map<String, List<Cell>> byUnit = snap.cells().stream().collect(Collectors.groupingBy(Cell::unit));
        for (UnitInfo u : snap.units()) {
            Place p = Figures.place(
                    byUnit.getOrDefault(u.code(), List.of()),
                    c -> group == null || c.group().equals(group),
                    c -> c.agency() == 0);
            StatRates rates = Figures.rates(
                    p,
                    unitAdults(snap, u.code()),
                    Figures.publicServants(snap.unitDens().get(u.code())));
            rows.add(new UnitStatsRow(u.code(), u.name(), u.type(), p.counts(), rates, null));
        }
        return rows;
    }

    private List<UnitStatsRow> rankedUnits(Snapshot snap, UnitQuery query) {
        String folded = query.q() == null ? null : Texts.fold(query.q());
        Set<String> matching = snap.units().stream()
                .filter(u -> query.type() == null || u.type().equals(query.type()))
                .filter(u -> folded == null || folded.isBlank() || u.searchKey().contains(folded))
                .map(UnitInfo::code)
                .collect(Collectors.toSet());
        List<UnitStatsRow> rows = unitRows(snap, query.learnerGroup()).stream()
                .filter(r -> matching.contains(r.code()))
                .toList();
        Function<UnitStatsRow, Double> key = metric(query.sort());
        Map<UnitStatsRow, Integer> ranks = Figures.ranks(rows, key);
        List<UnitStatsRow> ranked = new ArrayList<>(rows.stream()
                .map(r -> new UnitStatsRow(r.code(), r.name(), r.type(), r.counts(), r.rates(), ranks.get(r)))
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

    private List<AgencyStatsRow> agencyRows(Snapshot snap) {
        List<AgencyStatsRow> rows = new ArrayList<>();
        Map<Long, List<Cell>> byAgency = snap.cells().stream().collect(Collectors.groupingBy(Cell::agency));
        for (AgencyInfo a : snap.agencies()) {
            Place p = Figures.place(byAgency.getOrDefault(a.id(), List.of()), c -> true, c -> true);
            Rate coverage = Figures.rate(
                    p.certifiedPublicServants(),
                    Figures.publicServants(snap.agencyDens().get(a.id())),
                    "PUBLIC_SERVANTS");
            rows.add(new AgencyStatsRow(a.id(), a.name(), p.counts(), coverage, null));
        }
        Map<AgencyStatsRow, Integer> ranks =
                Figures.ranks(rows, r -> r.coverage().percent());
        List<AgencyStatsRow> ranked = new ArrayList<>(rows.stream()
                .map(r -> new AgencyStatsRow(r.id(), r.name(), r.counts(), r.coverage(), ranks.get(r)))
                .toList());
        ranked.sort(Comparator.comparing((AgencyStatsRow r) -> r.rank() == null ? Integer.MAX_VALUE : r.rank()));
        return ranked;
    }

    private Den unitAdults(Snapshot snap, String code) {
        return Figures.adults(snap.unitDens().get(code), config.adultShare());
    }

    private Den provinceAdults(Snapshot snap) {
        return Figures.sum(
                snap.units().stream().map(u -> unitAdults(snap, u.code())).toList(), PROVINCE_SOURCE);
    }

    private Den provinceServants(Snapshot snap) {
        List<Den> parts = new ArrayList<>();
        snap.units()
                .forEach(u -> parts.add(Figures.publicServants(snap.unitDens().get(u.code()))));
        snap.agencies()
                .forEach(a -> parts.add(Figures.publicServants(snap.agencyDens().get(a.id()))));
        return Figures.sum(parts, PROVINCE_SERVANTS_SOURCE);
    }

    private static Map<String, Integer> byCode(Map<UnitStatsRow, Integer> ranks) {
        Map<String, Integer> out = new HashMap<>();
        ranks.forEach((r, rank) -> out.put(r.code(), rank));
        return out;
    }
}
