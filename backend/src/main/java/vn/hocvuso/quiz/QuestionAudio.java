package vn.hocvuso.quiz;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import vn.hocvuso.common.ApiException;
import vn.hocvuso.common.Rows;
import vn.hocvuso.media.Speech;
import vn.hocvuso.quiz.QuizViews.OptionView;

/**
 * A test question read aloud in Vietnamese: its prompt, then its options ({@link Speech}, cached per version of the
 * words, served with range requests like a lesson's audio).
 *
 * <p>The audio must not tell more than the text. It is made from the words the learner sees (the attempt's copy
 * of the prompt and options) and nothing else: never the right option, the explanation or the bank's order. The
 * options are spoken in an order that depends on their words only (sorted by text), so one question's audio is the
 * same file for every learner and every attempt, whichever option is right and however the options were shuffled;
 * the answer gives each option's place in the file, listed in the order the learner sees them, so a player speaks
 * them in that order.
 */
@ApplicationScoped
public class QuestionAudio {

    /** Where one option is heard in the file. */
    public record SpokenOption(String optionId, double startSeconds, double endSeconds) {}

    /** The audio's address, its length, when the prompt is heard and when each option is (in the order shown). */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Track(
            String url,
            double durationSeconds,
            String voice,
            double promptStartSeconds,
            double promptEndSeconds,
            List<SpokenOption> options) {}

    private final Pool pool;
    private final Speech speech;

    public QuestionAudio(Pool pool, Speech speech) {
        this.pool = pool;
        this.speech = speech;
    }

    /** The question of {@code attemptId} read aloud, for the learner the attempt belongs to (404 for anyone else). */
    public Uni<Track> forAttempt(UUID userId, UUID attemptId, UUID questionId) {
        speech.requireAvailable();
        return pool.preparedQuery("""
                SELECT e.user_id, i.prompt, i.options
                FROM quiz_attempt a
                JOIN enrollment e ON e.id = a.enrollment_id
                LEFT JOIN quiz_attempt_item i ON i.attempt_id = a.id AND i.question_id = $2
                WHERE a.id = $1
                """).execute(Tuple.of(attemptId, questionId)).chain(rows -> {
            Row row = Rows.ownedBy(rows, userId, "attempt_not_found");
            if (row.getString("prompt") == null) {
                throw ApiException.notFound("question_not_found");
            }
            return speak(row.getString("prompt"), OptionView.of((JsonArray) row.getValue("options")));
        });
    }

    /** The prompt, then the options sorted by their words; the options' times listed in {@code shown}'s order. */
    static List<OptionView> spokenOrder(List<OptionView> shown) {
        return shown.stream()
                .sorted(Comparator.comparing(OptionView::text).thenComparing(OptionView::id))
                .toList();
    }

    private Uni<Track> speak(String prompt, List<OptionView> shown) {
        List<OptionView> order = spokenOrder(shown);
        List<String> texts = new ArrayList<>();
        texts.add(prompt.strip());
        order.forEach(option -> texts.add(option.text().strip()));
        return speech.speak(texts).map(spoken -> {
            Speech.Segment[] at = new Speech.Segment[texts.size()];
            spoken.segments().forEach(s -> at[s.index()] = s);
            List<SpokenOption> options = new ArrayList<>();
            for (OptionView option : shown) {
                Speech.Segment s = at[order.indexOf(option) + 1];
                // an option with nothing to say (blank) is left out, as a lesson's rule is
                if (s != null) {
                    options.add(new SpokenOption(option.id(), s.startSeconds(), s.endSeconds()));
                }
            }
            Speech.Segment p = at[0];
            return new Track(
                    spoken.url(),
                    spoken.durationSeconds(),
                    spoken.voice(),
                    p == null ? 0 : p.startSeconds(),
                    p == null ? 0 : p.endSeconds(),
                    List.copyOf(options));
        });
    }
}
