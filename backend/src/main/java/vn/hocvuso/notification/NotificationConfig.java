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
}
