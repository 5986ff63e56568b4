package vn.hocvuso.media;

import static org.hamcrest.Matchers.equalTo;
import static vn.hocvuso.testing.Api.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.Courses;
import vn.hocvuso.testing.Journeys;
import vn.hocvuso.testing.Learners;
import vn.hocvuso.testing.SettingsProfile;

/** A server without espeak-ng says that listening is off, in a problem the web app understands; never a 500. */
@QuarkusTest
@TestProfile(AudioOffTest.WithoutSpeechEngine.class)
class AudioOffTest {

    public static class WithoutSpeechEngine extends SettingsProfile {
        public WithoutSpeechEngine() {
            super("hocvuso.media.espeak-command=/nonexistent/espeak-ng");
        }
    }

    @Test
    void withoutTheSpeechEngineTheApiSaysListeningIsOff() {
        Courses.TestCourse course = Courses.course().create();
        Learners.Session learner = Learners.registeredAndLoggedIn();
        Journeys.enroll(learner.accessToken(), course.id());
        api(learner.accessToken())
                .header("Accept-Language", "vi")
                .get("/api/v1/courses/" + course.id() + "/lessons/"
                        + course.lessonIds().get(0) + "/audio")
                .then()
                .statusCode(503)
                .body("code", equalTo("audio_off"))
                .body(
                        "detail",
                        equalTo("Chức năng nghe đọc bài đang tắt trên máy chủ này (thiếu espeak-ng hoặc"
                                + " ffmpeg). Bạn vẫn có thể đọc nội dung bài."));
    }
}
