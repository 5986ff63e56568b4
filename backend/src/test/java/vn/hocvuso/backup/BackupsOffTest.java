package vn.hocvuso.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hocvuso.backup.BackupHealthTest.backups;
import static vn.hocvuso.backup.BackupHealthTest.metric;
import static vn.hocvuso.backup.BackupHealthTest.metrics;
import static vn.hocvuso.backup.BackupHealthTest.ready;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A deployment that has not set backups up (the default): the API says so plainly, in readiness and in
 * the metrics, and never reports a backup's age, even if an old run is recorded in the database.
 */
@QuarkusTest
class BackupsOffTest {

    @TestHTTPResource(value = "metrics", management = true)
    URL managementMetrics;

    @Test
    void whenBackupsAreNotConfiguredTheApiSaysTheyAreOff() {
        BackupHealthTest.record(true, "full", "20261129-013000F", Duration.ofMinutes(5), null);

        var ready = ready();
        assertThat(ready.getString("status")).isEqualTo("UP");
        assertThat(backups(ready)).containsEntry("backups", "OFF").doesNotContainKeys("lastBackup", "walArchive");
        assertThat((String) backups(ready).get("message")).startsWith("Sao lưu chưa được bật");
        assertThat(metric(managementMetrics, "hocvuso_backup_enabled")).isEqualTo(0.0);
        assertThat(metrics(managementMetrics))
                .doesNotContain("hocvuso_backup_stale", "hocvuso_backup_last_success", "hocvuso_wal_archive");
    }
}
