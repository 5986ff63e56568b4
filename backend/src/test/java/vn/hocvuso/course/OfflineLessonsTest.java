package vn.hocvuso.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.hocvuso.testing.Api.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.Courses;
import vn.hocvuso.testing.Journeys;
import vn.hocvuso.testing.Learners;

/** A course's lessons, all at once, for the learner's device to study without a connection. */
@QuarkusTest
class OfflineLessonsTest {

    private static String path(UUID course) {
        return "/api/v1/courses/" + course + "/offline-lessons";
    }

    @Test
    void anEnrolledLearnerGetsEveryLessonInOrderEvenThoseNotOpenYet() {
        Courses.TestCourse course = Courses.course().create();
        Learners.Session learner = Learners.registeredAndLoggedIn();
        String enrollment = Journeys.enroll(learner.accessToken(), course.id());
        // the third lesson is not open to read online yet
        Journeys.openLesson(
                        learner.accessToken(), course.id(), course.lessonIds().get(2))
                .statusCode(409)
                .body("code", equalTo("lesson_locked"));

        JsonPath pack = api(learner.accessToken())
                .get(path(course.id()))
                .then()
                .statusCode(200)
                .body("courseId", equalTo(course.id().toString()))
                .extract()
                .jsonPath();
        assertThat(pack.getList("lessons.id"))
                .containsExactlyElementsOf(
                        course.lessonIds().stream().map(UUID::toString).toList());
        assertThat(pack.getList("lessons.ordinal", Integer.class)).isSorted();
        // each as getLesson gives it, words included, with the learner's own progress
        List<String> bodies = pack.getList("lessons.bodyMarkdown");
        assertThat(bodies).allSatisfy(body -> assertThat(body).isNotBlank());
        Journeys.progress(learner.accessToken(), enrollment, course.lessonIds().get(0), 40);
        api(learner.accessToken())
                .get(path(course.id()))
                .then()
                .statusCode(200)
                .body("lessons[0].progress.percent", equalTo(40))
                .body("lessons[1].progress.percent", equalTo(0));
    }

    @Test
    void onlyAnEnrolledLearnerGetsThem() {
        Courses.TestCourse course = Courses.course().create();
        Learners.Session stranger = Learners.registeredAndLoggedIn();
        api(stranger.accessToken())
                .get(path(course.id()))
                .then()
                .statusCode(409)
                .body("code", equalTo("not_enrolled"));
        api(stranger.accessToken())
                .get(path(UUID.randomUUID()))
                .then()
                .statusCode(404)
                .body("code", equalTo("course_not_found"));
        Journeys.enroll(stranger.accessToken(), course.id());
        api(stranger.accessToken()).get(path(course.id())).then().statusCode(200);
    }
}
