package vn.hocvuso.partition;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.Database;
import vn.hocvuso.testing.Partitions;

/**
 * The partitions' upkeep ({@link PartitionJob}) with its clock moved to months of the year 2300, which nothing
 * else writes to: it makes this month's partition and the next three's, moves rows that waited in the DEFAULT
 * partition into their month's, does nothing the second time, and two runs at once make each month once. The
 * months of 2300 are dropped before and after each test (no fact is ever dated there: only the application's
 * clock moves, not the database's, and the audit rows there are the test's own).
 */
@QuarkusTest
class PartitionJobTest extends UpkeepIn2300 {

    private static final List<String> TABLES = Partitions.TABLES;

    /** Rows of the daily rollups for one day, as the statistics' triggers write them (V147). */
    private static final List<String> ROLLUP_ROWS = List.of(
            "INSERT INTO stat_daily (day, unit_code, agency_id, learner_group, course_id, kind, n)"
                    + " VALUES (?::date, '21211', 0, 'CITIZEN', '00000000-0000-0000-0000-000000000000', 'REGISTERED', 1)",
            "INSERT INTO stat_state_daily (day, unit_code, agency_id, learner_group, course_id, learners)"
                    + " VALUES (?::date, '21211', 0, 'CITIZEN', '00000000-0000-0000-0000-000000000000', 1)",
            "INSERT INTO stat_village_daily (day, village_id, learner_group, course_id, joined)"
                    + " VALUES (?::date, 0, 'CITIZEN', '00000000-0000-0000-0000-000000000000', 1)",
            "INSERT INTO stat_village_state_daily (day, village_id, learner_group, course_id, learners)"
                    + " VALUES (?::date, 0, 'CITIZEN', '00000000-0000-0000-0000-000000000000', 1)");

    private static final List<String> ROLLUPS = TABLES.subList(2, TABLES.size());

    /** The application's clock at noon of that day, Vietnam time. */
    private void clockAt(LocalDate day) {
        clock.reset();
        clock.advance(
                Duration.between(ZonedDateTime.now(clock), day.atTime(12, 0).atZone(PartitionJob.VIETNAM)));
    }

    private static List<String> months(String table, String... months) {
        return Stream.of(months).map(month -> table + "_" + month).toList();
    }

    @Test
    void theUpkeepMakesTheMonthsAheadAndMovesRowsThatWaitedInTheDefaultIntoTheirMonth() {
        Database.execute("""
                INSERT INTO audit_event (occurred_at, action, subject_type, subject_id)
                VALUES ('2300-02-10 09:00+07', 'test.partition', 'test', 'waited-in-default')
                """);
        String waiting = "subject_id = 'waited-in-default' AND occurred_at >= '2300-01-01'";
        assertThat(Partitions.holding("audit_event", waiting))
                .as("a row of a month without its partition is kept, in the DEFAULT partition")
                .isEqualTo("audit_event_default");
        ROLLUP_ROWS.forEach(insert -> Database.execute(insert, "2300-02-10"));
        for (String rollup : ROLLUPS) {
            assertThat(Partitions.holding(rollup, "day = '2300-02-10'"))
                    .as("a daily rollup's day without its month's partition")
                    .isEqualTo(rollup + "_default");
        }

        clockAt(LocalDate.of(2300, 4, 15));
        PartitionJob.Run run = job.upkeep().await().indefinitely();

        assertThat(run.ran()).isTrue();
        assertThat(run.created())
                .containsAll(months("learning_fact", "2300_04", "2300_05", "2300_06", "2300_07"))
                .containsAll(months("audit_event", "2300_02", "2300_03", "2300_04", "2300_05", "2300_06", "2300_07"))
                .doesNotContain("learning_fact_2300_08", "audit_event_2300_08", "learning_fact_2300_03");
        assertThat(run.detached()).as("no retention by default").isEmpty();
        assertThat(Partitions.holding("audit_event", waiting)).isEqualTo("audit_event_2300_02");
        assertThat(Database.queryString("SELECT count(*) FROM audit_event WHERE " + waiting))
                .as("moved, not copied")
                .isEqualTo("1");
        for (String rollup : ROLLUPS) {
            assertThat(run.created()).contains(rollup + "_2300_02", rollup + "_2300_07");
            assertThat(Partitions.holding(rollup, "day = '2300-02-10'")).isEqualTo(rollup + "_2300_02");
            assertThat(Database.queryString("SELECT count(*) FROM " + rollup + " WHERE day >= '2300-01-01'"))
                    .as("moved, not copied")
                    .isEqualTo("1");
        }
        assertThat(Database.queryString("""
                        SELECT count(*) FROM pg_trigger
                        WHERE tgrelid = 'stat_village_daily_2300_02'::regclass AND tgname = 'stat_village_daily_truncated'
                        """))
                .as("the villages' TRUNCATE trigger, which PostgreSQL does not clone, given to the new month")
                .isEqualTo("1");
        // A rollup's month of days has the same range as a month of instants (Vietnam time).
        for (String table : TABLES) {
            Partitions.Part april = Partitions.list(table).stream()
                    .filter(p -> p.name().equals(table + "_2300_04"))
                    .findFirst()
                    .orElseThrow();
            assertThat(april.from()).isEqualTo(OffsetDateTime.parse("2300-04-01T00:00:00+07:00"));
            assertThat(april.to()).isEqualTo(OffsetDateTime.parse("2300-05-01T00:00:00+07:00"));
        }

        PartitionJob.Run again = job.upkeep().await().indefinitely();
        assertThat(again.ran()).isTrue();
        assertThat(again.created()).as("every month already made").isEmpty();
    }

    @Test
    void twoRunsAtOnceMakeEachMonthOnce() throws Exception {
        clockAt(LocalDate.of(2300, 9, 1));
        List<PartitionJob.Run> runs = Uni.combine()
                .all()
                .unis(job.upkeep(), job.upkeep())
                .with(PartitionJob.Run.class, list -> list)
                .await()
                .atMost(Duration.ofSeconds(60));
        List<String> created = new ArrayList<>();
        runs.forEach(run -> created.addAll(run.created()));
        assertThat(created)
                .as("each month made once, by one of the two")
                .containsExactlyInAnyOrderElementsOf(TABLES.stream()
                        .flatMap(table -> months(table, "2300_09", "2300_10", "2300_11", "2300_12").stream())
                        .toList());

        // Two replicas past the lease (one whose lease ran out mid-run): the function waits for the other's month.
        try (Connection first = Database.connect()) {
            first.setAutoCommit(false);
            first.createStatement()
                    .execute("SELECT partition_ensure_months('audit_event', '2301-01-01', '2301-02-01')");
            List<String> others = Database.releasedTogether(
                    first,
                    2,
                    () -> Database.queryString(
                            "SELECT string_agg(p::text, ',') FROM partition_ensure_months('audit_event', '2301-01-01', '2301-02-01') p"));
            assertThat(others).as("the month was made by the first").containsExactly(null, null);
        }
        assertThat(Partitions.names("audit_event"))
                .filteredOn(name -> name.startsWith("audit_event_2301"))
                .containsExactly("audit_event_2301_01", "audit_event_2301_02");
    }
}
