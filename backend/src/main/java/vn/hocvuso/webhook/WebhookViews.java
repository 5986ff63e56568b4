package vn.hocvuso.webhook;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Request and response bodies of webhook subscriptions and deliveries. */
public final class WebhookViews {

    private WebhookViews() {}

    /** The events a subscription may ask for (the CHECK of webhook_subscription.events lists the same). */
    public static final List<String> EVENTS = List.of(
            "learner.registered",
            "learner.enrolled",
            "learner.lesson_completed",
            "learner.passed",
            "certificate.issued",
            "certificate.revoked",
            // a message that left the portal (e-mail, SMS, Zalo) was delivered or given up (V70's trigger)
            "notification.delivered",
            "notification.failed");

    public record CreateSubscriptionRequest(
            @NotNull @WebhookUrl String url,
            @NotNull @KnownEvents List<String> events,
            Boolean active) {}

    /** Only the fields sent (not null) change. */
    public record UpdateSubscriptionRequest(
            @WebhookUrl String url, @KnownEvents List<String> events, Boolean active) {}

    public record SubscriptionView(
            UUID id,
            String url,
            List<String> events,
            boolean active,
            UUID ownerId,
            OffsetDateTime createdAt,
            OffsetDateTime updatedAt) {}

    /** The only answer that carries the signing secret: at creation (not in an idempotent replay of it). */
    public record SubscriptionSecret(
            SubscriptionView subscription,
            @JsonInclude(JsonInclude.Include.NON_NULL) String secret) {
        public SubscriptionSecret withoutSecret() {
            return new SubscriptionSecret(subscription, null);
        }
    }

    public record DeliveryView(
            UUID id,
            UUID subscriptionId,
            String eventId,
            String eventType,
            String status,
            int attempts,
            OffsetDateTime nextAttemptAt,
            OffsetDateTime lastAttemptAt,
            Integer lastStatusCode,
            String lastError,
            OffsetDateTime deliveredAt,
            OffsetDateTime createdAt,
            JsonNode payload) {}
}
