package vn.hocvuso.backup;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * How old the last good backup is and whether WAL is being archived, read from the database itself:
 * the runs that scripts/backup.sh records in {@code backup_run}, and PostgreSQL's own archiver
 * statistics ({@code pg_stat_archiver}, readable by any role). The API thus needs neither pgBackRest nor
 * access to the backup repository, and ages are measured with the database's clock, the one that
 * stamped the runs, so a skewed API host cannot hide a stale backup.
 */
@ApplicationScoped
public class BackupStatus {

    /** The backups: not configured, none good yet, good and recent, too old; or unreadable. */
    public enum State {
        OFF,
        NONE,
        OK,
        STALE,
        UNKNOWN
    }

    /** Continuous WAL archiving: switched off, nothing archived yet, working, failing since its last success. */
    public enum Archive {
        OFF,
        NONE,
        OK,
        FAILING
    }

    /** The last good backup. */
    public record Backup(String label, String kind, Instant finishedAt, long ageSeconds) {}

    /** One reading; {@code walArchive} and the times are null when backups are off or unreadable. */
    public record Report(
            State state,
            Duration maxAge,
            Backup last,
            Instant failedRunAt,
            Archive walArchive,
            Instant walLastArchivedAt,
            Instant walLastFailedAt) {

        static Report of(State state, Duration maxAge) {
            return new Report(state, maxAge, null, null, null, null, null);
        }

        /** Whether an operator must act: no good backup, a stale one, or WAL not reaching the archive. */
        public boolean stale() {
            return state == State.NONE || state == State.STALE || state == State.UNKNOWN;
        }

        public boolean archiveFailing() {
            return walArchive == Archive.OFF || walArchive == Archive.FAILING;
        }
    }

    private static final String READ = """
            SELECT s.label, s.kind, s.finished_at,
                   floor(extract(epoch FROM clock_timestamp() - s.finished_at))::bigint AS age_seconds,
                   f.finished_at AS failed_at,
                   current_setting('archive_mode') AS archive_mode,
                   a.last_archived_time, a.last_failed_time
            FROM pg_stat_archiver a
            LEFT JOIN LATERAL (SELECT label, kind, finished_at FROM backup_run WHERE succeeded
                               ORDER BY finished_at DESC LIMIT 1) s ON true
            LEFT JOIN LATERAL (SELECT finished_at FROM backup_run
                               WHERE NOT succeeded AND finished_at > coalesce(s.finished_at, '-infinity')
                               ORDER BY finished_at DESC LIMIT 1) f ON true
            """;

    private final Pool pool;
    private final BackupConfig config;

    public BackupStatus(Pool pool, BackupConfig config) {
        this.pool = pool;
        this.config = config;
    }

    public Uni<Report> read() {
        if (!config.enabled()) {
            return Uni.createFrom().item(Report.of(State.OFF, config.maxAge()));
        }
        return pool.query(READ).execute().map(rows -> report(rows.iterator().next()));
    }

    private Report report(Row row) {
        Backup last = row.getString("label") == null
                ? null
                : new Backup(
                        row.getString("label"),
                        row.getString("kind"),
                        instant(row, "finished_at"),
                        row.getLong("age_seconds"));
        State state =
                last == null ? State.NONE : last.ageSeconds() > config.maxAge().toSeconds() ? State.STALE : State.OK;
        Instant archived = instant(row, "last_archived_time");
        Instant archiveFailed = instant(row, "last_failed_time");
        Archive archive = "off".equals(row.getString("archive_mode"))
                ? Archive.OFF
                : archiveFailed != null && (archived == null || archiveFailed.isAfter(archived))
                        ? Archive.FAILING
                        : archived == null ? Archive.NONE : Archive.OK;
        return new Report(state, config.maxAge(), last, instant(row, "failed_at"), archive, archived, archiveFailed);
    }

    private static Instant instant(Row row, String column) {
        OffsetDateTime value = row.getOffsetDateTime(column);
        return value == null ? null : value.toInstant();
    }
}
