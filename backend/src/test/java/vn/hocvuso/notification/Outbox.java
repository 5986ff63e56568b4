package vn.hocvuso.notification;

import static vn.hocvuso.testing.Api.api;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;
import vn.hocvuso.testing.Database;
import vn.hocvuso.testing.TestClock;
import vn.hocvuso.testing.Tokens;

/** What the outbox holds for a person, and the selections run as an administrator would run them. */
final class Outbox {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private Outbox() {}

    /** Moves the clock to the next {@code time} in Vietnam (messages that wake a phone wait out 21:00–07:00). */
    static void at(TestClock clock, LocalTime time) {
        ZonedDateTime now = ZonedDateTime.now(clock).withZoneSameInstant(VIETNAM);
        ZonedDateTime next = now.with(time);
        if (!next.isAfter(now)) {
            next = next.plusDays(1);
        }
        clock.advance(Duration.between(now, next));
    }

    /** "STATUS reason" of each row of a kind for a person, by channel, e.g. "IN_APP:SENT -,SMS:PENDING quiet_hours". */
    static String rows(UUID userId, String kind) {
        return Database.queryString("""
                SELECT coalesce(string_agg(channel || ':' || status || ' ' || coalesce(last_error, '-'), ',' ORDER BY channel, created_at), '')
                FROM notification WHERE user_id = ? AND kind = ?
                """, userId, kind);
    }

    static int count(UUID userId, String kind) {
        return Integer.parseInt(
                Database.queryString("SELECT count(*) FROM notification WHERE user_id = ? AND kind = ?", userId, kind));
    }

    /** POST /api/v1/admin/notification-jobs/{job}/run as an administrator. */
    static JsonPath run(String job) {
        return api(Tokens.admin())
                .post("/api/v1/admin/notification-jobs/" + job + "/run")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }
}
