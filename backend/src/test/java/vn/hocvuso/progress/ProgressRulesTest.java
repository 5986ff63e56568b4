package vn.hocvuso.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.hocvuso.testing.Api.api;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.AtOnce;
import vn.hocvuso.testing.Courses;
import vn.hocvuso.testing.Database;
import vn.hocvuso.testing.Journeys;
import vn.hocvuso.testing.Learners;

@QuarkusTest
class ProgressRulesTest {

    private static Map<String, Object> event(UUID eventId, Object percent, Object position) {
        return Journeys.progressEvent(eventId, percent, position);
    }

    @Test
    void theSameEventTwiceChangesNothingAndProgressNeverGoesBack() {
        Courses.TestCourse course = Courses.course().create();
        Learners.Session learner = Learners.registeredAndLoggedIn();
        String enrollment = Journeys.enroll(learner.accessToken(), course.id());
        UUID video = course.lessonIds().get(1);
        Journeys.progress(learner.accessToken(), enrollment, course.lessonIds().get(0), 100);

        UUID eventId = UUID.randomUUID();
        Journeys.report(learner.accessToken(), enrollment, video, event(eventId, 60, 108))
                .statusCode(200)
                .body("percent", equalTo(60))
                .body("positionSeconds", equalTo(108))
                .body("applied", equalTo(true));
        // The phone replays its queue: same event id, nothing changes.
        Journeys.report(learner.accessToken(), enrollment, video, event(eventId, 60, 108))
                .statusCode(200)
                .body("percent", equalTo(60))
                .body("applied", equalTo(false));
        // A stale report from a second device is harmless.
        Journeys.report(learner.accessToken(), enrollment, video, event(UUID.randomUUID(), 20, 36))
                .statusCode(200)
                .body("percent", equalTo(60))
                .body("positionSeconds", equalTo(108))
                .body("completed", equalTo(false));
        assertThat(Database.queryString(
                        "SELECT count(*) FROM lesson_progress WHERE enrollment_id = ?::uuid", enrollment))
                .isEqualTo("2");
    }

    @Test
    void anEventIdReusedForAnotherLessonIsAClientBugNotAReplay() {
        Courses.TestCourse course = Courses.course().create();
        Learners.Session learner = Learners.registeredAndLoggedIn();
        String enrollment = Journeys.enroll(learner.accessToken(), course.id());
        UUID eventId = UUID.randomUUID();
        Journeys.report(learner.accessToken(), enrollment, course.lessonIds().get(0), event(eventId, 100, 0))
                .statusCode(200)
                .body("applied", equalTo(true));
        Journeys.report(learner.accessToken(), enrollment, course.lessonIds().get(1), event(eventId, 30, 0))
                .statusCode(409)
                .body("code", equalTo("event_id_reused"));
    }

    @Test
    void aLessonOpensOnlyWhenThePreviousOneIsCompleteCheckedOnTheServer() {
        Courses.TestCourse course = Courses.course().create();
        Learners.Session learner = Learners.registeredAndLoggedIn();
        String enrollment = Journeys.enroll(learner.accessToken(), course.id());
        Journeys.report(learner.accessToken(), enrollment, course.lessonIds().get(2), event(UUID.randomUUID(), 100, 0))
                .statusCode(409)
                .body("code", equalTo("lesson_locked"));
        Journeys.progress(learner.accessToken(), enrollment, course.lessonIds().get(0), 99);
        Journeys.report(learner.accessToken(), enrollment, course.lessonIds().get(1), event(UUID.randomUUID(), 10, 0))
                .statusCode(409);
        assertThat(Database.queryString(
                        "SELECT count(*) FROM lesson_progress WHERE enrollment_id = ?::uuid", enrollment))
                .isEqualTo("1");
    }

    @Test
    void badReportsAreRefusedAndChangeNothing() {
        Courses.TestCourse course = Courses.course().create();
        Courses.TestCourse other = Courses.course().create();
        Learners.Session learner = Learners.registeredAndLoggedIn();
        Learners.Session stranger = Learners.registeredAndLoggedIn();
        String enrollment = Journeys.enroll(learner.accessToken(), course.id());
        UUID first = course.lessonIds().get(0);
        Journeys.report(learner.accessToken(), enrollment, first, event(UUID.randomUUID(), 101, 0))
                .statusCode(400)
                .body("violations.field", hasItem("percent"));
        Journeys.report(learner.accessToken(), enrollment, first, event(UUID.randomUUID(), -1, -5))
                .statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.containsInAnyOrder("percent", "positionSeconds"));
        Journeys.report(learner.accessToken(), enrollment, first, event(null, 50, 0))
                .statusCode(400)
                .body("violations.field", hasItem("eventId"));
        Journeys.report(learner.accessToken(), enrollment, first, event(UUID.randomUUID(), "half", 0))
                .statusCode(400)
                .body("code", equalTo("invalid_type"));
        Journeys.report(learner.accessToken(), enrollment, other.lessonIds().get(0), event(UUID.randomUUID(), 50, 0))
                .statusCode(404)
                .body("code", equalTo("lesson_not_found"));
        Journeys.report(learner.accessToken(), UUID.randomUUID().toString(), first, event(UUID.randomUUID(), 50, 0))
                .statusCode(404)
                .body("code", equalTo("enrollment_not_found"));
        // Someone else's enrolment is not found either: ids reveal nothing.
        Journeys.report(stranger.accessToken(), enrollment, first, event(UUID.randomUUID(), 50, 0))
                .statusCode(404)
                .body("code", equalTo("enrollment_not_found"));
        api(stranger.accessToken())
                .get("/api/v1/enrollments/" + enrollment)
                .then()
                .statusCode(404);
        api(stranger.accessToken())
                .get("/api/v1/enrollments/" + enrollment + "/resume")
                .then()
                .statusCode(404);
        assertThat(Database.queryString(
                        "SELECT count(*) FROM lesson_progress WHERE enrollment_id = ?::uuid", enrollment))
                .isEqualTo("0");
    }

    @Test
    void twentyConcurrentIdenticalEventsLeaveOneRecordAndOneCompletion() throws Exception {
        Courses.TestCourse course = Courses.course().create();
        Learners.Session learner = Learners.registeredAndLoggedIn();
        String enrollment = Journeys.enroll(learner.accessToken(), course.id());
        Map<String, Object> body = event(UUID.randomUUID(), 100, 0);
        List<Integer> statuses = AtOnce.send(
                20,
                () -> Journeys.report(
                                learner.accessToken(),
                                enrollment,
                                course.lessonIds().get(0),
                                body)
                        .extract()
                        .statusCode());
        assertThat(statuses).hasSize(20).containsOnly(200);
        assertThat(Database.queryString(
                        "SELECT count(*) FROM lesson_progress WHERE enrollment_id = ?::uuid", enrollment))
                .isEqualTo("1");
        assertThat(Database.queryString(
                        "SELECT count(*) FROM learning_fact WHERE enrollment_id = ?::uuid AND kind = 'LESSON_COMPLETED'",
                        enrollment))
                .isEqualTo("1");
    }
}
