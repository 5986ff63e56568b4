package vn.hocvuso.report;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hocvuso.testing.Api.api;

import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.Database;
import vn.hocvuso.testing.FileReaders;

/**
 * A report whose making is interrupted half-way (issue 14's background job): the database going away, another
 * replica taking the report over, the person deleting it. The worker is held half-way by a lock on the templates
 * it reads after the figures (step "Đang đọc mẫu văn bản", 40 %), taken by a transaction of the test.
 */
@QuarkusTest
class ReportJobRecoveryTest {

    @Inject
    Scheduler scheduler;

    @AfterEach
    void runnerRuns() {
        scheduler.resume(ReportJob.IDENTITY);
    }

    /** Queues a notice while the runner is paused, then lets a worker take it up to the templates, where it waits. */
    private String heldAtTheTemplates(String admin, Connection[] holder) throws Exception {
        scheduler.pause(ReportJob.IDENTITY);
        String id = Reports.create(admin, Reports.notice("DOCX", Reports.today().minusDays(1), null));
        holder[0] = Database.holdingLock("LOCK TABLE report_template IN ACCESS EXCLUSIVE MODE");
        scheduler.resume(ReportJob.IDENTITY);
        Database.awaitLockWaiters(1);
        JsonPath running = report(admin, id);
        assertThat(running.getString("status")).isEqualTo("RUNNING");
        assertThat(running.getInt("progress")).isEqualTo(40);
        assertThat(running.getString("step")).isEqualTo(ReportJob.TEXT);
        return id;
    }

    private static JsonPath report(String token, String id) {
        return api(token)
                .get(Reports.PATH + "/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static String attempts(String id) {
        return Database.queryString("SELECT attempts FROM report WHERE id = ?::uuid", id);
    }

    @Test
    void aReportWhoseDatabaseWentAwayIsQueuedAgainNotFailedAndMadeWhenItIsBack() throws Exception {
        String admin = Reports.admin(UUID.randomUUID());
        Connection[] holder = new Connection[1];
        String id = heldAtTheTemplates(admin, holder);
        try (Connection held = holder[0]) {
            // No further run for now, so that the report is seen back in the queue.
            scheduler.pause(ReportJob.IDENTITY);
            // The worker's session, waiting for the templates, is ended as a restart of PostgreSQL would.
            Database.queryString("""
                    SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity
                    WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()
                      AND query LIKE '%FROM report_template%'
                    """);
            JsonPath queued = Awaitility.await()
                    .atMost(Duration.ofSeconds(20))
                    .until(() -> report(admin, id), r -> "QUEUED".equals(r.getString("status")));
            assertThat(queued.getString("step")).isEqualTo(ReportJob.WAITING);
            assertThat(queued.getString("error")).isNull();
            held.commit();
        }
        scheduler.resume(ReportJob.IDENTITY);
        JsonPath done = Reports.finished(admin, id);
        assertThat(done.getString("status")).isEqualTo("DONE");
        assertThat(attempts(id)).isEqualTo("2");
        byte[] file = api(admin)
                .get(Reports.PATH + "/" + id + "/file")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        assertThat(FileReaders.docx(file).text()).contains("Thông báo tình hình tham gia học kỹ năng số");
    }

    @Test
    void aWorkerWhoseReportWasTakenOverWritesNothingMoreAndTheNewWorkerFinishesIt() throws Exception {
        String admin = Reports.admin(UUID.randomUUID());
        Connection[] holder = new Connection[1];
        String id = heldAtTheTemplates(admin, holder);
        try (Connection held = holder[0]) {
            // Meanwhile another replica found the lease stale and took the report: it holds it for an hour.
            Database.execute(
                    "UPDATE report SET runner = gen_random_uuid(), lease_until = now() + interval '1 hour', step = 'x'"
                            + " WHERE id = ?::uuid",
                    id);
            held.commit();
        }
        // The first worker goes on past the templates, finds the report no longer its own and stops: no progress,
        // no file of its own over the new worker's.
        Awaitility.await()
                .during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(10))
                .until(() -> Database.queryString(
                                "SELECT status || ' ' || progress || ' ' || step || ' ' || (file IS NULL)"
                                        + " FROM report WHERE id = ?::uuid",
                                id)
                        .equals("RUNNING 40 x true"));
        // The new worker dies too: once its lease has run out, the report is taken up again and made.
        Database.execute("UPDATE report SET lease_until = now() - interval '1 minute' WHERE id = ?::uuid", id);
        assertThat(Reports.finished(admin, id).getString("status")).isEqualTo("DONE");
        assertThat(attempts(id)).isEqualTo("2");
    }

    @Test
    void aReportDeletedWhileItIsBeingMadeIsGoneForGood() throws Exception {
        String admin = Reports.admin(UUID.randomUUID());
        Connection[] holder = new Connection[1];
        String id = heldAtTheTemplates(admin, holder);
        try (Connection held = holder[0]) {
            api(admin).delete(Reports.PATH + "/" + id).then().statusCode(204);
            held.commit();
        }
        // The worker finishes nothing and writes nothing back: the report stays deleted.
        Awaitility.await()
                .during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(10))
                .until(() -> Database.queryString("SELECT count(*) FROM report WHERE id = ?::uuid", id)
                        .equals("0"));
        api(admin).get(Reports.PATH + "/" + id).then().statusCode(404);
    }
}
