package vn.hocvuso.progress;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static vn.hocvuso.testing.Api.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.Courses;
import vn.hocvuso.testing.Journeys;
import vn.hocvuso.testing.Learners;
import vn.hocvuso.testing.SettingsProfile;
import vn.hocvuso.testing.WithTestClock;

/**
 * Plausible completion (issue 12): a text lesson completes only after its minimum reading time since the
 * first report, a video only when the reported positions cover the course's share of it. The other
 * tests run with the rule off (application.properties); this one switches it on.
 */
@QuarkusTest
@TestProfile(CompletionRulesTest.RulesOn.class)
class CompletionRulesTest extends WithTestClock {

    public static class RulesOn extends SettingsProfile {
        public RulesOn() {
            super("hocvuso.learning.plausible-completion=true", "%test.hocvuso.learning.plausible-completion=true");
        }
    }

    /** 123 words (the heading's three and 20 sentences of six): at 60 words a minute, 123 seconds. */
    private static final String TEXT =
            "# Bài đọc\n" + "Học kỹ năng số mỗi ngày. ".repeat(20).strip();

    private static ValidatableResponse report(
            String token, String enrollment, UUID lesson, int percent, Integer position) {
        return Journeys.report(token, enrollment, lesson, Journeys.progressEvent(UUID.randomUUID(), percent, position))
                .statusCode(200);
    }

    @Test
    void aTextLessonCompletesOnlyAfterItsMinimumReadingTime() {
        clock.freeze();
        Courses.TestCourse course = Courses.course().reading(60, TEXT).create();
        Learners.Session learner = Learners.registeredAndLoggedIn();
        String token = learner.accessToken();
        String enrollment = Journeys.enroll(token, course.id());
        UUID first = course.lessonIds().get(0);

        Journeys.openLesson(token, course.id(), first)
                .statusCode(200)
                .body("minReadingSeconds", equalTo(123))
                .body("progress.readingSecondsLeft", equalTo(123));
        // scrolled to the end at once: read, but not yet complete; the next lesson stays closed
        report(token, enrollment, first, 100, null)
                .body("percent", equalTo(100))
                .body("completed", equalTo(false))
                .body("readingSecondsLeft", equalTo(123))
                .body("watchedPercent", nullValue());
        Journeys.report(token, enrollment, course.lessonIds().get(1), Journeys.progressEvent(UUID.randomUUID(), 10, 0))
                .statusCode(409)
                .body("code", equalTo("lesson_locked"));
        api(token).get("/api/v1/enrollments/" + enrollment).then().body("lessonsCompleted", equalTo(0));

        clock.advance(Duration.ofSeconds(100));
        Journeys.openLesson(token, course.id(), first)
                .body("progress.readingSecondsLeft", equalTo(23))
                .body("progress.completed", equalTo(false));
        report(token, enrollment, first, 100, null)
                .body("completed", equalTo(false))
                .body("readingSecondsLeft", equalTo(23));

        clock.advance(Duration.ofSeconds(23));
        report(token, enrollment, first, 100, null)
                .body("completed", equalTo(true))
                .body("readingSecondsLeft", nullValue());
        Journeys.openLesson(token, course.id(), first)
                .body("progress.completed", equalTo(true))
                .body("progress.readingSecondsLeft", nullValue());
    }

    @Test
    void aLessonReadOfflineKeepsItsReadingTimeWhenItsReportArrivesLater() {
        clock.freeze();
        Courses.TestCourse course = Courses.course().reading(60, TEXT).create();
        String token = Learners.registeredAndLoggedIn().accessToken();
        String enrollment = Journeys.enroll(token, course.id());
        UUID first = course.lessonIds().get(0);
        OffsetDateTime enrolled = OffsetDateTime.now(clock);
        // a claim from before the enrolment counts from the enrolment
        String other = Learners.registeredAndLoggedIn().accessToken();
        reportSince(other, Journeys.enroll(other, course.id()), first, 100, enrolled.minusDays(1))
                .body("completed", equalTo(false))
                .body("readingSecondsLeft", equalTo(123));

        clock.advance(Duration.ofMinutes(10)); // the phone was offline; its queue arrives now

        // a device clock ahead of the server's is not believed: the reading time starts now
        reportSince(token, enrollment, first, 100, OffsetDateTime.now(clock).plusMinutes(5))
                .body("completed", equalTo(false))
                .body("readingSecondsLeft", equalTo(123));
        // the device first showed the lesson five minutes ago, offline: read long enough
        reportSince(token, enrollment, first, 100, enrolled.plusMinutes(5))
                .body("completed", equalTo(true))
                .body("readingSecondsLeft", nullValue());
    }

    private static ValidatableResponse reportSince(
            String token, String enrollment, UUID lesson, int percent, OffsetDateTime studiedSince) {
        Map<String, Object> event =
                Map.of("eventId", UUID.randomUUID(), "percent", percent, "studiedSince", studiedSince.toString());
        return Journeys.report(token, enrollment, lesson, event).statusCode(200);
    }

    @Test
    void aVideoCompletesWhenTheReportedPositionsCoverTheCoursesShare() {
        Courses.TestCourse course = Courses.course().reading(0, TEXT).create(); // no minimum for the text
        Learners.Session learner = Learners.registeredAndLoggedIn();
        String token = learner.accessToken();
        String enrollment = Journeys.enroll(token, course.id());
        report(token, enrollment, course.lessonIds().get(0), 100, null).body("completed", equalTo(true));
        UUID video = course.lessonIds().get(1); // 180 s, 90 %: 18 parts of 10 s, 17 needed

        // jumping to the end and claiming 100 % is not watching
        report(token, enrollment, video, 100, 179)
                .body("completed", equalTo(false))
                .body("watchedPercent", equalTo(5));
        for (int position = 0; position < 150; position += 10) {
            report(token, enrollment, video, 100, position + 3).body("completed", equalTo(false));
        }
        Journeys.openLesson(token, course.id(), video)
                .body("progress.watchedPercent", equalTo(88))
                .body("progress.completed", equalTo(false));
        report(token, enrollment, video, 100, 155)
                .body("completed", equalTo(true))
                .body("watchedPercent", nullValue());
        api(token).get("/api/v1/enrollments/" + enrollment).then().body("lessonsCompleted", equalTo(2));
    }

    @Test
    void aTextWithoutAMinimumCompletesAtOnce() {
        Courses.TestCourse course = Courses.course().reading(0, TEXT).create();
        Learners.Session learner = Learners.registeredAndLoggedIn();
        String enrollment = Journeys.enroll(learner.accessToken(), course.id());
        Journeys.openLesson(
                        learner.accessToken(), course.id(), course.lessonIds().get(0))
                .body("minReadingSeconds", nullValue());
        report(learner.accessToken(), enrollment, course.lessonIds().get(0), 100, null)
                .body("completed", equalTo(true))
                .body("readingSecondsLeft", nullValue());
    }
}
