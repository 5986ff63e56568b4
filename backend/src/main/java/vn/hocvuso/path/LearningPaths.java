package vn.hocvuso.path;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse.StatusCode;
import vn.hocvuso.audit.AuditLog;
import vn.hocvuso.common.ApiException;
import vn.hocvuso.common.FieldViolation;
import vn.hocvuso.path.PathViews.CourseState;
import vn.hocvuso.path.PathViews.LearningPath;
import vn.hocvuso.path.PathViews.LearningPathList;
import vn.hocvuso.path.PathViews.MyPath;
import vn.hocvuso.path.PathViews.MyPathCourse;
import vn.hocvuso.path.PathViews.PathCourse;
import vn.hocvuso.path.PathViews.UpdatePathRequest;
import vn.hocvuso.stats.StatsCourses;
import vn.hocvuso.unit.LearnerGroup;

/**
 * The learning paths (V88 {@code learning_path}, {@code learning_path_course}): one per learner group,
 * its courses in order and the one that certifies the group's basic digital skills, which the statistics
 * count ({@link StatsCourses}). SQL on the Pool (docs/architecture.md, "Persistence"): a path is not the
 * course content tree. An edit replaces the path whole, in one transaction with its audit event, and the
 * courses it names are locked for share so that a course cannot be unpublished while it joins a path.
 */
@ApplicationScoped
public class LearningPaths {

    /** The groups in the order the notices list them. */
    private static final String GROUP_ORDER =
            "array_position(ARRAY['CBCCVC', 'STUDENT', 'WORKER', 'CITIZEN'], lp.learner_group)";

    private static final String PATHS = """
            SELECT lp.learner_group, lp.name, lp.certifying_course_id, lp.version, lp.updated_at,
                   lpc.position, c.id, c.slug, c.title, c.status
            FROM learning_path lp
            JOIN learning_path_course lpc ON lpc.path_id = lp.id
            JOIN course c ON c.id = lpc.course_id
            """;

    private final Pool pool;
    private final AuditLog audit;
    private final StatsCourses statsCourses;

    public LearningPaths(Pool pool, AuditLog audit, StatsCourses statsCourses) {
        this.pool = pool;
        this.audit = audit;
        this.statsCourses = statsCourses;
    }

    public Uni<LearningPathList> all() {
        return pool.preparedQuery(PATHS + " ORDER BY " + GROUP_ORDER + ", lpc.position")
                .execute()
                .map(rows -> new LearningPathList(List.copyOf(paths(rows).values())));
    }

    public Uni<LearningPath> get(LearnerGroup group) {
        return one(pool, group);
    }

    /**
     * Replaces the group's path: 409 {@code edit_conflict} when it changed since {@code version} was read;
     * 400 naming each course that does not exist ({@code course_not_found}), is not published
     * ({@code course_not_published}) or is one province's own ({@code course_not_national}: a path is every
     * province's). The statistics count the new certifying course at once on this
     * replica, on the others after their cache's expiry.
     */
    public Uni<LearningPath> update(UUID actor, LearnerGroup group, UpdatePathRequest request) {
        UUID[] courses = request.courseIds().toArray(UUID[]::new);
        return pool.withTransaction(tx -> tx.preparedQuery(
                                "SELECT id, version, certifying_course_id FROM learning_path WHERE learner_group = $1 FOR UPDATE")
                        .execute(Tuple.of(group.name()))
                        .chain(found -> {
                            if (found.size() == 0) {
                                throw ApiException.notFound("path_not_found");
                            }
                            Row path = found.iterator().next();
                            if (path.getLong("version") != request.version()) {
                                throw new ApiException(StatusCode.CONFLICT, "edit_conflict");
                            }
                            UUID pathId = path.getUUID("id");
                            UUID before = path.getUUID("certifying_course_id");
                            return tx.preparedQuery(
                                            "SELECT id, status, province_code FROM course WHERE id = ANY ($1) FOR SHARE")
                                    .execute(Tuple.of(courses))
                                    .invoke(rows -> requirePublished(request.courseIds(), rows))
                                    .chain(() -> replace(tx, pathId, actor, request, courses))
                                    .call(() -> audit.record(
                                            tx,
                                            actor,
                                            "path.updated",
                                            "learning_path",
                                            group.name(),
                                            Map.of(
                                                    "courses",
                                                    request.courseIds().stream()
                                                            .map(UUID::toString)
                                                            .toList(),
                                                    "certifyingCourseId",
                                                    request.certifyingCourseId().toString(),
                                                    "previousCertifyingCourseId",
                                                    before.toString())));
                        })
                        .chain(() -> one(tx, group)))
                .call(statsCourses::pathsChanged);
    }

    private static Uni<Void> replace(SqlClient tx, UUID pathId, UUID actor, UpdatePathRequest request, UUID[] courses) {
        return tx.preparedQuery("DELETE FROM learning_path_course WHERE path_id = $1")
                .execute(Tuple.of(pathId))
                .chain(() -> tx.preparedQuery("""
                        INSERT INTO learning_path_course (path_id, course_id, position)
                        SELECT $1, course_id, position::int FROM unnest($2::uuid[]) WITH ORDINALITY AS t (course_id, position)
                        """).execute(Tuple.of(pathId, courses)))
                .chain(() -> tx.preparedQuery("""
                        UPDATE learning_path
                        SET name = $2, certifying_course_id = $3, version = version + 1, updated_at = now(), updated_by = $4
                        WHERE id = $1
                        """)
                        .execute(Tuple.of(pathId, request.name(), request.certifyingCourseId(), actor)))
                .replaceWithVoid();
    }

    private static void requirePublished(List<UUID> requested, RowSet<Row> rows) {
        Map<UUID, String> status = new HashMap<>();
        Map<UUID, String> province = new HashMap<>();
        rows.forEach(r -> {
            status.put(r.getUUID("id"), r.getString("status"));
            province.put(r.getUUID("id"), r.getString("province_code"));
        });
        List<FieldViolation> violations = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            String s = status.get(requested.get(i));
            if (s == null) {
                violations.add(new FieldViolation("courseIds[" + i + "]", "course_not_found"));
            } else if (!s.equals("PUBLISHED")) {
                violations.add(new FieldViolation("courseIds[" + i + "]", "course_not_published"));
            } else if (province.get(requested.get(i)) != null) { // a path is every province's
                violations.add(new FieldViolation("courseIds[" + i + "]", "course_not_national"));
            }
        }
        if (!violations.isEmpty()) {
            throw ApiException.validation(violations);
        }
    }

    private static Uni<LearningPath> one(SqlClient db, LearnerGroup group) {
        return db.preparedQuery(PATHS + " WHERE lp.learner_group = $1 ORDER BY lpc.position")
                .execute(Tuple.of(group.name()))
                .map(rows -> paths(rows).values().stream()
                        .findFirst()
                        .orElseThrow(() -> ApiException.notFound("path_not_found")));
    }

    private static Map<String, LearningPath> paths(RowSet<Row> rows) {
        Map<String, LearningPath> out = new LinkedHashMap<>();
        for (Row r : rows) {
            UUID certifying = r.getUUID("certifying_course_id");
            LearningPath path = out.computeIfAbsent(
                    r.getString("learner_group"),
                    g -> new LearningPath(
                            g,
                            r.getString("name"),
                            certifying,
                            new ArrayList<>(),
                            r.getLong("version"),
                            r.getOffsetDateTime("updated_at").toInstant()));
            UUID course = r.getUUID("id");
            path.courses()
                    .add(new PathCourse(
                            r.getInteger("position"),
                            course,
                            r.getString("slug"),
                            r.getString("title"),
                            r.getString("status"),
                            course.equals(certifying)));
        }
        out.replaceAll((g, p) -> new LearningPath(
                p.learnerGroup(),
                p.name(),
                p.certifyingCourseId(),
                List.copyOf(p.courses()),
                p.version(),
                p.updatedAt()));
        return out;
    }

    /** The learner's path: their group's published courses in order, with where they stand in each. */
    public Uni<MyPath> mine(UUID userId) {
        return pool.preparedQuery("""
                SELECT lp.learner_group, lp.name, lpc.position, c.id, c.slug, c.title,
                       c.id = lp.certifying_course_id AS certifying,
                       e.id AS enrollment_id, e.lessons_completed_at, e.passed_at, cert.code
                FROM app_user u
                JOIN learning_path lp ON lp.learner_group = u.learner_group
                LEFT JOIN learning_path_course lpc ON lpc.path_id = lp.id
                    AND EXISTS (SELECT 1 FROM course pc WHERE pc.id = lpc.course_id AND pc.status = 'PUBLISHED')
                LEFT JOIN course c ON c.id = lpc.course_id
                LEFT JOIN enrollment e ON e.user_id = u.id AND e.course_id = c.id
                LEFT JOIN certificate cert ON cert.enrollment_id = e.id AND cert.revoked_at IS NULL
                WHERE u.id = $1
                ORDER BY lpc.position
                """).execute(Tuple.of(userId)).map(rows -> {
            if (rows.size() == 0) {
                // Every group has a path (V88), so no row means no account: answered as /me answers it.
                throw new ApiException(StatusCode.UNAUTHORIZED, "not_authenticated");
            }
            String group = null;
            String name = null;
            boolean certified = false;
            List<MyPathCourse> courses = new ArrayList<>();
            for (Row r : rows) {
                group = r.getString("learner_group");
                name = r.getString("name");
                if (r.getUUID("id") == null) {
                    continue;
                }
                String code = r.getString("code");
                boolean certifying = r.getBoolean("certifying");
                certified |= certifying && code != null;
                courses.add(new MyPathCourse(
                        r.getInteger("position"),
                        r.getUUID("id"),
                        r.getString("slug"),
                        r.getString("title"),
                        certifying,
                        state(r, code),
                        r.getUUID("enrollment_id"),
                        code));
            }
            return new MyPath(group, name, certified, courses);
        });
    }

    private static CourseState state(Row r, String code) {
        if (code != null) {
            return CourseState.CERTIFIED;
        }
        if (r.getUUID("enrollment_id") == null) {
            return CourseState.NOT_ENROLLED;
        }
        if (r.getOffsetDateTime("passed_at") != null) {
            return CourseState.PASSED;
        }
        return r.getOffsetDateTime("lessons_completed_at") != null
                ? CourseState.LESSONS_COMPLETED
                : CourseState.IN_PROGRESS;
    }
}
