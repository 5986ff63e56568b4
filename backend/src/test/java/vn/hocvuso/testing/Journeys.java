package vn.hocvuso.testing;

import static vn.hocvuso.testing.Api.api;

import io.restassured.path.json.JsonPath;
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
        Courses.TestCourse course = builder.create();
        Learners.Session learner = Learners.registeredAndLoggedIn();
        String enrollment = enroll(learner.accessToken(), course.id());
        completeAllLessons(learner.accessToken(), enrollment, course);
        return new Ready(learner, enrollment, course);
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

    public static Map<String, Object> progress(String token, String enrollmentId, UUID lessonId, int percent) {
        Map<String, Object> body = new HashMap<>();
        body.put("eventId", UUID.randomUUID());
        body.put("percent", percent);
        body.put("positionSeconds", percent);
        return api(token)
                .body(body)
                .put("/api/v1/enrollments/" + enrollmentId + "/lessons/" + lessonId + "/progress")
                .then()
                .statusCode(200)
                .extract()
                .as(Map.class);
    }

    public static void completeAllLessons(String token, String enrollmentId, Courses.TestCourse course) {
        for (UUID lesson : course.lessonIds()) {
            progress(token, enrollmentId, lesson, 100);
        }
    }

    /** Answers every question of an attempt, rightly or wrongly, and saves the answers. */
    public static void answerAll(String token, String attemptId, boolean right) {
        JsonPath attempt = api(token)
                .get("/api/v1/quiz-attempts/" + attemptId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<Map<String, Object>> answers = new ArrayList<>();
        List<Map<String, Object>> questions = attempt.getList("questions");
        for (Map<String, Object> question : questions) {
            List<Map<String, String>> options = (List<Map<String, String>>) question.get("options");
            String chosen = options.stream()
                    .filter(o -> o.get("text").startsWith(Courses.RIGHT) == right)
                    .findFirst()
                    .orElseThrow()
                    .get("id");
            answers.add(Map.of("questionId", question.get("questionId"), "optionId", chosen));
        }
        api(token)
                .body(Map.of("answers", answers))
                .put("/api/v1/quiz-attempts/" + attemptId + "/answers")
                .then()
                .statusCode(200);
    }
}
