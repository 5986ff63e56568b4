package vn.hocvuso.testing;

import static vn.hocvuso.testing.Api.api;

import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Steps of the learner's journey that many tests take on the way to what they check. */
public final class Journeys {

    private Journeys() {}

    /** A learner who has completed every lesson of a new course: ready for the final test. */
    public record Ready(Learners.Session learner, String enrollment, Courses.TestCourse course) {
        public String token() {
            return learner.accessToken();
        }
    }

    public static Ready readyForTheTest(Courses builder) {
        return readyForTheTestOf(builder.create());
    }

    /** A new learner who has completed every lesson of this course. */
    public static Ready readyForTheTestOf(Courses.TestCourse course) {
        Learners.Session learner = Learners.registeredAndLoggedIn();
        return new Ready(learner, studyEveryLesson(learner.accessToken(), course), course);
    }

    /** The learner enrols in the course and completes every lesson of it; the enrolment's id. */
    public static String studyEveryLesson(String token, Courses.TestCourse course) {
        String enrollmentId = enroll(token, course.id());
        completeAllLessons(token, enrollmentId, course);
        return enrollmentId;
    }

    public static String enroll(String token, UUID courseId) {
        return api(token)
                .body(Map.of("courseId", courseId))
                .post("/api/v1/enrollments")
                .then()
                .statusCode(org.hamcrest.Matchers.oneOf(200, 201))
                .extract()
                .path("id");
    }

    /** The learner opens a lesson of the course; the answer (a locked lesson is refused). */
    public static ValidatableResponse openLesson(String token, UUID courseId, UUID lessonId) {
        return api(token)
                .get("/api/v1/courses/" + courseId + "/lessons/" + lessonId)
                .then();
    }

    /** One report of the lesson player: its own event id, how far (percent) and where (seconds) it got. */
    public static Map<String, Object> progressEvent(UUID eventId, Object percent, Object positionSeconds) {
        Map<String, Object> event = new HashMap<>();
        event.put("eventId", eventId);
        event.put("percent", percent);
        event.put("positionSeconds", positionSeconds);
        return event;
    }

    /** The lesson player sends one report; the answer, unchecked, for tests of what is accepted. */
    public static ValidatableResponse report(String token, String enrollmentId, UUID lessonId, Object event) {
        String lessonProgress = "/api/v1/enrollments/" + enrollmentId + "/lessons/" + lessonId + "/progress";
        return api(token).body(event).put(lessonProgress).then();
    }

    /** The learner got {@code percent} of the way through the lesson; the progress as the server keeps it. */
    public static Map<String, Object> progress(String token, String enrollmentId, UUID lessonId, int percent) {
        Map<String, Object> event = progressEvent(UUID.randomUUID(), percent, percent);
        return report(token, enrollmentId, lessonId, event)
                .statusCode(200)
                .extract()
                .as(Map.class);
    }

    /** The learner opens each lesson in turn, as the course page lists them, and finishes it before the next. */
    public static void studyInOrder(String token, UUID courseId, String enrollmentId, List<String> lessonIds) {
        for (String lesson : lessonIds) {
            openLesson(token, courseId, UUID.fromString(lesson)).statusCode(200);
            progress(token, enrollmentId, UUID.fromString(lesson), 100);
        }
    }

    public static void completeAllLessons(String token, String enrollmentId, Courses.TestCourse course) {
        for (UUID lesson : course.lessonIds()) {
            progress(token, enrollmentId, lesson, 100);
        }
    }

    /** The learner taps "start the test" of the enrolment; the answer, unchecked (a refusal is an answer too). */
    public static ValidatableResponse askToStartTest(String token, String enrollmentId) {
        return api(token)
                .post("/api/v1/enrollments/" + enrollmentId + "/quiz-attempts")
                .then();
    }

    /** Starts the final test of an enrolment whose lessons are all complete; the new attempt's id. */
    public static String startTest(String token, String enrollmentId) {
        return askToStartTest(token, enrollmentId).statusCode(201).extract().path("id");
    }

    /** The learner hands the attempt in; the answer, unchecked (a refusal is an answer too). */
    public static ValidatableResponse handIn(String token, String attemptId) {
        return api(token).post("/api/v1/quiz-attempts/" + attemptId + "/submit").then();
    }

    /** Hands the attempt in; the certificate's code when it passed, otherwise null. */
    public static String submit(String token, String attemptId) {
        return handIn(token, attemptId).statusCode(200).extract().path("certificateCode");
    }

    /** The attempt's time runs out: its deadline passed a second ago (the clock of the database decides). */
    public static void runOutOfTime(String attemptId) {
        Database.execute(
                "UPDATE quiz_attempt SET deadline_at = now() - interval '1 second' WHERE id = ?::uuid", attemptId);
    }

    /** The attempt as its learner sees it: the questions drawn for it, with their options in the order shown. */
    public static JsonPath attempt(String token, String attemptId) {
        return api(token)
                .get("/api/v1/quiz-attempts/" + attemptId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** Saves answers (questionId and optionId each) to the attempt, as the test page does before it is handed in. */
    public static void saveAnswers(String token, String attemptId, List<Map<String, Object>> answers) {
        String saved = "/api/v1/quiz-attempts/" + attemptId + "/answers";
        api(token).body(Map.of("answers", answers)).put(saved).then().statusCode(200);
    }

    /** Answers every question of an attempt, rightly or wrongly, and saves the answers. */
    public static void answerAll(String token, String attemptId, boolean right) {
        List<Map<String, Object>> answers = new ArrayList<>();
        List<Map<String, Object>> questions = attempt(token, attemptId).getList("questions");
        for (Map<String, Object> question : questions) {
            List<Map<String, String>> options = (List<Map<String, String>>) question.get("options");
            String chosen = options.stream()
                    .filter(o -> o.get("text").startsWith(Courses.RIGHT) == right)
                    .findFirst()
                    .orElseThrow()
                    .get("id");
            answers.add(Map.of("questionId", question.get("questionId"), "optionId", chosen));
        }
        saveAnswers(token, attemptId, answers);
    }
}
