package vn.hocvuso.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.hocvuso.testing.Api.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.Courses;
import vn.hocvuso.testing.Journeys;
import vn.hocvuso.testing.Learners;
import vn.hocvuso.testing.Media;
import vn.hocvuso.testing.Tokens;

/** Test questions read aloud: the words the learner sees, never a hint of the right answer. */
@QuarkusTest
class QuestionAudioTest {

    private static String audioPath(String attempt, Object question) {
        return "/api/v1/quiz-attempts/" + attempt + "/questions/" + question + "/audio";
    }

    /** The learner asks to hear a question of their attempt; the answer. */
    private static ValidatableResponse heard(String token, String attempt, Object question) {
        return api(token).get(audioPath(attempt, question)).then();
    }

    /** An administrator changes the question. */
    private static void edit(String question, Map<String, Object> changes) {
        api(Tokens.admin())
                .body(changes)
                .patch("/api/v1/admin/questions/" + question)
                .then()
                .statusCode(200);
    }

    private static String start(Journeys.Ready ready) {
        return Journeys.startTest(ready.token(), ready.enrollment());
    }

    @Test
    void aQuestionIsReadAloudPromptFirstThenEachOptionInTheOrderShown() throws IOException {
        Journeys.Ready ready = Journeys.readyForTheTest(Courses.course());
        String attempt = start(ready);
        JsonPath shown = Journeys.attempt(ready.token(), attempt);
        String question = shown.getString("questions[0].questionId");
        List<String> optionIds = shown.getList("questions[0].options.id");

        JsonPath audio = Media.readAloud(ready.token(), audioPath(attempt, question));
        String url = audio.getString("url");
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
        byte[] mp3 = Media.playMp3(url);
        assertThat(Media.probe(mp3, "mp3")).contains("Audio: mp3");
        Media.seek(url, 100, 199, mp3.length);

        // asked again: the same file, nothing spoken or stored again
        long stored = Media.storedFiles();
        heard(ready.token(), attempt, question).statusCode(200).body("url", equalTo(url));
        assertThat(Media.storedFiles()).isEqualTo(stored);
    }

    @Test
    void theAudioIsTheSameWhicheverOptionIsRightAndIsSpokenAgainWhenTheWordsChange() throws IOException {
        // one question per module: every attempt asks the same questions, each shuffled its own way
        Courses builder = Courses.course().questionsPerModule(1);
        Journeys.Ready first = Journeys.readyForTheTest(builder);
        String firstAttempt = start(first);
        String question = Journeys.attempt(first.token(), firstAttempt).getString("questions[0].questionId");
        String url = heard(first.token(), firstAttempt, question)
                .statusCode(200)
                .extract()
                .path("url");

        // the right answer moves from "c" to "a": the words are the same, so is the audio (it cannot tell)
        edit(question, Map.of("correctOption", "a"));
        Journeys.Ready second = Journeys.readyForTheTestOf(first.course());
        String secondAttempt = start(second);
        JsonPath secondAudio = heard(second.token(), secondAttempt, question)
                .statusCode(200)
                .body("url", equalTo(url))
                .extract()
                .jsonPath();
        assertThat(secondAudio.getList("options.optionId"))
                .containsExactlyElementsOf(Journeys.attempt(second.token(), secondAttempt)
                        .getList("questions.find { it.questionId == '" + question + "' }.options.id"));

        // the prompt is edited: a new attempt hears the new words; the open attempt keeps the words it shows
        long stored = Media.storedFiles();
        // (words never spoken before, so that a run after another one also has to speak them)
        edit(
                question,
                Map.of(
                        "prompt",
                        "Câu hỏi đã sửa " + UUID.randomUUID().toString().substring(0, 8)
                                + ": mật khẩu nào mạnh nhất?"));
        Journeys.Ready third = Journeys.readyForTheTestOf(first.course());
        String thirdAttempt = start(third);
        String edited = heard(third.token(), thirdAttempt, question)
                .statusCode(200)
                .extract()
                .path("url");
        assertThat(edited).isNotEqualTo(url);
        assertThat(Media.storedFiles()).isEqualTo(stored + 2); // the new MP3 and its timings
        heard(first.token(), firstAttempt, question).statusCode(200).body("url", equalTo(url));
    }

    @Test
    void onlyTheLearnerWhoseAttemptItIsHearsItsQuestions() {
        Journeys.Ready ready = Journeys.readyForTheTest(Courses.course());
        String attempt = start(ready);
        String question = Journeys.attempt(ready.token(), attempt).getString("questions[0].questionId");

        Learners.Session stranger = Learners.registeredAndLoggedIn();
        heard(stranger.accessToken(), attempt, question).statusCode(404).body("code", equalTo("attempt_not_found"));
        heard(ready.token(), attempt, UUID.randomUUID()).statusCode(404).body("code", equalTo("question_not_found"));
        heard(ready.token(), attempt, question).statusCode(200);
    }
}
