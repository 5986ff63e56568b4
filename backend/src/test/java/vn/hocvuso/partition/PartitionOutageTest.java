package vn.hocvuso.partition;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.Partitions;
import vn.hocvuso.testing.PgProxy;
import vn.hocvuso.testing.ThroughAProxy;

/**
 * The partitions' upkeep while PostgreSQL is away (every connection of the API cut by a {@link PgProxy}): the
 * scheduled run ends quietly, holding no lease and making nothing, and the run after the database is back
 * makes the months ahead. The clock is moved to 2300, which nothing else writes to; those months are dropped
 * before and after.
 */
@QuarkusTest
@TestProfile(ThroughAProxy.class)
class PartitionOutageTest extends UpkeepIn2300 {

    PgProxy proxy;

    @Test
    void aRunWithoutTheDatabaseEndsQuietlyAndTheNextOneDoesTheWork() {
        clock.advance(Duration.between(
                ZonedDateTime.now(clock),
                LocalDate.of(2300, 6, 15).atTime(12, 0).atZone(PartitionJob.VIETNAM)));
        proxy.cut();
        try {
            job.scheduled().await().atMost(Duration.ofSeconds(30)); // no failure reaches the scheduler
        } finally {
            proxy.restore();
        }
        assertThat(Partitions.names("learning_fact"))
                .as("nothing made while the database was away")
                .noneMatch(name -> name.startsWith("learning_fact_2300"));

        job.scheduled().await().atMost(Duration.ofSeconds(30));

        assertThat(Partitions.names("learning_fact"))
                .as("the next run made this month and the three after it")
                .contains("learning_fact_2300_06", "learning_fact_2300_09");
        assertThat(Partitions.names("audit_event")).contains("audit_event_2300_06", "audit_event_2300_09");
    }
}
