package vn.hocvuso.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;
import static vn.hocvuso.testing.Api.api;
import static vn.hocvuso.testing.Api.read;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.Courses;
import vn.hocvuso.testing.Database;
import vn.hocvuso.testing.Journeys;
import vn.hocvuso.testing.Learners;
import vn.hocvuso.testing.SeedCourse;
import vn.hocvuso.testing.Tokens;

/**
 * Learner reminders: each due at its moment and not before, once per period, deferred (not dropped) in
 * quiet hours, never on a channel the person turned off; and the run itself only for administrators,
 * one replica at a time.
 */
@QuarkusTest
class ReminderTest extends AtTenInTheMorning {

    private static String firstInboxSubject(String token, String kind) {
        List<Map<String, Object>> items =
                read(token, "/api/v1/me/notifications?size=50").getList("items");
        return items.stream()
                .filter(i -> kind.equals(i.get("kind")))
                .map(i -> i.get("subject") + " | " + i.get("body"))
                .findFirst()
                .orElse(null);
    }

    @Test
    void enrolledButNotStartedIsRemindedAfterThreeDaysOncePerWeek() {
        Learners.Session learner = Learners.registeredAndLoggedIn();
        Journeys.enroll(learner.accessToken(), SeedCourse.ID);

        // Not yet due: nothing.
        Outbox.run("reminders");
        assertThat(Outbox.count(learner.id(), "REMINDER_NOT_STARTED")).isZero();

        clock.advance(Duration.ofDays(3).plusHours(1));
        JsonPath run = Outbox.run("reminders");
        assertThat(run.getBoolean("ran")).isTrue();
        assertThat(run.getLong("queuedByKind.REMINDER_NOT_STARTED")).isPositive();
        // The database stamps the enrolment on real time, and this test's clock began at the next 10:00 in
        // Vietnam (up to a day ahead): the message counts the whole days between the two, 3 or 4.
        int days = Integer.parseInt(Database.queryString(
                "SELECT floor(extract(epoch FROM ?::timestamptz - enrolled_at) / 86400)::int FROM enrollment"
                        + " WHERE user_id = ?",
                clock.instant().toString(),
                learner.id()));
        assertThat(days).isBetween(3, 4);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> "IN_APP:SENT -,SMS:SENT -".equals(Outbox.rows(learner.id(), "REMINDER_NOT_STARTED")));
        assertThat(firstInboxSubject(learner.accessToken(), "REMINDER_NOT_STARTED"))
                .startsWith("Bắt đầu khóa học kỹ năng số của bạn | Chào Nguyễn Thị Hoa, bạn đã đăng ký khóa học")
                .contains(" " + days + " ngày trước")
                .contains("/khoa-hoc/" + SeedCourse.ID);

        // The same day, a second run (or a second replica): nothing more.
        Outbox.run("reminders");
        assertThat(Outbox.count(learner.id(), "REMINDER_NOT_STARTED")).isEqualTo(2);

        // A week later, still not started: once more.
        clock.advance(Duration.ofDays(7));
        Outbox.run("reminders");
        assertThat(Outbox.count(learner.id(), "REMINDER_NOT_STARTED")).isEqualTo(4);

        // Started since: no more of this kind.
        String lesson = Database.queryString(
                "SELECT id FROM lesson WHERE course_id = ? AND NOT retired ORDER BY ordinal LIMIT 1", SeedCourse.ID);
        String enrollment = Database.queryString("SELECT id FROM enrollment WHERE user_id = ?", learner.id());
        Journeys.progress(learner.accessToken(), enrollment, UUID.fromString(lesson), 10);
        clock.advance(Duration.ofDays(7));
        Outbox.run("reminders");
        assertThat(Outbox.count(learner.id(), "REMINDER_NOT_STARTED")).isEqualTo(4);
    }

    @Test
    void inQuietHoursAReminderWaitsUntilSevenAndTheInboxDoesNot() {
        Learners.Session learner = Learners.registeredAndLoggedIn();
        Journeys.enroll(learner.accessToken(), SeedCourse.ID);
        clock.advance(Duration.ofDays(3).plusHours(12)); // 22:00 in Vietnam

        Outbox.run("reminders");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> "IN_APP:SENT -,SMS:PENDING quiet_hours"
                        .equals(Outbox.rows(learner.id(), "REMINDER_NOT_STARTED")));
        assertThat(Database.queryString(
                        "SELECT to_char(next_attempt_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'HH24:MI')"
                                + " FROM notification WHERE user_id = ? AND channel = 'SMS'",
                        learner.id()))
                .isEqualTo("07:00");

        clock.advance(Duration.ofHours(9)); // 07:00
        await().atMost(Duration.ofSeconds(20))
                .until(() -> "IN_APP:SENT -,SMS:SENT -".equals(Outbox.rows(learner.id(), "REMINDER_NOT_STARTED")));
    }

    @Test
    void aPersonWhoTurnedAReminderOffIsNotSentIt() {
        Map<String, Object> registration = Learners.registration();
        registration.put("email", "nhac.hoc." + System.nanoTime() + "@example.invalid");
        UUID id = Learners.register(registration);
        String token = (String) Learners.login((String) registration.get("phone"), Learners.PASSWORD)
                .get("accessToken");
        OptOuts.put(
                        token,
                        List.of(OptOuts.of("REMINDER_NOT_STARTED", "SMS"), OptOuts.of("REMINDER_NOT_STARTED", "EMAIL")))
                .statusCode(200);
        Journeys.enroll(token, SeedCourse.ID);
        clock.advance(Duration.ofDays(4));

        Outbox.run("reminders");
        // Only the inbox, which cannot be turned off; no e-mail or SMS is even queued.
        await().atMost(Duration.ofSeconds(20))
                .until(() -> "IN_APP:SENT -".equals(Outbox.rows(id, "REMINDER_NOT_STARTED")));
    }

    @Test
    void stoppedMidCourseIsToldHowManyLessonsAreLeft() {
        Instant ten = clock.instant();
        Learners.Session learner = Learners.registeredAndLoggedIn();
        String enrollment = Journeys.enroll(learner.accessToken(), SeedCourse.ID);
        List<String> lessons = List.of(Database.queryString(
                        "SELECT string_agg(id::text, ',' ORDER BY ordinal) FROM lesson"
                                + " WHERE course_id = ? AND NOT retired",
                        SeedCourse.ID)
                .split(","));
        Journeys.progress(learner.accessToken(), enrollment, UUID.fromString(lessons.get(0)), 100);
        Journeys.progress(learner.accessToken(), enrollment, UUID.fromString(lessons.get(1)), 40);
        int done = Integer.parseInt(Database.queryString(
                "SELECT count(*) FROM lesson_progress WHERE enrollment_id = ?::uuid" + " AND completed_at IS NOT NULL",
                enrollment));
        int left = lessons.size() - done;

        // A minute before a week after the database's stamp of the activity (real time, up to a day before this
        // clock's 10:00, so that 10:00 plus six days can already be a week after it): not yet stalled.
        Instant lastActive = Instant.ofEpochMilli(Long.parseLong(Database.queryString(
                "SELECT floor(extract(epoch FROM greatest(e.started_at, max(p.updated_at))) * 1000)::bigint"
                        + " FROM enrollment e JOIN lesson_progress p ON p.enrollment_id = e.id"
                        + " WHERE e.id = ?::uuid GROUP BY e.started_at",
                enrollment)));
        clock.advance(Duration.between(
                clock.instant(), lastActive.plus(Duration.ofDays(7).minusMinutes(1))));
        Outbox.run("reminders");
        assertThat(Outbox.count(learner.id(), "REMINDER_STALLED")).isZero();

        // A week and an hour after this test's 10:00 (11:00 in Vietnam, out of quiet hours): due.
        clock.advance(
                Duration.between(clock.instant(), ten.plus(Duration.ofDays(7).plusHours(1))));
        Outbox.run("reminders");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> "IN_APP:SENT -,SMS:SENT -".equals(Outbox.rows(learner.id(), "REMINDER_STALLED")));
        assertThat(firstInboxSubject(learner.accessToken(), "REMINDER_STALLED"))
                .startsWith("Còn " + left + " bài nữa là xong | Chào Nguyễn Thị Hoa, còn " + left
                        + " bài nữa là bạn hoàn thành");
        // The not-started reminder is not theirs: they started.
        assertThat(Outbox.count(learner.id(), "REMINDER_NOT_STARTED")).isZero();
    }

    @Test
    void failedTheTestIsRemindedWhenTheNextAttemptOpensOnce() {
        // Two days between attempts: longer than the clock is moved ahead to reach 10:00 in Vietnam (the
        // attempt's submission time is the database's).
        Journeys.Ready ready =
                Journeys.readyForTheTest(Courses.course().maxAttempts(3).cooldownMinutes(2 * 24 * 60));
        String attempt = api(ready.token())
                .post("/api/v1/enrollments/" + ready.enrollment() + "/quiz-attempts")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Journeys.answerAll(ready.token(), attempt, false);
        api(ready.token())
                .post("/api/v1/quiz-attempts/" + attempt + "/submit")
                .then()
                .statusCode(200)
                .body("passed", is(false));
        UUID id = ready.learner().id();

        // The next attempt opens two days after the failed one: no reminder before.
        Outbox.run("reminders");
        assertThat(Outbox.count(id, "REMINDER_RETAKE_OPEN")).isZero();

        clock.advance(Duration.ofDays(2).plusHours(1));
        Outbox.run("reminders");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> "IN_APP:SENT -,SMS:SENT -".equals(Outbox.rows(id, "REMINDER_RETAKE_OPEN")));
        assertThat(firstInboxSubject(ready.token(), "REMINDER_RETAKE_OPEN"))
                .startsWith("Bạn đã có thể làm lại bài kiểm tra")
                .endsWith("/khoa-hoc/" + ready.course().id() + "/kiem-tra");

        // Once per failed attempt, however many runs.
        clock.advance(Duration.ofDays(8));
        Outbox.run("reminders");
        assertThat(Outbox.count(id, "REMINDER_RETAKE_OPEN")).isEqualTo(2);
    }

    @Test
    void aPacedRunRemindsEachPersonOnceAcrossManyBatches() {
        // More people than three batches of 7 (the tests' batch size), each batch followed by a pause.
        List<Learners.Session> learners = new java.util.ArrayList<>();
        for (int i = 0; i < 22; i++) {
            Learners.Session learner = Learners.registeredAndLoggedIn();
            Journeys.enroll(learner.accessToken(), SeedCourse.ID);
            learners.add(learner);
        }
        clock.advance(Duration.ofDays(3).plusHours(1));

        JsonPath run = Outbox.run("reminders");
        // Paced: at least one pause (20 ms) after every full batch it read.
        long fullBatches = run.getLong("scanned") / 7 - 3;
        assertThat(run.getLong("millis")).isGreaterThanOrEqualTo(fullBatches * 20);
        // Nobody skipped at a batch's edge, nobody twice: one in-app message each, then nothing more the same day.
        for (Learners.Session learner : learners) {
            assertThat(Database.queryString(
                            "SELECT count(*) FROM notification WHERE user_id = ?"
                                    + " AND kind = 'REMINDER_NOT_STARTED' AND channel = 'IN_APP'",
                            learner.id()))
                    .isEqualTo("1");
        }
        Outbox.run("reminders");
        for (Learners.Session learner : learners) {
            assertThat(Outbox.count(learner.id(), "REMINDER_NOT_STARTED")).isEqualTo(2);
        }
        // Time-ordered ids (version 7), as the application makes them: the batch's rows sit together in the primary
        // key.
        assertThat(Database.queryString(
                        "SELECT string_agg(DISTINCT substr(id::text, 15, 1), ',') FROM notification"
                                + " WHERE user_id = ? AND kind = 'REMINDER_NOT_STARTED'",
                        learners.get(0).id()))
                .isEqualTo("7");
    }

    @Test
    void anUnknownJobIsNotFoundAndOneReplicaRunsTheSelectionAtATime() {
        api(Tokens.admin())
                .post("/api/v1/admin/notification-jobs/everything/run")
                .then()
                .statusCode(404)
                .body("code", is("job_not_found"));

        // Another replica holds the lease: this one does not run.
        Database.execute("""
                INSERT INTO job_lease (name, holder, held_until) VALUES ('learner-reminders', gen_random_uuid(), ?::timestamptz)
                ON CONFLICT (name) DO UPDATE SET holder = EXCLUDED.holder, held_until = EXCLUDED.held_until
                """, clock.instant().plus(Duration.ofMinutes(10)).toString());
        try {
            assertThat(Outbox.run("reminders").getBoolean("ran")).isFalse();
        } finally {
            Database.execute(
                    "UPDATE job_lease SET held_until = ?::timestamptz WHERE name = 'learner-reminders'",
                    clock.instant().minusSeconds(1).toString());
        }
        JsonPath run = Outbox.run("reminders");
        assertThat(run.getBoolean("ran")).isTrue();
        assertThat(run.getString("job")).isEqualTo("learner-reminders");
    }
}
