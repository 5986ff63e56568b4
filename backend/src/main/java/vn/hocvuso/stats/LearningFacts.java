package vn.hocvuso.stats;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * Writes the facts the statistics are built from, one row per state change, always in the same
 * transaction as the change itself: a fact exists exactly when its change committed.
 */
@ApplicationScoped
public class LearningFacts {

    /** The kinds of fact (the CHECK constraint of learning_fact lists the same). */
    public enum Kind {
        REGISTERED,
        ENROLLED,
        LESSON_COMPLETED,
        ATTEMPT_SUBMITTED,
        PASSED,
        CERTIFIED,
        CERTIFICATE_REVOKED
    }

    /** Who a fact is about, as they were at that moment. */
    public record Learner(UUID userId, String unitCode, Long agencyId, String learnerGroup) {}

    private static final String INSERT = """
            INSERT INTO learning_fact (kind, user_id, unit_code, agency_id, learner_group, course_id, enrollment_id, subject_id)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
            """;

    /** In the transaction of the change ({@code tx}: the caller's Vert.x SQL transaction). */
    public Uni<Void> record(
            SqlClient tx, Kind kind, Learner learner, UUID courseId, UUID enrollmentId, UUID subjectId) {
        return tx.preparedQuery(INSERT)
                .execute(Tuple.tuple()
                        .addString(kind.name())
                        .addUUID(learner.userId())
                        .addString(learner.unitCode())
                        .addLong(learner.agencyId())
                        .addString(learner.learnerGroup())
                        .addUUID(courseId)
                        .addUUID(enrollmentId)
                        .addUUID(subjectId))
                .replaceWithVoid();
    }
}
