package vn.hocvuso.quiz;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse.StatusCode;
import vn.hocvuso.common.ApiException;
import vn.hocvuso.common.Ids;
import vn.hocvuso.common.Rows;
import vn.hocvuso.common.Violations;
import vn.hocvuso.quiz.QuestionDraw.BankQuestion;
import vn.hocvuso.quiz.QuizViews.AnswersRequest;
import vn.hocvuso.quiz.QuizViews.AttemptResult;
import vn.hocvuso.quiz.QuizViews.AttemptView;
import vn.hocvuso.quiz.QuizViews.SavedAnswers;

/**
 * The final test: starting an attempt (when every lesson is complete and attempts are left), saving
 * answers until the server's deadline, and submitting it to be graded on the server, once ({@link Grading}),
 * with exactly one certificate per enrolment however many submits race; an attempt is read by {@link Attempts}. Row locks serialise what must not overlap:
 * the enrolment while an attempt is started or graded, the attempt while it is answered or graded.
 * They are always taken in one order, the enrolment before the attempt: a start that grades an
 * expired attempt and a submit of that attempt would otherwise each hold the lock the other waits for
 * (a deadlock, which PostgreSQL ends by failing one of them).
 */
@ApplicationScoped
public class QuizService {

    /** The attempt and whether this call started it (201) or found one already open (200). */
    public record Started(AttemptView attempt, boolean created) {}

    private final Pool pool;
    private final Grading grading;
    private final SecondChances chances;
    private final Clock clock;

    public QuizService(Pool pool, Grading grading, SecondChances chances, Clock clock) {
        this.pool = pool;
        this.grading = grading;
        this.chances = chances;
        this.clock = clock;
    }

    public Uni<Started> start(UUID userId, UUID enrollmentId) {
        return pool.withTransaction(tx -> tx.preparedQuery("""
                SELECT e.id, e.user_id, e.course_id, e.passed_at, c.question_count, c.time_limit_minutes,
                       c.max_attempts, c.attempt_cooldown_minutes, c.pass_mark_percent, c.after_last_attempt,
                       c.retake_cooldown_minutes,
                       coalesce((SELECT sum(g.attempts) FROM quiz_allowance g WHERE g.enrollment_id = e.id), 0)::int AS allowance,
                       (SELECT count(*) FROM lesson l
                          LEFT JOIN lesson_progress p ON p.lesson_id = l.id AND p.enrollment_id = e.id
                         WHERE l.course_id = e.course_id AND NOT l.retired AND p.completed_at IS NULL)::int AS lessons_left
                FROM enrollment e JOIN course c ON c.id = e.course_id
                WHERE e.id = $1 FOR UPDATE OF e
                """)
                .execute(Tuple.of(enrollmentId))
                .chain(rows -> {
                    Row enrollment = Rows.ownedBy(rows, userId, "enrollment_not_found");
                    if (enrollment.getOffsetDateTime("passed_at") != null) {
                        throw new ApiException(StatusCode.CONFLICT, "already_passed");
                    }
                    if (enrollment.getInteger("lessons_left") > 0) {
                        throw new ApiException(
                                StatusCode.CONFLICT, "lessons_incomplete", enrollment.getInteger("lessons_left"));
                    }
                    return attemptsOf(tx, enrollment)
                            .chain(attempts -> startOrResume(tx, userId, enrollment, attempts));
                }));
    }

    private static Uni<RowSet<Row>> attemptsOf(SqlConnection tx, Row enrollment) {
        return tx.preparedQuery("""
                SELECT id, submitted_at, deadline_at <= now() AS expired,
                       ceil(extract(epoch FROM submitted_at + make_interval(mins => $2) - now()))::int AS cooldown_left
                FROM quiz_attempt WHERE enrollment_id = $1 ORDER BY attempt_no
                """)
                .execute(Tuple.of(enrollment.getUUID("id"), enrollment.getInteger("attempt_cooldown_minutes")));
    }

    private Uni<Started> startOrResume(SqlConnection tx, UUID userId, Row enrollment, RowSet<Row> attempts) {
        Row last = null;
        for (Row attempt : attempts) {
            last = attempt;
        }
        if (last != null && last.getOffsetDateTime("submitted_at") == null) {
            UUID open = last.getUUID("id");
            if (!last.getBoolean("expired")) {
                return Attempts.view(tx, open, userId).map(view -> new Started(view, false));
            }
            // The deadline passed without a submit: grade what was saved, then decide.
            return tx.preparedQuery(Attempts.ATTEMPT)
                    .execute(Tuple.of(open))
                    .chain(rows -> grading.grade(tx, rows.iterator().next()))
                    .chain(result -> result.passed()
                            // It passed: the grade and the certificate must commit, so answer with that
                            // attempt, now submitted with its result, rather than with an error.
                            ? Attempts.view(tx, open, userId).map(view -> new Started(view, false))
                            : attemptsOf(tx, enrollment)
                                    .chain(graded -> startOrResume(tx, userId, enrollment, graded)));
        }
        int used = attempts.size();
        int allowed = enrollment.getInteger("max_attempts") + enrollment.getInteger("allowance");
        Uni<Void> opened = Uni.createFrom().voidItem();
        if (used >= allowed) {
            // Every attempt given so far is used: a new set after the course's cooldown, or a manager's grant.
            OffsetDateTime opens = SecondChances.nextSetOpensAt(enrollment, last.getOffsetDateTime("submitted_at"));
            SecondChances.refuseUntil(opens, clock, allowed);
            opened = chances.openNewSet(tx, enrollment.getUUID("id"), enrollment.getInteger("max_attempts"));
        }
        // (a new set waited out the longer cooldown already)
        Integer cooldownLeft = last == null || used >= allowed ? null : last.getInteger("cooldown_left");
        if (cooldownLeft != null && cooldownLeft > 0) {
            throw ApiException.tooManyRequests("attempt_cooldown", cooldownLeft);
        }
        return opened.chain(() -> newAttempt(tx, userId, enrollment, used + 1)).map(view -> new Started(view, true));
    }

    private Uni<AttemptView> newAttempt(SqlConnection tx, UUID userId, Row enrollment, int attemptNo) {
        UUID courseId = enrollment.getUUID("course_id");
        return tx.preparedQuery("""
                SELECT q.id, q.module_id, m.title AS module_title, q.prompt, q.options, q.correct_option
                FROM question q JOIN course_module m ON m.id = q.module_id
                WHERE q.course_id = $1 AND q.active
                ORDER BY m.position, q.id
                """).execute(Tuple.of(courseId)).chain(rows -> {
            List<BankQuestion> bank = Rows.list(rows, row -> BankQuestion.of(row, row.getString("module_title")));
            List<BankQuestion> drawn = QuestionDraw.draw(bank, enrollment.getInteger("question_count"));
            if (drawn.isEmpty()) {
                throw new ApiException(StatusCode.CONFLICT, "no_questions");
            }
            UUID attemptId = Ids.newId();
            OffsetDateTime deadline =
                    OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(enrollment.getInteger("time_limit_minutes"));
            List<Tuple> items = new ArrayList<>();
            for (int i = 0; i < drawn.size(); i++) {
                BankQuestion q = drawn.get(i);
                JsonArray options = new JsonArray();
                q.options()
                        .forEach(o ->
                                options.add(new JsonObject().put("id", o.id()).put("text", o.text())));
                items.add(Tuple.of(attemptId, i + 1, q.id(), q.moduleId(), q.moduleTitle(), q.prompt())
                        .addValue(options)
                        .addString(q.correctOption()));
            }
            return tx.preparedQuery("""
                            INSERT INTO quiz_attempt (id, enrollment_id, attempt_no, deadline_at, pass_mark_percent, question_count)
                            VALUES ($1, $2, $3, $4, $5, $6)
                            """)
                    .execute(Tuple.of(
                            attemptId,
                            enrollment.getUUID("id"),
                            attemptNo,
                            deadline,
                            enrollment.getInteger("pass_mark_percent"),
                            drawn.size()))
                    .chain(() -> tx.preparedQuery("""
                                    INSERT INTO quiz_attempt_item (attempt_id, position, question_id, module_id, module_title,
                                                                   prompt, options, correct_option)
                                    VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
                                    """).executeBatch(items))
                    .chain(() -> Attempts.view(tx, attemptId, userId));
        });
    }

    public Uni<AttemptView> get(UUID userId, UUID attemptId) {
        return pool.withConnection(connection -> Attempts.view(connection, attemptId, userId));
    }

    public Uni<SavedAnswers> saveAnswers(UUID userId, UUID attemptId, AnswersRequest request) {
        return pool.withTransaction(tx -> Attempts.lockOwned(tx, attemptId, userId)
                .chain(attempt -> {
                    if (attempt.getOffsetDateTime("submitted_at") != null) {
                        throw new ApiException(StatusCode.CONFLICT, "attempt_submitted");
                    }
                    if (attempt.getBoolean("expired")) {
                        throw new ApiException(StatusCode.CONFLICT, "attempt_expired");
                    }
                    return tx.preparedQuery("SELECT question_id, options FROM quiz_attempt_item WHERE attempt_id = $1")
                            .execute(Tuple.of(attemptId))
                            .chain(items -> {
                                Map<UUID, Set<String>> optionsOf = new HashMap<>();
                                for (Row item : items) {
                                    Set<String> ids = new HashSet<>();
                                    ((JsonArray) item.getValue("options"))
                                            .forEach(o -> ids.add(((JsonObject) o).getString("id")));
                                    optionsOf.put(item.getUUID("question_id"), ids);
                                }
                                Violations violations = new Violations();
                                List<Tuple> updates = new ArrayList<>();
                                for (int i = 0; i < request.answers().size(); i++) {
                                    var answer = request.answers().get(i);
                                    Set<String> options = optionsOf.get(answer.questionId());
                                    if (options == null) {
                                        violations.add("answers[" + i + "].questionId", "not_in_attempt");
                                    } else if (answer.optionId() != null && !options.contains(answer.optionId())) {
                                        violations.add("answers[" + i + "].optionId", "invalid_choice");
                                    } else {
                                        updates.add(Tuple.of(attemptId, answer.questionId(), answer.optionId()));
                                    }
                                }
                                violations.throwIfAny();
                                return tx.preparedQuery(
                                                "UPDATE quiz_attempt_item SET chosen_option = $3 WHERE attempt_id = $1 AND question_id = $2")
                                        .executeBatch(updates)
                                        .chain(() -> tx.preparedQuery(
                                                        "SELECT count(chosen_option)::int AS answered FROM quiz_attempt_item WHERE attempt_id = $1")
                                                .execute(Tuple.of(attemptId)))
                                        .map(count -> new SavedAnswers(
                                                attemptId,
                                                count.iterator().next().getInteger("answered"),
                                                attempt.getInteger("question_count"),
                                                attempt.getOffsetDateTime("deadline_at")));
                            });
                }));
    }

    public Uni<AttemptResult> submit(UUID userId, UUID attemptId) {
        // Grading writes the enrolment: lock it first, as start does (see the class comment).
        return pool.withTransaction(tx -> tx.preparedQuery("""
                SELECT e.id FROM enrollment e JOIN quiz_attempt a ON a.enrollment_id = e.id
                WHERE a.id = $1 AND e.user_id = $2 FOR UPDATE OF e
                """)
                .execute(Tuple.of(attemptId, userId))
                .chain(() -> Attempts.lockOwned(tx, attemptId, userId))
                .chain(attempt -> attempt.getOffsetDateTime("submitted_at") != null
                        ? Attempts.result(tx, attempt)
                        : grading.grade(tx, attempt)));
    }
}
