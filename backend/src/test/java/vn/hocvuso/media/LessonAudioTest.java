package vn.hocvuso.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.equalTo;
import static vn.hocvuso.testing.Api.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.Courses;
import vn.hocvuso.testing.Journeys;
import vn.hocvuso.testing.Learners;
import vn.hocvuso.testing.Media;
import vn.hocvuso.testing.Tokens;

/** Lessons read aloud by espeak-ng on the server, once per version of the lesson. */
@QuarkusTest
class LessonAudioTest {

    private static String audioPath(UUID course, UUID lesson) {
        return "/api/v1/courses/" + course + "/lessons/" + lesson + "/audio";
    }

    private static double seconds(String ffmpegOutput) {
        Matcher m = Pattern.compile("Duration: (\\d+):(\\d{2}):(\\d{2}\\.\\d+)").matcher(ffmpegOutput);
        assertThat(m.find()).as("ffmpeg reads a duration in: %s", ffmpegOutput).isTrue();
        return Integer.parseInt(m.group(1)) * 3600 + Integer.parseInt(m.group(2)) * 60 + Double.parseDouble(m.group(3));
    }

    @Test
    void aLessonIsReadAloudBlockByBlockAndSpokenAgainOnlyWhenItChanges() throws IOException {
        Courses.TestCourse course = Courses.course().create();
        UUID lesson = course.lessonIds().get(0); // "# Nội dung\nHọc kỹ năng số."
        Learners.Session learner = Learners.registeredAndLoggedIn();
        Journeys.enroll(learner.accessToken(), course.id());

        JsonPath first = Media.readAloud(learner.accessToken(), audioPath(course.id(), lesson));
        String url = first.getString("url");
        // the title, then the heading (block 0) and the paragraph (block 1), one after the other
        List<Map<String, Object>> paragraphs = first.getList("paragraphs");
        assertThat(paragraphs).extracting(p -> p.get("block")).containsExactly(null, 0, 1);
        double previousEnd = 0;
        for (Map<String, Object> p : paragraphs) {
            double start = ((Number) p.get("startSeconds")).doubleValue();
            double end = ((Number) p.get("endSeconds")).doubleValue();
            assertThat(start).isGreaterThanOrEqualTo(previousEnd);
            assertThat(end).isGreaterThan(start + 0.3); // something was said
            previousEnd = end;
        }
        double duration = first.getDouble("durationSeconds");
        assertThat(duration).isGreaterThan(previousEnd);

        // the audio is an MP3 any phone plays, as long as the API says, and can be fetched in parts
        byte[] mp3 = Media.playMp3(url);
        String probe = Media.probe(mp3, "mp3");
        assertThat(probe).contains("Audio: mp3");
        assertThat(seconds(probe)).isCloseTo(duration, within(0.3));
        Media.seek(url, 0, 1023, mp3.length);

        // asked again: the same audio, nothing spoken or stored again
        long stored = Media.storedFiles();
        api(learner.accessToken())
                .get(audioPath(course.id(), lesson))
                .then()
                .statusCode(200)
                .body("url", equalTo(url));
        assertThat(Media.storedFiles()).isEqualTo(stored);

        // the lesson changes: it is spoken again, with its new blocks
        // (words never spoken before, so that a run after another one, on the same storage, also has to speak them)
        api(Tokens.admin())
                .body(Map.of(
                        "bodyMarkdown",
                        "# Nội dung mới " + course.id().toString().substring(0, 8)
                                + "\n\nMở ứng dụng VNeID.\n\n- Bước một\n- Bước hai"))
                .patch("/api/v1/admin/lessons/" + lesson)
                .then()
                .statusCode(200);
        JsonPath changed = api(learner.accessToken())
                .get(audioPath(course.id(), lesson))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(changed.getString("url")).isNotEqualTo(url);
        assertThat(changed.getList("paragraphs.block")).containsExactly(null, 0, 1, 2);
        assertThat(Media.storedFiles()).isEqualTo(stored + 2);
    }

    @Test
    void onlyALearnerWhoMayReadTheLessonHearsIt() {
        Courses.TestCourse course = Courses.course().create();
        UUID first = course.lessonIds().get(0);
        UUID third = course.lessonIds().get(2);
        Learners.Session stranger = Learners.registeredAndLoggedIn();
        api(stranger.accessToken())
                .get(audioPath(course.id(), first))
                .then()
                .statusCode(409)
                .body("code", equalTo("not_enrolled"));

        Learners.Session learner = Learners.registeredAndLoggedIn();
        Journeys.enroll(learner.accessToken(), course.id());
        api(learner.accessToken())
                .get(audioPath(course.id(), third))
                .then()
                .statusCode(409)
                .body("code", equalTo("lesson_locked"));
        Courses.TestCourse other = Courses.course().create();
        api(learner.accessToken())
                .get(audioPath(course.id(), other.lessonIds().get(0)))
                .then()
                .statusCode(404)
                .body("code", equalTo("lesson_not_found"));
    }
}
