package vn.hocvuso.enrollment;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import vn.hocvuso.common.ApiException;
import vn.hocvuso.common.Ids;
import vn.hocvuso.common.Page;
import vn.hocvuso.common.PageRequest;
import vn.hocvuso.common.Rows;
import vn.hocvuso.course.CourseReach;
import vn.hocvuso.enrollment.EnrollmentViews.EnrollmentView;
import vn.hocvuso.enrollment.EnrollmentViews.Next;
import vn.hocvuso.enrollment.EnrollmentViews.ResumePoint;
import vn.hocvuso.province.ProvincesConfig;
import vn.hocvuso.stats.LearningFacts;

/** Enrolling in a course (once per learner and course, whatever the retries) and reading enrolments. */
@ApplicationScoped
public class EnrollmentService {

    /** The enrolment, and whether this call created it (201) or found it (200). */
    public record Enrolled(EnrollmentView enrollment, boolean created) {}

    private record Found(UUID id, boolean created) {}

    private final Pool pool;
    private final Enrollments enrollments;
    private final LearningFacts facts;

    private final String home;

    public EnrollmentService(Pool pool, Enrollments enrollments, LearningFacts facts, ProvincesConfig provinces) {
        this.pool = pool;
        this.enrollments = enrollments;
        this.facts = facts;
        this.home = provinces.home();
    }

    public Uni<Enrolled> enroll(UUID userId, UUID courseId) {
        // Another province's own course is no course to this learner (CourseReach): 404, as an unknown one.
        return pool.withTransaction(tx -> tx.preparedQuery("""
                        SELECT EXISTS (SELECT 1 FROM course c WHERE c.id = $1 AND c.status = 'PUBLISHED' AND %s) AS course,
                               EXISTS (SELECT 1 FROM app_user WHERE id = $2) AS learner
                        """.formatted(CourseReach.visible(2, 3)))
                .execute(Tuple.of(courseId, userId, home))
                .chain(found -> {
                    var exists = found.iterator().next();
                    if (!exists.getBoolean("course")) {
                        throw ApiException.notFound("course_not_found");
                    }
                    if (!exists.getBoolean("learner")) { // a token outlives an account removed since it was issued
                        throw ApiException.notFound("user_not_found", userId);
                    }
                    // The unique (user, course) key makes a second enrolment impossible, also when
                    // twenty taps arrive at once: the losers find the winner's row.
                    return tx.preparedQuery("""
                            INSERT INTO enrollment (id, user_id, course_id) VALUES ($1, $2, $3)
                            ON CONFLICT (user_id, course_id) DO NOTHING RETURNING id
                            """).execute(Tuple.of(Ids.newId(), userId, courseId));
                })
                .chain(inserted -> {
                    if (inserted.size() == 1) {
                        UUID id = inserted.iterator().next().getUUID("id");
                        return enrollments
                                .learner(tx, userId)
                                .chain(learner ->
                                        facts.record(tx, LearningFacts.Kind.ENROLLED, learner, courseId, id, null))
                                .replaceWith(new Found(id, true));
                    }
                    return tx.preparedQuery("SELECT id FROM enrollment WHERE user_id = $1 AND course_id = $2")
                            .execute(Tuple.of(userId, courseId))
                            .map(rows -> new Found(rows.iterator().next().getUUID("id"), false));
                })
                .chain(found ->
                        enrollments.view(tx, found.id(), userId).map(view -> new Enrolled(view, found.created()))));
    }

    public Uni<Page<EnrollmentView>> mine(UUID userId, PageRequest page) {
        return pool.preparedQuery("SELECT count(*) FROM enrollment WHERE user_id = $1")
                .execute(Tuple.of(userId))
                .chain(count -> pool.preparedQuery(Enrollments.VIEW
                                + " WHERE e.user_id = $1 ORDER BY e.enrolled_at DESC, e.id LIMIT $2 OFFSET $3")
                        .execute(Tuple.of(userId, page.size, page.offset()))
                        .map(rows -> Rows.page(count, rows, page, row -> Enrollments.toView(row))));
    }

    public Uni<EnrollmentView> one(UUID userId, UUID enrollmentId) {
        return enrollments.view(pool, enrollmentId, userId);
    }

    public Uni<ResumePoint> resume(UUID userId, UUID enrollmentId) {
        return enrollments
                .view(pool, enrollmentId, userId)
                .chain(enrollment -> pool.preparedQuery("""
                SELECT l.id, l.ordinal, l.title, l.kind, coalesce(p.percent, 0) AS percent,
                       coalesce(p.position_seconds, 0) AS position_seconds
                FROM lesson l
                LEFT JOIN lesson_progress p ON p.lesson_id = l.id AND p.enrollment_id = $1
                WHERE l.course_id = $2 AND NOT l.retired AND p.completed_at IS NULL
                ORDER BY l.ordinal LIMIT 1
                """)
                        .execute(Tuple.of(enrollmentId, enrollment.courseId()))
                        .map(rows -> {
                            if (rows.size() == 0) {
                                Next next = enrollment.passedAt() != null ? Next.DONE : Next.FINAL_TEST;
                                return new ResumePoint(
                                        enrollmentId, enrollment.courseId(), next, null, null, null, null, 0, 0);
                            }
                            Row row = rows.iterator().next();
                            return new ResumePoint(
                                    enrollmentId,
                                    enrollment.courseId(),
                                    Next.LESSON,
                                    row.getUUID("id"),
                                    row.getInteger("ordinal"),
                                    row.getString("title"),
                                    row.getString("kind"),
                                    row.getInteger("percent"),
                                    row.getInteger("position_seconds"));
                        }));
    }
}
