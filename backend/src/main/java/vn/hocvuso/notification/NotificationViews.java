package vn.hocvuso.notification;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.hocvuso.common.OneLine;
import vn.hocvuso.common.OneOf;
import vn.hocvuso.common.TextLength;

/** Request and response bodies of the notification endpoints. */
public final class NotificationViews {

    private NotificationViews() {}

    /** A message in the person's in-app inbox. */
    public record InboxItem(UUID id, String kind, String subject, String body, Instant createdAt, Instant readAt) {}

    public record UnreadCount(long unread) {}

    /** A channel and whether this deployment has it on. */
    public record ChannelState(String channel, boolean enabled) {}

    public record ChannelList(List<ChannelState> items) {}

    public record KindChoice(String kind, boolean optional, List<String> channels) {}

    @OptOutRules
    public record OptOut(String kind, String channel) {}

    /** The person's settings: their language, the channels that are on and reach them, the kinds, their opt-outs. */
    public record Settings(
            String language, List<ChannelReach> channels, List<KindChoice> kinds, List<OptOut> optOuts) {}

    public record ChannelReach(String channel, boolean enabled, boolean reachable) {}

    public record SettingsUpdate(
            @OneOf({"vi", "en"}) String language,
            @Size(max = 50) List<@NotNull @Valid OptOut> optOuts) {}

    public record Template(
            String kind,
            String language,
            String subject,
            String body,
            List<String> variables,
            List<String> requiredVariables,
            Instant updatedAt) {}

    public record TemplateText(
            @NotNull @OneLine @TextLength(min = 1, max = 200)
            String subject,

            @NotNull @TextLength(min = 1, max = 2000) String body) {}

    /** A delivery log row; the address is masked (the person's own page shows it whole). */
    public record Delivery(
            UUID id,
            UUID userId,
            String fullName,
            String unitCode,
            String kind,
            String channel,
            String address,
            String status,
            String providerId,
            int attempts,
            String lastError,
            Instant createdAt,
            Instant sentAt,
            Instant nextAttemptAt) {}

    /**
     * What one run of a periodic selection did: {@code ran} false when another replica held it; the
     * enrolments (or places) read, the people picked, the messages queued (one per person and channel,
     * none for a dedupe key already there), per kind, and how long it took.
     */
    public record JobRun(
            String job,
            boolean ran,
            long scanned,
            long picked,
            long queued,
            long millis,
            Map<String, Long> queuedByKind) {}

    /** A bulk message's audience before sending: who is on the list now, and what the day's limit leaves. */
    public record BulkPreview(
            String unitCode,
            String status,
            String kind,
            long recipients,
            int dailyLimit,
            long sentToday,
            long remainingToday) {}

    /** A bulk message sent: the people it went to, the messages queued (per channel that reaches them). */
    public record BulkSent(
            UUID id,
            String unitCode,
            String status,
            String kind,
            long recipients,
            long queued,
            int dailyLimit,
            long sentToday,
            long remainingToday,
            Instant createdAt) {}
}
