package vn.hocvuso.quiz;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.hocvuso.common.Rows;
import vn.hocvuso.quiz.QuizViews.AttemptResult;
import vn.hocvuso.quiz.QuizViews.AttemptStatus;
import vn.hocvuso.quiz.QuizViews.AttemptView;
import vn.hocvuso.quiz.QuizViews.ModuleResult;
import vn.hocvuso.quiz.QuizViews.OptionView;
import vn.hocvuso.quiz.QuizViews.QuestionView;

/**
 * Reading a final-test attempt as its owner sees it: the attempt's row ({@link #ATTEMPT}, locked or not), its
 * questions as they were drawn, and its result once graded (per module, with the certificate it earned). The
 * writes are {@link QuizService}'s (start, answers) and {@link Grading}'s (the grade).
 */
final class Attempts {

    static final String ATTEMPT = """
            SELECT a.id, a.enrollment_id, a.attempt_no, a.started_at, a.deadline_at, a.submitted_at, a.pass_mark_percent,
                   a.question_count, a.correct_count, a.score_percent, a.passed, a.deadline_at <= now() AS expired,
                   e.user_id, e.course_id, c.max_attempts + coalesce((SELECT sum(g.attempts) FROM quiz_allowance g WHERE g.enrollment_id = e.id), 0)::int
                       AS max_attempts,
                   (SELECT count(*) FROM quiz_attempt x WHERE x.enrollment_id = e.id)::int AS attempts_used
            FROM quiz_attempt a
            JOIN enrollment e ON e.id = a.enrollment_id
            JOIN course c ON c.id = e.course_id
            WHERE a.id = $1
            """;

    private Attempts() {}

    /** The attempt, locked, if it belongs to the user; else 404. */
    static Uni<Row> lockOwned(SqlConnection tx, UUID attemptId, UUID userId) {
        return tx.preparedQuery(ATTEMPT + " FOR UPDATE OF a")
                .execute(Tuple.of(attemptId))
                .map(rows -> Rows.ownedBy(rows, userId, "attempt_not_found"));
    }

    static Uni<AttemptView> view(SqlConnection connection, UUID attemptId, UUID userId) {
        return connection.preparedQuery(ATTEMPT).execute(Tuple.of(attemptId)).chain(rows -> {
            Row attempt = Rows.ownedBy(rows, userId, "attempt_not_found");
            boolean submitted = attempt.getOffsetDateTime("submitted_at") != null;
            AttemptStatus status = submitted
                    ? AttemptStatus.SUBMITTED
                    : attempt.getBoolean("expired") ? AttemptStatus.EXPIRED : AttemptStatus.IN_PROGRESS;
            return items(connection, attemptId).chain(items -> {
                List<QuestionView> questions = items.stream().map(Item::view).toList();
                Uni<AttemptResult> result = submitted
                        ? result(connection, attempt, Graded.of(attempt), items)
                        : Uni.createFrom().nullItem();
                return result.map(r -> new AttemptView(
                        attemptId,
                        attempt.getUUID("enrollment_id"),
                        attempt.getInteger("attempt_no"),
                        status,
                        attempt.getOffsetDateTime("started_at"),
                        attempt.getOffsetDateTime("deadline_at"),
                        attempt.getOffsetDateTime("submitted_at"),
                        attempt.getInteger("pass_mark_percent"),
                        questions,
                        r));
            });
        });
    }

    /** How an attempt was graded: stored in its row, or just computed. */
    record Graded(int correct, int score, boolean passed, OffsetDateTime submittedAt) {
        static Graded of(Row attempt) {
            return new Graded(
                    attempt.getInteger("correct_count"),
                    attempt.getInteger("score_percent"),
                    attempt.getBoolean("passed"),
                    attempt.getOffsetDateTime("submitted_at"));
        }
    }

    /** The result of a submitted attempt, read from its row. */
    static Uni<AttemptResult> result(SqlConnection tx, Row attempt) {
        return items(tx, attempt.getUUID("id")).chain(items -> result(tx, attempt, Graded.of(attempt), items));
    }

    static Uni<AttemptResult> result(SqlConnection tx, Row attempt, Graded graded, List<Item> items) {
        UUID attemptId = attempt.getUUID("id");
        // The certificate this attempt earned (still shown if later revoked: the verification says so).
        return tx.preparedQuery("SELECT code FROM certificate WHERE enrollment_id = $1 AND attempt_id = $2")
                .execute(Tuple.of(attempt.getUUID("enrollment_id"), attemptId))
                .map(certificate -> new AttemptResult(
                        attemptId,
                        attempt.getInteger("attempt_no"),
                        graded.score(),
                        graded.correct(),
                        attempt.getInteger("question_count"),
                        attempt.getInteger("pass_mark_percent"),
                        graded.passed(),
                        graded.submittedAt(),
                        byModule(items),
                        Math.max(0, attempt.getInteger("max_attempts") - attempt.getInteger("attempts_used")),
                        certificate.size() == 0
                                ? null
                                : certificate.iterator().next().getString("code")));
    }

    /** One question of an attempt as it was drawn. */
    record Item(
            int position,
            UUID questionId,
            UUID moduleId,
            String moduleTitle,
            String prompt,
            List<OptionView> options,
            String correct,
            String chosen) {
        boolean right() {
            return chosen != null && chosen.equals(correct);
        }

        QuestionView view() {
            return new QuestionView(questionId, position, moduleTitle, prompt, options, chosen);
        }
    }

    static Uni<List<Item>> items(SqlConnection connection, UUID attemptId) {
        return connection
                .preparedQuery("""
                SELECT position, question_id, module_id, module_title, prompt, options, correct_option, chosen_option
                FROM quiz_attempt_item WHERE attempt_id = $1 ORDER BY position
                """)
                .execute(Tuple.of(attemptId))
                .map(rows -> Rows.list(
                        rows,
                        row -> new Item(
                                row.getInteger("position"),
                                row.getUUID("question_id"),
                                row.getUUID("module_id"),
                                row.getString("module_title"),
                                row.getString("prompt"),
                                OptionView.of((JsonArray) row.getValue("options")),
                                row.getString("correct_option"),
                                row.getString("chosen_option"))));
    }

    private static List<ModuleResult> byModule(List<Item> items) {
        Map<UUID, int[]> counts = new LinkedHashMap<>();
        Map<UUID, String> titles = new HashMap<>();
        for (Item item : items) {
            int[] c = counts.computeIfAbsent(item.moduleId(), id -> new int[2]);
            c[0] += item.right() ? 1 : 0;
            c[1]++;
            titles.put(item.moduleId(), item.moduleTitle());
        }
        List<ModuleResult> results = new ArrayList<>();
        counts.forEach((module, c) -> results.add(new ModuleResult(module, titles.get(module), c[0], c[1])));
        return results;
    }
}
