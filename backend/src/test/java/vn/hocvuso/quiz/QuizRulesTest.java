package vn.hocvuso.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static vn.hocvuso.testing.Api.api;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.AtOnce;
import vn.hocvuso.testing.Courses;
import vn.hocvuso.testing.Database;
import vn.hocvuso.testing.Journeys;
import vn.hocvuso.testing.Journeys.Ready;
import vn.hocvuso.testing.Learners;

@QuarkusTest
class QuizRulesTest {

    private static Ready ready(Courses builder) {
        return Journeys.readyForTheTest(builder);
    }

    private static String start(Ready ready) {
        return Journeys.startTest(ready.learner().accessToken(), ready.enrollment());
    }

    @Test
    void theTestOpensOnlyWhenEveryLessonIsComplete() {
        Courses.TestCourse course = Courses.course().create();
        Learners.Session learner = Learners.registeredAndLoggedIn();
        String enrollment = Journeys.enroll(learner.accessToken(), course.id());
        Journeys.progress(learner.accessToken(), enrollment, course.lessonIds().get(0), 100);
        Journeys.askToStartTest(learner.accessToken(), enrollment)
                .statusCode(409)
                .body("code", equalTo("lessons_incomplete"))
                .body("detail", equalTo("Bạn cần học xong tất cả bài học trước khi làm bài kiểm tra (còn 2 bài)."));
    }

    @Test
    void questionsAreDrawnOverEveryModuleWithTheirOptionsShuffled() {
        Ready ready = ready(Courses.course().questionCount(6).questionsPerModule(5));
        Set<List<String>> orders = new HashSet<>();
        String attempt = start(ready);
        List<Map<String, Object>> questions = api(ready.learner().accessToken())
                .get("/api/v1/quiz-attempts/" + attempt)
                .then()
                .statusCode(200)
                .extract()
                .path("questions");
        assertThat(questions).hasSize(6);
        assertThat(questions.stream()
                        .filter(q -> q.get("moduleTitle").equals("Chủ đề 1"))
                        .count())
                .isEqualTo(3);
        assertThat(questions.stream().map(q -> q.get("questionId")).distinct().count())
                .isEqualTo(6);
        for (Map<String, Object> q : questions) {
            orders.add(((List<Map<String, String>>) q.get("options"))
                    .stream().map(o -> o.get("id")).toList());
        }
        assertThat(orders).hasSizeGreaterThan(1); // six questions all in a-b-c-d order: 1 in 13,824
    }

    @Test
    void attemptsAreLimitedPerCourse() {
        Ready ready = ready(Courses.course().maxAttempts(2).afterLastAttempt("MANAGER", 0));
        for (int i = 0; i < 2; i++) {
            String attempt = start(ready);
            Journeys.answerAll(ready.learner().accessToken(), attempt, false);
            Journeys.handIn(ready.learner().accessToken(), attempt)
                    .statusCode(200)
                    .body("attemptsLeft", equalTo(1 - i));
        }
        Journeys.askToStartTest(ready.learner().accessToken(), ready.enrollment())
                .statusCode(409)
                .body("code", equalTo("no_attempts_left"));
    }

    @Test
    void aCooldownBetweenAttemptsIsHonoured() {
        Ready ready = ready(Courses.course().cooldownMinutes(30));
        String attempt = start(ready);
        Journeys.handIn(ready.learner().accessToken(), attempt).statusCode(200).body("passed", equalTo(false));
        var refused =
                api(ready.learner().accessToken()).post("/api/v1/enrollments/" + ready.enrollment() + "/quiz-attempts");
        refused.then()
                .statusCode(429)
                .body("code", equalTo("attempt_cooldown"))
                .body("retryAfterSeconds", greaterThan(1700));
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1700, 1800);
    }

    @Test
    void afterTheDeadlineAnswersAreRefusedAndWhatWasSavedIsGraded() {
        Ready ready = ready(Courses.course());
        String token = ready.learner().accessToken();
        String attempt = start(ready);
        Journeys.answerAll(token, attempt, true);
        Journeys.runOutOfTime(attempt);
        api(token).get("/api/v1/quiz-attempts/" + attempt).then().body("status", equalTo("EXPIRED"));
        List<Map<String, Object>> questions = api(token)
                .get("/api/v1/quiz-attempts/" + attempt)
                .then()
                .extract()
                .path("questions");
        api(token)
                .body(Map.of(
                        "answers", List.of(Map.of("questionId", questions.get(0).get("questionId"), "optionId", "a"))))
                .put("/api/v1/quiz-attempts/" + attempt + "/answers")
                .then()
                .statusCode(409)
                .body("code", equalTo("attempt_expired"));
        Journeys.handIn(token, attempt)
                .statusCode(200)
                .body("passed", equalTo(true))
                .body("scorePercent", equalTo(100));
    }

    @Test
    void anExpiredAttemptLeftUnsubmittedIsGradedBeforeANewOneStarts() {
        Ready ready = ready(Courses.course());
        String token = ready.learner().accessToken();
        String attempt = start(ready);
        Journeys.runOutOfTime(attempt);
        Journeys.askToStartTest(token, ready.enrollment()).statusCode(201).body("attemptNo", equalTo(2));
        api(token)
                .get("/api/v1/quiz-attempts/" + attempt)
                .then()
                .body("status", equalTo("SUBMITTED"))
                .body("result.scorePercent", equalTo(0));
    }

    @Test
    void anExpiredAttemptThatPassedIsKeptWithItsCertificate() {
        Ready ready = ready(Courses.course());
        String token = ready.learner().accessToken();
        String attempt = start(ready);
        Journeys.answerAll(token, attempt, true);
        Journeys.runOutOfTime(attempt);
        String code = Journeys.askToStartTest(token, ready.enrollment())
                .statusCode(200)
                .body("id", equalTo(attempt))
                .body("status", equalTo("SUBMITTED"))
                .body("result.passed", equalTo(true))
                .extract()
                .path("result.certificateCode");
        api().get("/api/v1/certificates/" + code)
                .then()
                .statusCode(200)
                .body("status", equalTo("VALID"))
                .body("holderName", equalTo("Nguyễn Thị Hoa"));
        api(token).get("/api/v1/enrollments/" + ready.enrollment()).then().body("status", equalTo("CERTIFIED"));
    }

    @Test
    void answersMustBelongToTheAttempt() {
        Ready ready = ready(Courses.course());
        String token = ready.learner().accessToken();
        String attempt = start(ready);
        List<Map<String, Object>> questions = api(token)
                .get("/api/v1/quiz-attempts/" + attempt)
                .then()
                .extract()
                .path("questions");
        Object questionId = questions.get(0).get("questionId");
        api(token)
                .body(Map.of("answers", List.of(Map.of("questionId", UUID.randomUUID(), "optionId", "a"))))
                .put("/api/v1/quiz-attempts/" + attempt + "/answers")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("answers[0].questionId"))
                .body("violations[0].code", equalTo("not_in_attempt"));
        api(token)
                .body(Map.of("answers", List.of(Map.of("questionId", questionId, "optionId", "z"))))
                .put("/api/v1/quiz-attempts/" + attempt + "/answers")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("answers[0].optionId"));
        api(token)
                .body(Map.of("answers", List.of(Map.of("questionId", questionId, "optionId", "b"))))
                .put("/api/v1/quiz-attempts/" + attempt + "/answers")
                .then()
                .statusCode(200)
                .body("answered", equalTo(1))
                .body("questionCount", equalTo(4));
        Learners.Session stranger = Learners.registeredAndLoggedIn();
        api(stranger.accessToken())
                .get("/api/v1/quiz-attempts/" + attempt)
                .then()
                .statusCode(404);
        Journeys.handIn(stranger.accessToken(), attempt).statusCode(404);
        Journeys.askToStartTest(stranger.accessToken(), ready.enrollment()).statusCode(404);
        Journeys.handIn(token, attempt).statusCode(200);
        api(token)
                .body(Map.of("answers", List.of(Map.of("questionId", questionId, "optionId", "c"))))
                .put("/api/v1/quiz-attempts/" + attempt + "/answers")
                .then()
                .statusCode(409)
                .body("code", equalTo("attempt_submitted"));
    }

    @Test
    void tenConcurrentSubmitsOfOneAttemptIssueOneCertificate() throws Exception {
        Ready ready = ready(Courses.course());
        String token = ready.learner().accessToken();
        String attempt = start(ready);
        Journeys.answerAll(token, attempt, true);
        List<String> codes = new ArrayList<>();
        for (var answer : AtOnce.send(10, () -> api(token).post("/api/v1/quiz-attempts/" + attempt + "/submit"))) {
            assertThat(answer.statusCode()).isEqualTo(200);
            codes.add(answer.path("certificateCode"));
        }
        assertThat(codes).doesNotContainNull().containsOnly(codes.get(0));
        assertThat(Database.queryString(
                        "SELECT count(*) FROM certificate WHERE enrollment_id = ?::uuid", ready.enrollment()))
                .isEqualTo("1");
        assertThat(Database.queryString(
                        "SELECT count(*) FROM learning_fact WHERE enrollment_id = ?::uuid AND kind IN ('PASSED', 'CERTIFIED')",
                        ready.enrollment()))
                .isEqualTo("2");
    }
}
