package vn.hocvuso.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hocvuso.testing.Api.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import vn.hocvuso.common.ReadPool;
import vn.hocvuso.testing.Database;
import vn.hocvuso.testing.MidSnapshot;
import vn.hocvuso.testing.PgProxy;
import vn.hocvuso.testing.PgProxyResource;
import vn.hocvuso.testing.TestClock;
import vn.hocvuso.testing.Tokens;

/**
 * The statistics read on {@code hocvuso.db.read-host} when it is set (here the test database through a
 * {@link PgProxy}, standing for a standby), and on the primary while that host is away: an answer never
 * fails because the standby did, even when the standby goes in the middle of its snapshot. A real standby,
 * its replay time as the answers' asOf, and a failover are {@code make test-failover}'s (scripts/failover.sh).
 */
@QuarkusTest
@TestProfile(StandbyReadsTest.ReadsThroughAProxy.class)
class StandbyReadsTest {

    PgProxy proxy;

    @Inject
    TestClock clock;

    @Test
    void theStatisticsReadOnTheStandbyAndOnThePrimaryWhileItIsAway() throws Exception {
        Response before = summary();
        assertThat(before.statusCode()).as(before.asString()).isEqualTo(200);
        assertThat(readConnections())
                .as("connections of the statistics to the read host")
                .isPositive();
        assertThat(Instant.parse(before.jsonPath().getString("asOf")))
                .as("a standby that is not behind (here a primary) answers as of now")
                .isBetween(Instant.now().minusSeconds(30), Instant.now().plusSeconds(1));

        try {
            Response cutOff = MidSnapshot.cutDuring(proxy, StandbyReadsTest::summary);
            Response whileAway = summary();
            for (Response answer : List.of(cutOff, whileAway)) {
                assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(200);
                assertThat(answer.jsonPath().getMap("counts"))
                        .isEqualTo(before.jsonPath().getMap("counts"));
            }
        } finally {
            proxy.restore();
        }

        // hocvuso.db.read-retry (10 minutes here) on the application's clock: until it has passed the reads stay
        // on the primary (no connection to the read host is made again), after it the standby is tried again
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> readConnections() == 0); // the cut ones end
        assertThat(summary().statusCode()).isEqualTo(200);
        assertThat(readConnections())
                .as("connections to the read host within the retry time")
                .isZero();
        try {
            clock.advance(Duration.ofMinutes(10).plusSeconds(1));
            Awaitility.await()
                    .atMost(Duration.ofSeconds(15))
                    .pollInterval(Duration.ofMillis(300))
                    .until(() -> summary().statusCode() == 200 && readConnections() > 0);
        } finally {
            clock.reset();
        }
    }

    private static Response summary() {
        return api(Tokens.admin()).get("/api/v1/stats/summary");
    }

    private static int readConnections() {
        return Integer.parseInt(Database.queryString(
                "SELECT count(*) FROM pg_stat_activity WHERE application_name = ? AND datname = current_database()",
                ReadPool.APPLICATION_NAME));
    }

    /** The read host is a {@link PgProxy} to the test database, tried again 10 minutes after it failed. */
    public static class ReadsThroughAProxy implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(ReadProxy.class));
        }
    }

    public static class ReadProxy extends PgProxyResource {
        @Override
        protected Map<String, String> settings(PgProxy proxy, String host, int port, String database) {
            return Map.of(
                    "hocvuso.db.read-host", "127.0.0.1",
                    "hocvuso.db.read-port", String.valueOf(proxy.port()),
                    "hocvuso.db.read-retry", "PT10M");
        }
    }
}
