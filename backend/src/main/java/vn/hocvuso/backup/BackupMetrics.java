package vn.hocvuso.backup;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.function.ToDoubleFunction;
import org.jboss.logging.Logger;
import vn.hocvuso.backup.BackupStatus.Report;

/**
 * The backup state as Prometheus gauges, for alerting (docs/operations.md has the rules):
 * {@code hocvuso_backup_enabled}; and, when backups are configured, {@code hocvuso_backup_stale} (1 while
 * there is no good backup younger than {@code hocvuso.backups.max-age}),
 * {@code hocvuso_backup_last_success_timestamp_seconds}, {@code hocvuso_wal_archive_failing} (1 while
 * archiving is off or failing) and {@code hocvuso_wal_archive_last_success_timestamp_seconds}. A scrape
 * must not wait for the database, so the gauges show the last reading, taken every
 * {@code hocvuso.backups.refresh-interval}; until the first one they count as stale.
 */
@ApplicationScoped
public class BackupMetrics {

    private static final Logger LOG = Logger.getLogger(BackupMetrics.class);

    private final BackupStatus status;
    private final BackupConfig config;
    private final MeterRegistry registry;
    private volatile Report last;

    public BackupMetrics(BackupStatus status, BackupConfig config, MeterRegistry registry) {
        this.status = status;
        this.config = config;
        this.registry = registry;
    }

    void register(@Observes StartupEvent event) {
        gauge(
                "hocvuso.backup.enabled",
                null,
                "1 when this deployment's backups are configured",
                m -> config.enabled() ? 1 : 0);
        if (!config.enabled()) {
            return;
        }
        gauge(
                "hocvuso.backup.stale",
                null,
                "1 while there is no good backup younger than hocvuso.backups.max-age",
                m -> m.last == null || m.last.stale() ? 1 : 0);
        gauge(
                "hocvuso.backup.last.success.timestamp",
                "seconds",
                "When the last good backup finished (Unix time)",
                m -> m.last == null || m.last.last() == null
                        ? Double.NaN
                        : seconds(m.last.last().finishedAt()));
        gauge(
                "hocvuso.wal.archive.failing",
                null,
                "1 while WAL archiving is switched off or failing",
                m -> m.last == null || m.last.archiveFailing() ? 1 : 0);
        gauge(
                "hocvuso.wal.archive.last.success.timestamp",
                "seconds",
                "When the last WAL segment was archived (Unix time)",
                m -> m.last == null || m.last.walLastArchivedAt() == null
                        ? Double.NaN
                        : seconds(m.last.walLastArchivedAt()));
    }

    @Scheduled(every = "${hocvuso.backups.refresh-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> refresh() {
        if (!config.enabled()) {
            return Uni.createFrom().voidItem();
        }
        return status.read()
                .invoke(report -> last = report)
                .onFailure()
                .invoke(e -> {
                    LOG.warnf("The backup state could not be read: %s", e.getMessage());
                    last = null;
                })
                .onFailure()
                .recoverWithNull()
                .replaceWithVoid();
    }

    private void gauge(String name, String unit, String description, ToDoubleFunction<BackupMetrics> value) {
        Gauge.builder(name, this, value)
                .baseUnit(unit)
                .description(description)
                .strongReference(true)
                .register(registry);
    }

    private static double seconds(Instant instant) {
        return instant.toEpochMilli() / 1000.0;
    }
}
