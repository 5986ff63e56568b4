package vn.hocvuso.quiz;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse.StatusCode;
import vn.hocvuso.common.ApiException;
import vn.hocvuso.common.Rows;
import vn.hocvuso.quiz.QuestionDraw.BankQuestion;
import vn.hocvuso.quiz.QuizViews.AttemptReview;
import vn.hocvuso.quiz.QuizViews.OptionView;
import vn.hocvuso.quiz.QuizViews.PracticeAnswer;
import vn.hocvuso.quiz.QuizViews.PracticeFeedback;
import vn.hocvuso.quiz.QuizViews.PracticeQuestion;
import vn.hocvuso.quiz.QuizViews.PracticeSet;
import vn.hocvuso.quiz.QuizViews.ReviewItem;

/**
 * Learning from mistakes (issue 12): the review of a submitted attempt (each question with the
 * learner's answer, the right one and the explanation) and the practice quiz of a module (questions
 * from that module's bank, untimed, nothing stored: not an attempt, not a fact, not in any figure).
 * Where the course hides the right answers until the test is passed, neither shows the right option
 * nor the explanation of a wrong answer before then (a right answer's explanation is no secret).
 * Read-only SQL; only the learner the enrolment belongs to may call (404 for anyone else).
 */
@ApplicationScoped
public class LearningFromMistakes {

    /** Questions in one practice round (fewer when the module's bank is smaller). */
    static final int PRACTICE_SIZE = 10;

    private final Pool pool;

    public LearningFromMistakes(Pool pool) {
        this.pool = pool;
    }

    public Uni<AttemptReview> review(UUID userId, UUID attemptId) {
        return pool.withConnection(connection -> connection
                .preparedQuery("""
                SELECT a.id, a.enrollment_id, e.course_id, a.attempt_no, a.score_percent, a.passed, a.submitted_at,
                       e.user_id, e.passed_at IS NULL AND c.hide_answers_until_passed AS hidden
                FROM quiz_attempt a JOIN enrollment e ON e.id = a.enrollment_id JOIN course c ON c.id = e.course_id
                WHERE a.id = $1
                """)
                .execute(Tuple.of(attemptId))
                .chain(rows -> {
                    Row attempt = Rows.ownedBy(rows, userId, "attempt_not_found");
                    if (attempt.getOffsetDateTime("submitted_at") == null) {
                        throw new ApiException(StatusCode.CONFLICT, "attempt_not_submitted");
                    }
                    boolean hidden = attempt.getBoolean("hidden");
                    return connection
                            .preparedQuery("""
                            SELECT i.position, i.question_id, i.module_id, i.module_title, i.prompt, i.options,
                                   i.correct_option, i.chosen_option, q.explanation
                            FROM quiz_attempt_item i JOIN question q ON q.id = i.question_id
                            WHERE i.attempt_id = $1 ORDER BY i.position
                            """)
                            .execute(Tuple.of(attemptId))
                            .map(items -> {
                                List<ReviewItem> review = new ArrayList<>();
                                for (Row item : items) {
                                    String correct = item.getString("correct_option");
                                    String chosen = item.getString("chosen_option");
                                    boolean right = correct.equals(chosen);
                                    review.add(new ReviewItem(
                                            item.getInteger("position"),
                                            item.getUUID("question_id"),
                                            item.getUUID("module_id"),
                                            item.getString("module_title"),
                                            item.getString("prompt"),
                                            OptionView.of((JsonArray) item.getValue("options")),
                                            chosen,
                                            right,
                                            hidden ? null : correct,
                                            hidden && !right ? null : explanation(item)));
                                }
                                return new AttemptReview(
                                        attemptId,
                                        attempt.getUUID("enrollment_id"),
                                        attempt.getUUID("course_id"),
                                        attempt.getInteger("attempt_no"),
                                        attempt.getInteger("score_percent"),
                                        attempt.getBoolean("passed"),
                                        hidden,
                                        review);
                            });
                }));
    }

    private static final String PRACTICE_CONTEXT = """
            SELECT m.id AS module_id, m.title AS module_title,
                   e.passed_at IS NULL AND c.hide_answers_until_passed AS hidden
            FROM enrollment e JOIN course c ON c.id = e.course_id
            LEFT JOIN course_module m ON m.id = $2 AND m.course_id = e.course_id
            WHERE e.id = $1 AND e.user_id = $3
            """;

    /** The enrolment's context for a module's practice: 404 when not the caller's or not in the course. */
    private Uni<Row> practiceContext(UUID userId, UUID enrollmentId, UUID moduleId) {
        return pool.preparedQuery(PRACTICE_CONTEXT)
                .execute(Tuple.of(enrollmentId, moduleId, userId))
                .map(rows -> {
                    Row row = Rows.one(rows, "enrollment_not_found");
                    if (row.getUUID("module_id") == null) {
                        throw ApiException.notFound("module_not_found");
                    }
                    return row;
                });
    }

    public Uni<PracticeSet> practice(UUID userId, UUID enrollmentId, UUID moduleId) {
        return practiceContext(userId, enrollmentId, moduleId)
                .chain(context -> pool.preparedQuery("""
                SELECT id, module_id, prompt, options, correct_option FROM question WHERE module_id = $1 AND active
                """)
                        .execute(Tuple.of(moduleId))
                        .map(rows -> {
                            List<BankQuestion> bank =
                                    Rows.list(rows, row -> BankQuestion.of(row, context.getString("module_title")));
                            List<PracticeQuestion> questions = QuestionDraw.draw(bank, PRACTICE_SIZE).stream()
                                    .map(q -> new PracticeQuestion(
                                            q.id(),
                                            q.prompt(),
                                            q.options().stream()
                                                    .map(o -> new OptionView(o.id(), o.text()))
                                                    .toList()))
                                    .toList();
                            return new PracticeSet(
                                    enrollmentId, moduleId, context.getString("module_title"), questions);
                        }));
    }

    public Uni<PracticeFeedback> check(UUID userId, UUID enrollmentId, UUID moduleId, PracticeAnswer answer) {
        return practiceContext(userId, enrollmentId, moduleId)
                .chain(context -> pool.preparedQuery("""
                SELECT options, correct_option, explanation FROM question WHERE id = $1 AND module_id = $2 AND active
                """)
                        .execute(Tuple.of(answer.questionId(), moduleId))
                        .map(rows -> {
                            Row question = Rows.one(rows, "question_not_found");
                            boolean known = OptionView.of((JsonArray) question.getValue("options")).stream()
                                    .anyMatch(o -> o.id().equals(answer.optionId()));
                            if (!known) {
                                throw ApiException.invalid("optionId", "invalid_choice");
                            }
                            boolean hidden = context.getBoolean("hidden");
                            boolean right = question.getString("correct_option").equals(answer.optionId());
                            return new PracticeFeedback(
                                    answer.questionId(),
                                    answer.optionId(),
                                    right,
                                    hidden ? null : question.getString("correct_option"),
                                    hidden && !right ? null : explanation(question));
                        }));
    }

    private static String explanation(Row row) {
        String text = row.getString("explanation");
        return text == null || text.isBlank() ? null : text;
    }
}
