package vn.hocvuso.stats;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The JSON shapes of the statistics API (schemas of the same names in openapi.yaml). */
public final class StatsViews {

    private StatsViews() {}

    public record StatCounts(long learners, long enrolled, long completedLessons, long passed, long certified) {
        public static final StatCounts ZERO = new StatCounts(0, 0, 0, 0, 0);

        public StatCounts plus(StatCounts o) {
            return new StatCounts(
                    learners + o.learners,
                    enrolled + o.enrolled,
                    completedLessons + o.completedLessons,
                    passed + o.passed,
                    certified + o.certified);
        }
    }

    public record GroupCounts(
            String learnerGroup, long learners, long enrolled, long completedLessons, long passed, long certified) {
        static GroupCounts of(String group, StatCounts c) {
            return new GroupCounts(group, c.learners(), c.enrolled(), c.completedLessons(), c.passed(), c.certified());
        }
    }

    public record Rate(
            Double percent,
            long numerator,
            Long denominator,
            String basis,
            boolean estimated,
            String source,
            LocalDate validFrom,
            String missing) {}

    public record StatRates(Rate completion, Rate participation, Rate publicServantCoverage) {}

    public record SeriesPoint(
            LocalDate day,
            long registered,
            long enrolled,
            long lessonsCompleted,
            long passed,
            long certified,
            long revoked) {}

    public record UnitRef(String code, String name, String type) {}

    public record AgencyRef(long id, String name) {}

    public record TargetView(
            UUID id,
            String name,
            String learnerGroup,
            String metric,
            double value,
            LocalDate startsOn,
            LocalDate deadline,
            String scope,
            List<String> schoolLevels) {}

    public record TargetStatus(
            UUID targetId,
            String name,
            String learnerGroup,
            String metric,
            double value,
            LocalDate deadline,
            Double current,
            long currentCount,
            Long goalCount,
            Long remaining,
            long daysLeft,
            Double pacePerDayNeeded,
            double currentPacePerDay,
            LocalDate projectedDate,
            String status,
            boolean denominatorEstimated,
            String scope,
            TargetPlace place,
            Long denominator,
            String denominatorSource,
            LocalDate denominatorValidFrom) {}

    /** The place a target's status is for: the province, a unit, an organisation or a village. */
    public record TargetPlace(String kind, String id, String name) {
        static final TargetPlace PROVINCE = new TargetPlace("PROVINCE", null, null);
    }

    public record TargetTally(int achieved, int onTrack, int behind, int missed, int noDenominator) {}

    public record TargetOverview(TargetView target, TargetStatus province, TargetTally places) {}

    public record TargetOverviewList(Instant asOf, List<TargetOverview> items) {}

    /**
     * How much figures grew (or fell) since an earlier moment ({@code compareTo}): the figures of the answer
     * less those at the end of that day, counted the same way.
     */
    public record StatsChange(Instant since, StatCounts counts, long adultLearners, long certifiedPublicServants) {

        static StatCounts difference(StatCounts now, StatCounts then) {
            return new StatCounts(
                    now.learners() - then.learners(),
                    now.enrolled() - then.enrolled(),
                    now.completedLessons() - then.completedLessons(),
                    now.passed() - then.passed(),
                    now.certified() - then.certified());
        }
    }

    public record ProvinceStats(
            Instant asOf,
            StatCounts counts,
            List<GroupCounts> byGroup,
            long adultLearners,
            long certifiedPublicServants,
            StatRates rates,
            List<SeriesPoint> series,
            List<TargetStatus> targets,
            @JsonInclude(JsonInclude.Include.NON_NULL) StatsChange change) {

        ProvinceStats since(StatsChange change) {
            return new ProvinceStats(
                    asOf, counts, byGroup, adultLearners, certifiedPublicServants, rates, series, targets, change);
        }
    }

    /** A unit's row; with {@code compareTo}, its counts' change since then. */
    public record UnitStatsRow(
            String code,
            String name,
            String type,
            StatCounts counts,
            StatRates rates,
            Integer rank,
            @JsonInclude(JsonInclude.Include.NON_NULL) StatCounts change) {

        UnitStatsRow since(StatCounts change) {
            return new UnitStatsRow(code, name, type, counts, rates, rank, change);
        }
    }

    public record UnitStatsPage(
            Instant asOf,
            String sort,
            List<UnitStatsRow> items,
            int page,
            int size,
            long totalItems,
            int totalPages,
            @JsonInclude(JsonInclude.Include.NON_NULL) Instant compareTo) {}

    public record UnitRanks(Integer participation, Integer completion, int outOf) {}

    public record UnitStatsDetail(
            Instant asOf,
            UnitRef unit,
            StatCounts counts,
            List<GroupCounts> byGroup,
            long adultLearners,
            long certifiedPublicServants,
            StatRates rates,
            UnitRanks ranks,
            List<SeriesPoint> series,
            List<TargetStatus> targets) {}

    /** An agency's row: its kind and the organisation above it (by the directory the figures were read with). */
    public record AgencyStatsRow(
            long id,
            String name,
            String kind,
            Long parentId,
            String parentName,
            StatCounts counts,
            Rate coverage,
            Integer rank) {}

    public record AgencyStatsPage(
            Instant asOf, List<AgencyStatsRow> items, int page, int size, long totalItems, int totalPages) {}

    public record AgencyStatsDetail(
            Instant asOf,
            AgencyRef agency,
            StatCounts counts,
            Rate coverage,
            Integer rank,
            List<SeriesPoint> series,
            List<TargetStatus> targets) {}

    public record UnitLearner(
            UUID id,
            String fullName,
            String phone,
            String email,
            String learnerGroup,
            String agencyName,
            String status,
            Instant registeredAt,
            Instant enrolledAt,
            int lessonsCompleted,
            int lessonCount,
            Instant lastActivityAt) {}

    public record PublicUnitRow(
            String code, String name, String type, long learners, long certified, Rate participation, Integer rank) {}

    /** One province's own figures in the national view; {@code rank} by participation (null: no denominator). */
    public record ProvinceFiguresRow(
            String code, String name, boolean synthetic, StatCounts counts, StatRates rates, Integer rank) {

        ProvinceFiguresRow ranked(Integer rank) {
            return new ProvinceFiguresRow(code, name, synthetic, counts, rates, rank);
        }
    }

    public record ProvinceFiguresList(Instant asOf, List<ProvinceFiguresRow> items) {}

    public record PublicDashboard(
            Instant asOf,
            StatCounts counts,
            List<GroupCounts> byGroup,
            StatRates rates,
            List<TargetStatus> targets,
            List<PublicUnitRow> units) {}

    public record UnitDenominator(
            LocalDate validFrom,
            Integer population,
            Integer adultPopulation,
            Integer publicServants,
            boolean estimated,
            String source,
            Instant recordedAt) {}

    public record UnitDenominatorList(String unitCode, List<UnitDenominator> items) {}

    public record AgencyDenominator(
            LocalDate validFrom,
            Integer publicServants,
            Integer students,
            Integer workers,
            boolean estimated,
            String source,
            Instant recordedAt) {}

    public record AgencyDenominatorList(long agencyId, List<AgencyDenominator> items) {}

    public record VillageDenominator(
            LocalDate validFrom,
            Integer population,
            Integer adultPopulation,
            boolean estimated,
            String source,
            Instant recordedAt) {}

    public record VillageDenominatorList(long villageId, List<VillageDenominator> items) {}
}
