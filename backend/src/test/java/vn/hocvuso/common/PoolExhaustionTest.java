package vn.hocvuso.common;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hocvuso.testing.Api.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.response.Response;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.Courses;
import vn.hocvuso.testing.Database;
import vn.hocvuso.testing.Journeys;
import vn.hocvuso.testing.Learners;
import vn.hocvuso.testing.SettingsProfile;
import vn.hocvuso.testing.Tokens;

/**
 * Every pooled connection is busy (here: held by progress reports that wait for a row lock, as phones
 * replaying one learner's offline queue do) and more requests arrive. The soak (issue 20) saw them
 * answered 500 {@code internal_error} after the acquire timeout, because Vert.x reports that timeout as
 * a bare "Timeout" that nothing recognised. A request that cannot get a connection in time must be told
 * to come back: 503 {@code service_unavailable} with {@code Retry-After}, on each way the API reaches
 * the pool (a transaction, a one-statement query, the content tree's Hibernate Reactive session); and the
 * requests holding the connections finish normally once the lock is gone.
 */
@QuarkusTest
@TestProfile(PoolExhaustionTest.TwoConnections.class)
class PoolExhaustionTest {

    /** A pool of two connections, and a short wait for one, so that two held reports exhaust it. */
    public static class TwoConnections extends SettingsProfile {
        public TwoConnections() {
            super("quarkus.datasource.reactive.max-size=2", "hocvuso.db.acquire-timeout=PT1S");
        }
    }

    /** A request that takes longer than this has hung: the test fails on it. */
    private static final int HANG_MILLIS = 20_000;

    @Test
    void requestsFindingEveryConnectionBusyAreToldToRetryAndTheHoldersFinish() throws Exception {
        Courses.TestCourse course = Courses.course().create();
        Learners.Session learner = Learners.registeredAndLoggedIn();
        String enrollment = Journeys.enroll(learner.accessToken(), course.id());
        UUID lesson = course.lessonIds().getFirst();
        Journeys.progress(learner.accessToken(), enrollment, lesson, 10);

        RestAssured.config = RestAssured.config()
                .httpClient(HttpClientConfig.httpClientConfig()
                        .setParam("http.connection.timeout", HANG_MILLIS)
                        .setParam("http.socket.timeout", HANG_MILLIS));
        ExecutorService phones = Executors.newFixedThreadPool(2);
        try (Connection holder = Database.holdingLock(
                "SELECT 1 FROM lesson_progress WHERE enrollment_id = ?::uuid FOR UPDATE", enrollment)) {
            List<Future<Response>> held = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                held.add(phones.submit(() -> report(learner.accessToken(), enrollment, lesson, 20)));
            }
            Database.awaitLockWaiters(2); // both connections of the pool now wait for the test's lock

            List<Response> refused = List.of(
                    report(learner.accessToken(), enrollment, lesson, 30),
                    api(learner.accessToken()).get("/api/v1/me"),
                    api(Tokens.admin()).get("/api/v1/admin/courses"),
                    api().body(Map.of("refreshToken", learner.refreshToken())).post("/api/v1/auth/refresh"));
            for (Response answer : refused) {
                assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(503);
                assertThat(answer.jsonPath().getString("code")).isEqualTo("service_unavailable");
                assertThat(answer.header("Retry-After")).isEqualTo("5");
            }

            holder.commit();
            for (Future<Response> report : held) {
                Response answer = report.get(HANG_MILLIS, TimeUnit.MILLISECONDS);
                assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(200);
                assertThat(answer.jsonPath().getInt("percent")).isEqualTo(20);
            }
        } finally {
            phones.shutdownNow();
            RestAssured.config = RestAssured.config().httpClient(HttpClientConfig.httpClientConfig());
        }
        // The refused refresh left the session usable: nothing was changed by a 503.
        Learners.refresh(learner.refreshToken()).statusCode(200);
    }

    private static Response report(String token, String enrollment, UUID lesson, int percent) {
        return api(token)
                .body(Map.of("eventId", UUID.randomUUID(), "percent", percent, "positionSeconds", percent))
                .put("/api/v1/enrollments/" + enrollment + "/lessons/" + lesson + "/progress");
    }
}
