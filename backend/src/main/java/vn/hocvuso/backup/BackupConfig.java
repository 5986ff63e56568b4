package vn.hocvuso.backup;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** What the API tells about the database's backups ({@code hocvuso.backups.*}; docs/operations.md). */
@ConfigMapping(prefix = "hocvuso.backups")
public interface BackupConfig {

    /**
     * Whether this deployment backs its database up with scripts/backup.sh (pgBackRest), which records every
     * run in {@code backup_run}. Off by default: the API then says that backups are off, and never reports
     * the age of a backup it was not told about.
     */
    @WithDefault("false")
    boolean enabled();

    /**
     * The age of the last good backup beyond which readiness and the metrics raise the alarm: the daily
     * backup of the shipped schedule plus two hours' slack for a slow run.
     */
    @WithDefault("PT26H")
    Duration maxAge();

    /** How often the metrics read the backup state again (readiness reads it at every call). */
    @WithDefault("PT1M")
    Duration refreshInterval();
}
