package vn.hocvuso.testing;

import static vn.hocvuso.testing.Api.api;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Journeys through the seeded courses: "Kỹ năng số cơ bản" ({@link #ID}), the one the province's figures report
 * on, and "Kỹ năng số trong công vụ" ({@link #PUBLIC_SERVICE}), second in the public servants' path.
 */
public final class SeedCourse {

    public static final UUID ID = UUID.fromString("0195a6b0-0000-7000-8000-000000000001");
    public static final UUID PUBLIC_SERVICE = UUID.fromString("0195a6b0-0000-7000-8000-000000000002");

    private SeedCourse() {}

    /** Enrols in "Kỹ năng số cơ bản", studies every lesson in order and returns the enrolment id. */
    public static String enrollAndStudyAll(String token) {
        return enrollAndStudyAll(token, ID);
    }

    /** Enrols in the course, studies every lesson in order and returns the enrolment id. */
    public static String enrollAndStudyAll(String token, UUID course) {
        String enrollment = Journeys.enroll(token, course);
        String ids = Database.queryString(
                "SELECT string_agg(id::text, ',' ORDER BY ordinal) FROM lesson WHERE course_id = ? AND NOT retired",
                course);
        for (String lesson : ids.split(",")) {
            Journeys.progress(token, enrollment, UUID.fromString(lesson), 100);
        }
        return enrollment;
    }

    /** Takes the final test, answering every question rightly or wrongly; returns the submit result. */
    public static JsonPath takeTest(String token, String enrollment, boolean right) {
        return takeTest(
                token,
                enrollment,
                right,
                question -> Database.queryString("SELECT correct_option FROM question WHERE id = ?::uuid", question));
    }

    /** The same, with the right option of a question (by id) read from the given database. */
    public static JsonPath takeTest(
            String token, String enrollment, boolean right, Function<String, String> correctOption) {
        String attempt = api(token)
                .post("/api/v1/enrollments/" + enrollment + "/quiz-attempts")
                .then()
                .extract()
                .path("id");
        JsonPath questions = Journeys.attempt(token, attempt);
        List<Map<String, Object>> answers = new ArrayList<>();
        for (Map<String, Object> q : questions.<Map<String, Object>>getList("questions")) {
            String correct = correctOption.apply((String) q.get("questionId"));
            @SuppressWarnings("unchecked")
            List<Map<String, String>> options = (List<Map<String, String>>) q.get("options");
            String chosen = options.stream()
                    .map(o -> o.get("id"))
                    .filter(id -> id.equals(correct) == right)
                    .findFirst()
                    .orElseThrow();
            answers.add(Map.of("questionId", q.get("questionId"), "optionId", chosen));
        }
        Journeys.saveAnswers(token, attempt, answers);
        return api(token)
                .post("/api/v1/quiz-attempts/" + attempt + "/submit")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }
}
