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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse.StatusCode;
import vn.hocvuso.certificate.CertificateIssuer;
import vn.hocvuso.common.ApiException;
import vn.hocvuso.common.Ids;
import vn.hocvuso.common.Rows;
import vn.hocvuso.common.Violations;
import vn.hocvuso.enrollment.Enrollments;
import vn.hocvuso.quiz.QuestionDraw.BankQuestion;
import vn.hocvuso.quiz.QuizViews.AnswersRequest;
import vn.hocvuso.quiz.QuizViews.AttemptResult;
import vn.hocvuso.quiz.QuizViews.AttemptStatus;
import vn.hocvuso.quiz.QuizViews.AttemptView;
import vn.hocvuso.quiz.QuizViews.ModuleResult;
import vn.hocvuso.quiz.QuizViews.OptionView;
import vn.hocvuso.quiz.QuizViews.QuestionView;
import vn.hocvuso.quiz.QuizViews.SavedAnswers;
import vn.hocvuso.stats.LearningFacts;

/**
 * The final test: starting an attempt (when every lesson is complete and attempts are left), saving
 * answers until the server's deadline, and grading on the server, once, with exactly one
 * certificate per enrolment however many submits race. Row locks serialise what must not overlap:
 * the enrolment while an attempt is started or graded, the attempt while it is answered or graded.
 * They are always taken in one order, the enrolment before the attempt: a start that grades an
 * expired attempt and a submit of that attempt would otherwise each hold the lock the other waits for
 * (a deadlock, which PostgreSQL ends by failing one of them).
 */
@ApplicationScoped
public class QuizService {

    /** The attempt and whether this call started it (201) or found one already open (200). */
    public record Started(AttemptView attempt, boolean created) {}

    private static final String ATTEMPT = """
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

    private final Pool pool;
    private final Enrollments enrollments;
    private final LearningFacts facts;
    private final CertificateIssuer certificates;
    private final SecondChances chances;
    private final Clock clock;

    public QuizService(
            Pool pool,
            Enrollments enrollments,
            LearningFacts facts,
            CertificateIssuer certificates,
            SecondChances chances,
            Clock clock) {
        this.certificates = certificates;
        this.pool = pool;
        this.enrollments = enrollments;
        this.facts = facts;
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
                return view(tx, open, userId).map(view -> new Started(view, false));
            }
            // The deadline passed without a submit: grade what was saved, then decide.
            return tx.preparedQuery(ATTEMPT)
                    .execute(Tuple.of(open))
                    .chain(rows -> grade(tx, rows.iterator().next()))
                    .chain(result -> result.passed()
                            // It passed: the grade and the certificate must commit, so answer with that
                            // attempt, now submitted with its result, rather than with an error.
                            ? view(tx, open, userId).map(view -> new Started(view, false))
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
            List<BankQuestion> bank = new ArrayList<>();
            for (Row row : rows) {
                bank.add(BankQuestion.of(row, row.getString("module_title")));
            }
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
                    .chain(() -> view(tx, attemptId, userId));
        });
    }

    public Uni<AttemptView> get(UUID userId, UUID attemptId) {
        return pool.withConnection(connection -> view(connection, attemptId, userId));
    }

    public Uni<SavedAnswers> saveAnswers(UUID userId, UUID attemptId, AnswersRequest request) {
        return pool.withTransaction(tx -> lockOwned(tx, attemptId, userId).chain(attempt -> {
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
                .chain(() -> lockOwned(tx, attemptId, userId))
                .chain(attempt ->
                        attempt.getOffsetDateTime("submitted_at") != null ? result(tx, attempt) : grade(tx, attempt)));
    }

    /** The attempt, locked, if it belongs to the user; else 404. */
    private Uni<Row> lockOwned(SqlConnection tx, UUID attemptId, UUID userId) {
        return tx.preparedQuery(ATTEMPT + " FOR UPDATE OF a")
                .execute(Tuple.of(attemptId))
                .map(rows -> Rows.ownedBy(rows, userId, "attempt_not_found"));
    }

    /**
     * Grades an attempt (its row as {@link #ATTEMPT} reads it) from its saved answers; on a pass, the
     * enrolment passes and its one certificate is issued. The result is built from what was just
     * computed, not read back.
     */
    private Uni<AttemptResult> grade(SqlConnection tx, Row attempt) {
        UUID attemptId = attempt.getUUID("id");
        UUID enrollmentId = attempt.getUUID("enrollment_id");
        UUID userId = attempt.getUUID("user_id");
        UUID courseId = attempt.getUUID("course_id");
        return items(tx, attemptId).chain(items -> {
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
                    .chain(graded -> result(tx, attempt, graded, items));
        });
    }

    /** How an attempt was graded: stored in its row, or just computed. */
    private record Graded(int correct, int score, boolean passed, OffsetDateTime submittedAt) {
        static Graded of(Row attempt) {
            return new Graded(
                    attempt.getInteger("correct_count"),
                    attempt.getInteger("score_percent"),
                    attempt.getBoolean("passed"),
                    attempt.getOffsetDateTime("submitted_at"));
        }
    }

    /** The result of a submitted attempt, read from its row. */
    private Uni<AttemptResult> result(SqlConnection tx, Row attempt) {
        return items(tx, attempt.getUUID("id")).chain(items -> result(tx, attempt, Graded.of(attempt), items));
    }

    private static Uni<AttemptResult> result(SqlConnection tx, Row attempt, Graded graded, List<Item> items) {
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

    private Uni<AttemptView> view(SqlConnection connection, UUID attemptId, UUID userId) {
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

    /** One question of an attempt as it was drawn. */
    private record Item(
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

    private static Uni<List<Item>> items(SqlConnection connection, UUID attemptId) {
        return connection.preparedQuery("""
                SELECT position, question_id, module_id, module_title, prompt, options, correct_option, chosen_option
                FROM quiz_attempt_item WHERE attempt_id = $1 ORDER BY position
                """).execute(Tuple.of(attemptId)).map(rows -> {
            List<Item> items = new ArrayList<>();
            for (Row row : rows) {
                items.add(new Item(
                        row.getInteger("position"),
                        row.getUUID("question_id"),
                        row.getUUID("module_id"),
                        row.getString("module_title"),
                        row.getString("prompt"),
                        OptionView.of((JsonArray) row.getValue("options")),
                        row.getString("correct_option"),
                        row.getString("chosen_option")));
            }
            return items;
        });
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
