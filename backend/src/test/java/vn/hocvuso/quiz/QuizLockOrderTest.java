package vn.hocvuso.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hocvuso.testing.Api.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.sql.Connection;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.Courses;
import vn.hocvuso.testing.Database;
import vn.hocvuso.testing.Journeys;

/**
 * A learner whose attempt ran out of time taps "start again" on one phone while the other submits the
 * expired attempt. Both requests grade that attempt; they must take their row locks in one order, or
 * each holds what the other waits for and PostgreSQL kills one (a 500). The order of arrival is made
 * certain, not left to chance: a connection of the test holds the enrolment's row while the start and
 * then the submit queue behind it.
 */
@QuarkusTest
class QuizLockOrderTest {

    @Test
    void startAndSubmitOfAnExpiredAttemptBothAnswerWhateverTheirOrder() throws Exception {
        Journeys.Ready ready = Journeys.readyForTheTest(Courses.course());
        String token = ready.token();
        String enrollment = ready.enrollment();
        String attempt = Journeys.startTest(token, enrollment);
        Journeys.runOutOfTime(attempt);

        ExecutorService phones = Executors.newFixedThreadPool(2);
        try (Connection holder =
                Database.holdingLock("SELECT 1 FROM enrollment WHERE id = ?::uuid FOR UPDATE", enrollment)) {
            Future<Response> start =
                    phones.submit(() -> api(token).post("/api/v1/enrollments/" + enrollment + "/quiz-attempts"));
            Database.awaitLockWaiters(1);
            Future<Response> submit =
                    phones.submit(() -> api(token).post("/api/v1/quiz-attempts/" + attempt + "/submit"));
            Database.awaitLockWaiters(2);
            holder.commit();

            Response started = start.get(60, TimeUnit.SECONDS);
            Response submitted = submit.get(60, TimeUnit.SECONDS);
            assertThat(started.statusCode()).as(started.asString()).isIn(200, 201);
            assertThat(submitted.statusCode()).as(submitted.asString()).isEqualTo(200);
            assertThat(submitted.jsonPath().getString("attemptId")).isEqualTo(attempt);
        } finally {
            phones.shutdownNow();
        }
        api(token)
                .get("/api/v1/quiz-attempts/" + attempt)
                .then()
                .statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("SUBMITTED"));
    }
}
