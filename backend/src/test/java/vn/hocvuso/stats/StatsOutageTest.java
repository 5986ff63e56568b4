package vn.hocvuso.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hocvuso.testing.Api.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.MidSnapshot;
import vn.hocvuso.testing.PgProxy;
import vn.hocvuso.testing.ThroughAProxy;
import vn.hocvuso.testing.Tokens;

/**
 * PostgreSQL goes away in the middle of a statistics snapshot: the response that was being read, and those
 * asked while the database is away, are 503 {@code service_unavailable} with {@code Retry-After} (never a
 * 500, never a hang), and once the database is back the next response is whole and right. Made certain
 * without timing, as {@link StatsSnapshotTest} does: a lock held by the test stops the snapshot after its
 * first read, and the database is cut (through the proxy of {@link ThroughAProxy}, so the shared PostgreSQL is
 * never touched) while it waits.
 */
@QuarkusTest
@TestProfile(ThroughAProxy.class)
class StatsOutageTest {

    PgProxy proxy;

    @Test
    void aSnapshotCutOffByTheDatabaseIs503AndTheFirstResponseAfterItComesBackIsRight() throws Exception {
        Response before = summary();
        assertThat(before.statusCode()).as(before.asString()).isEqualTo(200);
        try {
            Response cutOff = MidSnapshot.cutDuring(proxy, StatsOutageTest::summary);
            Response whileAway = summary();

            for (Response answer : new Response[] {cutOff, whileAway}) {
                assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(503);
                assertThat(answer.contentType()).startsWith("application/problem+json");
                assertThat(answer.jsonPath().getString("code")).isEqualTo("service_unavailable");
                assertThat(answer.header("Retry-After")).isEqualTo("5");
            }
        } finally {
            proxy.restore();
        }

        Awaitility.await()
                .atMost(Duration.ofSeconds(5))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> api().get("/q/health/ready").statusCode() == 200);
        Response after = summary();
        assertThat(after.statusCode()).as(after.asString()).isEqualTo(200);
        assertThat(after.jsonPath().getMap("counts"))
                .isEqualTo(before.jsonPath().getMap("counts"));
    }

    private static Response summary() {
        return api(Tokens.admin()).get("/api/v1/stats/summary");
    }
}
