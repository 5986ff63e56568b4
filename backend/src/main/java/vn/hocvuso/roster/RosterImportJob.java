package vn.hocvuso.roster;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;
import vn.hocvuso.audit.AuditLog;
import vn.hocvuso.common.Ids;
import vn.hocvuso.integration.IntegrationConfig;
import vn.hocvuso.integration.Secrets;
import vn.hocvuso.roster.RosterFile.Column;
import vn.hocvuso.roster.RosterPlanner.CallerScope;
import vn.hocvuso.roster.RosterPlanner.RowPlan;

/**
 * Runs queued roster imports in the background, on every replica: an import is taken with
 * {@code FOR UPDATE SKIP LOCKED} (or taken over when its runner stopped sending heartbeats), then written
 * in batches, each one transaction that also moves the progress, so a stop loses nothing and a restart
 * continues where it was. Every batch is planned again against the accounts of that moment; rows are
 * upserted on employee number or phone, so running a file twice changes nothing the second time.
 */
@ApplicationScoped
public class RosterImportJob {

    private static final Logger LOG = Logger.getLogger(RosterImportJob.class);
    /** Errors that depend on the database, hence decided again by the job (not stored at upload). */
    static final Set<String> DATABASE_ERRORS = Set.of("phone_taken", "email_taken", "contact_mismatch",
            "account_out_of_scope", "unit_not_found", "agency_not_found", "out_of_scope_unit", "out_of_scope_agency");
    /** Unclaimed accounts hold this instead of a password hash: it never matches any password. */
    static final String NO_PASSWORD = "!unclaimed";

    private final Pool pool;
    private final Vertx vertx;
    private final IntegrationConfig config;
    private final AuditLog audit;
    private final ClaimCodes claimCodes;
    private final AtomicBoolean running = new AtomicBoolean();
    private long timerId = -1;

    public RosterImportJob(Pool pool, Vertx vertx, IntegrationConfig config, AuditLog audit, ClaimCodes claimCodes) {
        this.pool = pool;
        this.vertx = vertx;
        this.config = config;
        this.audit = audit;
        this.claimCodes = claimCodes;
    }

    void start(@Observes StartupEvent event) {
        timerId = vertx.setPeriodic(config.imports().pollInterval().toMillis(), id -> tick());
    }

    void stop(@Observes ShutdownEvent event) {
        if (timerId >= 0) {
            vertx.cancelTimer(timerId);
        }
    }

    void tick() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        runNext().subscribe().with(ignored -> running.set(false), failure -> {
            running.set(false);
            LOG.errorf(failure, "Roster import job failed; it will be taken up again");
        });
    }

    private record Taken(UUID id, UUID actor, CallerScope scope, boolean hasAgencyColumn) {
    }

    private Uni<Void> runNext() {
        return pool.preparedQuery("""
                UPDATE roster_import SET status = 'RUNNING', started_at = coalesce(started_at, now()), heartbeat_at = now()
                WHERE id = (SELECT id FROM roster_import
                            WHERE status = 'QUEUED' OR (status = 'RUNNING' AND heartbeat_at < now() - interval '2 minutes')
                            ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED)
                RETURNING id, created_by, scope_all, scope_any, scope_units, scope_agencies, has_agency_column
                """).execute().chain(rows -> {
                    if (rows.size() == 0) {
                        return Uni.createFrom().voidItem();
                    }
                    Row r = rows.iterator().next();
                    Taken taken = new Taken(r.getUUID("id"), r.getUUID("created_by"),
                            new CallerScope(r.getBoolean("scope_all"), r.getBoolean("scope_any"),
                                    new LinkedHashSet<>(Arrays.asList(r.getArrayOfStrings("scope_units"))),
                                    new LinkedHashSet<>(Arrays.asList(r.getArrayOfLongs("scope_agencies")))),
                            r.getBoolean("has_agency_column"));
                    return batches(taken).onFailure().call(failure -> pool.preparedQuery("""
                            UPDATE roster_import SET status = 'FAILED', failure = $2, finished_at = now() WHERE id = $1
                            """).execute(Tuple.of(taken.id(), String.valueOf(failure.getMessage()))));
                });
    }

    private Uni<Void> batches(Taken taken) {
        return pool.preparedQuery("""
                SELECT line, cells, cell_count, header_count, errors FROM roster_import_row
                WHERE import_id = $1 AND outcome IS NULL ORDER BY line LIMIT $2
                """).execute(Tuple.of(taken.id(), config.imports().batchSize())).chain(rows -> {
                    if (rows.size() == 0) {
                        return finish(taken);
                    }
                    List<Pending> batch = new ArrayList<>();
                    rows.forEach(r -> batch.add(pending(r)));
                    return process(taken, batch).chain(() -> batches(taken));
                });
    }

    /** A stored row, rebuilt into what the planner reads. */
    private record Pending(RowPlan plan, List<RosterPlanner.RowError> stored) {
    }

    private static Pending pending(Row r) {
        JsonObject cells = RosterImportService.jsonObject(r.getValue("cells"));
        Map<Column, String> map = new EnumMap<>(Column.class);
        for (Column c : Column.values()) {
            if (cells.containsKey(c.name())) {
                map.put(c, cells.getString(c.name()));
            }
        }
        RosterFile.Line line = new RosterFile.Line(r.getInteger("line"), map, r.getInteger("cell_count"),
                r.getInteger("header_count"));
        return new Pending(RosterPlanner.shape(line), RosterImportService.errorsFrom(r.getValue("errors")));
    }

    /** One batch: planned against the accounts of now, written with its progress in one transaction. */
    private Uni<Void> process(Taken taken, List<Pending> batch) {
        List<RowPlan> plans = new ArrayList<>();
        for (Pending p : batch) {
            RowPlan plan = p.plan();
            // Upload-time problems (duplicates inside the file, the row's shape) stand as they were.
            plan.errors.clear();
            plan.errors.addAll(p.stored());
            plans.add(plan);
        }
        return pool.withTransaction(tx -> RosterPlanner.references(tx, plans, taken.scope())
                .chain(() -> RosterPlanner.againstAccounts(tx, plans, taken.scope(), taken.hasAgencyColumn()))
                .chain(() -> write(tx, taken, plans)))
                .onFailure().recoverWithUni(failure -> {
                    if (plans.size() == 1) {
                        // A row that cannot be written (a registration took its phone a moment ago): an
                        // error for that row, and the import goes on.
                        LOG.warnf("Roster import %s, line %d: %s", taken.id(), plans.getFirst().line.line(), failure.getMessage());
                        return markFailed(taken, plans.getFirst());
                    }
                    // Write the rows one by one, so that one bad row does not stop the others.
                    Uni<Void> each = Uni.createFrom().voidItem();
                    for (Pending p : batch) {
                        each = each.chain(() -> process(taken, List.of(p)));
                    }
                    return each;
                });
    }

    private Uni<Void> markFailed(Taken taken, RowPlan plan) {
        return pool.withTransaction(tx -> tx.preparedQuery("""
                UPDATE roster_import_row SET outcome = 'ERROR', errors = $3::jsonb WHERE import_id = $1 AND line = $2
                """).execute(Tuple.of(taken.id(), plan.line.line(), RosterImportService.errorsJson(
                        List.of(new RosterPlanner.RowError("line", "phone_taken", List.of())))))
                .chain(() -> tx.preparedQuery("""
                        UPDATE roster_import SET done_rows = done_rows + 1, error_count = error_count + 1,
                               heartbeat_at = now() WHERE id = $1
                        """).execute(Tuple.of(taken.id())))).replaceWithVoid();
    }

    private Uni<Void> write(SqlClient tx, Taken taken, List<RowPlan> plans) {
        List<Tuple> users = new ArrayList<>();
        List<Tuple> facts = new ArrayList<>();
        List<Tuple> claims = new ArrayList<>();
        List<Tuple> updates = new ArrayList<>();
        List<Tuple> outcomes = new ArrayList<>();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        int errors = 0;
        java.time.OffsetDateTime claimExpiry = java.time.OffsetDateTime.now().plus(config.imports().claimCodeTtl());
        for (RowPlan p : plans) {
            switch (p.action) {
                case CREATE -> {
                    UUID id = Ids.newId();
                    String code = claimCodes.codeFor(taken.id(), id);
                    users.add(Tuple.tuple().addUUID(id).addString(p.fullName).addString(p.phone).addString(p.email)
                            .addString(NO_PASSWORD).addString(p.unitCode).addLong(p.agencyId).addString(p.employeeNumber));
                    facts.add(Tuple.tuple().addUUID(id).addString(p.unitCode).addLong(p.agencyId));
                    claims.add(Tuple.tuple().addUUID(id).addBuffer(Buffer.buffer(Secrets.sha256(code)))
                            .addOffsetDateTime(claimExpiry).addUUID(taken.id()));
                    outcomes.add(outcome(taken, p, "CREATED", id));
                    created++;
                }
                case UPDATE -> {
                    updates.add(Tuple.tuple().addUUID(p.existing.id()).addString(p.fullName).addString(p.unitCode)
                            .addLong(p.agencyId).addString(RosterPlanner.newEmployeeNumber(p))
                            .addString(RosterPlanner.newPhone(p)).addString(RosterPlanner.newEmail(p)));
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
                INSERT INTO app_user (id, full_name, phone, email, password_hash, learner_group, unit_code, agency_id, employee_number)
                VALUES ($1, $2, $3, $4, $5, 'CBCCVC', $6, $7, $8)
                """, users)
                // Counted at once: the stat_* triggers see the new accounts; the fact feeds the daily
                // series and the learner.registered webhook, like a registration.
                .chain(() -> batch(tx, """
                        INSERT INTO learning_fact (kind, user_id, unit_code, agency_id, learner_group)
                        VALUES ('REGISTERED', $1, $2, $3, 'CBCCVC')
                        """, facts))
                .chain(() -> batch(tx, """
                        INSERT INTO account_claim (user_id, code_hash, expires_at, import_id) VALUES ($1, $2, $3, $4)
                        """, claims))
                .chain(() -> batch(tx, """
                        UPDATE app_user SET full_name = $2, unit_code = $3, agency_id = $4, learner_group = 'CBCCVC',
                               employee_number = $5, phone = $6, email = $7, updated_at = now(), version = version + 1
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
                        WHERE id = $1
                        """).execute(Tuple.of(taken.id(), plans.size(), counts[0], counts[1], counts[2], counts[3])))
                .replaceWithVoid();
    }

    private static Tuple outcome(Taken taken, RowPlan p, String outcome, UUID userId) {
        return Tuple.tuple().addUUID(taken.id()).addInteger(p.line.line()).addString(outcome)
                .addString(RosterImportService.errorsJson(p.errors)).addUUID(userId);
    }

    private static Uni<Void> batch(SqlClient tx, String sql, List<Tuple> tuples) {
        return tuples.isEmpty() ? Uni.createFrom().voidItem() : tx.preparedQuery(sql).executeBatch(tuples).replaceWithVoid();
    }

    private Uni<Void> finish(Taken taken) {
        return pool.withTransaction(tx -> tx.preparedQuery("""
                UPDATE roster_import SET status = 'DONE', finished_at = now() WHERE id = $1
                RETURNING total_rows, created_count, updated_count, unchanged_count, error_count
                """).execute(Tuple.of(taken.id())).chain(rows -> {
                    Row r = rows.iterator().next();
                    return audit.record(tx, taken.actor(), "ROSTER_IMPORT_DONE", "roster_import", taken.id().toString(),
                            Map.of("rows", r.getInteger("total_rows"), "created", r.getInteger("created_count"),
                                    "updated", r.getInteger("updated_count"), "unchanged", r.getInteger("unchanged_count"),
                                    "errors", r.getInteger("error_count")));
                }));
    }
}
