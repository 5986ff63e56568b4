package vn.hocvuso.notification;

import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/**
 * One way to reach a person, behind which a provider sits. A channel without its settings is off: the
 * sender gives its messages up ({@code channel_off}) and the API says so ({@code GET /notifications/channels}).
 */
public interface Channel {

    ChannelName name();

    /** Whether the deployment configured it. */
    boolean enabled();

    /** Whether it can carry this kind (Zalo needs an approved template per kind). */
    default boolean carries(Kind kind) {
        return enabled();
    }

    /** The settings that turn it on, for `make run` and docs/notifications.md. */
    String howToEnable();

    /**
     * Sends one message; the provider's message id (or null when it gives none). Fails with a
     * {@link DeliveryFailure} saying whether another attempt may help.
     */
    Uni<String> send(Outgoing message);

    /** A message ready to go: the text rendered in the person's language. */
    record Outgoing(
            UUID id,
            Kind kind,
            String address,
            String language,
            String subject,
            String body,
            Map<String, String> variables) {}

    /** A failed attempt: a generic reason for the log, whether to try again, and a wait the provider asked for. */
    final class DeliveryFailure extends RuntimeException {
        private final String reason;
        private final boolean retryable;
        private final Duration retryAfter;

        public DeliveryFailure(String reason, boolean retryable, Duration retryAfter) {
            super(reason, null, false, false);
            this.reason = reason;
            this.retryable = retryable;
            this.retryAfter = retryAfter;
        }

        public DeliveryFailure(String reason, boolean retryable) {
            this(reason, retryable, null);
        }

        public String reason() {
            return reason;
        }

        public boolean retryable() {
            return retryable;
        }

        public Duration retryAfter() {
            return retryAfter;
        }
    }
}
