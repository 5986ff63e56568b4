package vn.hocvuso.quiz;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import vn.hocvuso.certificate.CertificateIssuer;
import vn.hocvuso.enrollment.Enrollments;
import vn.hocvuso.quiz.Attempts.Graded;
import vn.hocvuso.quiz.Attempts.Item;
import vn.hocvuso.quiz.QuizViews.AttemptResult;
import vn.hocvuso.stats.LearningFacts;

/**
 * Grading a final-test attempt on the server, once: its score from the saved answers, the enrolment's best
 * score and pass, the learning facts, and on a pass the enrolment's one certificate, all in the caller's
 * transaction (which holds the enrolment's and the attempt's locks: {@link QuizService}).
 */
@ApplicationScoped
class Grading {

    private final Enrollments enrollments;
    private final LearningFacts facts;
    private final CertificateIssuer certificates;

    Grading(Enrollments enrollments, LearningFacts facts, CertificateIssuer certificates) {
        this.enrollments = enrollments;
        this.facts = facts;
        this.certificates = certificates;
    }

    /**
     * Grades an attempt (its row as {@link Attempts#ATTEMPT} reads it) from its saved answers; on a pass, the
     * enrolment passes and its one certificate is issued. The result is built from what was just
     * computed, not read back.
     */
    Uni<AttemptResult> grade(SqlConnection tx, Row attempt) {
        UUID attemptId = attempt.getUUID("id");
        UUID enrollmentId = attempt.getUUID("enrollment_id");
        UUID userId = attempt.getUUID("user_id");
        UUID courseId = attempt.getUUID("course_id");
        return Attempts.items(tx, attemptId).chain(items -> {
            int correct = (int) items.stream().filter(Item::right).count();
            int total = attempt.getInteger("question_count");
            int score = total == 0 ? 0 : correct * 100 / total; // rounded down: never a pass by rounding
            boolean passed = score >= attempt.getInteger("pass_mark_percent");
            return tx.preparedQuery("""
                    UPDATE quiz_attempt SET submitted_at = now(), correct_count = $2, score_percent = $3, passed = $4
                    WHERE id = $1 RETURNING submitted_at
                    """)
                    .execute(Tuple.of(attemptId, correct, score, passed))
                    .map(updated -> new Graded(
                            correct, score, passed, updated.iterator().next().getOffsetDateTime("submitted_at")))
                    .call(graded -> enrollments
                            .learner(tx, userId)
                            .chain(learner -> facts.record(
                                            tx,
                                            LearningFacts.Kind.ATTEMPT_SUBMITTED,
                                            learner,
                                            courseId,
                                            enrollmentId,
                                            attemptId)
                                    .chain(() -> tx.preparedQuery("""
                                            UPDATE enrollment SET best_score_percent = GREATEST(coalesce(best_score_percent, 0), $2),
                                                   passed_at = CASE WHEN $3 THEN coalesce(passed_at, now()) ELSE passed_at END,
                                                   updated_at = now()
                                            WHERE id = $1
                                            RETURNING coalesce(passed_at = now(), false) AS passed_now
                                            """).execute(Tuple.of(enrollmentId, score, passed)))
                                    .chain(updated -> updated.iterator().next().getBoolean("passed_now")
                                            ? facts.record(
                                                            tx,
                                                            LearningFacts.Kind.PASSED,
                                                            learner,
                                                            courseId,
                                                            enrollmentId,
                                                            attemptId)
                                                    .chain(() -> certificates.issue(
                                                            tx, learner, enrollmentId, courseId, attemptId, score))
                                            : Uni.createFrom().voidItem())))
                    .chain(graded -> Attempts.result(tx, attempt, graded, items));
        });
    }
}
