package vn.hocvuso.stats;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import vn.hocvuso.common.ApiException;
import vn.hocvuso.common.PageRequest;
import vn.hocvuso.common.ReadPool;
import vn.hocvuso.stats.StatsData.AgencyInfo;
import vn.hocvuso.stats.StatsData.Cell;
import vn.hocvuso.stats.StatsViews.StatCounts;

/**
 * The figures by organisation (issue 13): for every organisation of the tree its own figures (the
 * learners whose organisation it is) and its subtree's (itself, everything below it and everything merged
 * into it). Sums of the rollup cells keyed by agency ({@code stat_learners}, {@code stat_progress}) read in
 * one snapshot, over the tree of the statistics' organisation directory ({@link StatsData}: cached, forgotten
 * at once when this replica changes an organisation); never a scan of learners, and only the rows of the
 * page asked for summed over their subtrees. A closed or merged organisation
 * keeps its rows, its people and so its figures: they stay in its own figures, in the subtrees above it,
 * and in the subtree of the organisation it merged into.
 */
@ApplicationScoped
public class OrganisationFigures {

    public record OrganisationStatsRow(
            long id,
            String name,
            String kind,
            String schoolLevel,
            String unitCode,
            Long parentId,
            LocalDate closedOn,
            Long mergedIntoId,
            StatCounts counts,
            StatCounts subtreeCounts) {}

    public record OrganisationStatsPage(
            Instant asOf, List<OrganisationStatsRow> items, int page, int size, long totalItems, int totalPages) {}

    public record OrganisationStatsDetail(
            Instant asOf, OrganisationStatsRow organisation, List<OrganisationStatsRow> children) {}

    /** Which organisations a list shows: below one parent, the roots, of one kind; all optional. */
    public record Query(Long parentId, boolean rootsOnly, String kind) {}

    private record Read(Instant asOf, List<AgencyInfo> orgs, Map<Long, StatCounts> own) {}

    private final ReadPool pool;
    private final StatsData data;
    private final StatsCourses courses;

    private final PastCells past;
    private final StatsMoment moment;

    public OrganisationFigures(
            ReadPool pool, StatsData data, StatsCourses courses, PastCells past, StatsMoment moment) {
        this.pool = pool;
        this.data = data;
        this.courses = courses;
        this.past = past;
        this.moment = moment;
    }

    /** The organisations the caller may see ({@code visible}) matching the query, by name, a page. */
    public Uni<OrganisationStatsPage> list(Query query, PageRequest page, Predicate<Long> visible) {
        return list(query, page, visible, null);
    }

    /** The same at the end of {@code day} (null: now). */
    public Uni<OrganisationStatsPage> list(Query query, PageRequest page, Predicate<Long> visible, LocalDate day) {
        return read(day).map(read -> {
            Tree f = new Tree(read);
            List<AgencyInfo> mine = read.orgs.stream()
                    .filter(o -> visible.test(o.id()))
                    .filter(o -> query.parentId() == null || query.parentId().equals(o.parentId()))
                    .filter(o -> !query.rootsOnly() || o.parentId() == null)
                    .filter(o -> query.kind() == null || query.kind().equals(o.kind()))
                    .toList();
            // Only the page's rows are summed over their subtrees.
            List<OrganisationStatsRow> items =
                    page.slice(mine).stream().map(f::row).toList();
            return new OrganisationStatsPage(
                    read.asOf, items, page.page, page.size, mine.size(), page.totalPages(mine.size()));
        });
    }

    /** One organisation's figures and those of each organisation directly below it (by name). */
    public Uni<OrganisationStatsDetail> one(long id) {
        return one(id, null);
    }

    /** The same at the end of {@code day} (null: now). */
    public Uni<OrganisationStatsDetail> one(long id, LocalDate day) {
        return read(day).map(read -> {
            Tree f = new Tree(read);
            AgencyInfo org = f.byId.get(id);
            if (org == null) {
                throw ApiException.notFound("organisation_not_found");
            }
            List<OrganisationStatsRow> children = read.orgs.stream()
                    .filter(o -> Long.valueOf(id).equals(o.parentId()))
                    .map(f::row)
                    .toList();
            return new OrganisationStatsDetail(read.asOf, f.row(org), children);
        });
    }

    private Uni<Read> read(LocalDate day) {
        LocalDate today = moment.today();
        return Snapshots.readOnly(
                pool,
                (db, asOf) -> courses.select(db, null)
                        .chain(selection -> day == null
                                ? data.snapshot(db, asOf, today, selection)
                                : data.snapshotAt(db, day, today, selection, past))
                        .map(snap -> {
                            Map<Long, StatCounts> own = new HashMap<>();
                            for (Cell cell : snap.cells()) {
                                if (cell.agency() != 0) {
                                    own.merge(cell.agency(), cell.counts(), StatCounts::plus);
                                }
                            }
                            return new Read(snap.asOf(), snap.agencies(), own);
                        }));
    }

    /** The rows of one reading: each organisation's own counts and its subtree's. */
    private static final class Tree {
        final Read read;
        final Map<Long, AgencyInfo> byId = new HashMap<>();
        final Map<Long, List<Long>> below = new HashMap<>();

        Tree(Read read) {
            this.read = read;
            for (AgencyInfo o : read.orgs) {
                byId.put(o.id(), o);
                for (Long up : new Long[] {o.parentId(), o.mergedIntoId()}) {
                    if (up != null) {
                        below.computeIfAbsent(up, k -> new ArrayList<>()).add(o.id());
                    }
                }
            }
        }

        OrganisationStatsRow row(AgencyInfo o) {
            StatCounts subtree = StatCounts.ZERO;
            for (long member : subtree(o.id())) {
                subtree = subtree.plus(read.own.getOrDefault(member, StatCounts.ZERO));
            }
            return new OrganisationStatsRow(
                    o.id(),
                    o.name(),
                    o.kind(),
                    o.schoolLevel(),
                    o.unitCode(),
                    o.parentId(),
                    o.closedOn(),
                    o.mergedIntoId(),
                    read.own.getOrDefault(o.id(), StatCounts.ZERO),
                    subtree);
        }

        /** The organisation and everything below it, each once (a merged one is below two). */
        private Set<Long> subtree(long root) {
            Set<Long> out = new LinkedHashSet<>(List.of(root));
            Deque<Long> todo = new ArrayDeque<>(out);
            while (!todo.isEmpty()) {
                for (Long child : below.getOrDefault(todo.pop(), List.of())) {
                    if (out.add(child)) {
                        todo.push(child);
                    }
                }
            }
            return out;
        }
    }
}
