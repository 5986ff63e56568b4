package vn.hocvuso.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import vn.hocvuso.stats.DailyFacts.Day;
import vn.hocvuso.stats.DailyFacts.Fact;
import vn.hocvuso.stats.StatsViews.TargetView;

/**
 * The pace of a target read from the window summed once per place: the same as counting each day's
 * facts, per unit, per organisation, with a revocation taken off and other groups left out.
 */
class PaceWindowTest {

    private static final LocalDate D1 = LocalDate.of(2026, 11, 27);

    private static TargetView target(String group, String metric) {
        return new TargetView(
                UUID.randomUUID(), "Chỉ tiêu thử", group, metric, 80, D1, D1.plusDays(60), "EACH_UNIT", List.of());
    }

    private static PaceWindow window() {
        Map<LocalDate, Day> days = new TreeMap<>();
        days.put(
                D1,
                Day.of(List.of(
                        new Fact("21211", 0, "CITIZEN", "CERTIFIED", 5),
                        new Fact("21211", 0, "CITIZEN", "REGISTERED", 9),
                        new Fact("21211", 42, "STUDENT", "CERTIFIED", 4),
                        new Fact("21205", 0, "CITIZEN", "CERTIFIED", 2))));
        days.put(
                D1.plusDays(1),
                Day.of(List.of(
                        new Fact("21211", 0, "CITIZEN", "CERTIFIED", 3),
                        new Fact("21211", 0, "CITIZEN", "CERTIFICATE_REVOKED", 2),
                        new Fact("21211", 42, "STUDENT", "CERTIFIED", 2))));
        days.put(D1.plusDays(2), Day.of(List.of()));
        // as DailyFacts.paceWindow makes it: the past days' part, and today's (here the second day, so that
        // a place has a sum in each part and the pace adds them up)
        Day today = days.remove(D1.plusDays(1));
        return new PaceWindow(3, PaceWindow.Part.of(days.values()), PaceWindow.Part.of(List.of(today)));
    }

    @Test
    void eachUnitsPaceIsItsNetCertifiedOverTheWindowsDays() {
        PaceWindow w = window();
        assertThat(w.days()).isEqualTo(3);
        // One sum per place and group in each part, whatever the number of days and kinds.
        assertThat(w.past().sums()).hasSize(3);
        assertThat(w.today().sums()).hasSize(2);

        Map<String, Double> adults = TargetProgress.pace(
                target("ADULTS", "CERTIFIED_RATE"), w.sums(), w.days(), (unit, agency, group) -> unit);
        // 21211: 5 + 3 certified, 2 revoked, adults only (the students' 6 are not adults); 21205: 2.
        assertThat(adults).containsExactlyInAnyOrderEntriesOf(Map.of("21211", 2.0, "21205", 2 / 3.0));

        Map<String, Double> everyone =
                TargetProgress.pace(target("ALL", "CERTIFIED"), w.ofUnit("21211"), w.days(), (u, a, g) -> u);
        assertThat(everyone).containsExactly(Map.entry("21211", 4.0));

        Map<String, Double> joined = TargetProgress.pace(target("ALL", "LEARNERS"), w.sums(), w.days(), (u, a, g) -> u);
        assertThat(joined).containsExactly(Map.entry("21211", 3.0));
    }

    @Test
    void anOrganisationsPaceReadsOnlyItsOwnSums() {
        PaceWindow w = window();
        assertThat(w.ofAgency(42)).hasSize(2); // one in the past days, one today
        Map<Long, Double> school = TargetProgress.pace(
                target("STUDENT", "CERTIFIED_RATE"), w.ofAgency(42), w.days(), (unit, agency, group) -> agency);
        assertThat(school).containsExactly(Map.entry(42L, 2.0));
        assertThat(w.ofAgency(7)).isEmpty();
    }

    /**
     * The past part's net changes are placed once per target shape and organisation directory, and placed
     * again for another directory (an organisation closed or moved): never an old directory's places.
     */
    @Test
    void thePastPartsNetsAreKeptPerDirectoryAndPlacedAgainForANewOne() {
        PaceWindow w = window();
        TargetView adults = target("ADULTS", "CERTIFIED_RATE");
        List<Object> directory = List.of("the directory as read");
        int[] placed = {0};
        Supplier<Map<String, Long>> byUnit = () -> {
            placed[0]++;
            return TargetProgress.net(adults, w.past().sums(g -> true), (unit, agency, group) -> unit);
        };
        Map<String, Long> first = w.past().nets().of(List.of("shape"), byUnit, directory);
        assertThat(first).containsExactlyInAnyOrderEntriesOf(Map.of("21211", 5L, "21205", 2L));
        assertThat(w.past().nets().<Map<String, Long>>of(List.of("shape"), byUnit, directory))
                .isSameAs(first);
        assertThat(placed[0]).isEqualTo(1);

        // An equal but newly read directory (the cache read it again) places them again, by its own places.
        Map<String, Long> again = w.past()
                .nets()
                .of(
                        List.of("shape"),
                        () -> {
                            placed[0]++;
                            return Map.of("21205", 2L);
                        },
                        List.of("the directory as read"));
        assertThat(again).containsExactly(Map.entry("21205", 2L));
        assertThat(placed[0]).isEqualTo(2);
    }
}
