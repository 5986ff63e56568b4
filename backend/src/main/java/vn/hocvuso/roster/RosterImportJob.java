package vn.hocvuso.roster;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;
import vn.hocvuso.common.ApiException;
import vn.hocvuso.common.Failures;
import vn.hocvuso.integration.IntegrationConfig;
import vn.hocvuso.roster.RosterPlanner.RowPlan;
import vn.hocvuso.roster.RosterRows.Pending;
import vn.hocvuso.roster.RosterWriter.Taken;
import vn.hocvuso.roster.RosterWriter.TakenOver;

/**
 * Runs queued roster imports in the background, on every replica (quarkus-scheduler, one run at a time
 * per replica): an import is taken with {@code FOR UPDATE SKIP LOCKED} (or taken over when its runner
 * stopped sending heartbeats), then written in batches, each one transaction that also moves the
 * progress, so a stop loses nothing and a restart continues where it was. Every batch is planned again
 * against the accounts of that moment; rows are upserted on employee number or phone, so running a file
 * twice changes nothing the second time.
 *
 * <p>What can go wrong, and what happens:
 * <ul>
 * <li>the database goes away (a dropped connection, a timeout): the batch is rolled back and the import
 * queued again, to be taken by the next run; its rows are never blamed for it;</li>
 * <li>a row the database refuses (a registration took its phone a moment ago): that row's error, with
 * the constraint's code, and the import goes on;</li>
 * <li>another runner took the import over (this one looked dead): every batch checks that the import is
 * still its own in the transaction that writes it, so this one's last batch is rolled back and it
 * stops;</li>
 * <li>anything else: the import is FAILED, with the reason kept for operators; the uploader (or an
 * administrator) can resume it ({@code POST /api/v1/imports/rosters/{id}/resume}) once it is fixed.</li>
 * </ul>
 */
@ApplicationScoped
public class RosterImportJob {

    private static final Logger LOG = Logger.getLogger(RosterImportJob.class);
    /** Errors that depend on the database, hence decided again by the job (not stored at upload). */
    static final Set<String> DATABASE_ERRORS = Set.of(
            "phone_taken",
            "email_taken",
            "contact_mismatch",
            "account_out_of_scope",
            "unit_not_found",
            "agency_not_found",
            "out_of_scope_unit",
            "out_of_scope_agency");

    /** The scheduler's name of this job (tests pause it to set up an import's state). */
    public static final String IDENTITY = "roster-import-runner";

    private final Pool pool;
    private final IntegrationConfig config;
    private final RosterWriter writer;

    public RosterImportJob(Pool pool, IntegrationConfig config, RosterWriter writer) {
        this.pool = pool;
        this.config = config;
        this.writer = writer;
    }

    /** Takes the next queued import, if any, and runs it to its end; skipped while the previous run goes on. */
    @Scheduled(
            identity = IDENTITY,
            every = "${hocvuso.integrations.imports.poll-interval:PT1S}",
            concurrentExecution = ConcurrentExecution.SKIP)
    Uni<Void> runQueued() {
        return runNext().onFailure().recoverWithUni(failure -> {
            // The database is away (nothing could be taken or given back): the next run tries again.
            LOG.warnf("Roster import runner: %s; it will try again", failure.toString());
            return Uni.createFrom().voidItem();
        });
    }

    private Uni<Void> runNext() {
        UUID runner = UUID.randomUUID();
        return pool.preparedQuery("""
                UPDATE roster_import SET status = 'RUNNING', runner = $1, started_at = coalesce(started_at, now()),
                       heartbeat_at = now()
                WHERE id = (SELECT id FROM roster_import
                            WHERE status = 'QUEUED'
                               OR (status = 'RUNNING' AND heartbeat_at < now() - make_interval(secs => $2))
                            ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED)
                RETURNING id, created_by, scope_all, scope_any, scope_units, scope_agencies, has_agency_column,
                          organisation_id, learner_group, default_unit
                """)
                .execute(Tuple.of(
                        runner, (double) config.imports().takeoverAfter().toSeconds()))
                .chain(rows -> {
                    if (rows.size() == 0) {
                        return Uni.createFrom().voidItem();
                    }
                    Row r = rows.iterator().next();
                    Taken taken = new Taken(
                            r.getUUID("id"),
                            runner,
                            r.getUUID("created_by"),
                            new CallerScope(
                                    r.getBoolean("scope_all"),
                                    r.getBoolean("scope_any"),
                                    new LinkedHashSet<>(Arrays.asList(r.getArrayOfStrings("scope_units"))),
                                    new LinkedHashSet<>(Arrays.asList(r.getArrayOfLongs("scope_agencies")))),
                            r.getBoolean("has_agency_column"),
                            new RosterTarget(
                                    r.getLong("organisation_id"),
                                    r.getString("default_unit"),
                                    r.getString("learner_group")));
                    return batches(taken).onFailure().recoverWithUni(failure -> stopped(taken, failure));
                });
    }

    /** A run that could not finish: stopped quietly, queued again, or FAILED (see the class comment). */
    private Uni<Void> stopped(Taken taken, Throwable failure) {
        if (failure instanceof TakenOver) {
            LOG.infof("Roster import %s was taken over by another runner; this one stops", taken.id());
            return Uni.createFrom().voidItem();
        }
        if (Failures.isTransient(failure)) {
            LOG.warnf("Roster import %s paused (%s); it is queued again", taken.id(), failure.toString());
            return Failures.triedThroughARestart(pool.preparedQuery("""
                            UPDATE roster_import SET status = 'QUEUED', runner = NULL WHERE id = $1 AND runner = $2
                            """)
                    .execute(Tuple.of(taken.id(), taken.runner()))
                    .replaceWithVoid());
        }
        LOG.errorf(failure, "Roster import %s failed; it can be resumed", taken.id());
        String reason = failure.toString();
        return pool.preparedQuery("""
                UPDATE roster_import SET status = 'FAILED', failure = $3, finished_at = now(), runner = NULL
                WHERE id = $1 AND runner = $2
                """)
                .execute(
                        Tuple.of(taken.id(), taken.runner(), reason.length() > 500 ? reason.substring(0, 500) : reason))
                .replaceWithVoid();
    }

    private Uni<Void> batches(Taken taken) {
        return pool.preparedQuery("""
                SELECT line, cells, cell_count, header_count, errors FROM roster_import_row
                WHERE import_id = $1 AND outcome IS NULL ORDER BY line LIMIT $2
                """)
                .execute(Tuple.of(taken.id(), config.imports().batchSize()))
                .chain(rows -> {
                    if (rows.size() == 0) {
                        return writer.finish(taken);
                    }
                    List<Pending> batch = new ArrayList<>();
                    rows.forEach(r -> batch.add(RosterRows.pending(r, taken.target())));
                    // A statement that never returns (a connection silently gone) must not hold the run forever.
                    return process(taken, batch)
                            .ifNoItem()
                            .after(config.imports().batchTimeout())
                            .fail()
                            .chain(() -> batches(taken));
                });
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
                        .chain(() -> RosterPlanner.againstAccounts(
                                tx, plans, taken.scope(), taken.hasAgencyColumn(), taken.target()))
                        .chain(() -> writer.write(tx, taken, plans)))
                // Taken over or the database away: not the rows' fault; the run stops (see stopped).
                .onFailure(failure -> !(failure instanceof TakenOver) && !Failures.isTransient(failure))
                .recoverWithUni(failure -> {
                    if (plans.size() == 1) {
                        // A row the database refuses (a registration took its phone a moment ago): an
                        // error for that row, with the constraint's code, and the import goes on.
                        RowPlan plan = plans.getFirst();
                        ApiException refused = Failures.uniqueViolation(failure);
                        if (refused == null) {
                            LOG.errorf(failure, "Roster import %s, line %d refused", taken.id(), plan.line.line());
                        } else {
                            LOG.warnf("Roster import %s, line %d: %s", taken.id(), plan.line.line(), refused.code());
                        }
                        return writer.markFailed(taken, plan, refused);
                    }
                    // Write the rows one by one, so that one bad row does not stop the others.
                    Uni<Void> each = Uni.createFrom().voidItem();
                    for (Pending p : batch) {
                        each = each.chain(() -> process(taken, List.of(p)));
                    }
                    return each;
                });
    }
}
