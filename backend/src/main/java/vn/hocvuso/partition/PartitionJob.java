package vn.hocvuso.partition;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;
import vn.hocvuso.common.Rows;
import vn.hocvuso.notification.JobLease;

/**
 * The upkeep of the monthly partitions (V139, V147; docs/operations.md, "Partitions"): for each partitioned table, the
 * partitions of this month and the next {@code months-ahead} (Vietnam time, from the injected {@link Clock}), and
 * those of months whose rows wait in the DEFAULT partition, made through the database's {@code
 * partition_ensure_months()}; then the months past the table's retention (off by default) detached through
 * {@code partition_detach()}, each left as an ordinary table named after its month, for the operator to dump and
 * drop.
 *
 * <p>Our own job rather than pg_partman: pg_partman is a package most PostgreSQL installs lack, and the upkeep is
 * two SQL functions. Every replica schedules it (quarkus-scheduler, {@code SKIP}); one at a time runs it, under
 * {@code notification.JobLease}, so that the DDL runs once; the functions take a lock per table besides, so two
 * runs at once (a lease run out mid-run) only find the work done. A run that fails (the database away) is logged,
 * and the next run does what is left. In its own package: {@code common} may use no feature, and the lease is
 * {@code notification}'s.
 */
@ApplicationScoped
public class PartitionJob {

    static final String JOB = "partition-upkeep";

    /** The months are months of Vietnam time, like the statistics' days (V5). */
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private static final Logger LOG = Logger.getLogger(PartitionJob.class);

    /** What a run did: the partitions made and those detached; {@code ran} false when another replica ran it. */
    public record Run(boolean ran, List<String> created, List<String> detached) {}

    private record Table(String name, Optional<Period> retention) {}

    private final Pool pool;
    private final Clock clock;
    private final JobLease lease;
    private final PartitionConfig config;

    public PartitionJob(Pool pool, Clock clock, JobLease lease, PartitionConfig config) {
        this.pool = pool;
        this.clock = clock;
        this.lease = lease;
        this.config = config;
    }

    @Scheduled(
            identity = JOB,
            every = "${hocvuso.partitions.every:PT6H}",
            delayed = "PT30S",
            concurrentExecution = ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return upkeep().invoke(PartitionJob::log).replaceWithVoid().onFailure().recoverWithUni(failure -> {
            LOG.warnf("Partition upkeep stopped (%s); the next run continues", failure.toString());
            return Uni.createFrom().voidItem();
        });
    }

    /** One run now, if this replica takes the lease. */
    public Uni<Run> upkeep() {
        return lease.run(JOB, config.lease(), this::work, new Run(false, List.of(), List.of()));
    }

    private Uni<Run> work() {
        ZonedDateTime now = ZonedDateTime.now(clock).withZoneSameInstant(VIETNAM);
        LocalDate month = now.toLocalDate().withDayOfMonth(1);
        LocalDate last = month.plusMonths(config.monthsAhead());
        List<Table> tables = List.of(
                new Table("learning_fact", config.learningFact().retention()),
                new Table("audit_event", config.auditEvent().retention()),
                new Table("stat_daily", config.statDaily().retention()),
                new Table("stat_state_daily", config.statStateDaily().retention()),
                new Table("stat_village_daily", config.statVillageDaily().retention()),
                new Table(
                        "stat_village_state_daily",
                        config.statVillageStateDaily().retention()));
        List<String> created = new ArrayList<>();
        List<String> detached = new ArrayList<>();
        Uni<Void> all = Uni.createFrom().voidItem();
        for (Table table : tables) {
            all = all.chain(() -> pool.preparedQuery(
                                    "SELECT p::text FROM partition_ensure_months($1::regclass, $2, $3) p")
                            .execute(Tuple.of(table.name(), month, last)))
                    .invoke(rows -> created.addAll(names(rows)))
                    .chain(() -> detach(table, now))
                    .invoke(detached::addAll)
                    .replaceWithVoid();
        }
        return all.map(done -> new Run(true, List.copyOf(created), List.copyOf(detached)));
    }

    /** The table's months that ended before its retention's cutoff, detached; none without a retention. */
    private Uni<List<String>> detach(Table table, ZonedDateTime now) {
        if (table.retention().isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        OffsetDateTime cutoff = now.minus(table.retention().get()).toOffsetDateTime();
        return pool.preparedQuery("SELECT p::text FROM partition_detach($1::regclass, $2) p")
                .execute(Tuple.of(table.name(), cutoff))
                .map(PartitionJob::names);
    }

    private static List<String> names(RowSet<Row> rows) {
        return Rows.list(rows, row -> row.getString(0));
    }

    private static void log(Run run) {
        if (!run.created().isEmpty()) {
            LOG.infof("Partitions made: %s", run.created());
        }
        if (!run.detached().isEmpty()) {
            LOG.warnf(
                    "Partitions detached past their retention: %s. Each is now an ordinary table holding its month's"
                            + " rows, no longer read by the API: archive it (pg_dump -t) and drop it"
                            + " (docs/operations.md, \"Partitions\")",
                    run.detached());
        }
    }
}
