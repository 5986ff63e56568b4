package vn.hocvuso.enrollment;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse.StatusCode;
import vn.hocvuso.common.ApiException;
import vn.hocvuso.common.Rows;
import vn.hocvuso.enrollment.EnrollmentViews.EnrollmentView;
import vn.hocvuso.enrollment.EnrollmentViews.Status;
import vn.hocvuso.stats.LearningFacts.Learner;

/**
 * Shared reads of enrolments, for this feature and for progress, quiz and certificates: an
 * enrolment is only ever found for its own learner (someone else's is "not found", not "forbidden",
 * so ids reveal nothing).
 */
@ApplicationScoped
public class Enrollments {

    static final String VIEW = """
            SELECT e.id, e.course_id, c.title AS course_title, e.enrolled_at, e.started_at, e.lessons_completed_at,
                   e.passed_at, e.best_score_percent,
                   c.max_attempts + coalesce((SELECT sum(g.attempts) FROM quiz_allowance g WHERE g.enrollment_id = e.id), 0)::int
                       AS max_attempts,
                   (SELECT count(*) FROM lesson l WHERE l.course_id = e.course_id AND NOT l.retired)::int AS lessons_total,
                   (SELECT count(*) FROM lesson_progress p JOIN lesson l ON l.id = p.lesson_id AND NOT l.retired
                     WHERE p.enrollment_id = e.id AND p.completed_at IS NOT NULL)::int AS lessons_completed,
                   (SELECT count(*) FROM quiz_attempt a WHERE a.enrollment_id = e.id)::int AS attempts_used,
                   cert.code AS certificate_code, cert.revoked_at IS NOT NULL AS certificate_revoked
            FROM enrollment e
            JOIN course c ON c.id = e.course_id
            LEFT JOIN certificate cert ON cert.enrollment_id = e.id
            """;

    /** The learner's enrolment, or 404. */
    public Uni<EnrollmentView> view(SqlClient client, UUID enrollmentId, UUID userId) {
        return client.preparedQuery(VIEW + " WHERE e.id = $1 AND e.user_id = $2")
                .execute(Tuple.of(enrollmentId, userId))
                .map(rows -> toView(Rows.one(rows, "enrollment_not_found")));
    }

    /** The learner's unit, agency and group now, for the facts of a change. */
    public Uni<Learner> learner(SqlClient client, UUID userId) {
        return client.preparedQuery("SELECT unit_code, agency_id, learner_group FROM app_user WHERE id = $1")
                .execute(Tuple.of(userId))
                .map(rows -> {
                    if (rows.size() == 0) {
                        throw new ApiException(StatusCode.UNAUTHORIZED, "not_authenticated");
                    }
                    Row row = rows.iterator().next();
                    return new Learner(
                            userId,
                            row.getString("unit_code"),
                            row.getLong("agency_id"),
                            row.getString("learner_group"));
                });
    }

    static EnrollmentView toView(Row row) {
        int total = row.getInteger("lessons_total");
        int completed = row.getInteger("lessons_completed");
        String certificate = row.getString("certificate_code");
        Status status = certificate != null && !row.getBoolean("certificate_revoked")
                ? Status.CERTIFIED
                : row.getOffsetDateTime("passed_at") != null
                        ? Status.PASSED
                        : total > 0 && completed >= total
                                ? Status.LESSONS_COMPLETED
                                : row.getOffsetDateTime("started_at") != null ? Status.IN_PROGRESS : Status.ENROLLED;
        return new EnrollmentView(
                row.getUUID("id"),
                row.getUUID("course_id"),
                row.getString("course_title"),
                status,
                completed,
                total,
                total == 0 ? 0 : completed * 100 / total,
                row.getOffsetDateTime("enrolled_at"),
                row.getOffsetDateTime("started_at"),
                row.getOffsetDateTime("lessons_completed_at"),
                row.getOffsetDateTime("passed_at"),
                row.getInteger("best_score_percent"),
                row.getInteger("attempts_used"),
                row.getInteger("max_attempts"),
                certificate);
    }
}
