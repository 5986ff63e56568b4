package vn.hocvuso.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.hocvuso.testing.Api.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.Database;
import vn.hocvuso.testing.Journeys;
import vn.hocvuso.testing.Learners;

/** The course that ships with the portal: complete, in Vietnamese, and its final test spread over all six areas. */
@QuarkusTest
class SeededCourseTest {

    static final UUID COURSE = UUID.fromString("0195a6b0-0000-7000-8000-000000000001");

    @Test
    void kyNangSoCoBanHasSixAreasAndABankOfAtLeastSixtyQuestions() {
        JsonPath outline = api().get("/api/v1/courses/" + COURSE)
                .then()
                .statusCode(200)
                .body("course.title", equalTo("Kỹ năng số cơ bản"))
                .body("modules.size()", equalTo(6))
                .body("modules[3].title", equalTo("An toàn trong môi trường số"))
                .extract()
                .jsonPath();
        List<List<Object>> lessons = outline.getList("modules.lessons");
        assertThat(lessons).allSatisfy(module -> assertThat(module).hasSizeBetween(2, 4));
        String bank = Database.queryString(
                "SELECT string_agg(n::text, ',') FROM (SELECT count(*) n FROM question WHERE course_id = ? AND active GROUP BY module_id) q",
                COURSE);
        assertThat(bank.split(","))
                .hasSize(6)
                .allSatisfy(n -> assertThat(Integer.parseInt(n)).isGreaterThanOrEqualTo(10));
        String allText = Database.queryString(
                "SELECT string_agg(title || body_markdown, ' ') FROM lesson WHERE course_id = ?", COURSE);
        assertThat(Normalizer.isNormalized(allText, Normalizer.Form.NFC)).isTrue();
    }

    @Test
    void aLearnerWhoFinishesEveryLessonGetsTwentyQuestionsFromAllSixAreas() {
        Learners.Session learner = Learners.registeredAndLoggedIn();
        String enrollment = Journeys.enroll(learner.accessToken(), COURSE);
        List<String> lessonIds = api(learner.accessToken())
                .get("/api/v1/courses/" + COURSE)
                .then()
                .extract()
                .jsonPath()
                .getList("modules.lessons.flatten().id");
        assertThat(lessonIds).hasSizeGreaterThanOrEqualTo(12);
        Journeys.studyInOrder(learner.accessToken(), COURSE, enrollment, lessonIds);
        List<Map<String, Object>> questions = api(learner.accessToken())
                .post("/api/v1/enrollments/" + enrollment + "/quiz-attempts")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getList("questions");
        assertThat(questions).hasSize(20);
        Map<Object, Long> perArea =
                questions.stream().collect(Collectors.groupingBy(q -> q.get("moduleTitle"), Collectors.counting()));
        assertThat(perArea).hasSize(6).allSatisfy((area, n) -> assertThat(n).isBetween(3L, 4L));
    }
}
