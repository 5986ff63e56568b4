package vn.hocvuso.audit;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;

/**
 * The audit trail: who did what to which subject, when. Written in the transaction of the change it
 * describes, so the record commits or rolls back with it. Append-only: the database refuses UPDATE,
 * DELETE and TRUNCATE of {@code audit_event} (V12). The actions recorded are listed in
 * docs/operations.md ("Audit").
 *
 * <p>Two entry points, one per kind of transaction the persistence rule allows (docs/architecture.md,
 * "Persistence"): the Vert.x SQL transaction every feature uses, and the Hibernate Reactive session of
 * the course content tree, which Hibernate Reactive does not let us reach as a Vert.x connection
 * (hibernate/hibernate-reactive#2156, declined on purpose).
 */
@ApplicationScoped
public class AuditLog {

    // The details travel as text and are cast to jsonb in SQL: bound directly as jsonb, a Java string
    // would be stored as one JSON string instead of the object it spells.

    /**
     * In the caller's Vert.x SQL transaction, or, given the {@code Pool} itself, as a statement of its
     * own: for events that change nothing else (a refused attempt, a token issued).
     */
    public Uni<Void> record(
            SqlClient tx,
            UUID actorId,
            String action,
            String subjectType,
            String subjectId,
            Map<String, Object> details) {
        return tx.preparedQuery("""
                INSERT INTO audit_event (actor_id, action, subject_type, subject_id, details)
                VALUES ($1, $2, $3, $4, $5::text::jsonb)
                """)
                .execute(Tuple.of(actorId, action, subjectType, subjectId, new JsonObject(details).encode()))
                .replaceWithVoid();
    }

    /** In the caller's Hibernate Reactive transaction: only the course content tree's edits use it. */
    public Uni<Void> record(
            UUID actorId, String action, String subjectType, String subjectId, Map<String, Object> details) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery("""
                INSERT INTO audit_event (actor_id, action, subject_type, subject_id, details)
                VALUES (:actor, :action, :subjectType, :subjectId, CAST(CAST(:details AS text) AS jsonb))
                """)
                        .setParameter("actor", actorId)
                        .setParameter("action", action)
                        .setParameter("subjectType", subjectType)
                        .setParameter("subjectId", subjectId)
                        .setParameter("details", new JsonObject(details).encode())
                        .executeUpdate())
                .replaceWithVoid();
    }
}
