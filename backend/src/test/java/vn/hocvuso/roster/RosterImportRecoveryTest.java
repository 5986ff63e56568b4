package vn.hocvuso.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.hocvuso.testing.Api.api;

import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.Database;
import vn.hocvuso.testing.Rosters;
import vn.hocvuso.testing.Tokens;

/**
 * The background roster run when things go wrong: its connection dropped in the middle of a batch, the
 * import taken over by another runner, a run that failed. The job is paused while a test sets the
 * stage, and the moment of the fault is fixed by a row lock the test holds, so nothing depends on timing.
 */
@QuarkusTest
class RosterImportRecoveryTest {

    private static final String ROSTERS = Rosters.IMPORTS;

    @Inject
    Scheduler scheduler;

    @AfterEach
    void runnerBack() {
        scheduler.resume(RosterImportJob.IDENTITY);
    }

    /** A file of {@code rows} new public servants of Xã Tịnh Khê, with numbers no other test uses. */
    private static byte[] file(String prefix, int rows) {
        int seed = ThreadLocalRandom.current().nextInt(1_000_000);
        StringBuilder csv = new StringBuilder(Rosters.HEADER).append("\r\n");
        for (int i = 0; i < rows; i++) {
            String phone = "085" + String.format("%07d", (seed * 10 + i) % 10_000_000);
            csv.append(Rosters.row("Cán bộ " + prefix + " " + i, phone, "21211", "", prefix + "-" + i));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String prefix() {
        return "R"
                + Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36), 36)
                        .toUpperCase();
    }

    /** Queues the file while the runner is paused; the import's id. */
    private String queued(String admin, byte[] file) {
        scheduler.pause(RosterImportJob.IDENTITY);
        return Rosters.upload(admin, "text/csv", file);
    }

    /**
     * Lets the runner take the import and stops it inside its batch, at the row at {@code line} (the
     * header is line 1), which a transaction of the test's own holds; the caller commits to let it go.
     */
    private Connection runnerStoppedAt(String importId, int line) throws Exception {
        Connection holder = Database.holdingLock(
                "SELECT 1 FROM roster_import_row WHERE import_id = ?::uuid AND line = ? FOR UPDATE", importId, line);
        scheduler.resume(RosterImportJob.IDENTITY);
        Database.awaitLockWaiters(1);
        return holder;
    }

    @Test
    void aBatchWhoseConnectionDropsIsWrittenAgainNotBlamedOnItsRows() throws Exception {
        String admin = Tokens.admin();
        String prefix = prefix();
        String id = queued(admin, file(prefix, 1));
        try (Connection holder = runnerStoppedAt(id, 2)) {
            // The runner's session, waiting inside its batch, is ended as a restart of PostgreSQL would.
            Database.queryString("""
                    SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity
                    WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()
                      AND query LIKE 'UPDATE roster_import_row%'
                    """);
            holder.commit();
        }
        JsonPath done = Rosters.awaitDone(admin, id);
        assertThat(done.getInt("created")).isEqualTo(1);
        assertThat(done.getInt("errors")).isZero();
        assertThat(Database.queryString("SELECT count(*) FROM app_user WHERE employee_number = ?", prefix + "-0"))
                .isEqualTo("1");
        assertThat(Rosters.result(admin, id).asString())
                .contains("Đã tạo mới")
                .doesNotContain("đã thuộc một tài khoản khác");
    }

    @Test
    void aRunnerWhoseImportWasTakenOverWritesNothingMore() throws Exception {
        String admin = Tokens.admin();
        String prefix = prefix();
        String id = queued(admin, file(prefix, 3));
        try (Connection holder = runnerStoppedAt(id, 3)) {
            // Meanwhile its heartbeat looked stale to another replica, which took the import over.
            Database.execute(
                    "UPDATE roster_import SET runner = gen_random_uuid(), heartbeat_at = now() WHERE id = ?::uuid", id);
            holder.commit();
        }
        // The old runner's batch is rolled back and it stops: nothing of it is written, for as long as
        // the new runner holds the import.
        Awaitility.await()
                .during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(10))
                .until(() ->
                        "0".equals(Database.queryString("SELECT done_rows FROM roster_import WHERE id = ?::uuid", id))
                                && "0"
                                        .equals(Database.queryString(
                                                "SELECT count(*) FROM app_user WHERE employee_number LIKE ?",
                                                prefix + "-%")));
        // The new runner dies too: its heartbeat lapses, the import is taken over once more and finished,
        // every row once.
        Database.execute("UPDATE roster_import SET heartbeat_at = now() - interval '1 hour' WHERE id = ?::uuid", id);
        JsonPath done = Rosters.awaitDone(admin, id);
        assertThat(done.getInt("created")).isEqualTo(3);
        assertThat(done.getInt("errors")).isZero();
        assertThat(Database.queryString("SELECT count(*) FROM app_user WHERE employee_number LIKE ?", prefix + "-%"))
                .isEqualTo("3");
    }

    @Test
    void aFailedImportIsResumedByItsUploaderAndFinishesWhereItStopped() {
        String manager = Tokens.unitManager("21211");
        String prefix = prefix();
        String id = queued(manager, file(prefix, 4));
        // A run that stopped on an unexpected error after writing nothing.
        Database.execute(
                "UPDATE roster_import SET status = 'FAILED', failure = 'test', finished_at = now() WHERE id = ?::uuid",
                id);
        api(manager).get(ROSTERS + "/" + id).then().statusCode(200).body("status", equalTo("FAILED"));
        scheduler.resume(RosterImportJob.IDENTITY);

        api(Tokens.unitManager("21211"))
                .post(ROSTERS + "/" + id + "/resume")
                .then()
                .statusCode(404)
                .body("code", equalTo("import_not_found"));
        api(manager)
                .post(ROSTERS + "/" + id + "/resume")
                .then()
                .statusCode(202)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/imports/rosters/" + id))
                .body("status", equalTo("QUEUED"));
        JsonPath done = Rosters.awaitDone(manager, id);
        assertThat(done.getInt("created")).isEqualTo(4);
        assertThat(Database.queryString(
                        "SELECT count(*) FROM audit_event WHERE action = 'ROSTER_IMPORT_RESUMED' AND subject_id = ?",
                        id))
                .isEqualTo("1");
        // Only a failed import can be resumed.
        api(manager)
                .post(ROSTERS + "/" + id + "/resume")
                .then()
                .statusCode(409)
                .body("code", equalTo("import_not_failed"));
        api(Tokens.admin()).post(ROSTERS + "/" + id + "/resume").then().statusCode(409);
    }
}
