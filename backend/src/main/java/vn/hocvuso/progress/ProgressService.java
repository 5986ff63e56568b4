package vn.hocvuso.progress;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import vn.hocvuso.common.ApiException;
import vn.hocvuso.progress.ProgressViews.ProgressRequest;
import vn.hocvuso.progress.ProgressViews.ProgressView;

/**
 * Lesson progress, the hottest write of the portal, built for phones that go offline and replay a
 * queue: idempotent (an event id is applied once), monotonic (percent and position only grow, so a
 * stale report from a second device is harmless) and sequential (a lesson opens only when the one
 * before it is complete, checked here, not trusted from the client).
 *
 * <p>One report is one SQL statement: the checks, the idempotency record, the upsert, and on a
 * completion its fact and the course-completion stamp, as data-modifying CTEs. One round trip and one
 * commit per report is what lets the endpoint run close to what PostgreSQL itself can commit (see
 * docs/benchmarks.md). Every CTE sees the same snapshot, which the statement accounts for: the
 * "every lesson done" check counts the lesson being completed as done.
 */
@ApplicationScoped
public class ProgressService {

    private static final String REPORT = """
            WITH ctx AS (
                SELECT e.id AS enrollment_id, e.user_id, e.course_id, e.started_at IS NOT NULL AS started,
                       u.unit_code, u.agency_id, u.learner_group,
                       l.id AS lesson_id, l.retired,
                       CASE WHEN l.kind = 'VIDEO' THEN c.video_completion_percent ELSE 100 END AS threshold,
                       p.percent AS current_percent, p.position_seconds AS current_position, p.completed_at AS current_completed,
                       (l.ordinal = 1 OR EXISTS (
                            SELECT 1 FROM lesson pl JOIN lesson_progress pp ON pp.lesson_id = pl.id AND pp.enrollment_id = e.id
                            WHERE pl.course_id = l.course_id AND pl.ordinal = l.ordinal - 1 AND NOT pl.retired
                              AND pp.completed_at IS NOT NULL)) AS previous_done
                FROM enrollment e
                JOIN app_user u ON u.id = e.user_id
                JOIN course c ON c.id = e.course_id
                LEFT JOIN lesson l ON l.id = $2 AND l.course_id = e.course_id
                LEFT JOIN lesson_progress p ON p.enrollment_id = e.id AND p.lesson_id = l.id
                WHERE e.id = $1 AND e.user_id = $3
            ),
            allowed AS (
                SELECT * FROM ctx
                WHERE lesson_id IS NOT NULL AND NOT retired AND (current_percent IS NOT NULL OR previous_done)
            ),
            event AS (
                INSERT INTO progress_event (event_id, enrollment_id, lesson_id)
                SELECT $4, enrollment_id, lesson_id FROM allowed
                ON CONFLICT DO NOTHING
                RETURNING event_id
            ),
            upsert AS (
                INSERT INTO lesson_progress AS p (enrollment_id, lesson_id, percent, position_seconds, completed_at)
                SELECT a.enrollment_id, a.lesson_id, $5, $6, CASE WHEN $5 >= a.threshold THEN now() END
                FROM allowed a, event
                ON CONFLICT (enrollment_id, lesson_id) DO UPDATE SET
                    percent = GREATEST(p.percent, EXCLUDED.percent),
                    position_seconds = GREATEST(p.position_seconds, EXCLUDED.position_seconds),
                    completed_at = COALESCE(p.completed_at, EXCLUDED.completed_at),
                    updated_at = now()
                -- completed_now: this statement stamped the completion (its own now()), so two racing
                -- reports count one completion.
                RETURNING percent, position_seconds, completed_at, coalesce(completed_at = now(), false) AS completed_now
            ),
            started AS (
                UPDATE enrollment SET started_at = now(), updated_at = now()
                WHERE id = $1 AND started_at IS NULL AND EXISTS (SELECT 1 FROM upsert)
            ),
            fact AS (
                INSERT INTO learning_fact (kind, user_id, unit_code, agency_id, learner_group, course_id, enrollment_id, subject_id)
                SELECT 'LESSON_COMPLETED', a.user_id, a.unit_code, a.agency_id, a.learner_group, a.course_id,
                       a.enrollment_id, a.lesson_id
                FROM allowed a, upsert u WHERE u.completed_now
            ),
            course_done AS (
                UPDATE enrollment e SET lessons_completed_at = now(), updated_at = now()
                FROM allowed a, upsert u
                WHERE e.id = a.enrollment_id AND u.completed_now AND e.lessons_completed_at IS NULL
                  AND NOT EXISTS (
                      SELECT 1 FROM lesson l
                      LEFT JOIN lesson_progress lp ON lp.lesson_id = l.id AND lp.enrollment_id = a.enrollment_id
                      WHERE l.course_id = a.course_id AND NOT l.retired AND l.id <> a.lesson_id
                        AND lp.completed_at IS NULL)
            )
            SELECT c.lesson_id IS NOT NULL AND NOT c.retired AS lesson_found,
                   c.current_percent IS NOT NULL OR c.previous_done AS open,
                   u.percent, u.position_seconds, u.completed_at, u.percent IS NOT NULL AS applied,
                   c.current_percent, c.current_position, c.current_completed,
                   -- false when the event id was already used for another lesson: a client bug, not a replay
                   (SELECT pe.enrollment_id = $1 AND pe.lesson_id = $2 FROM progress_event pe WHERE pe.event_id = $4)
                       AS same_event
            FROM ctx c LEFT JOIN upsert u ON true
            """;

    private final Pool pool;

    public ProgressService(Pool pool) {
        this.pool = pool;
    }

    public Uni<ProgressView> report(UUID userId, UUID enrollmentId, UUID lessonId, ProgressRequest request) {
        int position = request.positionSeconds() == null ? 0 : request.positionSeconds();
        return pool.preparedQuery(REPORT)
                .execute(Tuple.of(enrollmentId, lessonId, userId, request.eventId(), request.percent(), position))
                .map(rows -> {
                    if (rows.size() == 0) { // unknown, or someone else's: ids reveal nothing
                        throw ApiException.notFound("enrollment_not_found");
                    }
                    Row row = rows.iterator().next();
                    if (!row.getBoolean("lesson_found")) {
                        throw ApiException.notFound("lesson_not_found");
                    }
                    if (!row.getBoolean("open")) {
                        throw new ApiException(409, "lesson_locked");
                    }
                    if (row.getBoolean("applied")) {
                        return new ProgressView(lessonId, row.getInteger("percent"), row.getInteger("position_seconds"),
                                row.getOffsetDateTime("completed_at") != null, row.getOffsetDateTime("completed_at"), true);
                    }
                    if (Boolean.FALSE.equals(row.getBoolean("same_event"))) {
                        throw new ApiException(409, "event_id_reused");
                    }
                    // A replayed event: the state as it was before this statement.
                    Integer percent = row.getInteger("current_percent");
                    return new ProgressView(lessonId, percent == null ? 0 : percent,
                            percent == null ? 0 : row.getInteger("current_position"),
                            row.getOffsetDateTime("current_completed") != null,
                            row.getOffsetDateTime("current_completed"), false);
                });
    }
}
