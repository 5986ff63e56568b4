package vn.hocvuso.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hocvuso.testing.Api.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.Courses;
import vn.hocvuso.testing.Database;
import vn.hocvuso.testing.Journeys;
import vn.hocvuso.testing.Learners;
import vn.hocvuso.testing.PgProxy;
import vn.hocvuso.testing.ThroughAProxy;
import vn.hocvuso.testing.Tokens;

/**
 * Learners keep reporting progress while the API loses PostgreSQL (every connection dropped, new ones
 * refused, as a restart of the database does) and then gets it back. A proxy started by the test sits
 * between the API and the database, so the shared PostgreSQL itself is never touched.
 *
 * <p>What a learner and an operator must see: during the outage every report is answered at once with
 * 503 {@code service_unavailable} and {@code Retry-After} (the web app keeps the report and sends it
 * again), never a 500 and never a hang; readiness says DOWN, and UP within 5 s of the database coming
 * back; and every report that was acknowledged is in the database.
 */
@QuarkusTest
@TestProfile(ThroughAProxy.class)
class DatabaseOutageTest {

    private static final int LEARNERS = 6;
    /** A request that takes longer than this has hung: the test fails on it. */
    private static final int HANG_MILLIS = 20_000;

    PgProxy proxy;

    private record Learner(String token, String enrollment, UUID lesson) {}

    /** What the load saw: every answer's status, and the event ids the API acknowledged. */
    private static final class Seen {
        final Set<UUID> acknowledged = ConcurrentHashMap.newKeySet();
        final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        final List<String> wrong = java.util.Collections.synchronizedList(new ArrayList<>());

        int count(int status) {
            return statuses.getOrDefault(status, new AtomicInteger()).get();
        }
    }

    @Test
    void learnersGet503WhileTheDatabaseIsAwayAndEveryAcknowledgedReportIsKept() throws Exception {
        Courses.TestCourse course = Courses.course().create();
        List<Learner> learners = new ArrayList<>();
        for (int i = 0; i < LEARNERS; i++) {
            Learners.Session session = Learners.registeredAndLoggedIn();
            learners.add(new Learner(
                    session.accessToken(),
                    Journeys.enroll(session.accessToken(), course.id()),
                    course.lessonIds().getFirst()));
        }
        RestAssured.config = RestAssured.config()
                .httpClient(HttpClientConfig.httpClientConfig()
                        .setParam("http.connection.timeout", HANG_MILLIS)
                        .setParam("http.socket.timeout", HANG_MILLIS));
        Seen seen = new Seen();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService phones = Executors.newFixedThreadPool(LEARNERS);
        try {
            List<Future<?>> load = new ArrayList<>();
            for (Learner learner : learners) {
                load.add(phones.submit(() -> report(learner, seen, stop)));
            }
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> seen.acknowledged.size() >= 30);

            proxy.cut();
            int before = seen.count(503);
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> seen.count(503) >= before + 30);
            api().get("/q/health/ready").then().statusCode(503);
            // The same answer for one-statement reads (units, the learner's profile) and where the API reads
            // through Hibernate Reactive (the content tree an administrator edits).
            for (Response answer : List.of(
                    api().get("/api/v1/units/21211"),
                    api(learners.getFirst().token()).get("/api/v1/me"),
                    api(Tokens.admin()).get("/api/v1/admin/courses"))) {
                assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(503);
                assertThat(answer.jsonPath().getString("code")).isEqualTo("service_unavailable");
                assertThat(answer.header("Retry-After")).isEqualTo("5");
            }

            proxy.restore();
            Awaitility.await()
                    .atMost(Duration.ofSeconds(5))
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> api().get("/q/health/ready").statusCode() == 200);
            int acknowledgedBefore = seen.acknowledged.size();
            Awaitility.await()
                    .atMost(Duration.ofSeconds(60))
                    .until(() -> seen.acknowledged.size() >= acknowledgedBefore + 30);

            stop.set(true);
            for (Future<?> phone : load) {
                phone.get(60, TimeUnit.SECONDS);
            }
        } finally {
            stop.set(true);
            phones.shutdownNow();
            proxy.restore();
            RestAssured.config = RestAssured.config().httpClient(HttpClientConfig.httpClientConfig());
        }

        assertThat(seen.wrong).isEmpty();
        assertThat(seen.statuses.keySet()).containsOnly(200, 503);
        String missing = Database.queryString(
                """
                SELECT count(*) FROM unnest(?::uuid[]) AS acknowledged(id)
                WHERE NOT EXISTS (SELECT 1 FROM progress_event p WHERE p.event_id = acknowledged.id)
                """, (Object) seen.acknowledged.stream().map(UUID::toString).toArray(String[]::new));
        assertThat(missing).isEqualTo("0");
    }

    /** One learner's phone: reports progress again and again until told to stop. */
    private void report(Learner learner, Seen seen, AtomicBoolean stop) {
        int percent = 0;
        while (!stop.get()) {
            UUID eventId = UUID.randomUUID();
            percent = percent % 99 + 1;
            Response answer = api(learner.token())
                    .body(Map.of("eventId", eventId, "percent", percent, "positionSeconds", percent))
                    .put("/api/v1/enrollments/" + learner.enrollment() + "/lessons/" + learner.lesson() + "/progress");
            seen.statuses
                    .computeIfAbsent(answer.statusCode(), s -> new AtomicInteger())
                    .incrementAndGet();
            if (answer.statusCode() == 200) {
                seen.acknowledged.add(eventId);
            } else if (answer.statusCode() == 503) {
                if (!"service_unavailable".equals(answer.jsonPath().getString("code"))
                        || answer.header("Retry-After") == null) {
                    seen.wrong.add(answer.asString());
                }
            } else {
                seen.wrong.add(answer.statusCode() + " " + answer.asString());
            }
        }
    }
}
