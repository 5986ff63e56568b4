package vn.hocvuso.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.hocvuso.stats.Figures.Den;
import vn.hocvuso.stats.StatsData.Cell;
import vn.hocvuso.stats.StatsData.UnitDen;
import vn.hocvuso.stats.StatsViews.Rate;
import vn.hocvuso.stats.StatsViews.StatCounts;

/** The arithmetic of the figures, without a server: what a notice would print for given counts. */
class FiguresTest {

    private static final LocalDate JANUARY = LocalDate.of(2026, 1, 1);
    private static final LocalDate MARCH = LocalDate.of(2026, 3, 1);

    @ParameterizedTest
    @CsvSource({
        "1, 3, 33.3",
        "2, 3, 66.7",
        "1, 8, 12.5",
        "1, 16, 6.3",
        "0, 5, 0.0",
        "5, 5, 100.0",
        "88064, 119285, 73.8",
        "7, 5, 140.0"
    })
    void aPercentHasOneDecimalRoundedHalfUp(long numerator, long denominator, double percent) {
        assertThat(Figures.percent(numerator, denominator)).isEqualTo(percent);
    }

    @Test
    void ranksAreCompetitionRanksHighestFirstAndPlacesWithoutAValueHaveNone() {
        Map<String, Double> rates = new HashMap<>();
        rates.put("a", 50.0);
        rates.put("b", 80.0);
        rates.put("c", 50.0);
        rates.put("d", 10.0);
        rates.put("e", null);
        Map<String, Integer> ranks = Figures.ranks(List.of("a", "b", "c", "d", "e"), rates::get);
        assertThat(ranks).containsOnly(Map.entry("b", 1), Map.entry("a", 2), Map.entry("c", 2), Map.entry("d", 4));
        assertThat(ranks.keySet()).containsExactly("b", "a", "c", "d");
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void whateverTheOrderOfThePlacesTheRanksAreTheSame(long seed) {
        List<Integer> places = new ArrayList<>();
        Random random = new Random(seed);
        for (int i = 0; i < 60; i++) {
            places.add(i);
        }
        Map<Integer, Double> rates = new HashMap<>();
        places.forEach(p -> rates.put(p, random.nextInt(8) == 0 ? null : (double) random.nextInt(12)));
        Map<Integer, Integer> ranks = Figures.ranks(places, rates::get);
        List<Integer> shuffled = new ArrayList<>(places);
        Collections.shuffle(shuffled, random);
        assertThat(Figures.ranks(shuffled, rates::get)).isEqualTo(ranks);
        // A place's rank is one more than the number of places strictly above it.
        ranks.forEach((place, rank) -> assertThat(rank)
                .isEqualTo(1
                        + (int) rates.values().stream()
                                .filter(r -> r != null && r > rates.get(place))
                                .count()));
    }

    @Test
    void aRateSaysWhyItHasNoValue() {
        Rate unknown = Figures.rate(3, Den.MISSING, "ADULT_POPULATION");
        assertThat(unknown.percent()).isNull();
        assertThat(unknown.numerator()).isEqualTo(3);
        assertThat(unknown.denominator()).isNull();
        assertThat(unknown.missing()).isEqualTo("NO_DENOMINATOR");

        Rate zero = Figures.rate(3, new Den(0L, true, "Ước tính", JANUARY), "PUBLIC_SERVANTS");
        assertThat(zero.percent()).isNull();
        assertThat(zero.denominator()).isZero();
        assertThat(zero.missing()).isEqualTo("ZERO_DENOMINATOR");
        assertThat(zero.estimated()).isTrue();

        Rate known = Figures.rate(2, new Den(10L, false, "Niên giám", MARCH), "ADULT_POPULATION");
        assertThat(known).isEqualTo(new Rate(20.0, 2, 10L, "ADULT_POPULATION", false, "Niên giám", MARCH, null));
    }

    @Test
    void completionIsCertifiedOverLearnersAndNothingWithoutLearners() {
        assertThat(Figures.completion(new StatCounts(3, 2, 1, 1, 1)).percent()).isEqualTo(33.3);
        assertThat(Figures.completion(new StatCounts(3, 2, 1, 1, 1)).basis()).isEqualTo("LEARNERS");
        assertThat(Figures.completion(StatCounts.ZERO).missing()).isEqualTo("ZERO_DENOMINATOR");
    }

    @Test
    void theAdultDenominatorIsTheAdultFigureElseAnEstimateFromThePopulation() {
        assertThat(Figures.adults(new UnitDen(JANUARY, 1000, 700, 20, false, "Niên giám"), 0.69))
                .isEqualTo(new Den(700L, false, "Niên giám", JANUARY));
        Den estimated = Figures.adults(new UnitDen(JANUARY, 5106, null, null, false, "units.csv"), 0.69);
        assertThat(estimated.value()).isEqualTo(3523L);
        assertThat(estimated.estimated()).isTrue();
        assertThat(estimated.source()).isEqualTo("units.csv × tỷ lệ người trưởng thành 69%");
        assertThat(Figures.adults(new UnitDen(JANUARY, null, null, 5, false, "x"), 0.69))
                .isEqualTo(Den.MISSING);
        assertThat(Figures.adults(null, 0.69)).isEqualTo(Den.MISSING);
        assertThat(Figures.publicServants(new UnitDen(JANUARY, 1000, 700, null, false, "x")))
                .isEqualTo(Den.MISSING);
        assertThat(Figures.publicServants(new UnitDen(JANUARY, 1000, 700, 0, true, "x"))
                        .value())
                .isZero();
    }

    @Test
    void theProvinceDenominatorIsTheSumOfItsPartsAndUnknownWhileAnyPartIs() {
        Den a = new Den(10L, false, "a", JANUARY);
        Den b = new Den(5L, true, "b", MARCH);
        assertThat(Figures.sum(List.of(a, b), "Tổng")).isEqualTo(new Den(15L, true, "Tổng", MARCH));
        assertThat(Figures.sum(List.of(b, a), "Tổng").validFrom()).isEqualTo(MARCH);
        assertThat(Figures.sum(List.of(a), "Tổng").estimated()).isFalse();
        assertThat(Figures.sum(List.of(a, Den.MISSING, b), "Tổng")).isEqualTo(Den.MISSING);
        assertThat(Figures.sum(List.of(), "Tổng")).isEqualTo(Den.MISSING);
    }

    @Test
    void aPlaceCountsItsCellsStudentsAreNotAdultsAndOnlyItsOwnPublicServantsCount() {
        List<Cell> cells = List.of(
                new Cell("21136", 0, "CITIZEN", new StatCounts(1, 1, 1, 1, 1)),
                new Cell("21136", 0, "CBCCVC", new StatCounts(1, 1, 0, 0, 0)),
                new Cell("21136", 7, "CBCCVC", new StatCounts(2, 2, 2, 2, 2)),
                new Cell("21136", 0, "STUDENT", new StatCounts(1, 0, 0, 0, 0)),
                new Cell("21520", 0, "WORKER", new StatCounts(4, 0, 0, 0, 0)));
        Figures.Place place = Figures.place(cells, c -> c.unit().equals("21136"), c -> c.agency() == 0);
        assertThat(place.counts()).isEqualTo(new StatCounts(5, 4, 3, 3, 3));
        assertThat(place.adultLearners()).isEqualTo(4);
        assertThat(place.publicServantLearners()).isEqualTo(1);
        assertThat(place.certifiedPublicServants()).isZero();
        assertThat(place.byGroup())
                .containsEntry("CBCCVC", new StatCounts(3, 3, 2, 2, 2))
                .containsEntry("WORKER", StatCounts.ZERO);
        // Every group is listed, in the framework's order, even with nobody in it.
        assertThat(place.groups())
                .extracting(g -> g.learnerGroup())
                .containsExactly("CBCCVC", "STUDENT", "WORKER", "CITIZEN");

        Figures.Place agency = Figures.place(cells, c -> c.agency() == 7, c -> true);
        assertThat(agency.certifiedPublicServants()).isEqualTo(2);
        assertThat(agency.publicServantLearners()).isEqualTo(2);
    }
}
