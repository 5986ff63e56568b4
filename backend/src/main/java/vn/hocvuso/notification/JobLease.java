package vn.hocvuso.notification;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.jboss.logging.Logger;
import vn.hocvuso.common.Ids;
import vn.hocvuso.notification.NotificationViews.JobRun;

/**
 * Which replica runs a periodic selection (reminders, digests) or the partitions' upkeep: a row of {@code job_lease} taken with one
 * upsert that succeeds only when the lease is free or run out. quarkus-scheduler's SKIP keeps one run per
 * replica; this keeps one run per deployment, so two replicas do not both scan a million enrolments. The
 * dedupe keys of the messages would make a second run harmless anyway; the lease saves its work. A
 * crashed holder's lease simply runs out.
 */
@ApplicationScoped
public class JobLease {

    /** This replica, for as long as it runs. */
    private final UUID holder = Ids.newId();

    private final Pool pool;
    private final Clock clock;

    public JobLease(Pool pool, Clock clock) {
        this.pool = pool;
        this.clock = clock;
    }

    /**
     * One run of the job, if this replica takes its lease: {@code work}'s answer, kept as the job's last
     * result when the lease is let go (or {@code {"failed": true}} when it fails); a run that another
     * replica holds does nothing and says so ({@code ran} false).
     */
    public Uni<JobRun> run(String job, Duration lease, Supplier<Uni<JobRun>> work) {
        return run(job, lease, work, new JobRun(job, false, 0, 0, 0, 0, Map.of()));
    }

    /**
     * The same for any job's answer ({@code partition.PartitionJob}'s): {@code notTaken} when another replica
     * holds the lease.
     */
    public <T> Uni<T> run(String job, Duration lease, Supplier<Uni<T>> work, T notTaken) {
        return take(job, lease).chain(taken -> {
            if (!taken) {
                return Uni.createFrom().item(notTaken);
            }
            return work.get()
                    .call(run -> release(job, JsonObject.mapFrom(run)))
                    .onFailure()
                    .call(() -> release(job, new JsonObject().put("failed", true)));
        });
    }

    /**
     * What the scheduler runs: the run, logged as {@code "<label>: <run>"}; a failure is logged with what
     * happens next ({@code afterFailure}) and ends the tick quietly, the next tick starts afresh.
     */
    static Uni<Void> logged(Uni<JobRun> run, Logger log, String label, String afterFailure) {
        return run.invoke(r -> log.infof("%s: %s", label, r))
                .replaceWithVoid()
                .onFailure()
                .recoverWithUni(failure -> {
                    log.warnf("%s stopped (%s); %s", label, failure.toString(), afterFailure);
                    return Uni.createFrom().voidItem();
                });
    }

    /** True when this replica now holds the job for {@code lease}. */
    public Uni<Boolean> take(String job, Duration lease) {
        OffsetDateTime now = now();
        return pool.preparedQuery("""
                INSERT INTO job_lease (name, holder, held_until) VALUES ($1, $2, $3)
                ON CONFLICT (name) DO UPDATE SET holder = EXCLUDED.holder, held_until = EXCLUDED.held_until
                WHERE job_lease.held_until <= $4 OR job_lease.holder = EXCLUDED.holder
                RETURNING name
                """)
                .execute(Tuple.of(job, holder, now.plus(lease), now))
                .map(rows -> rows.size() == 1);
    }

    /** Lets the job go, with what the run did. */
    public Uni<Void> release(String job, JsonObject result) {
        OffsetDateTime now = now();
        return pool.preparedQuery("""
                UPDATE job_lease SET held_until = $3, last_run_at = $3, last_result = $4::text::jsonb
                WHERE name = $1 AND holder = $2
                """)
                .execute(Tuple.of(job, holder, now, result.encode()))
                .replaceWithVoid();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
