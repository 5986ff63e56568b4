package vn.hocvuso.stats;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import vn.hocvuso.common.ApiException;
import vn.hocvuso.common.PageRequest;
import vn.hocvuso.security.Reach;
import vn.hocvuso.stats.Figures.Place;
import vn.hocvuso.stats.StatsData.AgencyInfo;
import vn.hocvuso.stats.StatsData.Snapshot;
import vn.hocvuso.stats.StatsData.UnitInfo;
import vn.hocvuso.stats.StatsViews.AgencyRef;
import vn.hocvuso.stats.StatsViews.AgencyStatsDetail;
import vn.hocvuso.stats.StatsViews.AgencyStatsPage;
import vn.hocvuso.stats.StatsViews.AgencyStatsRow;
import vn.hocvuso.stats.StatsViews.ProvinceStats;
import vn.hocvuso.stats.StatsViews.PublicDashboard;
import vn.hocvuso.stats.StatsViews.PublicUnitRow;
import vn.hocvuso.stats.StatsViews.StatCounts;
import vn.hocvuso.stats.StatsViews.StatsChange;
import vn.hocvuso.stats.StatsViews.TargetOverviewList;
import vn.hocvuso.stats.StatsViews.TargetStatus;
import vn.hocvuso.stats.StatsViews.UnitRanks;
import vn.hocvuso.stats.StatsViews.UnitRef;
import vn.hocvuso.stats.StatsViews.UnitStatsDetail;
import vn.hocvuso.stats.StatsViews.UnitStatsPage;
import vn.hocvuso.stats.StatsViews.UnitStatsRow;
import vn.hocvuso.stats.UnitTable.UnitQuery;

/**
 * The figures of the province, its units and its agencies, composed from one snapshot of the rollups,
 * the denominators and the daily facts. Every response is a few thousand rows read, whatever the number
 * of learners. Each counts what {@link StatsCourses} selects: each group's certifying course, or the
 * course a request names ({@code courseId}, null for the paths). The tables are {@link UnitTable}'s, the
 * targets' statuses {@link TargetStatuses}'.
 */
@ApplicationScoped
public class StatsService {

    private final StatsReads reads;
    private final DailyFacts facts;
    private final UnitTable table;
    private final PlaceDenominators dens;
    private final StatsConfig config;
    private final StatsMoment moment;
    /** What the targets work out from the cached directory and headcounts, shared by the answers. */
    private final TargetStatuses.Kept kept = new TargetStatuses.Kept();

    public StatsService(
            StatsReads reads,
            DailyFacts facts,
            UnitTable table,
            PlaceDenominators dens,
            StatsConfig config,
            StatsMoment moment) {
        this.reads = reads;
        this.facts = facts;
        this.table = table;
        this.dens = dens;
        this.config = config;
        this.moment = moment;
    }

    // ---- the province ----

    /**
     * The province's figures at the end of {@code day} (null: now), with their change since the end of
     * {@code since} (null: none): {@code province}'s, or those of every province {@code reach} reaches (null).
     */
    public Uni<ProvinceStats> summary(
            int days, UUID courseId, LocalDate day, LocalDate since, Reach reach, String province) {
        Uni<StatsContext> read = reads.load(days, courseId, null, day, snap -> ProvinceSlice.of(snap, reach, province));
        return read.chain(c -> summary(c, courseId, since));
    }

    private Uni<ProvinceStats> summary(StatsContext c, UUID courseId, LocalDate since) {
        Place p = Figures.place(c.snap().cells(), cell -> true, cell -> true);
        ProvinceStats now = new ProvinceStats(
                c.snap().asOf(),
                p.counts(),
                p.groups(),
                p.adultLearners(),
                p.certifiedPublicServants(),
                Figures.rates(p, dens.provinceAdults(c.snap()), dens.provinceServants(c.snap())),
                DailyFacts.provinceSeries(c.series()),
                targetStatuses(c).ofProvince(c.targets()),
                null);
        if (since == null) {
            return Uni.createFrom().item(now);
        }
        return reads.snapshot(courseId, pastOnly(since)).map(all -> {
            Snapshot then = ProvinceSlice.cut(all, c.slice().provinces()).snap();
            Place before = Figures.place(then.cells(), cell -> true, cell -> true);
            return now.since(new StatsChange(
                    then.asOf(),
                    StatsChange.difference(now.counts(), before.counts()),
                    now.adultLearners() - before.adultLearners(),
                    now.certifiedPublicServants() - before.certifiedPublicServants()));
        });
    }

    /** What anyone may see: one province's figures, or every province's summed ({@code province} null). */
    public Uni<PublicDashboard> publicDashboard(LocalDate day, String province) {
        return reads.load(1, null, null, day, snap -> ProvinceSlice.of(snap, Reach.ALL, province))
                .map(c -> {
                    Place p = Figures.place(c.snap().cells(), cell -> true, cell -> true);
                    List<UnitStatsRow> rows = table.rows(c.snap(), null);
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
                            c.snap().asOf(),
                            p.counts(),
                            p.groups(),
                            Figures.rates(p, dens.provinceAdults(c.snap()), dens.provinceServants(c.snap())),
                            targetStatuses(c).ofProvince(c.targets()),
                            units);
                });
    }

    public Uni<TargetOverviewList> targetOverview(UUID courseId, LocalDate day, Reach reach, String province) {
        return reads.load(1, courseId, TargetData.ALL_UNITS, day, snap -> ProvinceSlice.of(snap, reach, province))
                // Thousands of places measured: milliseconds of CPU that would hold every request of an event loop.
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(c -> new TargetOverviewList(
                        c.snap().asOf(), targetStatuses(c).overview(c.targets())));
    }

    // ---- units ----

    /**
     * A page of the units' table at the end of {@code day} (null: now), each row with its change since the
     * end of {@code since} (null: none) in the same filters, ranked among the units of the provinces the caller
     * reaches, or of the one it names ({@link ProvinceSlice#of(Snapshot, Reach, String)}).
     */
    public Uni<UnitStatsPage> units(
            UnitQuery query,
            UUID courseId,
            PageRequest page,
            Predicate<String> visible,
            LocalDate day,
            LocalDate since,
            Reach reach,
            String province) {
        Uni<Compared> before = since == null
                ? Uni.createFrom().item(new Compared(null, Map.of()))
                : reads.snapshot(courseId, pastOnly(since))
                        .map(then -> new Compared(then.asOf(), countsByCode(table.rows(then, query.learnerGroup()))));
        return before.chain(compared -> reads.snapshot(courseId, day).map(all -> {
            Snapshot snap = ProvinceSlice.cut(all, ProvinceSlice.of(all, reach, province))
                    .snap();
            Map<String, StatCounts> then = compared.counts();
            List<UnitStatsRow> mine = table.ranked(snap, query).stream()
                    .filter(r -> visible.test(r.code()))
                    .map(r -> since == null
                            ? r
                            : r.since(StatsChange.difference(r.counts(), then.getOrDefault(r.code(), StatCounts.ZERO))))
                    .toList();
            List<UnitStatsRow> items = page.slice(mine);
            int totalPages = page.totalPages(mine.size());
            return new UnitStatsPage(
                    snap.asOf(),
                    query.sort().name(),
                    items,
                    page.page,
                    page.size,
                    mine.size(),
                    totalPages,
                    compared.asOf());
        }));
    }

    /**
     * Every visible row in rank order, for the export: ranked, as the table is, among the units of the provinces
     * the caller reaches, or of the one it names.
     */
    public Uni<List<UnitStatsRow>> allUnits(
            UnitQuery query, UUID courseId, Predicate<String> visible, LocalDate day, Reach reach, String province) {
        return reads.snapshot(courseId, day)
                .map(all ->
                        table
                                .ranked(
                                        ProvinceSlice.cut(all, ProvinceSlice.of(all, reach, province))
                                                .snap(),
                                        query)
                                .stream()
                                .filter(r -> visible.test(r.code()))
                                .toList());
    }

    /**
     * One province's units in rank order, ranked among themselves (a report of that province's): the read cut to
     * the province as {@code ?province=} cuts it.
     */
    public Uni<List<UnitStatsRow>> allUnits(UnitQuery query, String province, LocalDate day) {
        return provinceOnly(province, day).map(snap -> table.ranked(snap, query));
    }

    /** One province's organisations, ranked among themselves, the same way. */
    public Uni<List<AgencyStatsRow>> allAgencies(String province, LocalDate day) {
        return provinceOnly(province, day).map(table::agencies);
    }

    private Uni<Snapshot> provinceOnly(String province, LocalDate day) {
        return reads.snapshot(null, day)
                .map(snap -> ProvinceSlice.cut(snap, Set.of(province)).snap());
    }

    /** A unit's figures as plan 368 counts them (each group's certifying course). */
    public Uni<UnitStatsDetail> unit(String code, int days) {
        return unit(code, days, null, null);
    }

    public Uni<UnitStatsDetail> unit(String code, int days, UUID courseId, LocalDate day) {
        return reads.load(days, courseId, code, day, snap -> ProvinceSlice.ofUnit(snap, code))
                .map(c -> {
                    UnitInfo unit = c.snap().units().stream()
                            .filter(u -> u.code().equals(code))
                            .findFirst()
                            .orElseThrow(() -> ApiException.notFound("unit_not_found", code));
                    Place p = Figures.place(
                            c.snap().cells(), cell -> cell.unit().equals(code), cell -> cell.agency() == 0);
                    List<UnitStatsRow> rows = table.rows(c.snap(), null);
                    Map<String, Integer> participation = byCode(
                            Figures.ranks(rows, r -> r.rates().participation().percent()));
                    Map<String, Integer> completion = byCode(
                            Figures.ranks(rows, r -> r.rates().completion().percent()));
                    List<TargetStatus> unitStatuses = targetStatuses(c).ofUnit(code, c.targets());
                    return new UnitStatsDetail(
                            c.snap().asOf(),
                            new UnitRef(unit.code(), unit.name(), unit.type()),
                            p.counts(),
                            p.groups(),
                            p.adultLearners(),
                            p.certifiedPublicServants(),
                            Figures.rates(p, dens.unitAdults(c.snap(), code), dens.unitServants(c.snap(), code)),
                            new UnitRanks(participation.get(code), completion.get(code), rows.size()),
                            DailyFacts.series(c.series(), facts -> facts.ofUnit(code)),
                            unitStatuses);
                });
    }

    // ---- agencies ----

    /**
     * A page of the organisations' table, ranked, as the units' table is, among the organisations of the provinces
     * the caller reaches, or of the one it names.
     */
    public Uni<AgencyStatsPage> agencies(
            UUID courseId, PageRequest page, Predicate<Long> visible, LocalDate day, Reach reach, String province) {
        return reads.snapshot(courseId, day).map(all -> {
            Snapshot snap = ProvinceSlice.cut(all, ProvinceSlice.of(all, reach, province))
                    .snap();
            List<AgencyStatsRow> mine = table.agencies(snap).stream()
                    .filter(r -> visible.test(r.id()))
                    .toList();
            return new AgencyStatsPage(
                    snap.asOf(), page.slice(mine), page.page, page.size, mine.size(), page.totalPages(mine.size()));
        });
    }

    /** An agency's figures as plan 368 counts them (each group's certifying course). */
    public Uni<AgencyStatsDetail> agency(long id, int days) {
        return agency(id, days, null, null);
    }

    public Uni<AgencyStatsDetail> agency(long id, int days, UUID courseId, LocalDate day) {
        return reads.load(days, courseId, null, day, snap -> ProvinceSlice.ofAgency(snap, id))
                .map(c -> {
                    AgencyInfo agency = c.snap().agencies().stream()
                            .filter(a -> a.id() == id)
                            .findFirst()
                            .orElseThrow(() -> ApiException.notFound("agency_not_found"));
                    AgencyStatsRow row = table.agencies(c.snap()).stream()
                            .filter(r -> r.id() == id)
                            .findFirst()
                            .orElseThrow();
                    List<TargetStatus> agencyStatuses = targetStatuses(c).ofOrganisation(id, c.targets());
                    return new AgencyStatsDetail(
                            c.snap().asOf(),
                            new AgencyRef(agency.id(), agency.name()),
                            row.counts(),
                            row.coverage(),
                            row.rank(),
                            DailyFacts.series(c.series(), facts -> facts.ofAgency(id)),
                            agencyStatuses);
                });
    }

    // ---- reading ----

    /**
     * Where each target stands, measured on this response's read. What today's answers share ({@link #kept},
     * the pace window's past part) is not replaced by an answer as of a past day: that one works out its own.
     */
    private TargetStatuses targetStatuses(StatsContext c) {
        // A province's slice of a deployment of several works out its own, as a past day's answer does.
        boolean today = c.snap().today().equals(moment.today()) && !c.slice().sliced();
        return new TargetStatuses(
                c.snap(),
                c.paceWindow(),
                () -> facts.paceWindow(c.paceWindow(), c.snap().today(), c.selection(), today),
                c.extra(),
                config.adultShare(),
                dens.provinceAdults(c.snap()),
                dens.provinceServants(c.snap()),
                today ? kept : new TargetStatuses.Kept());
    }

    /** The moment a table is compared with, and each unit's counts then. */
    private record Compared(Instant asOf, Map<String, StatCounts> counts) {}

    /** A day to read the past of: today's figures are now's. */
    private LocalDate pastOnly(LocalDate day) {
        return day == null || day.equals(moment.today()) ? null : day;
    }

    private static Map<String, StatCounts> countsByCode(List<UnitStatsRow> rows) {
        Map<String, StatCounts> out = new HashMap<>();
        rows.forEach(r -> out.put(r.code(), r.counts()));
        return out;
    }

    private static Map<String, Integer> byCode(Map<UnitStatsRow, Integer> ranks) {
        Map<String, Integer> out = new HashMap<>();
        ranks.forEach((r, rank) -> out.put(r.code(), rank));
        return out;
    }
}
