package vn.hocvuso.backup;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;
import vn.hocvuso.backup.BackupStatus.Report;
import vn.hocvuso.backup.BackupStatus.State;
import vn.hocvuso.common.Messages;

/**
 * The check {@code backups} of {@code /q/health/ready}: the state of the backups in its details. It is
 * always UP: readiness decides whether a load balancer sends requests to this replica, and an old backup
 * does not make it less able to serve them (taking every replica out would turn a missed backup into an
 * outage). The alarm is {@code backups: STALE} here and the gauge {@code hocvuso_backup_stale} for
 * alerting. Error texts of failed runs stay in the database: this endpoint is unauthenticated.
 */
@Readiness
@ApplicationScoped
public class BackupHealthCheck implements AsyncHealthCheck {

    private static final Logger LOG = Logger.getLogger(BackupHealthCheck.class);

    private final BackupStatus status;

    public BackupHealthCheck(BackupStatus status) {
        this.status = status;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        return status.read().map(BackupHealthCheck::response).onFailure().recoverWithItem(e -> {
            LOG.warnf("The backup state could not be read: %s", e.getMessage());
            return details(HealthCheckResponse.named("backups").up(), State.UNKNOWN, "backup.unknown")
                    .build();
        });
    }

    private static HealthCheckResponse response(Report report) {
        HealthCheckResponseBuilder builder =
                HealthCheckResponse.named("backups").up();
        long maxHours = report.maxAge().toHours();
        switch (report.state()) {
            case OFF -> {
                return details(builder, State.OFF, "backup.off").build();
            }
            case NONE -> details(builder, State.NONE, "backup.none");
            case OK ->
                details(
                        builder,
                        State.OK,
                        "backup.ok",
                        report.last().label(),
                        report.last().ageSeconds() / 3600,
                        report.last().ageSeconds() % 3600 / 60);
            default ->
                details(
                        builder,
                        report.state(),
                        "backup.stale",
                        maxHours,
                        report.last().label(),
                        report.last().ageSeconds() / 3600);
        }
        builder.withData("maxAgeSeconds", report.maxAge().toSeconds());
        if (report.last() != null) {
            builder.withData("lastBackup", report.last().label())
                    .withData("lastBackupKind", report.last().kind())
                    .withData("lastBackupFinishedAt", report.last().finishedAt().toString())
                    .withData("lastBackupAgeSeconds", report.last().ageSeconds());
        }
        if (report.failedRunAt() != null) {
            builder.withData("lastFailedRunAt", report.failedRunAt().toString());
        }
        builder.withData("walArchive", report.walArchive().name());
        if (report.walLastArchivedAt() != null) {
            builder.withData("walLastArchivedAt", report.walLastArchivedAt().toString());
        }
        if (report.walLastFailedAt() != null) {
            builder.withData("walLastFailedAt", report.walLastFailedAt().toString());
        }
        return builder.build();
    }

    /** The state and its explanation, Vietnamese first and English second, like every message of the API. */
    private static HealthCheckResponseBuilder details(
            HealthCheckResponseBuilder builder, State state, String key, Object... args) {
        return builder.withData("backups", state.name())
                .withData("message", Messages.get(Messages.VIETNAMESE, key, args))
                .withData("messageEn", Messages.get(Locale.ENGLISH, key, args));
    }
}
