package vn.hocvuso.audit;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;

/**
 * The audit trail: who did what to which subject, when. Written through the caller's reactive session,
 * so the record commits or rolls back with the change it describes.
 */
@ApplicationScoped
public class AuditLog {

    public Uni<Void> record(UUID actorId, String action, String subjectType, String subjectId,
            Map<String, Object> details) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                INSERT INTO audit_event (actor_id, action, subject_type, subject_id, details)
                VALUES (:actor, :action, :subjectType, :subjectId, CAST(:details AS jsonb))
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
