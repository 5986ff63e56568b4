package vn.hocvuso.notification;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;
import vn.hocvuso.notification.NotificationViews.JobRun;

/**
 * Learner reminders, chosen in PostgreSQL in set-based batches (docs/notifications.md, "Reminders"):
 * <ul>
 * <li>{@link Kind#REMINDER_NOT_STARTED}: enrolled, no lesson opened after {@code not-started-after};</li>
 * <li>{@link Kind#REMINDER_STALLED}: lessons left and no progress for {@code stalled-after} ("Còn 3 bài nữa
 * là xong");</li>
 * <li>{@link Kind#REMINDER_RETAKE_OPEN}: the last attempt at the final test failed and the next one is open.</li>
 * </ul>
 * (The fourth, "certificate issued", is written with the certificate itself: quiz/Grading.) Each kind walks
 * its own partial index of enrolments, {@code batch-size} at a time, and each batch is one statement: pick
 * who is due, write their messages into the outbox ({@link Notifications#insertPicked}). The not-started
 * and stalled kinds read only the enrolments whose {@code reminder_check_at} has come (V87) and set it
 * again for each one read (see {@link #WALK}): a day's run reads what can become due that day, not every
 * open enrolment. The retake kind walks all of its small set in id order.
 * A reminder comes again once per {@code period} while its cause lasts, at most {@code max-per-cause}
 * times: the period's number is in the dedupe key, so a second run, a second replica or a retried batch
 * writes nothing twice. Quiet hours, opt-outs and the throttle are the sender's, as for every message.
 * Time is the application's clock.
 */
@ApplicationScoped
public class Reminders {

    static final String JOB = "learner-reminders";
    private static final Logger LOG = Logger.getLogger(Reminders.class);
    private static final UUID FIRST = new UUID(0, 0);
    private static final String FIRST_CHECK = "-infinity";

    // $1 cursor (the last enrolment read), $2 batch size, $3 now, $4 kind, $5 channels, $6 web base URL, $7 "after"
    // seconds, $8 period seconds, $9 reminders per cause, $10 the cursor's reminder_check_at (as text: it may be
    // -infinity), $11 stalled-after seconds. Each query ends with `picked (user_id, dedupe, variables)`.
    //
    // The not-started and stalled kinds read only the enrolments whose `reminder_check_at` (V87) has come, and
    // write it again for every enrolment they read (CHECKED): the kind's next due moment while its cause lasts,
    // capped by NEXT_CAUSE, the earliest a new cause could be due. Learner activity only moves a due moment
    // later (a new start, new progress), so the value stays a lower bound although the progress endpoint
    // never writes it; a new enrolment starts at -infinity. A day's run so reads the enrolments that can
    // become due that day (about a seventh: once a week while a cause lasts), and a run after missed days
    // every one whose moment passed meanwhile.
    private static final String WALK = """
            AND e.reminder_check_at <= $3::timestamptz AND (e.reminder_check_at, e.id) > ($10::text::timestamptz, $1)
            ORDER BY e.reminder_check_at, e.id LIMIT $2""";

    /**
     * The earliest a new cause can be due for an enrolment read now: a learner who starts, or comes back,
     * after this run is stalled {@code stalled-after} later at the soonest. An hour earlier than that, for
     * a report whose transaction began before the run's clock and committed after its snapshot.
     */
    private static final String NEXT_CAUSE = "$3::timestamptz + make_interval(secs => $11) - interval '1 hour'";

    /** The next period's moment of a cause from {@code base} (its start) and {@code period} (now's, -1 before the first). */
    private static String checked(String from, String base) {
        return """
                , checked AS (
                  UPDATE enrollment e SET reminder_check_at = least(
                      CASE WHEN c.period < 0 THEN c.%2$s + make_interval(secs => $7)
                           WHEN c.period + 1 < $9 THEN c.%2$s + make_interval(secs => $7 + (c.period + 1) * $8)
                           ELSE 'infinity' END, %3$s)
                  FROM %1$s c WHERE e.id = c.id
                  RETURNING 1)
                """.formatted(from, base, NEXT_CAUSE);
    }

    private static final String NOT_STARTED = """
            WITH scanned AS (
              SELECT e.id, e.user_id, e.course_id, e.enrolled_at, e.reminder_check_at FROM enrollment e
              WHERE e.started_at IS NULL AND e.passed_at IS NULL %s),
            due AS (
              SELECT s.*, floor(extract(epoch FROM $3::timestamptz - s.enrolled_at - make_interval(secs => $7)) / $8)::int AS period
              FROM scanned s)
            %s,
            picked AS (
              SELECT d.user_id, d.id || ':' || d.period AS dedupe,
                     jsonb_build_object('name', u.full_name, 'course', c.title,
                                        'days', floor(extract(epoch FROM $3::timestamptz - d.enrolled_at) / 86400)::int,
                                        'link', $6 || '/khoa-hoc/' || d.course_id) AS variables
              FROM due d JOIN app_user u ON u.id = d.user_id JOIN course c ON c.id = d.course_id
              WHERE d.period >= 0 AND d.period < $9)
            """.formatted(WALK, checked("due", "enrolled_at"));

    // The lesson_progress rows are read only for an enrolment started at least `stalled-after` ago: a later
    // start is its last activity at the earliest, so it cannot be stalled yet.
    private static final String STALLED = """
            WITH scanned AS (
              SELECT e.id, e.user_id, e.course_id, e.started_at, e.reminder_check_at FROM enrollment e
              WHERE e.started_at IS NOT NULL AND e.lessons_completed_at IS NULL %s),
            active AS (
              SELECT s.*, greatest(s.started_at, lp.last) AS last_activity, coalesce(lp.done, 0) AS done
              FROM scanned s
              LEFT JOIN LATERAL (SELECT max(p.updated_at) AS last, count(*) FILTER (WHERE p.completed_at IS NOT NULL) AS done
                                 FROM lesson_progress p
                                 WHERE p.enrollment_id = s.id AND s.started_at <= $3::timestamptz - make_interval(secs => $7)) lp ON true),
            stalled AS (
              SELECT a.*, floor(extract(epoch FROM $3::timestamptz - a.last_activity - make_interval(secs => $7)) / $8)::int AS period
              FROM active a)
            %s,
            lessons AS (
              SELECT l.course_id, count(*) AS n FROM lesson l
              WHERE NOT l.retired AND l.course_id IN (SELECT DISTINCT course_id FROM stalled WHERE period >= 0) GROUP BY l.course_id),
            picked AS (
              SELECT a.user_id,
                     -- a new stall (progress made since) is a new cause
                     a.id || ':' || floor(extract(epoch FROM a.last_activity))::bigint || ':' || a.period AS dedupe,
                     jsonb_build_object('name', u.full_name, 'course', c.title, 'lessonsLeft', l.n - a.done,
                                        'link', $6 || '/khoa-hoc/' || a.course_id) AS variables
              FROM stalled a JOIN lessons l ON l.course_id = a.course_id
              JOIN app_user u ON u.id = a.user_id JOIN course c ON c.id = a.course_id
              WHERE a.period >= 0 AND l.n > a.done AND a.period < $9)
            """.formatted(WALK, checked("stalled", "last_activity"));

    // The next attempt is open when SecondChances would let the learner start: attempts left and the
    // course's pause between attempts over, or all used and a new set opened by the cooldown. Once per
    // failed attempt (its id is the dedupe key); $7, $8, $10 and $11 are unused here. It walks the whole of its
    // small set (the learners through every lesson who have not passed: 4 % in the benchmark's province)
    // every day: a manager's grant of an attempt can open a retake at any moment.
    private static final String RETAKE_OPEN = """
            WITH scanned AS (
              SELECT e.id, e.user_id, e.course_id, '-infinity'::timestamptz AS reminder_check_at FROM enrollment e
              WHERE e.lessons_completed_at IS NOT NULL AND e.passed_at IS NULL AND e.id > $1 ORDER BY e.id LIMIT $2),
            failed AS (
              SELECT s.*, c.title, c.max_attempts, c.after_last_attempt, c.retake_cooldown_minutes,
                     c.attempt_cooldown_minutes, last.id AS attempt_id, last.submitted_at,
                     (SELECT count(*) FROM quiz_attempt a WHERE a.enrollment_id = s.id) AS used,
                     coalesce((SELECT sum(g.attempts) FROM quiz_allowance g WHERE g.enrollment_id = s.id), 0) AS allowance
              FROM scanned s JOIN course c ON c.id = s.course_id
              JOIN LATERAL (SELECT a.id, a.submitted_at, a.passed FROM quiz_attempt a WHERE a.enrollment_id = s.id
                            ORDER BY a.attempt_no DESC LIMIT 1) last ON true
              WHERE last.submitted_at IS NOT NULL AND last.passed IS NOT TRUE
                -- already reminded of this attempt (its dedupe key, any channel): one probe of the outbox's
                -- unique index instead of writing every channel's row again into a conflict, every day
                AND NOT EXISTS (SELECT 1 FROM notification n WHERE n.dedupe_key = $4 || ':' || s.user_id || ':' || last.id)),
            picked AS (
              SELECT f.user_id, f.attempt_id::text AS dedupe,
                     jsonb_build_object('name', u.full_name, 'course', f.title,
                                        'link', $6 || '/khoa-hoc/' || f.course_id || '/kiem-tra') AS variables
              FROM failed f JOIN app_user u ON u.id = f.user_id
              WHERE CASE WHEN f.used < f.max_attempts + f.allowance
                              THEN f.submitted_at + make_interval(mins => f.attempt_cooldown_minutes) <= $3::timestamptz
                         WHEN f.after_last_attempt = 'COOLDOWN'
                              THEN f.submitted_at + make_interval(mins => f.retake_cooldown_minutes) <= $3::timestamptz
                         ELSE false END
                AND $7::float8 >= 0 AND $8::float8 > 0 AND $9::int >= 0 AND $10::text IS NOT NULL AND $11::float8 >= 0)
            """;

    private static final String TOTALS = """
            SELECT (SELECT id FROM scanned ORDER BY reminder_check_at DESC, id DESC LIMIT 1) AS cursor,
                   (SELECT reminder_check_at::text FROM scanned ORDER BY reminder_check_at DESC, id DESC LIMIT 1) AS cursor_at,
                   (SELECT count(*) FROM scanned) AS scanned,
                   (SELECT count(*) FROM picked) AS picked, (SELECT count(*) FROM queued) AS queued
            """;

    private final Pool pool;
    private final NotificationConfig config;
    private final Notifications notifications;
    private final JobLease lease;
    private final Clock clock;
    private final Vertx vertx;

    public Reminders(
            Pool pool,
            NotificationConfig config,
            Notifications notifications,
            JobLease lease,
            Clock clock,
            Vertx vertx) {
        this.pool = pool;
        this.vertx = vertx;
        this.config = config;
        this.notifications = notifications;
        this.lease = lease;
        this.clock = clock;
    }

    @Scheduled(
            identity = JOB,
            cron = "${hocvuso.notifications.reminders.cron:0 0 6 * * ?}",
            timeZone = "Asia/Ho_Chi_Minh",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return JobLease.logged(run(), LOG, "Reminders", "the next run picks up who is still due");
    }

    /** One run now, if no other replica holds it. */
    public Uni<JobRun> run() {
        long started = System.nanoTime();
        return lease.run(JOB, config.reminders().lease(), () -> {
            Totals totals = new Totals();
            NotificationConfig.Reminders r = config.reminders();
            return kind(
                            Kind.REMINDER_NOT_STARTED,
                            NOT_STARTED,
                            r.notStartedAfter().toSeconds(),
                            totals)
                    .chain(() -> kind(
                            Kind.REMINDER_STALLED, STALLED, r.stalledAfter().toSeconds(), totals))
                    .chain(() -> kind(Kind.REMINDER_RETAKE_OPEN, RETAKE_OPEN, 0, totals))
                    .map(ignored -> totals.run(JOB, started));
        });
    }

    static final class Totals {
        long scanned;
        long picked;
        long queued;
        final Map<String, Long> byKind = new LinkedHashMap<>();
        final long walkStarted = System.nanoTime();

        JobRun run(String job, long startedNanos) {
            return new JobRun(
                    job, true, scanned, picked, queued, (System.nanoTime() - startedNanos) / 1_000_000, byKind);
        }
    }

    private Uni<Void> kind(Kind kind, String selection, long afterSeconds, Totals totals) {
        totals.byKind.put(kind.name(), 0L);
        String[] channels = notifications.channelNames(kind);
        if (channels.length == 0) {
            return Uni.createFrom().voidItem();
        }
        String sql = selection + Notifications.insertPicked("$3", "$4", "$5") + TOTALS;
        return batch(sql, kind, channels, afterSeconds, FIRST, FIRST_CHECK, totals);
    }

    private Uni<Void> batch(
            String sql,
            Kind kind,
            String[] channels,
            long afterSeconds,
            UUID cursor,
            String cursorCheck,
            Totals totals) {
        NotificationConfig.Reminders r = config.reminders();
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        Tuple args = Tuple.tuple()
                .addUUID(cursor)
                .addInteger(r.batchSize())
                .addOffsetDateTime(now)
                .addString(kind.name())
                .addArrayOfString(channels)
                .addString(config.webBaseUrl().replaceAll("/+$", ""))
                .addDouble((double) afterSeconds)
                .addDouble((double) Math.max(1, r.period().toSeconds()))
                .addInteger(r.maxPerCause())
                .addString(cursorCheck)
                .addDouble((double) r.stalledAfter().toSeconds());
        long batchStarted = System.nanoTime();
        return pool.preparedQuery(sql).execute(args).chain(rows -> {
            Duration took = Duration.ofNanos(System.nanoTime() - batchStarted);
            Row row = rows.iterator().next();
            long scanned = row.getLong("scanned");
            totals.scanned += scanned;
            totals.picked += row.getLong("picked");
            totals.queued += row.getLong("queued");
            totals.byKind.merge(kind.name(), row.getLong("queued"), Long::sum);
            if (scanned < r.batchSize()) {
                return Uni.createFrom().voidItem();
            }
            UUID next = row.getUUID("cursor");
            String nextCheck = row.getString("cursor_at");
            // Paced for the first `paced-for` of the run only: on a day with much to write (a catch-up after
            // days without runs) the rest walks at full speed, so that the pauses never make the run miss its minute.
            boolean paced =
                    System.nanoTime() - totals.walkStarted < r.pacedFor().toNanos();
            return pause(paced ? pauseAfter(took, r.pace(), r.pause()) : Duration.ZERO)
                    .chain(() -> batch(sql, kind, channels, afterSeconds, next, nextCheck, totals));
        });
    }

    /**
     * The pause after a batch: {@code pace} times what the batch took, at least {@code pause}. A batch
     * takes longer when the portal is busy (its statement waits for the cores the requests use), so the
     * selection yields more exactly when the portal needs the cores, and hardly at all at night.
     */
    static Duration pauseAfter(Duration took, double pace, Duration atLeast) {
        Duration proportional = Duration.ofNanos((long) (took.toNanos() * Math.max(0, pace)));
        return proportional.compareTo(atLeast) > 0 ? proportional : atLeast;
    }

    /**
     * Lets the portal have the cores for a moment between two batches. A Vert.x timer, not a sleep: the
     * run goes on where it was (the cursor is the last enrolment read), so a pause neither skips nor
     * repeats anyone; a retried batch would write nothing twice anyway (the dedupe keys).
     */
    private Uni<Void> pause(Duration pause) {
        if (pause.isZero() || pause.isNegative()) {
            return Uni.createFrom().voidItem();
        }
        return Uni.createFrom()
                .emitter(emitter -> vertx.setTimer(Math.max(1, pause.toMillis()), id -> emitter.complete(null)));
    }
}
