package vn.hocvuso.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hocvuso.testing.Api.read;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.Database;
import vn.hocvuso.testing.Learners;
import vn.hocvuso.testing.SeedCourse;
import vn.hocvuso.testing.Tokens;

/**
 * The figures of one response are read at one moment: a learner who registers and enrols while the
 * response is being read is counted in every figure of it, or in none. Made certain without timing: the
 * test holds a lock on the enrolment counts, so the response's read of them waits while its read of the
 * accounts has already been done; the learner arrives then, and the lock is let go.
 */
@QuarkusTest
class StatsSnapshotTest {

    @Test
    void aLearnerWhoArrivesWhileTheSummaryIsReadIsCountedInAllItsFiguresOrInNone() throws Exception {
        JsonPath before = summary();
        JsonPath during;
        try (Connection holder = Database.connect()) {
            holder.setAutoCommit(false);
            holder.createStatement().execute("LOCK TABLE stat_progress IN ACCESS EXCLUSIVE MODE");
            CompletableFuture<JsonPath> reading = CompletableFuture.supplyAsync(StatsSnapshotTest::summary);
            Database.awaitLockWaiters(1);
            // What a registration and an enrolment write, in one transaction; the rollup triggers count both.
            UUID learner = UUID.randomUUID();
            try (var account = holder.prepareStatement("""
                    INSERT INTO app_user (id, full_name, phone, password_hash, learner_group, unit_code)
                    VALUES (?, 'Võ Thị Ảnh', ?, '!unclaimed', 'CITIZEN', '21211')""");
                    var enrolment = holder.prepareStatement(
                            "INSERT INTO enrollment (id, user_id, course_id) VALUES (?, ?, ?)")) {
                account.setObject(1, learner);
                account.setString(2, "+84" + Learners.uniquePhone().substring(1));
                account.executeUpdate();
                enrolment.setObject(1, UUID.randomUUID());
                enrolment.setObject(2, learner);
                enrolment.setObject(3, SeedCourse.ID);
                enrolment.executeUpdate();
            }
            holder.commit();
            during = reading.get(60, TimeUnit.SECONDS);
        }
        long learners = during.getLong("counts.learners") - before.getLong("counts.learners");
        long enrolled = during.getLong("counts.enrolled") - before.getLong("counts.enrolled");
        assertThat(enrolled)
                .as("enrolled learners counted against %d new accounts", learners)
                .isEqualTo(learners);

        JsonPath after = summary();
        assertThat(after.getLong("counts.learners") - before.getLong("counts.learners"))
                .isEqualTo(1);
        assertThat(after.getLong("counts.enrolled") - before.getLong("counts.enrolled"))
                .isEqualTo(1);
    }

    private static JsonPath summary() {
        return read(Tokens.admin(), "/api/v1/stats/summary");
    }
}
