package vn.hocvuso.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static vn.hocvuso.testing.Api.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.Courses;
import vn.hocvuso.testing.Database;
import vn.hocvuso.testing.Journeys;
import vn.hocvuso.testing.Journeys.Ready;
import vn.hocvuso.testing.Learners;
import vn.hocvuso.testing.Tokens;
import vn.hocvuso.testing.WithTestClock;

/**
 * Second chances at the final test, the review of an attempt and the practice quiz (issue 12), through
 * HTTP as the learner and their managers use them. The learners are citizens of Xã Tịnh Khê (21211).
 */
@QuarkusTest
class SecondChancesTest extends WithTestClock {

    private static final String UNIT = "21211";
    private static final String OTHER_UNIT = "21214";

    private static Ready ready(Courses builder) {
        return Journeys.readyForTheTest(builder);
    }

    private static Response start(Ready ready) {
        return api(ready.token()).post("/api/v1/enrollments/" + ready.enrollment() + "/quiz-attempts");
    }

    /** Starts an attempt, answers every question rightly or wrongly and submits it; returns its id. */
    private static String takeTest(Ready ready, boolean right) {
        String attempt = start(ready).then().statusCode(201).extract().path("id");
        Journeys.answerAll(ready.token(), attempt, right);
        Journeys.handIn(ready.token(), attempt).statusCode(200).body("passed", equalTo(right));
        return attempt;
    }

    private static Response status(Ready ready) {
        return api(ready.token()).get("/api/v1/enrollments/" + ready.enrollment() + "/quiz-status");
    }

    private static String grantPath(Ready ready) {
        return "/api/v1/courses/" + ready.course().id() + "/learners/"
                + ready.learner().id() + "/attempt-grants";
    }

    /** In the practice of a module, the learner checks one answer (untimed, counted nowhere); the answer. */
    private static ValidatableResponse check(String token, String practice, Object questionId, Object optionId) {
        return api(token)
                .body(Map.of("questionId", questionId, "optionId", optionId))
                .post(practice + "/check")
                .then();
    }

    @Test
    void afterThreeFailuresANewSetOpensWhenTheCooldownHasPassed() {
        Ready ready = ready(Courses.course().afterLastAttempt("COOLDOWN", 1440));
        status(ready).then().statusCode(200).body("state", equalTo("READY")).body("attemptsLeft", equalTo(3));
        for (int i = 0; i < 3; i++) {
            takeTest(ready, false);
        }
        OffsetDateTime opens = OffsetDateTime.parse(status(ready)
                .then()
                .statusCode(200)
                .body("state", equalTo("WAITING_FOR_NEW_SET"))
                .body("attemptsLeft", equalTo(0))
                .body("afterLastAttempt", equalTo("COOLDOWN"))
                .extract()
                .path("nextAttemptAt"));
        assertThat(Duration.between(OffsetDateTime.now(), opens)).isBetween(Duration.ofHours(23), Duration.ofHours(24));

        Response refused = start(ready);
        refused.then()
                .statusCode(429)
                .body("code", equalTo("retake_cooldown"))
                .body(
                        "detail",
                        equalTo("Bạn đã dùng hết các lượt làm bài. Lượt làm bài mới sẽ mở sau 24 giờ 0 phút nữa."));
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(23 * 3600, 24 * 3600);

        clock.advance(Duration.ofHours(23));
        start(ready)
                .then()
                .statusCode(429)
                .body("code", equalTo("retake_cooldown"))
                .body(
                        "detail",
                        equalTo("Bạn đã dùng hết các lượt làm bài. Lượt làm bài mới sẽ mở sau 1 giờ 0 phút nữa."));
        clock.advance(Duration.ofHours(1).plusMinutes(1));
        status(ready).then().body("state", equalTo("READY")).body("nextAttemptAt", nullValue());

        String fourth = start(ready)
                .then()
                .statusCode(201)
                .body("attemptNo", equalTo(4))
                .extract()
                .path("id");
        Journeys.answerAll(ready.token(), fourth, true);
        Journeys.handIn(ready.token(), fourth)
                .statusCode(200)
                .body("passed", equalTo(true))
                .body("attemptsLeft", equalTo(2));
        api(ready.token())
                .get("/api/v1/enrollments/" + ready.enrollment())
                .then()
                .statusCode(200)
                .body("attemptsUsed", equalTo(4))
                .body("attemptsAllowed", equalTo(6));
        status(ready).then().body("state", equalTo("PASSED"));
    }

    @Test
    void whereOnlyAManagerDecidesTheUnitsManagerGrantsAnAttemptWithAReason() {
        Ready ready = ready(Courses.course().maxAttempts(1).afterLastAttempt("MANAGER", 0));
        takeTest(ready, false);
        start(ready).then().statusCode(409).body("code", equalTo("no_attempts_left"));
        clock.advance(Duration.ofDays(30)); // time alone gives nothing here
        status(ready)
                .then()
                .statusCode(200)
                .body("state", equalTo("WAITING_FOR_MANAGER"))
                .body("nextAttemptAt", nullValue());
        start(ready).then().statusCode(409).body("code", equalTo("no_attempts_left"));

        Map<String, String> body = Map.of("reason", "Mất điện giữa giờ làm bài ở nhà văn hóa thôn");
        api().body(body).post(grantPath(ready)).then().statusCode(401);
        api(ready.token()).body(body).post(grantPath(ready)).then().statusCode(403);
        api(Tokens.agencyManager(1L)).body(body).post(grantPath(ready)).then().statusCode(403);
        api(Tokens.integrator("stats:read", List.of(UNIT)))
                .body(body)
                .post(grantPath(ready))
                .then()
                .statusCode(403);
        api(Tokens.unitManager(OTHER_UNIT))
                .body(body)
                .post(grantPath(ready))
                .then()
                .statusCode(404)
                .body("code", equalTo("enrollment_not_found"));
        api(Tokens.unitManager(UNIT))
                .body(Map.of("reason", "  "))
                .post(grantPath(ready))
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("reason"));
        api(Tokens.unitManager(UNIT))
                .body(body)
                .post("/api/v1/courses/" + UUID.randomUUID() + "/learners/"
                        + ready.learner().id() + "/attempt-grants")
                .then()
                .statusCode(404);
        start(ready).then().statusCode(409); // nothing was granted by the refused calls

        String manager = Tokens.unitManager(UNIT);
        api(manager)
                .body(body)
                .post(grantPath(ready))
                .then()
                .statusCode(201)
                .body("reason", equalTo(body.get("reason")))
                .body("attemptsAllowed", equalTo(2))
                .body("attemptsUsed", equalTo(1))
                .body("attemptsLeft", equalTo(1))
                .body("enrollmentId", equalTo(ready.enrollment()));
        assertThat(Database.queryString("""
                SELECT details->>'reason' FROM audit_event WHERE action = 'quiz.attempt_granted' AND subject_id = ?
                """, ready.enrollment())).isEqualTo(body.get("reason"));
        status(ready).then().body("state", equalTo("READY")).body("attemptsLeft", equalTo(1));
        takeTest(ready, false);
        start(ready).then().statusCode(409).body("code", equalTo("no_attempts_left"));

        api(Tokens.admin())
                .body(Map.of("reason", "Quyết định của Sở"))
                .post(grantPath(ready))
                .then()
                .statusCode(201)
                .body("attemptsAllowed", equalTo(3));
        takeTest(ready, true);
        api(manager).body(body).post(grantPath(ready)).then().statusCode(409).body("code", equalTo("already_passed"));
    }

    @Test
    void theReviewShowsEachAnswerTheRightOneAndTheExplanation() {
        Ready ready = ready(Courses.course());
        String attempt = start(ready).then().statusCode(201).extract().path("id");
        api(ready.token())
                .get("/api/v1/quiz-attempts/" + attempt + "/review")
                .then()
                .statusCode(409)
                .body("code", equalTo("attempt_not_submitted"));
        Journeys.answerAll(ready.token(), attempt, false);
        Journeys.handIn(ready.token(), attempt).statusCode(200);

        List<Map<String, Object>> items = api(ready.token())
                .get("/api/v1/quiz-attempts/" + attempt + "/review")
                .then()
                .statusCode(200)
                .body("answersHidden", equalTo(false))
                .body("passed", equalTo(false))
                .body("items", hasSize(4))
                .body("items.correct", everyItem(equalTo(false)))
                .body("items.correctOptionId", everyItem(equalTo("c")))
                .body("items.explanation", everyItem(startsWith(Courses.EXPLANATION)))
                .extract()
                .path("items");
        for (Map<String, Object> item : items) {
            assertThat(item.get("chosenOptionId")).isNotNull().isNotEqualTo("c");
            assertThat((String) item.get("explanation"))
                    .endsWith(((String) item.get("prompt")).substring("Câu hỏi ".length()));
        }
        Learners.Session stranger = Learners.registeredAndLoggedIn();
        api(stranger.accessToken())
                .get("/api/v1/quiz-attempts/" + attempt + "/review")
                .then()
                .statusCode(404);
    }

    @Test
    void aCourseMayHideTheRightAnswersUntilTheTestIsPassed() {
        Ready ready = ready(Courses.course().hideAnswersUntilPassed());
        String failed = takeTest(ready, false);
        api(ready.token())
                .get("/api/v1/quiz-attempts/" + failed + "/review")
                .then()
                .statusCode(200)
                .body("answersHidden", equalTo(true))
                .body("items.correctOptionId", everyItem(nullValue()))
                .body("items.explanation", everyItem(nullValue()))
                .body("items.correct", everyItem(equalTo(false)));
        UUID module = ready.course().moduleIds().get(0);
        String practice = "/api/v1/enrollments/" + ready.enrollment() + "/modules/" + module + "/practice";
        String question = api(ready.token())
                .get(practice)
                .then()
                .statusCode(200)
                .extract()
                .path("questions[0].questionId");
        check(ready.token(), practice, question, "a")
                .statusCode(200)
                .body("correct", equalTo(false))
                .body("correctOptionId", nullValue())
                .body("explanation", nullValue());
        check(ready.token(), practice, question, "c")
                .statusCode(200)
                .body("correct", equalTo(true))
                .body("explanation", startsWith(Courses.EXPLANATION));

        takeTest(ready, true);
        api(ready.token())
                .get("/api/v1/quiz-attempts/" + failed + "/review")
                .then()
                .statusCode(200)
                .body("answersHidden", equalTo(false))
                .body("items.correctOptionId", everyItem(equalTo("c")))
                .body("items.explanation", everyItem(startsWith(Courses.EXPLANATION)));
    }

    @Test
    void thePracticeOfAModuleIsUntimedAndCountsNowhere() {
        Courses.TestCourse course = Courses.course().questionsPerModule(4).create();
        Learners.Session learner = Learners.registeredAndLoggedIn();
        String enrollment = Journeys.enroll(learner.accessToken(), course.id());
        UUID module = course.moduleIds().get(1);
        String practice = "/api/v1/enrollments/" + enrollment + "/modules/" + module + "/practice";

        List<Map<String, Object>> questions = api(learner.accessToken())
                .get(practice)
                .then()
                .statusCode(200)
                .body("moduleTitle", equalTo("Chủ đề 2"))
                .body("questions", hasSize(4))
                .body("questions.prompt", everyItem(startsWith("Câu hỏi 2.")))
                .extract()
                .path("questions");
        String question = (String) questions.get(0).get("questionId");
        check(learner.accessToken(), practice, question, "b")
                .statusCode(200)
                .body("correct", equalTo(false))
                .body("correctOptionId", equalTo("c"))
                .body("explanation", startsWith(Courses.EXPLANATION + " 2."));
        check(learner.accessToken(), practice, question, "c").statusCode(200).body("correct", equalTo(true));
        check(learner.accessToken(), practice, question, "z")
                .statusCode(400)
                .body("violations[0].field", equalTo("optionId"));
        String otherModuleQuestion = Database.queryString(
                "SELECT id::text FROM question WHERE module_id = ? LIMIT 1",
                course.moduleIds().get(0));
        check(learner.accessToken(), practice, otherModuleQuestion, "c")
                .statusCode(404)
                .body("code", equalTo("question_not_found"));

        // not an attempt, not a fact, not in any figure
        api(learner.accessToken())
                .get("/api/v1/enrollments/" + enrollment)
                .then()
                .statusCode(200)
                .body("attemptsUsed", equalTo(0));
        assertThat(Database.queryString(
                        "SELECT count(*)::text FROM quiz_attempt WHERE enrollment_id = ?::uuid", enrollment))
                .isEqualTo("0");
        assertThat(Database.queryString(
                        "SELECT count(*)::text FROM learning_fact WHERE enrollment_id = ?::uuid AND kind <> 'ENROLLED'",
                        enrollment))
                .isEqualTo("0");

        // only the learner's own enrolment, only modules of its course
        Learners.Session stranger = Learners.registeredAndLoggedIn();
        api(stranger.accessToken()).get(practice).then().statusCode(404).body("code", equalTo("enrollment_not_found"));
        api(Tokens.unitManager(UNIT)).get(practice).then().statusCode(404);
        UUID foreignModule = Courses.course().create().moduleIds().get(0);
        api(learner.accessToken())
                .get("/api/v1/enrollments/" + enrollment + "/modules/" + foreignModule + "/practice")
                .then()
                .statusCode(404)
                .body("code", equalTo("module_not_found"));
        api(stranger.accessToken())
                .get("/api/v1/enrollments/" + enrollment + "/quiz-status")
                .then()
                .statusCode(404);
        check(stranger.accessToken(), practice, question, "c").statusCode(404);
    }
}
