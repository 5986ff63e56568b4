package vn.hocvuso.quiz;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse.StatusCode;
import vn.hocvuso.audit.AuditLog;
import vn.hocvuso.common.ApiException;
import vn.hocvuso.common.Ids;
import vn.hocvuso.common.Rows;
import vn.hocvuso.common.Texts;
import vn.hocvuso.quiz.QuizViews.AttemptGrant;
import vn.hocvuso.quiz.QuizViews.QuizState;
import vn.hocvuso.quiz.QuizViews.QuizStatus;
import vn.hocvuso.security.Caller;
import vn.hocvuso.security.Role;

/**
 * Second chances at the final test (issue 12). A course gives {@code max_attempts}; when they are all
 * used, what happens depends on the course's {@code after_last_attempt}: {@code COOLDOWN} opens a new
 * set of {@code max_attempts} once {@code retake_cooldown_minutes} have passed since the last
 * submission (time from the application's {@link Clock}, so tests move it); {@code MANAGER} waits for
 * a grant. A unit manager (for a learner of their unit) or an administrator grants one more attempt
 * with a reason, audited in the same transaction. Both are rows of {@code quiz_allowance}, added to
 * the course's {@code max_attempts}.
 */
@ApplicationScoped
public class SecondChances {

    private final Pool pool;
    private final AuditLog audit;
    private final Clock clock;

    public SecondChances(Pool pool, AuditLog audit, Clock clock) {
        this.pool = pool;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * When a new set of attempts opens by itself, for an enrolment row with {@code after_last_attempt}
     * and {@code retake_cooldown_minutes}; null when only a manager can give one.
     */
    static OffsetDateTime nextSetOpensAt(Row course, OffsetDateTime lastSubmittedAt) {
        if (!"COOLDOWN".equals(course.getString("after_last_attempt")) || lastSubmittedAt == null) {
            return null;
        }
        return lastSubmittedAt.plusMinutes(course.getInteger("retake_cooldown_minutes"));
    }

    /** Refuses a start while every attempt is used: 409 for a manager's decision, 429 until the new set opens. */
    static void refuseUntil(OffsetDateTime opens, Clock clock, int allowed) {
        if (opens == null) {
            throw new ApiException(StatusCode.CONFLICT, "no_attempts_left", allowed);
        }
        long wait = Duration.between(OffsetDateTime.now(clock), opens).toSeconds();
        if (wait > 0) {
            long minutes = (wait + 59) / 60;
            throw ApiException.tooManyRequests(
                    "retake_cooldown", (int) Math.min(Integer.MAX_VALUE, wait), minutes / 60, minutes % 60);
        }
    }

    Uni<Void> openNewSet(SqlConnection tx, UUID enrollmentId, int attempts) {
        return tx.preparedQuery(
                        "INSERT INTO quiz_allowance (id, enrollment_id, kind, attempts) VALUES ($1, $2, 'COOLDOWN', $3)")
                .execute(Tuple.of(Ids.newId(), enrollmentId, attempts))
                .replaceWithVoid();
    }

    private static final String STATUS = """
            SELECT e.id, e.user_id, e.course_id, e.passed_at, c.max_attempts, c.after_last_attempt,
                   c.retake_cooldown_minutes, c.attempt_cooldown_minutes, u.unit_code,
                   coalesce((SELECT sum(g.attempts) FROM quiz_allowance g WHERE g.enrollment_id = e.id), 0)::int AS allowance,
                   (SELECT count(*) FROM quiz_attempt a WHERE a.enrollment_id = e.id)::int AS used,
                   (SELECT max(a.submitted_at) FROM quiz_attempt a WHERE a.enrollment_id = e.id) AS last_submitted_at,
                   EXISTS (SELECT 1 FROM quiz_attempt a WHERE a.enrollment_id = e.id AND a.submitted_at IS NULL
                             AND a.deadline_at > now()) AS open_attempt,
                   (SELECT count(*) FROM lesson l
                      LEFT JOIN lesson_progress p ON p.lesson_id = l.id AND p.enrollment_id = e.id
                     WHERE l.course_id = e.course_id AND NOT l.retired AND p.completed_at IS NULL)::int AS lessons_left
            FROM enrollment e JOIN course c ON c.id = e.course_id JOIN app_user u ON u.id = e.user_id
            """;

    /** Where the learner stands with the final test: attempts, and when the next one opens. */
    public Uni<QuizStatus> status(UUID userId, UUID enrollmentId) {
        return pool.preparedQuery(STATUS + " WHERE e.id = $1 AND e.user_id = $2")
                .execute(Tuple.of(enrollmentId, userId))
                .map(rows -> statusOf(Rows.one(rows, "enrollment_not_found")));
    }

    private QuizStatus statusOf(Row row) {
        int allowed = row.getInteger("max_attempts") + row.getInteger("allowance");
        int used = row.getInteger("used");
        OffsetDateTime last = row.getOffsetDateTime("last_submitted_at");
        OffsetDateTime now = OffsetDateTime.now(clock);
        QuizState state;
        OffsetDateTime next = null;
        if (row.getOffsetDateTime("passed_at") != null) {
            state = QuizState.PASSED;
        } else if (row.getBoolean("open_attempt")) {
            state = QuizState.IN_PROGRESS;
        } else if (row.getInteger("lessons_left") > 0) {
            state = QuizState.LESSONS_INCOMPLETE;
        } else if (used >= allowed) {
            next = nextSetOpensAt(row, last);
            state = next == null
                    ? QuizState.WAITING_FOR_MANAGER
                    : next.isAfter(now) ? QuizState.WAITING_FOR_NEW_SET : QuizState.READY;
        } else if (last != null
                && last.plusMinutes(row.getInteger("attempt_cooldown_minutes")).isAfter(now)) {
            state = QuizState.WAITING;
            next = last.plusMinutes(row.getInteger("attempt_cooldown_minutes"));
        } else {
            state = QuizState.READY;
        }
        if (state == QuizState.READY) {
            next = null;
        }
        return new QuizStatus(
                row.getUUID("id"),
                state,
                used,
                allowed,
                Math.max(0, allowed - used),
                row.getString("after_last_attempt"),
                row.getInteger("retake_cooldown_minutes"),
                next);
    }

    /**
     * One more attempt for a learner of a course, with a reason. Who may: an administrator, or a unit
     * manager of the learner's unit; for anyone else the learner's enrolment is not found (ids reveal
     * nothing). Audited as {@code quiz.attempt_granted} in the grant's transaction.
     */
    public Uni<AttemptGrant> grant(Caller caller, UUID courseId, UUID learnerId, String reason) {
        String clean = Texts.clean(reason); // not blank: checked by Bean Validation
        return pool.withTransaction(tx -> tx.preparedQuery(
                        STATUS + " WHERE e.course_id = $1 AND e.user_id = $2 FOR UPDATE OF e")
                .execute(Tuple.of(courseId, learnerId))
                .chain(rows -> {
                    Row row = rows.size() == 0 ? null : rows.iterator().next();
                    boolean inScope = row != null
                            && (caller.isAdmin()
                                    || caller.has(Role.UNIT_MANAGER.name())
                                            && caller.units().contains(row.getString("unit_code")));
                    if (!inScope) {
                        throw ApiException.notFound("enrollment_not_found");
                    }
                    if (row.getOffsetDateTime("passed_at") != null) {
                        throw new ApiException(StatusCode.CONFLICT, "already_passed");
                    }
                    UUID enrollmentId = row.getUUID("id");
                    UUID grantId = Ids.newId();
                    return tx.preparedQuery("""
                            INSERT INTO quiz_allowance (id, enrollment_id, kind, attempts, granted_by, reason)
                            VALUES ($1, $2, 'GRANT', 1, $3, $4) RETURNING created_at
                            """)
                            .execute(Tuple.of(grantId, enrollmentId, caller.id(), clean))
                            .call(() -> audit.record(
                                    tx,
                                    caller.id(),
                                    "quiz.attempt_granted",
                                    "enrollment",
                                    enrollmentId.toString(),
                                    Map.of(
                                            "learnerId",
                                            learnerId.toString(),
                                            "courseId",
                                            courseId.toString(),
                                            "reason",
                                            clean)))
                            .map(inserted -> {
                                int allowed = row.getInteger("max_attempts") + row.getInteger("allowance") + 1;
                                return new AttemptGrant(
                                        grantId,
                                        enrollmentId,
                                        learnerId,
                                        courseId,
                                        clean,
                                        inserted.iterator().next().getOffsetDateTime("created_at"),
                                        allowed,
                                        row.getInteger("used"),
                                        Math.max(0, allowed - row.getInteger("used")));
                            });
                }));
    }
}
