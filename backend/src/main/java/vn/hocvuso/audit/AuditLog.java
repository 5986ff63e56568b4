package vn.hocvuso.audit;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * The audit trail: who did what to which subject, when. Written in the transaction of the change it
 * describes, so the record commits or rolls back with it. Append-only: the database refuses UPDATE,
 * DELETE and TRUNCATE of {@code audit_event} (V12). The actions recorded are listed in
 * docs/operations.md ("Audit").
 *
 * <p>One way to record: every event is the one {@link #INSERT} with its arguments bound by
 * {@link #arguments}, sent through the transaction the change is in. That transaction is of one of the two
 * kinds the persistence rule allows (docs/architecture.md, "Persistence"): a Vert.x SQL transaction, which
 * every feature uses, or the Hibernate Reactive session of the course content tree, which Hibernate
 * Reactive does not let us reach as a Vert.x connection (hibernate/hibernate-reactive#2156, declined on
 * purpose). The two entry points only say which carrier the statement travels by.
 */
@ApplicationScoped
public class AuditLog {

    // The details travel as text and are cast to jsonb in SQL: bound directly as jsonb, a Java string
    // would be stored as one JSON string instead of the object it spells. (CAST, not "::", which a
    // Hibernate native query would read as a named parameter.)
    static final String INSERT = """
            INSERT INTO audit_event (actor_id, action, subject_type, subject_id, details)
            VALUES ($1, $2, $3, $4, CAST(CAST($5 AS text) AS jsonb))
            """;

    /** The same statement as a Hibernate native query, whose positional parameters are written {@code ?1}. */
    private static final String INSERT_NATIVE = INSERT.replace("$", "?");

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
        return tx.preparedQuery(INSERT)
                .execute(Tuple.from(Arrays.asList(arguments(actorId, action, subjectType, subjectId, details))))
                .replaceWithVoid();
    }

    /** In the caller's Hibernate Reactive transaction: only the course content tree's edits use it. */
    public Uni<Void> record(
            UUID actorId, String action, String subjectType, String subjectId, Map<String, Object> details) {
        return Panache.getSession()
                .chain(session -> nativeUpdate(session, arguments(actorId, action, subjectType, subjectId, details)));
    }

    private static Uni<Void> nativeUpdate(Mutiny.Session session, Object[] args) {
        var query = session.createNativeQuery(INSERT_NATIVE);
        for (int i = 0; i < args.length; i++) {
            query.setParameter(i + 1, args[i]);
        }
        return query.executeUpdate().replaceWithVoid();
    }

    /** The statement's arguments, in the order of its parameters: one binding for both carriers. */
    static Object[] arguments(
            UUID actorId, String action, String subjectType, String subjectId, Map<String, Object> details) {
        return new Object[] {actorId, action, subjectType, subjectId, new JsonObject(details).encode()};
    }
}
