package vn.hocvuso.stats;

import io.quarkus.hibernate.reactive.panache.Panache;
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
    public enum Kind { REGISTERED, ENROLLED, LESSON_COMPLETED, ATTEMPT_SUBMITTED, PASSED, CERTIFIED, CERTIFICATE_REVOKED }

    /** Who a fact is about, as they were at that moment. */
    public record Learner(UUID userId, String unitCode, Long agencyId, String learnerGroup) {
    }

    private static final String INSERT = """
            INSERT INTO learning_fact (kind, user_id, unit_code, agency_id, learner_group, course_id, enrollment_id, subject_id)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
            """;

    /** In a Vert.x SQL transaction (the learning hot paths). */
    public Uni<Void> record(SqlClient tx, Kind kind, Learner learner, UUID courseId, UUID enrollmentId, UUID subjectId) {
        return tx.preparedQuery(INSERT)
                .execute(Tuple.tuple().addString(kind.name()).addUUID(learner.userId()).addString(learner.unitCode())
                        .addLong(learner.agencyId()).addString(learner.learnerGroup()).addUUID(courseId)
                        .addUUID(enrollmentId).addUUID(subjectId))
                .replaceWithVoid();
    }

    /** In the caller's Hibernate Reactive transaction (registration). */
    public Uni<Void> recordInSession(Kind kind, Learner learner) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                INSERT INTO learning_fact (kind, user_id, unit_code, agency_id, learner_group)
                VALUES (:kind, :user, :unit, :agency, :grp)
                """)
                .setParameter("kind", kind.name())
                .setParameter("user", learner.userId())
                .setParameter("unit", learner.unitCode())
                .setParameter("agency", learner.agencyId())
                .setParameter("grp", learner.learnerGroup())
                .executeUpdate())
                .replaceWithVoid();
    }
}
