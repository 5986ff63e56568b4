package vn.hocvuso.roster;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.hocvuso.audit.AuditLog;
import vn.hocvuso.common.ApiException;
import vn.hocvuso.common.Ids;
import vn.hocvuso.common.Secrets;
import vn.hocvuso.integration.IntegrationConfig;
import vn.hocvuso.roster.RosterPlanner.RowPlan;

/**
 * What {@link RosterImportJob} writes: a planned batch (accounts created and updated, their claim codes,
 * the registration facts, each row's outcome and the import's progress) in the batch's transaction, a
 * row the database refused, and the end of the import. Every write checks that the import is still this
 * runner's, in the same transaction.
 */
@ApplicationScoped
public class RosterWriter {

    /** Unclaimed accounts hold this instead of a password hash: it never matches any password. */
    static final String NO_PASSWORD = "!unclaimed";

    /** This run's hold on an import: its id and the runner id every batch checks. */
    record Taken(UUID id, UUID runner, UUID actor, CallerScope scope, boolean hasAgencyColumn, RosterTarget target) {}

    /** The import was taken over by another runner: this one's batch is rolled back and it stops. */
    static final class TakenOver extends RuntimeException {
        TakenOver() {
            super("taken over by another runner", null, false, false);
        }
    }

    private final Pool pool;
    private final IntegrationConfig config;
    private final AuditLog audit;
    private final ClaimCodes claimCodes;

    public RosterWriter(Pool pool, IntegrationConfig config, AuditLog audit, ClaimCodes claimCodes) {
        this.pool = pool;
        this.config = config;
        this.audit = audit;
        this.claimCodes = claimCodes;
    }

    Uni<Void> markFailed(Taken taken, RowPlan plan, ApiException refused) {
        RosterPlanner.RowError error = refused == null
                ? new RosterPlanner.RowError("line", "row_rejected", List.of())
                : new RosterPlanner.RowError(
                        refused.violations().isEmpty()
                                ? "line"
                                : refused.violations().getFirst().field(),
                        refused.code(),
                        List.of());
        return pool.withTransaction(tx -> tx.preparedQuery("""
                UPDATE roster_import_row SET outcome = 'ERROR', errors = $3::jsonb WHERE import_id = $1 AND line = $2
                """)
                        .execute(Tuple.of(taken.id(), plan.line.line(), RosterRows.errorsJson(List.of(error))))
                        .chain(() -> tx.preparedQuery("""
                        UPDATE roster_import SET done_rows = done_rows + 1, error_count = error_count + 1,
                               heartbeat_at = now() WHERE id = $1 AND runner = $2 RETURNING 1
                        """).execute(Tuple.of(taken.id(), taken.runner())))
                        .invoke(RosterWriter::stillOurs))
                .replaceWithVoid();
    }

    /** The import row was updated only if this runner still holds it; else the transaction rolls back. */
    private static void stillOurs(RowSet<Row> updated) {
        if (updated.size() == 0) {
            throw new TakenOver();
        }
    }

    Uni<Void> write(SqlClient tx, Taken taken, List<RowPlan> plans) {
        List<Tuple> users = new ArrayList<>();
        List<Tuple> facts = new ArrayList<>();
        List<Tuple> claims = new ArrayList<>();
        List<Tuple> updates = new ArrayList<>();
        List<Tuple> outcomes = new ArrayList<>();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        int errors = 0;
        String group = taken.target().group();
        OffsetDateTime claimExpiry = OffsetDateTime.now().plus(config.imports().claimCodeTtl());
        for (RowPlan p : plans) {
            switch (p.action) {
                case CREATE -> {
                    UUID id = Ids.newId();
                    String code = claimCodes.codeFor(taken.id(), id);
                    users.add(Tuple.tuple()
                            .addUUID(id)
                            .addString(p.fullName)
                            .addString(p.phone)
                            .addString(p.email)
                            .addString(NO_PASSWORD)
                            .addString(p.unitCode)
                            .addLong(p.agencyId)
                            .addString(p.employeeNumber)
                            .addString(group)
                            .addString(RosterPlanner.newClass(p, taken.target())));
                    facts.add(Tuple.tuple()
                            .addUUID(id)
                            .addString(p.unitCode)
                            .addLong(p.agencyId)
                            .addString(group));
                    claims.add(Tuple.tuple()
                            .addUUID(id)
                            .addBuffer(Buffer.buffer(Secrets.sha256(code)))
                            .addOffsetDateTime(claimExpiry)
                            .addUUID(taken.id()));
                    outcomes.add(outcome(taken, p, "CREATED", id));
                    created++;
                }
                case UPDATE -> {
                    updates.add(Tuple.tuple()
                            .addUUID(p.existing.id())
                            .addString(p.fullName)
                            .addString(p.unitCode)
                            .addLong(p.agencyId)
                            .addString(RosterPlanner.newEmployeeNumber(p))
                            .addString(RosterPlanner.newPhone(p))
                            .addString(RosterPlanner.newEmail(p))
                            .addString(group)
                            .addString(RosterPlanner.newClass(p, taken.target())));
                    outcomes.add(outcome(taken, p, "UPDATED", p.existing.id()));
                    updated++;
                }
                case UNCHANGED -> {
                    outcomes.add(outcome(taken, p, "UNCHANGED", p.existing.id()));
                    unchanged++;
                }
                case ERROR -> {
                    outcomes.add(outcome(taken, p, "ERROR", null));
                    errors++;
                }
            }
        }
        int[] counts = {created, updated, unchanged, errors};
        return batch(tx, """
                INSERT INTO app_user (id, full_name, phone, email, password_hash, unit_code, agency_id, employee_number,
                                      learner_group, class_name)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
                """, users)
                // Counted at once: the stat_* triggers see the new accounts; the fact feeds the daily
                // series and the learner.registered webhook, like a registration.
                .chain(() -> batch(tx, """
                        INSERT INTO learning_fact (kind, user_id, unit_code, agency_id, learner_group)
                        VALUES ('REGISTERED', $1, $2, $3, $4)
                        """, facts))
                .chain(() -> batch(tx, """
                        INSERT INTO account_claim (user_id, code_hash, expires_at, import_id) VALUES ($1, $2, $3, $4)
                        """, claims))
                .chain(() -> batch(tx, """
                        UPDATE app_user SET full_name = $2, unit_code = $3, agency_id = $4, learner_group = $8,
                               class_name = $9, employee_number = $5, phone = $6, email = $7, updated_at = now(),
                               version = version + 1
                        WHERE id = $1
                        """, updates))
                .chain(() -> batch(tx, """
                        UPDATE roster_import_row SET outcome = $3, errors = $4::jsonb, user_id = $5
                        WHERE import_id = $1 AND line = $2
                        """, outcomes))
                .chain(() -> tx.preparedQuery("""
                        UPDATE roster_import SET done_rows = done_rows + $2, created_count = created_count + $3,
                               updated_count = updated_count + $4, unchanged_count = unchanged_count + $5,
                               error_count = error_count + $6, heartbeat_at = now()
                        WHERE id = $1 AND runner = $7 RETURNING 1
                        """)
                        .execute(Tuple.of(taken.id(), plans.size(), counts[0], counts[1], counts[2], counts[3])
                                .addUUID(taken.runner())))
                .invoke(RosterWriter::stillOurs)
                .replaceWithVoid();
    }

    private static Tuple outcome(Taken taken, RowPlan p, String outcome, UUID userId) {
        return Tuple.tuple()
                .addUUID(taken.id())
                .addInteger(p.line.line())
                .addString(outcome)
                .addString(RosterRows.errorsJson(p.errors))
                .addUUID(userId);
    }

    private static Uni<Void> batch(SqlClient tx, String sql, List<Tuple> tuples) {
        return tuples.isEmpty()
                ? Uni.createFrom().voidItem()
                : tx.preparedQuery(sql).executeBatch(tuples).replaceWithVoid();
    }

    Uni<Void> finish(Taken taken) {
        return pool.withTransaction(tx -> tx.preparedQuery("""
                UPDATE roster_import SET status = 'DONE', finished_at = now(), runner = NULL WHERE id = $1 AND runner = $2
                RETURNING total_rows, created_count, updated_count, unchanged_count, error_count
                """)
                .execute(Tuple.of(taken.id(), taken.runner()))
                .invoke(RosterWriter::stillOurs)
                .chain(rows -> {
                    Row r = rows.iterator().next();
                    return audit.record(
                            tx,
                            taken.actor(),
                            "ROSTER_IMPORT_DONE",
                            "roster_import",
                            taken.id().toString(),
                            Map.of(
                                    "rows",
                                    r.getInteger("total_rows"),
                                    "created",
                                    r.getInteger("created_count"),
                                    "updated",
                                    r.getInteger("updated_count"),
                                    "unchanged",
                                    r.getInteger("unchanged_count"),
                                    "errors",
                                    r.getInteger("error_count")));
                }));
    }
}
