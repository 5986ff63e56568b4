package vn.hocvuso.partition;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.Database;
import vn.hocvuso.testing.Learners;
import vn.hocvuso.testing.Partitions;
import vn.hocvuso.testing.SettingsProfile;
import vn.hocvuso.testing.WithTestClock;

/**
 * With a retention set for the facts and for the statistics' daily events (two months), the upkeep detaches the
 * months that ended before it: the detached table still holds its rows, the parent no longer returns them, the
 * next month stays, and the audit trail (its own, much longer retention) and the rollups without one keep every
 * month. The months detached are attached again after the
 * test (the way an operator undoes a detach), so the other tests find every fact where it was.
 */
@QuarkusTest
@TestProfile(PartitionRetentionTest.Retention.class)
class PartitionRetentionTest extends WithTestClock {

    public static class Retention extends SettingsProfile {
        public Retention() {
            super(
                    "hocvuso.partitions.learning-fact.retention=P2M",
                    "hocvuso.partitions.audit-event.retention=P100Y",
                    "hocvuso.partitions.stat-daily.retention=P2M");
        }
    }

    @Inject
    PartitionJob job;

    @BeforeEach
    @AfterEach
    void everyMonthAttached() {
        Partitions.reattachDetached("learning_fact");
        Partitions.reattachDetached("stat_daily");
        Database.execute("UPDATE job_lease SET held_until = now() WHERE name = 'partition-upkeep'");
    }

    @Test
    void monthsPastTheRetentionAreDetachedWithTheirRowsAndTheNextMonthStays() {
        job.upkeep().await().indefinitely(); // this month and the next three exist
        UUID learner = Learners.register(Learners.registration());
        String fact = "user_id = ? AND kind = 'REGISTERED'";
        String month = Partitions.holding("learning_fact", fact, learner);
        List<Partitions.Part> parts = Partitions.list("learning_fact");
        Partitions.Part holding =
                parts.stream().filter(p -> p.name().equals(month)).findFirst().orElseThrow();
        Partitions.Part next = parts.get(parts.indexOf(holding) + 1);
        List<String> audit = Partitions.names("audit_event");
        List<String> villages = Partitions.names("stat_village_daily");
        String day = Database.queryString(
                "SELECT (occurred_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date::text FROM learning_fact WHERE " + fact,
                learner);
        String daily = "day = ?::date AND kind = 'REGISTERED'";
        String rollupMonth = Partitions.holding("stat_daily", daily + " LIMIT 1", day);
        String registered = Database.queryString("SELECT sum(n) FROM stat_daily WHERE " + daily, day);

        // The clock two months (the retention) and a day past the end of the learner's month.
        clock.advance(Duration.between(
                ZonedDateTime.now(clock),
                holding.to().atZoneSameInstant(PartitionJob.VIETNAM).plusDays(1).plusMonths(2)));
        PartitionJob.Run run = job.upkeep().await().indefinitely();

        assertThat(run.detached()).contains(month).doesNotContain(next.name());
        assertThat(run.detached())
                .as("everything older goes too")
                .contains(parts.get(0).name())
                .allMatch(name -> name.startsWith("learning_fact_") || name.startsWith("stat_daily_"));
        assertThat(Database.queryString("SELECT count(*) FROM learning_fact WHERE " + fact, learner))
                .as("the parent no longer returns the month's rows")
                .isEqualTo("0");
        assertThat(Database.queryString("SELECT count(*) FROM " + month + " WHERE " + fact, learner))
                .as("the detached month keeps them, as an ordinary table")
                .isEqualTo("1");
        assertThat(Database.queryString("SELECT relispartition FROM pg_class WHERE relname = ?", month))
                .isEqualTo("f");
        assertThat(Partitions.names("learning_fact")).contains(next.name()).doesNotContain(month);
        assertThat(Partitions.names("audit_event")).containsAll(audit);
        assertThat(run.detached())
                .as("the day's statistics row, past the rollup's retention")
                .contains(rollupMonth);
        assertThat(Database.queryString("SELECT count(*) FROM stat_daily WHERE " + daily, day))
                .isEqualTo("0");
        assertThat(Database.queryString("SELECT sum(n) FROM " + rollupMonth + " WHERE " + daily, day))
                .isEqualTo(registered);
        assertThat(Partitions.names("stat_village_daily"))
                .as("no retention set")
                .containsAll(villages);

        // Undone by attaching it again: the rows are the parent's again.
        assertThat(Partitions.reattachDetached("learning_fact")).contains(month);
        assertThat(Database.queryString("SELECT count(*) FROM learning_fact WHERE " + fact, learner))
                .isEqualTo("1");
    }
}
