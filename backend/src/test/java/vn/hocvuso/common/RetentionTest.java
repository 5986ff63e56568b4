package vn.hocvuso.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.Database;
import vn.hocvuso.testing.Learners;

/**
 * The tables that only grow are purged by the scheduler past their retention (defaults: progress-event
 * ids 30 days, finished webhook deliveries 30 days, finished roster imports 90 days, finished reports with
 * their files 30 days, refresh tokens 7 days past expiry, idempotency keys 24 hours), and nothing younger, or
 * still pending, goes. Old rows
 * are written with old timestamps: the test moves the rows in time, not the clock.
 */
@QuarkusTest
class RetentionTest {

    private static String count(String sql, Object... params) {
        return Database.queryString(sql, params);
    }

    @Test
    void rowsPastTheirRetentionArePurgedAndYoungerOrPendingOnesStay() {
        UUID oldEvent = UUID.randomUUID();
        UUID recentEvent = UUID.randomUUID();
        String event =
                "INSERT INTO progress_event (event_id, enrollment_id, lesson_id, received_at) VALUES (?, ?, ?, now() - ?::interval)";
        Database.execute(event, oldEvent, UUID.randomUUID(), UUID.randomUUID(), "31 days");
        Database.execute(event, recentEvent, UUID.randomUUID(), UUID.randomUUID(), "29 days");

        UUID subscription = UUID.randomUUID();
        Database.execute("""
                INSERT INTO webhook_subscription (id, url, events, secret, active)
                VALUES (?, 'https://hooks.example.invalid/retention', ARRAY['learner.registered'], 'not-used', false)
                """, subscription);
        String delivery = """
                INSERT INTO webhook_delivery (id, subscription_id, fact_id, event_type, payload, status, created_at)
                VALUES (?, ?, 0, 'learner.registered', '{}', ?, now() - ?::interval)
                """;
        UUID oldDelivered = UUID.randomUUID();
        UUID oldPending = UUID.randomUUID();
        UUID recentDelivered = UUID.randomUUID();
        Database.execute(delivery, oldDelivered, subscription, "DELIVERED", "31 days");
        Database.execute(delivery, oldPending, subscription, "PENDING", "31 days");
        Database.execute(delivery, recentDelivered, subscription, "DELIVERED", "29 days");

        UUID user = Learners.register(Learners.registration());
        String token = """
                INSERT INTO refresh_token (id, family_id, user_id, token_hash, expires_at)
                VALUES (?, ?, ?, decode(md5(random()::text), 'hex'), now() - ?::interval)
                """;
        UUID longExpired = UUID.randomUUID();
        UUID justExpired = UUID.randomUUID();
        Database.execute(token, longExpired, UUID.randomUUID(), user, "8 days");
        Database.execute(token, justExpired, UUID.randomUUID(), user, "6 days");

        // The import and its row in one statement: the purge runs every few seconds meanwhile.
        String rosterImport = """
                WITH i AS (
                    INSERT INTO roster_import (id, status, encoding, has_agency_column, created_by, caller_key, scope_all,
                                               scope_any, scope_units, scope_agencies, total_rows, finished_at)
                    VALUES (?, 'DONE', 'UTF-8', false, ?, 'user:retention', true, false, '{}', '{}', 1, now() - ?::interval)
                    RETURNING id)
                INSERT INTO roster_import_row (import_id, line, cells, cell_count, header_count, outcome)
                SELECT id, 2, '{"NAME": "Lê Văn Cũ"}', 1, 1, 'CREATED' FROM i
                """;
        UUID oldImport = UUID.randomUUID();
        UUID recentImport = UUID.randomUUID();
        Database.execute(rosterImport, oldImport, user, "91 days");
        Database.execute(rosterImport, recentImport, user, "89 days");

        String key =
                "INSERT INTO idempotency_key (caller, key, operation, request_hash, created_at) VALUES ('user:retention', ?, 'test', '\\x00', now() - ?::interval)";
        Database.execute(key, "old-" + UUID.randomUUID(), "25 hours");
        Database.execute(key, "recent-" + UUID.randomUUID(), "23 hours");

        // Reports: a finished one past 30 days goes with its file; a younger one stays.
        String report = """
                INSERT INTO report (id, kind, format, as_of, status, requested_by, requester_name, created_at,
                                    finished_at, file, province_code)
                VALUES (?, 'UNIT_RESULTS', 'XLSX', '2025-11-10', ?, ?, 'Thử nghiệm', now() - ?::interval,
                        CASE WHEN ? = 'DONE' THEN now() - ?::interval END, '\\x504b', 'quang-ngai')
                """;
        UUID oldReport = UUID.randomUUID();
        UUID recentReport = UUID.randomUUID();
        Database.execute(report, oldReport, "DONE", user, "32 days", "DONE", "31 days");
        Database.execute(report, recentReport, "DONE", user, "30 days", "DONE", "29 days");

        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(count("SELECT count(*) FROM report WHERE id = ?", oldReport))
                    .isEqualTo("0");
            assertThat(count("SELECT count(*) FROM progress_event WHERE event_id = ?", oldEvent))
                    .isEqualTo("0");
            assertThat(count("SELECT count(*) FROM webhook_delivery WHERE id = ?", oldDelivered))
                    .isEqualTo("0");
            assertThat(count("SELECT count(*) FROM refresh_token WHERE id = ?", longExpired))
                    .isEqualTo("0");
            assertThat(count("SELECT count(*) FROM roster_import WHERE id = ?", oldImport))
                    .isEqualTo("0");
            assertThat(count("SELECT count(*) FROM roster_import_row WHERE import_id = ?", oldImport))
                    .isEqualTo("0");
            assertThat(
                            count(
                                    "SELECT count(*) FROM idempotency_key WHERE caller = 'user:retention' AND key LIKE 'old-%'"))
                    .isEqualTo("0");
        });
        assertThat(count("SELECT count(*) FROM progress_event WHERE event_id = ?", recentEvent))
                .isEqualTo("1");
        assertThat(count("SELECT count(*) FROM report WHERE id = ?", recentReport))
                .isEqualTo("1");
        assertThat(count("SELECT count(*) FROM webhook_delivery WHERE id IN (?, ?)", oldPending, recentDelivered))
                .isEqualTo("2");
        assertThat(count("SELECT count(*) FROM refresh_token WHERE id = ?", justExpired))
                .isEqualTo("1");
        assertThat(count("SELECT count(*) FROM roster_import_row WHERE import_id = ?", recentImport))
                .isEqualTo("1");
        assertThat(count(
                        "SELECT count(*) FROM idempotency_key WHERE caller = 'user:retention' AND key LIKE 'recent-%'"))
                .isEqualTo("1");
    }
}
