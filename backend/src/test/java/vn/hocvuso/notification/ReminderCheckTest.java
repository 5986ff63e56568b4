package vn.hocvuso.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.Database;
import vn.hocvuso.testing.Journeys;
import vn.hocvuso.testing.Learners;
import vn.hocvuso.testing.SeedCourse;

/**
 * The daily selection reads only the enrolments that can become due (each one's {@code reminder_check_at},
 * V87), and still reminds everyone at their moment: exactly on it, after days without runs, after a
 * learner came back, with quiet hours and opt-outs as before. The learner's activity is placed on the
 * application's clock (the tests move it; the database stamps real time).
 */
@QuarkusTest
class ReminderCheckTest extends AtTenInTheMorning {

    /**
     * Time stands still on a whole second: the moments these tests place exactly (due now, a minute before)
     * survive PostgreSQL's microseconds.
     */
    private void frozenOnASecond() {
        clock.freeze();
        clock.advance(Duration.ofNanos(-clock.instant().getNano()));
    }

    private static String enrolled(Learners.Session learner) {
        return Journeys.enroll(learner.accessToken(), SeedCourse.ID);
    }

    private void enrolledAt(String enrollment, Instant at) {
        Database.execute(
                "UPDATE enrollment SET enrolled_at = ?::timestamptz WHERE id = ?::uuid", at.toString(), enrollment);
    }

    /** Opens the course's first lesson, as if at the application's {@code at}: started and last active then. */
    private void activeAt(Learners.Session learner, String enrollment, Instant at) {
        String lesson = Database.queryString(
                "SELECT id FROM lesson WHERE course_id = ? AND NOT retired ORDER BY ordinal LIMIT 1", SeedCourse.ID);
        Journeys.progress(learner.accessToken(), enrollment, UUID.fromString(lesson), 40);
        Database.execute(
                "UPDATE enrollment SET started_at = least(started_at, ?::timestamptz) WHERE id = ?::uuid",
                at.toString(),
                enrollment);
        Database.execute(
                "UPDATE lesson_progress SET updated_at = ?::timestamptz WHERE enrollment_id = ?::uuid",
                at.toString(),
                enrollment);
    }

    @Test
    void aLearnerDueExactlyNowIsRemindedAndNotASecondBefore() {
        frozenOnASecond();
        Learners.Session learner = Learners.registeredAndLoggedIn();
        String enrollment = enrolled(learner);
        // Due in one second: three days after enrolling.
        enrolledAt(enrollment, clock.instant().minus(Duration.ofDays(3)).plusSeconds(1));

        Outbox.run("reminders");
        assertThat(Outbox.count(learner.id(), "REMINDER_NOT_STARTED")).isZero();

        clock.advance(Duration.ofSeconds(1));
        Outbox.run("reminders");
        assertThat(Outbox.count(learner.id(), "REMINDER_NOT_STARTED")).isEqualTo(2);
    }

    @Test
    void aRunAfterMissedDaysRemindsWhoBecameDueMeanwhileAndKeepsTheWeeklyRhythm() {
        frozenOnASecond();
        Learners.Session learner = Learners.registeredAndLoggedIn();
        String enrollment = enrolled(learner);
        Instant enrolledAt = clock.instant();
        enrolledAt(enrollment, enrolledAt);
        Outbox.run("reminders");

        // Due on day 3; no run until day 5 (the job was down).
        clock.advance(Duration.ofDays(5));
        Outbox.run("reminders");
        assertThat(Outbox.count(learner.id(), "REMINDER_NOT_STARTED")).isEqualTo(2);

        // The next one on day 10, a week after the first was due, not a week after it was sent.
        clock.advance(Duration.ofDays(5).minusMinutes(1));
        Outbox.run("reminders");
        assertThat(Outbox.count(learner.id(), "REMINDER_NOT_STARTED")).isEqualTo(2);
        clock.advance(Duration.ofMinutes(1));
        Outbox.run("reminders");
        assertThat(Outbox.count(learner.id(), "REMINDER_NOT_STARTED")).isEqualTo(4);
    }

    @Test
    void aLearnerWhoCameBackAfterTheLastReminderIsRemindedOfTheNewStall() {
        frozenOnASecond();
        Learners.Session learner = Learners.registeredAndLoggedIn();
        String enrollment = enrolled(learner);
        activeAt(learner, enrollment, clock.instant());

        // Stalled: reminded on days 7, 14 and 21 (three at most), then no more.
        for (int week = 1; week <= 4; week++) {
            clock.advance(Duration.ofDays(7));
            Outbox.run("reminders");
        }
        assertThat(Outbox.count(learner.id(), "REMINDER_STALLED")).isEqualTo(6);

        // Back on day 28, then gone again: a new stall, due a week later and not before.
        activeAt(learner, enrollment, clock.instant());
        clock.advance(Duration.ofDays(7).minusMinutes(1));
        Outbox.run("reminders");
        assertThat(Outbox.count(learner.id(), "REMINDER_STALLED")).isEqualTo(6);
        clock.advance(Duration.ofMinutes(1));
        Outbox.run("reminders");
        assertThat(Outbox.count(learner.id(), "REMINDER_STALLED")).isEqualTo(8);
    }

    @Test
    void aLearnerWhoStartedAfterTheLastNotStartedReminderIsRemindedOfTheStall() {
        frozenOnASecond();
        Learners.Session learner = Learners.registeredAndLoggedIn();
        String enrollment = enrolled(learner);
        enrolledAt(enrollment, clock.instant());
        // Not started: reminded on days 3, 10 and 17 (three at most).
        clock.advance(Duration.ofDays(3));
        for (int week = 0; week < 4; week++) {
            Outbox.run("reminders");
            clock.advance(Duration.ofDays(7));
        }
        assertThat(Outbox.count(learner.id(), "REMINDER_NOT_STARTED")).isEqualTo(6);

        // Starts on day 31, stops at once: stalled a week later.
        activeAt(learner, enrollment, clock.instant());
        clock.advance(Duration.ofDays(7));
        Outbox.run("reminders");
        assertThat(Outbox.count(learner.id(), "REMINDER_STALLED")).isEqualTo(2);
    }

    @Test
    void aSecondRunTheSameDayReadsOnlyTheRetakeSet() {
        frozenOnASecond();
        Learners.Session learner = Learners.registeredAndLoggedIn();
        // On this frozen clock, not the database's real time: enrolled just before 10:00, the stamp is after it.
        enrolledAt(enrolled(learner), clock.instant());
        clock.advance(Duration.ofDays(3));
        assertThat(Outbox.run("reminders").getLong("scanned")).isPositive();

        long awaitingPass = Long.parseLong(Database.queryString(
                "SELECT count(*) FROM enrollment WHERE lessons_completed_at IS NOT NULL AND passed_at IS NULL"));
        assertThat(Outbox.run("reminders").getLong("scanned")).isEqualTo(awaitingPass);
        assertThat(Outbox.count(learner.id(), "REMINDER_NOT_STARTED")).isEqualTo(2);
    }

    @Test
    void atTheScheduledSixOClockTheInboxHasItAtOnceAndThePhoneAtSeven() {
        Outbox.at(clock, LocalTime.of(6, 0));
        Learners.Session learner = Learners.registeredAndLoggedIn();
        String enrollment = enrolled(learner);
        activeAt(learner, enrollment, clock.instant().minus(Duration.ofDays(7)));

        Outbox.run("reminders");
        await().atMost(Duration.ofSeconds(20))
                .until(() ->
                        "IN_APP:SENT -,SMS:PENDING quiet_hours".equals(Outbox.rows(learner.id(), "REMINDER_STALLED")));
        clock.advance(Duration.ofHours(1)); // 07:00
        await().atMost(Duration.ofSeconds(20))
                .until(() -> "IN_APP:SENT -,SMS:SENT -".equals(Outbox.rows(learner.id(), "REMINDER_STALLED")));
    }

    @Test
    void aChannelTurnedOffIsLeftOutAndTurnedOnAgainCarriesTheNextWeeksReminder() {
        Learners.Session learner = Learners.registeredAndLoggedIn();
        String enrollment = enrolled(learner);
        activeAt(learner, enrollment, clock.instant());
        OptOuts.put(learner.accessToken(), List.of(OptOuts.of("REMINDER_STALLED", "SMS")))
                .statusCode(200);

        clock.advance(Duration.ofDays(7));
        Outbox.run("reminders");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> "IN_APP:SENT -".equals(Outbox.rows(learner.id(), "REMINDER_STALLED")));

        OptOuts.put(learner.accessToken(), List.of()).statusCode(200);
        clock.advance(Duration.ofDays(7));
        Outbox.run("reminders");
        await().atMost(Duration.ofSeconds(20))
                .until(() ->
                        "IN_APP:SENT -,IN_APP:SENT -,SMS:SENT -".equals(Outbox.rows(learner.id(), "REMINDER_STALLED")));
    }
}
