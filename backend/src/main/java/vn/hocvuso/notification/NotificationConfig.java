package vn.hocvuso.notification;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import vn.hocvuso.limit.Rate;

/**
 * Notifications ({@code hocvuso.notifications.*}): the sender's pace, quiet hours, the throttle per person
 * and channel, and each channel's provider. A channel without its settings is off (docs/notifications.md).
 */
@ConfigMapping(prefix = "hocvuso.notifications")
public interface NotificationConfig {

    /** How often each replica looks for due messages. */
    @WithDefault("PT5S")
    Duration pollInterval();

    /** Messages taken per look. */
    @WithDefault("50")
    int batchSize();

    /** How long a taken message is left to its replica before another may take it again. */
    @WithDefault("PT2M")
    Duration lease();

    /** The wait after the first failed attempt; it doubles after each further one, up to {@link #maxBackoff()}. */
    @WithDefault("PT30S")
    Duration backoff();

    @WithDefault("PT1H")
    Duration maxBackoff();

    /** Attempts before a message is given up (FAILED). */
    @WithDefault("8")
    int maxAttempts();

    /** A provider that does not answer within this is a failed attempt (timeout). */
    @WithDefault("PT10S")
    Duration timeout();

    /** Quiet hours: messages that would wake a phone (not in-app, not transactional) wait until they end. */
    QuietHours quietHours();

    interface QuietHours {
        @WithDefault("21:00")
        LocalTime start();

        @WithDefault("07:00")
        LocalTime end();

        @WithDefault("Asia/Ho_Chi_Minh")
        ZoneId zone();
    }

    /**
     * Messages to one person on one channel (not in-app, not transactional): more wait their turn. Two a
     * day keeps a reminder and a certificate apart without flooding anyone.
     */
    @WithDefault("2/P1D")
    Rate perPersonAndChannel();

    /** E-mail through quarkus-mailer (quarkus.mailer.*: host, port, from, TLS, credentials). */
    Email email();

    interface Email {
        /** Off unless the deployment has an SMTP server (quarkus.mailer.host and from). */
        @WithDefault("false")
        boolean enabled();
    }

    /** SMS through eSMS (esms.vn), "Send OTP/Customer care message" (SendMultipleMessage_V4_post_json). */
    Sms sms();

    interface Sms {
        /** The provider's base URL, e.g. https://rest.esms.vn; no URL, no SMS. */
        Optional<String> url();

        Optional<String> apiKey();

        Optional<String> secretKey();

        /** The registered sender name (Brandname). */
        Optional<String> brandname();

        /** eSMS SmsType: 2 = customer care (brandname). */
        @WithDefault("2")
        String smsType();
    }

    /** Zalo ZNS: template messages to a phone number (business.openapi.zalo.me, "message/template"). */
    Zalo zalo();

    interface Zalo {
        /** e.g. https://business.openapi.zalo.me; no URL, no Zalo. */
        Optional<String> url();

        /** The Official Account's access token (kept fresh by the deployment). */
        Optional<String> accessToken();

        /** The approved ZNS template of each kind, e.g. {@code template-ids.PASSWORD_RESET_CODE=123456}. */
        Map<String, String> templateIds();
    }

    /** The web app's address, for the links in messages (a course, the follow-up list). */
    @WithDefault("http://localhost:5173")
    String webBaseUrl();

    /** Learner reminders (Reminders): when each is due, how often it may come again, and the pace of the selection. */
    Reminders reminders();

    interface Reminders {
        /**
         * When the selection runs (quarkus-scheduler cron, Asia/Ho_Chi_Minh): once a day at 06:00, before the
         * morning's learners arrive, so that its database work never meets their peak (docs/benchmarks.md,
         * "Reminders and digests"); its messages to phones and e-mail wait for the end of quiet hours (07:00),
         * the inbox has them at once. {@code off} stops it.
         */
        @WithDefault("0 0 6 * * ?")
        String cron();

        /** Enrolled and no lesson opened after this long: "not started". */
        @WithDefault("P3D")
        Duration notStartedAfter();

        /** No progress for this long with lessons left: "stopped mid-course". */
        @WithDefault("P7D")
        Duration stalledAfter();

        /** The same reminder comes again at most once per period while its cause lasts... */
        @WithDefault("P7D")
        Duration period();

        /** ...and at most this many times for one cause (one enrolment, one failed attempt). */
        @WithDefault("3")
        int maxPerCause();

        /** Enrolments read per statement; each batch is its own short transaction. */
        @WithDefault("5000")
        int batchSize();

        /**
         * A pause after each batch (on a Vert.x timer: no thread waits), for a machine where the selection
         * visibly slows the portal's requests: it then yields the cores between batches. Off by default:
         * on the benchmark machine a 0.1 s pause (batches of 2,000) showed no gain that rose above the
         * machine's own noise, and made a catch-up day under load take 74 s where the unpaced one took 33 s
         * (docs/benchmarks.md, "Reminders and digests").
         */
        @WithDefault("PT0S")
        Duration pause();

        /**
         * A pause after each batch proportional to the time the batch took: with 3, the selection works a
         * quarter of the time while it is paced, so a portal whose requests already take every core loses
         * about a quarter of what an unpaced selection would take from it (docs/benchmarks.md, "Reminders
         * and digests"). 0 turns it off.
         */
        @WithDefault("3")
        double pace();

        /**
         * How long into a run the pauses are made; after that the selection walks at full speed, so that
         * a day with much to write (a catch-up after days without runs) still completes within its minute.
         */
        @WithDefault("PT40S")
        Duration pacedFor();

        /**
         * How long a replica holds a selection (the reminders', and the digests' too) before another may
         * take it: a crashed run's lease runs out.
         */
        @WithDefault("PT30M")
        Duration lease();
    }

    /** Weekly digests to unit and agency managers (Digests). */
    Digests digests();

    interface Digests {
        /** When they go (quarkus-scheduler cron, Asia/Ho_Chi_Minh): Monday 07:30; {@code off} stops them. */
        @WithDefault("0 30 7 ? * MON")
        String cron();
    }

    /** Bulk messages to a follow-up list (BulkMessages). */
    Bulk bulk();

    interface Bulk {
        /** People one unit may message in a day (Asia/Ho_Chi_Minh), all bulk messages together. */
        @WithDefault("2000")
        int perUnitPerDay();

        /**
         * How far the count at sending may differ from the count the manager confirmed: the larger of
         * this share and {@link #countTolerance()} people; more, and the manager confirms again.
         */
        @WithDefault("0.05")
        double countDrift();

        @WithDefault("5")
        int countTolerance();
    }
}
