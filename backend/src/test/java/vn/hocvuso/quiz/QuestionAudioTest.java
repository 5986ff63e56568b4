package vn.hocvuso.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.hocvuso.testing.Api.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.Courses;
import vn.hocvuso.testing.Journeys;
import vn.hocvuso.testing.Learners;
import vn.hocvuso.testing.Media;
import vn.hocvuso.testing.Tokens;

/** Test questions read aloud: the words the learner sees, never a hint of the right answer. */
@QuarkusTest
class QuestionAudioTest {

    private static final Path STORAGE = Path.of("target/media-test");

    private static String audioPath(String attempt, Object question) {
        return "/api/v1/quiz-attempts/" + attempt + "/questions/" + question + "/audio";
    }

    private static String start(Journeys.Ready ready) {
        return Journeys.startTest(ready.token(), ready.enrollment());
    }

    private static JsonPath attempt(String token, String attempt) {
        return api(token)
                .get("/api/v1/quiz-attempts/" + attempt)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static long storedFiles() throws IOException {
        if (!Files.isDirectory(STORAGE)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(STORAGE)) {
            return files.count();
        }
    }

    @Test
    void aQuestionIsReadAloudPromptFirstThenEachOptionInTheOrderShown() throws IOException {
        Journeys.Ready ready = Journeys.readyForTheTest(Courses.course());
        String attempt = start(ready);
        JsonPath shown = attempt(ready.token(), attempt);
        String question = shown.getString("questions[0].questionId");
        List<String> optionIds = shown.getList("questions[0].options.id");

        JsonPath audio = api(ready.token())
                .get(audioPath(attempt, question))
                .then()
                .statusCode(200)
                .body("voice", equalTo("vi"))
                .extract()
                .jsonPath();
        String url = audio.getString("url");
        assertThat(url).matches("/api/v1/media/[0-9a-f]{64}\\.mp3");
        // every option the learner sees can be heard, listed in the order they see them
        assertThat(audio.getList("options.optionId")).containsExactlyElementsOf(optionIds);
        double promptEnd = audio.getDouble("promptEndSeconds");
        assertThat(promptEnd).isGreaterThan(audio.getDouble("promptStartSeconds") + 0.3);
        List<Map<String, Object>> options = audio.getList("options");
        for (Map<String, Object> option : options) {
            double start = ((Number) option.get("startSeconds")).doubleValue();
            double end = ((Number) option.get("endSeconds")).doubleValue();
            assertThat(start).as("an option is heard after the prompt").isGreaterThanOrEqualTo(promptEnd);
            assertThat(end).isGreaterThan(start + 0.3).isLessThanOrEqualTo(audio.getDouble("durationSeconds"));
        }
        // nothing in the answer but times and the ids the learner already sees
        assertThat(audio.getMap(""))
                .containsOnlyKeys(
                        "url", "durationSeconds", "voice", "promptStartSeconds", "promptEndSeconds", "options");

        // an MP3 any phone plays, fetched in parts
        byte[] mp3 = api().accept("audio/*")
                .get(url)
                .then()
                .statusCode(200)
                .header("Content-Type", "audio/mpeg")
                .header("Accept-Ranges", "bytes")
                .extract()
                .asByteArray();
        assertThat(Media.probe(mp3, "mp3")).contains("Audio: mp3");
        api().accept("audio/*")
                .header("Range", "bytes=100-199")
                .get(url)
                .then()
                .statusCode(206)
                .header("Content-Range", "bytes 100-199/" + mp3.length);

        // asked again: the same file, nothing spoken or stored again
        long stored = storedFiles();
        api(ready.token())
                .get(audioPath(attempt, question))
                .then()
                .statusCode(200)
                .body("url", equalTo(url));
        assertThat(storedFiles()).isEqualTo(stored);
    }

    @Test
    void theAudioIsTheSameWhicheverOptionIsRightAndIsSpokenAgainWhenTheWordsChange() throws IOException {
        // one question per module: every attempt asks the same questions, each shuffled its own way
        Courses builder = Courses.course().questionsPerModule(1);
        Journeys.Ready first = Journeys.readyForTheTest(builder);
        String firstAttempt = start(first);
        String question = attempt(first.token(), firstAttempt).getString("questions[0].questionId");
        String url = api(first.token())
                .get(audioPath(firstAttempt, question))
                .then()
                .statusCode(200)
                .extract()
                .path("url");

        // the right answer moves from "c" to "a": the words are the same, so is the audio (it cannot tell)
        api(Tokens.admin())
                .body(Map.of("correctOption", "a"))
                .patch("/api/v1/admin/questions/" + question)
                .then()
                .statusCode(200);
        Learners.Session second = Learners.registeredAndLoggedIn();
        String enrollment = Journeys.studyEveryLesson(second.accessToken(), first.course());
        String secondAttempt = Journeys.startTest(second.accessToken(), enrollment);
        JsonPath secondAudio = api(second.accessToken())
                .get(audioPath(secondAttempt, question))
                .then()
                .statusCode(200)
                .body("url", equalTo(url))
                .extract()
                .jsonPath();
        assertThat(secondAudio.getList("options.optionId"))
                .containsExactlyElementsOf(attempt(second.accessToken(), secondAttempt)
                        .getList("questions.find { it.questionId == '" + question + "' }.options.id"));

        // the prompt is edited: a new attempt hears the new words; the open attempt keeps the words it shows
        long stored = storedFiles();
        // (words never spoken before, so that a run after another one also has to speak them)
        api(Tokens.admin())
                .body(Map.of(
                        "prompt",
                        "Câu hỏi đã sửa " + UUID.randomUUID().toString().substring(0, 8) + ": mật khẩu nào mạnh nhất?"))
                .patch("/api/v1/admin/questions/" + question)
                .then()
                .statusCode(200);
        Learners.Session third = Learners.registeredAndLoggedIn();
        String thirdEnrollment = Journeys.studyEveryLesson(third.accessToken(), first.course());
        String thirdAttempt = Journeys.startTest(third.accessToken(), thirdEnrollment);
        String edited = api(third.accessToken())
                .get(audioPath(thirdAttempt, question))
                .then()
                .statusCode(200)
                .extract()
                .path("url");
        assertThat(edited).isNotEqualTo(url);
        assertThat(storedFiles()).isEqualTo(stored + 2); // the new MP3 and its timings
        api(first.token())
                .get(audioPath(firstAttempt, question))
                .then()
                .statusCode(200)
                .body("url", equalTo(url));
    }

    @Test
    void onlyTheLearnerWhoseAttemptItIsHearsItsQuestions() {
        Journeys.Ready ready = Journeys.readyForTheTest(Courses.course());
        String attempt = start(ready);
        String question = attempt(ready.token(), attempt).getString("questions[0].questionId");

        Learners.Session stranger = Learners.registeredAndLoggedIn();
        api(stranger.accessToken())
                .get(audioPath(attempt, question))
                .then()
                .statusCode(404)
                .body("code", equalTo("attempt_not_found"));
        api(ready.token())
                .get(audioPath(attempt, UUID.randomUUID()))
                .then()
                .statusCode(404)
                .body("code", equalTo("question_not_found"));
        api(ready.token()).get(audioPath(attempt, question)).then().statusCode(200);
    }
}
