package vn.hocvuso.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static vn.hocvuso.testing.Api.raw;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.Database;
import vn.hocvuso.testing.SettingsProfile;

/**
 * A deployment that backs up its database (scripts/backup.sh records every run in {@code backup_run}): the
 * age of the last good backup is in the readiness details and in the metrics, and both raise the alarm
 * when it is older than the configured limit. Runs are written here as the backup script writes them,
 * with times in the past instead of waiting for time to pass. The path from a real pgBackRest backup to
 * these answers is walked by the restore drill ({@code make test-ops}).
 */
@QuarkusTest
@TestProfile(BackupHealthTest.BackupsConfigured.class)
class BackupHealthTest {

    @TestHTTPResource(value = "metrics", management = true)
    URL managementMetrics;

    public static class BackupsConfigured extends SettingsProfile {
        public BackupsConfigured() {
            super(
                    "hocvuso.backups.enabled=true",
                    "hocvuso.backups.max-age=PT26H",
                    "hocvuso.backups.refresh-interval=PT0.2S");
        }
    }

    @BeforeEach
    void noRunsYet() {
        Database.execute("DELETE FROM backup_run");
    }

    @Test
    void withoutAnyGoodBackupTheAlarmIsRaisedButTheApiStaysReady() {
        record(false, "incr", null, Duration.ofHours(1), "ERROR: [056]: unable to find primary cluster");

        JsonPath ready = ready();
        assertThat(ready.getString("status")).isEqualTo("UP");
        assertThat(backups(ready))
                .containsEntry("backups", "NONE")
                .containsEntry("maxAgeSeconds", 26 * 3600)
                .containsKey("lastFailedRunAt")
                .doesNotContainKey("lastBackup");
        assertThat((String) backups(ready).get("message")).startsWith("Chưa có bản sao lưu tốt nào");
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(metric(managementMetrics, "hocvuso_backup_stale"))
                        .isEqualTo(1.0));
        assertThat(metrics(managementMetrics)).contains("hocvuso_backup_last_success_timestamp_seconds NaN");
    }

    @Test
    void aRecentGoodBackupIsReportedWithItsAge() {
        Instant finished = record(true, "full", "20261129-013000F", Duration.ofHours(2), null);

        Map<String, Object> backups = backups(ready());
        assertThat(backups)
                .containsEntry("backups", "OK")
                .containsEntry("lastBackup", "20261129-013000F")
                .containsEntry("lastBackupKind", "full")
                .doesNotContainKey("lastFailedRunAt");
        assertThat(((Number) backups.get("lastBackupAgeSeconds")).longValue()).isBetween(7200L, 7260L);
        assertThat(Instant.parse((String) backups.get("lastBackupFinishedAt"))).isEqualTo(finished);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(metric(managementMetrics, "hocvuso_backup_stale")).isEqualTo(0.0);
            assertThat(metric(managementMetrics, "hocvuso_backup_last_success_timestamp_seconds"))
                    .isCloseTo(finished.toEpochMilli() / 1000.0, within(0.001));
        });
    }

    @Test
    void aGoodBackupOlderThanTheLimitRaisesTheAlarmAndALaterFailureIsShown() {
        record(true, "full", "20261127-013000F", Duration.ofHours(30), null);
        record(true, "diff", "20261127-013000F_20261127-193000D", Duration.ofHours(27), null);
        Instant failed = record(false, "diff", null, Duration.ofHours(3), "ERROR: [082]: WAL segment was not archived");

        Map<String, Object> backups = backups(ready());
        assertThat(backups)
                .containsEntry("backups", "STALE")
                .containsEntry("lastBackup", "20261127-013000F_20261127-193000D")
                .containsEntry("lastFailedRunAt", failed.toString());
        assertThat((String) backups.get("message")).startsWith("Bản sao lưu tốt gần nhất đã cũ hơn 26 giờ");
        assertThat(backups.toString())
                .as("the error text stays in the database, not on a public endpoint")
                .doesNotContain("WAL segment");
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(metric(managementMetrics, "hocvuso_backup_stale"))
                        .isEqualTo(1.0));

        record(true, "full", "20261129-013000F", Duration.ofMinutes(5), null);
        assertThat(backups(ready())).containsEntry("backups", "OK").doesNotContainKey("lastFailedRunAt");
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(metric(managementMetrics, "hocvuso_backup_stale"))
                        .isEqualTo(0.0));
    }

    @Test
    void walArchivingThatIsSwitchedOffIsAnAlarmOfItsOwn() {
        // The shared test cluster never archives (archive_mode = off); the drill checks a cluster that does.
        record(true, "full", "20261129-013000F", Duration.ofMinutes(5), null);
        assertThat(backups(ready())).containsEntry("walArchive", "OFF");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(metric(managementMetrics, "hocvuso_wal_archive_failing")).isEqualTo(1.0);
            assertThat(metric(managementMetrics, "hocvuso_backup_enabled")).isEqualTo(1.0);
        });
    }

    /** A run as scripts/backup.sh records it; returns its end, to the microsecond PostgreSQL keeps. */
    static Instant record(boolean succeeded, String kind, String label, Duration ago, String error) {
        String finished = Database.queryString("""
                INSERT INTO backup_run (kind, succeeded, label, started_at, finished_at, error, host)
                VALUES (?, ?, ?, now() - ?::interval - interval '1 minute', now() - ?::interval, ?, 'db1')
                RETURNING to_char(finished_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')
                """, kind, succeeded, label, ago.toString(), ago.toString(), error);
        return Instant.parse(finished);
    }

    static JsonPath ready() {
        return raw().get("/q/health/ready").then().statusCode(200).extract().jsonPath();
    }

    static Map<String, Object> backups(JsonPath ready) {
        return ready.getMap("checks.find { it.name == 'backups' }.data");
    }

    /** The metrics are served on the management port only. */
    static String metrics(URL managementMetrics) {
        return raw().get(managementMetrics.toString())
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }

    /** The value of an unlabelled gauge, or NaN when the metric is absent. */
    static double metric(URL managementMetrics, String name) {
        return metrics(managementMetrics)
                .lines()
                .filter(line -> line.startsWith(name + " "))
                .findFirst()
                .map(line ->
                        Double.parseDouble(line.substring(name.length() + 1).trim()))
                .orElse(Double.NaN);
    }
}
