package vn.hocvuso.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.hocvuso.stats.Figures.Den;
import vn.hocvuso.stats.StatsViews.TargetPlace;
import vn.hocvuso.stats.StatsViews.TargetStatus;
import vn.hocvuso.stats.StatsViews.TargetView;

/** Where a target stands, without a server: the status a unit would see for given counts, pace and date. */
class TargetProgressTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final Den TEN_ADULTS = new Den(10L, false, "Niên giám", LocalDate.of(2026, 1, 1));

    private static TargetView target(String group, String metric, double value, LocalDate deadline) {
        return new TargetView(
                UUID.randomUUID(), "Thử", group, metric, value, LocalDate.of(2026, 1, 1), deadline, "EACH_UNIT", null);
    }

    private static TargetStatus status(TargetView t, long current, Den den, double pace, LocalDate today) {
        return TargetProgress.status(t, new TargetPlace("UNIT", "21211", "Xã Tịnh Khê"), current, den, pace, today);
    }

    @Test
    void behindWhenTheRecentPaceReachesTheGoalOnlyAfterTheDeadline() {
        // 50% of 10 adults = 5; 2 now; 3 to go in 11 days (today counts) = 0.3 a day; at 2 in 28 days the
        // remaining 3 take 42 days.
        TargetStatus s =
                status(target("ADULTS", "PARTICIPATION_RATE", 50, TODAY.plusDays(10)), 2, TEN_ADULTS, 2 / 28.0, TODAY);
        assertThat(s.status()).isEqualTo("BEHIND");
        assertThat(s.current()).isEqualTo(20.0);
        assertThat(s.goalCount()).isEqualTo(5);
        assertThat(s.remaining()).isEqualTo(3);
        assertThat(s.daysLeft()).isEqualTo(10);
        assertThat(s.pacePerDayNeeded()).isEqualTo(0.3);
        assertThat(s.currentPacePerDay()).isEqualTo(0.1);
        assertThat(s.projectedDate()).isEqualTo(TODAY.plusDays(42));
        assertThat(s.denominatorEstimated()).isFalse();
    }

    @Test
    void onTrackWhenThePaceReachesTheGoalByTheDeadline() {
        TargetStatus s =
                status(target("ADULTS", "PARTICIPATION_RATE", 50, TODAY.plusDays(10)), 2, TEN_ADULTS, 1, TODAY);
        assertThat(s.status()).isEqualTo("ON_TRACK");
        assertThat(s.projectedDate()).isEqualTo(TODAY.plusDays(3));
    }

    @Test
    void aGoalReachedIsAchievedEvenAfterTheDeadlineAndOneMissedIsMissed() {
        TargetStatus achieved =
                status(target("ALL", "CERTIFIED_COUNT", 1, TODAY.minusDays(5)), 1, Den.MISSING, 0, TODAY);
        assertThat(achieved.status()).isEqualTo("ACHIEVED");
        assertThat(achieved.remaining()).isZero();
        assertThat(achieved.pacePerDayNeeded()).isNull();
        assertThat(achieved.projectedDate()).isNull();

        TargetStatus missed = status(target("ALL", "CERTIFIED_COUNT", 2, TODAY.minusDays(1)), 1, Den.MISSING, 5, TODAY);
        assertThat(missed.status()).isEqualTo("MISSED");
        assertThat(missed.daysLeft()).isEqualTo(-1);
        assertThat(missed.projectedDate()).isNull();
    }

    @Test
    void aDeadlineOfTodayLeavesOneDay() {
        TargetStatus s = status(target("ALL", "LEARNER_COUNT", 10, TODAY), 4, Den.MISSING, 0, TODAY);
        assertThat(s.daysLeft()).isZero();
        assertThat(s.pacePerDayNeeded()).isEqualTo(6.0);
        assertThat(s.status()).isEqualTo("BEHIND");
    }

    @Test
    void withoutPaceOrWithAProjectionBeyondTenYearsThereIsNoProjectedDate() {
        TargetView target = target("ALL", "LEARNER_COUNT", 100_000, TODAY.plusDays(30));
        assertThat(status(target, 0, Den.MISSING, 0, TODAY).projectedDate()).isNull();
        TargetStatus slow = status(target, 0, Den.MISSING, 0.01, TODAY);
        assertThat(slow.projectedDate()).isNull();
        assertThat(slow.status()).isEqualTo("BEHIND");
    }

    @Test
    void aRateTargetWithoutADenominatorCannotBeJudged() {
        for (Den den : new Den[] {Den.MISSING, new Den(0L, true, "Ước tính", TODAY)}) {
            TargetStatus s = status(target("CBCCVC", "CERTIFIED_RATE", 100, TODAY.plusDays(30)), 3, den, 0.5, TODAY);
            assertThat(s.status()).isEqualTo("NO_DENOMINATOR");
            assertThat(s.current()).isNull();
            assertThat(s.goalCount()).isNull();
            assertThat(s.currentCount()).isEqualTo(3);
        }
    }

    @ParameterizedTest
    @CsvSource({
        "PARTICIPATION_RATE, 80, 3523, 2819",
        "CERTIFIED_RATE, 100, 7, 7",
        "LEARNER_COUNT, 2.5, 0, 3",
        "CERTIFIED_COUNT, 750000, 0, 750000"
    })
    void goalsInPeopleRoundUp(String metric, double value, long denominator, long goal) {
        Den den = new Den(denominator, true, "units.csv", TODAY);
        TargetStatus s = status(target("ADULTS", metric, value, TODAY.plusDays(30)), 0, den, 0, TODAY);
        assertThat(s.goalCount()).isEqualTo(goal);
        // Only a rate says whether its denominator was estimated.
        assertThat(s.denominatorEstimated()).isEqualTo(metric.endsWith("_RATE"));
    }

    @Test
    void groupsMetricsAndDenominators() {
        assertThat(TargetProgress.inGroup("ALL", "STUDENT")).isTrue();
        assertThat(TargetProgress.inGroup("ADULTS", "STUDENT")).isFalse();
        assertThat(TargetProgress.inGroup("ADULTS", "WORKER")).isTrue();
        assertThat(TargetProgress.inGroup("CBCCVC", "CBCCVC")).isTrue();
        assertThat(TargetProgress.inGroup("CBCCVC", "CITIZEN")).isFalse();
        assertThat(TargetProgress.isRate("CERTIFIED_RATE")).isTrue();
        assertThat(TargetProgress.isRate("CERTIFIED_COUNT")).isFalse();
        assertThat(TargetProgress.countsCertified("CERTIFIED_COUNT")).isTrue();
        assertThat(TargetProgress.countsCertified("PARTICIPATION_RATE")).isFalse();

        // Each group against its own headcount.
        assertThat(TargetProgress.headcount("CBCCVC")).isEqualTo(TargetProgress.Headcount.PUBLIC_SERVANTS);
        assertThat(TargetProgress.headcount("STUDENT")).isEqualTo(TargetProgress.Headcount.STUDENTS);
        assertThat(TargetProgress.headcount("WORKER")).isEqualTo(TargetProgress.Headcount.WORKERS);
        assertThat(TargetProgress.headcount("ADULTS")).isEqualTo(TargetProgress.Headcount.ADULTS);
        assertThat(TargetProgress.headcount("CITIZEN")).isEqualTo(TargetProgress.Headcount.ADULTS);
    }

    @ParameterizedTest
    @CsvSource({
        "ADULTS, PROVINCE, true",
        "ADULTS, EACH_VILLAGE, true",
        "ADULTS, EACH_ENTERPRISE, false",
        "CBCCVC, EACH_AGENCY, true",
        "CBCCVC, EACH_SCHOOL, true",
        "CBCCVC, EACH_VILLAGE, false",
        "STUDENT, EACH_SCHOOL, true",
        "STUDENT, EACH_UNIT, true",
        "STUDENT, EACH_VILLAGE, false",
        "WORKER, EACH_ENTERPRISE, true",
        "WORKER, EACH_AGENCY, false"
    })
    void aRateIsMeasurableOnlyWhereItsGroupHasAHeadcount(String group, String scope, boolean measurable) {
        assertThat(TargetProgress.measurable(group, scope)).isEqualTo(measurable);
    }

    @Test
    void aStatusSaysWhichDenominatorItWasComputedFromAndNoneWithoutOne() {
        TargetStatus s = status(target("ADULTS", "CERTIFIED_RATE", 80, TODAY.plusDays(30)), 4, TEN_ADULTS, 0, TODAY);
        assertThat(s.denominator()).isEqualTo(10);
        assertThat(s.denominatorSource()).isEqualTo("Niên giám");
        assertThat(s.denominatorValidFrom()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(s.place().name()).isEqualTo("Xã Tịnh Khê");
        assertThat(s.scope()).isEqualTo("EACH_UNIT");

        // No headcount, or a zero one: no rate, no goal, no fake 0 %.
        for (Den den : new Den[] {Den.MISSING, new Den(0L, false, "Biên chế", TODAY)}) {
            TargetStatus none = status(target("STUDENT", "CERTIFIED_RATE", 100, TODAY.plusDays(30)), 3, den, 1, TODAY);
            assertThat(none.status()).isEqualTo("NO_DENOMINATOR");
            assertThat(none.current()).isNull();
            assertThat(none.goalCount()).isNull();
            assertThat(none.currentCount()).isEqualTo(3);
            assertThat(none.projectedDate()).isNull();
        }
        // A count has no denominator to show.
        TargetStatus count = status(target("ADULTS", "CERTIFIED_COUNT", 5, TODAY.plusDays(3)), 1, TEN_ADULTS, 0, TODAY);
        assertThat(count.denominator()).isNull();
        assertThat(count.denominatorSource()).isNull();
    }

    @ParameterizedTest
    @CsvSource({
        // value, headcount (blank: a count), goal: a rate's goal rounds up to whole people
        "80, 56000, 44800",
        "80, 56001, 44801",
        "100, 7, 7",
        "1, 1, 1",
        "33, 10, 4",
        "0, 1000, 0",
        "500000, , 500000",
        "750000, , 750000",
        "80.5, 1000, 805",
        "80.25, 999, 802",
        "0.1, 1, 1",
        "12.5, , 13",
        "100, 2000000000, 2000000000",
    })
    void theGoalIsTheValueOrThatPercentOfTheHeadcountRoundedUp(double value, Long headcount, long goal) {
        assertThat(TargetProgress.goal(value, headcount)).isEqualTo(goal);
    }

    @Test
    void wholeValuesGiveTheSameGoalsAsDecimalArithmetic() {
        // The overview works goals out in longs for whole values; every pair here against BigDecimal's.
        for (int value = 0; value <= 100; value++) {
            for (long den = 1; den <= 5000; den += 7) {
                long decimal = BigDecimal.valueOf((double) value)
                        .multiply(BigDecimal.valueOf(den))
                        .divide(BigDecimal.valueOf(100), 0, RoundingMode.CEILING)
                        .longValueExact();
                assertThat(TargetProgress.goal(value, den))
                        .as("%d%% of %d", value, den)
                        .isEqualTo(decimal);
            }
        }
    }
}
