package vn.hocvuso.notification;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse.StatusCode;
import vn.hocvuso.common.ApiException;
import vn.hocvuso.common.Backoff;
import vn.hocvuso.limit.RateLimiter;
import vn.hocvuso.limit.RateLimiter.Bucket;
import vn.hocvuso.notification.Channel.DeliveryFailure;
import vn.hocvuso.notification.Channel.Outgoing;

/**
 * Sends the outbox ({@code notification}). Every replica runs it on quarkus-scheduler, one run at a time
 * ({@code SKIP}); a look takes due rows with {@code FOR UPDATE SKIP LOCKED} and pushes them a lease ahead
 * in the same statement (the pattern of WebhookSender), so no two replicas send one message and no
 * transaction stays open while a provider answers. For each message, in this order:
 * <ol>
 * <li>past its {@code expires_at} (a reset code): given up, {@code expired};</li>
 * <li>opted out (kind and channel; not for transactional kinds): SKIPPED, {@code opted_out};</li>
 * <li>its channel off: FAILED, {@code channel_off};</li>
 * <li>quiet hours (channels that wake a phone, not transactional): waits for their end, not counted as an attempt;</li>
 * <li>throttle per person and channel ({@code per-person-and-channel}, the limit package's GCRA): waits its turn;</li>
 * <li>sent: SENT with the provider's id; a failure is retried after a doubling wait (or the provider's
 * Retry-After) up to {@code max-attempts}, unless the provider said another attempt cannot help.</li>
 * </ol>
 * A secret kind's variables (a reset code) are erased as soon as its row is final.
 */
@ApplicationScoped
public class NotificationSender {

    private static final Logger LOG = Logger.getLogger(NotificationSender.class);
    /** Every value {@code last_error} can take (also in openapi.yaml, NotificationDelivery.lastError). */
    public static final List<String> REASONS = List.of(
            "expired",
            "opted_out",
            "channel_off",
            "no_channel",
            "quiet_hours",
            "throttled",
            "timeout",
            "connection_failed",
            "http_status",
            "rate_limited",
            "smtp_failed",
            "address_rejected",
            "provider_auth",
            "provider_balance",
            "provider_error",
            "no_template");

    private final Pool pool;
    private final NotificationConfig config;
    private final Channels channels;
    private final RateLimiter limiter;
    private final Clock clock;

    public NotificationSender(
            Pool pool, NotificationConfig config, Channels channels, RateLimiter limiter, Clock clock) {
        this.pool = pool;
        this.config = config;
        this.channels = channels;
        this.limiter = limiter;
        this.clock = clock;
    }

    @Scheduled(
            identity = "notification-sender",
            every = "${hocvuso.notifications.poll-interval:PT5S}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> sendDue() {
        return sendBatch().onFailure().recoverWithUni(failure -> {
            LOG.warnf("Notification sending stopped (%s); the next run continues", failure.toString());
            return Uni.createFrom().voidItem();
        });
    }

    private Uni<Void> sendBatch() {
        return claim().chain(batch -> {
            if (batch.isEmpty()) {
                return Uni.createFrom().voidItem();
            }
            List<Uni<Void>> sends = new ArrayList<>();
            batch.forEach(due -> sends.add(handle(due).onFailure().recoverWithItem(failure -> {
                LOG.warnf(
                        "Notification %s could not be recorded (%s); it will be taken again",
                        due.id(), failure.toString());
                return null;
            })));
            Uni<Void> sent = Uni.join().all(sends).andCollectFailures().replaceWithVoid();
            return batch.size() < config.batchSize() ? sent : sent.chain(this::sendBatch);
        });
    }

    record Due(
            UUID id,
            UUID userId,
            Kind kind,
            ChannelName channel,
            String language,
            String address,
            Map<String, String> variables,
            int attempts,
            OffsetDateTime expiresAt,
            boolean optedOut,
            String subject,
            String body) {}

    private Uni<List<Due>> claim() {
        OffsetDateTime now = now();
        return pool.preparedQuery("""
                UPDATE notification n SET next_attempt_at = $2 + make_interval(secs => $3)
                WHERE n.id IN (SELECT id FROM notification WHERE status = 'PENDING' AND next_attempt_at <= $2
                               ORDER BY next_attempt_at LIMIT $1 FOR UPDATE SKIP LOCKED)
                RETURNING n.id, n.user_id, n.kind, n.channel, n.language, n.address, n.variables::text AS variables,
                          n.attempts, n.expires_at,
                          EXISTS (SELECT 1 FROM notification_opt_out o
                                  WHERE o.user_id = n.user_id AND o.kind = n.kind AND o.channel = n.channel) AS opted_out,
                          (SELECT t.subject FROM notification_template t WHERE t.kind = n.kind AND t.language = n.language) AS t_subject,
                          (SELECT t.body FROM notification_template t WHERE t.kind = n.kind AND t.language = n.language) AS t_body
                """)
                .execute(Tuple.of(
                        config.batchSize(), now, (double) config.lease().toSeconds()))
                .map(rows -> {
                    List<Due> due = new ArrayList<>();
                    for (Row r : rows) {
                        Kind kind = Kind.parse(r.getString("kind"));
                        Map<String, String> vars = new HashMap<>();
                        String json = r.getString("variables");
                        if (json != null) {
                            new JsonObject(json).forEach(e -> vars.put(e.getKey(), String.valueOf(e.getValue())));
                        }
                        due.add(new Due(
                                r.getUUID("id"),
                                r.getUUID("user_id"),
                                kind,
                                ChannelName.parse(r.getString("channel")),
                                r.getString("language"),
                                r.getString("address"),
                                vars,
                                r.getInteger("attempts"),
                                r.getOffsetDateTime("expires_at"),
                                r.getBoolean("opted_out"),
                                r.getString("t_subject"),
                                r.getString("t_body")));
                    }
                    return due;
                });
    }

    private Uni<Void> handle(Due due) {
        Instant now = clock.instant();
        if (due.kind() == null || due.subject() == null) {
            return finish(due, "FAILED", "provider_error", null);
        }
        if (due.expiresAt() != null && !now.isBefore(due.expiresAt().toInstant())) {
            return finish(due, "FAILED", "expired", null);
        }
        if (due.kind().optional() && due.optedOut()) {
            return finish(due, "SKIPPED", "opted_out", null);
        }
        Channel channel = channels.get(due.channel());
        if (!channel.carries(due.kind())) {
            return finish(due, "FAILED", "channel_off", null);
        }
        boolean polite = due.channel().interrupts() && !due.kind().transactional();
        if (polite) {
            Instant quietEnd = quietHoursEnd(now);
            if (quietEnd != null) {
                return defer(due, quietEnd, "quiet_hours");
            }
        }
        Uni<Void> turn = polite
                ? limiter.acquire(List.of(
                        new Bucket("notify:" + due.userId() + ":" + due.channel(), config.perPersonAndChannel())))
                : Uni.createFrom().voidItem();
        return turn.onItemOrFailure().transformToUni((ignored, refused) -> {
            if (refused instanceof ApiException e && e.status() == StatusCode.TOO_MANY_REQUESTS) {
                return defer(due, now.plusSeconds(e.retryAfterSeconds()), "throttled");
            }
            if (refused != null) {
                return Uni.createFrom().failure(refused);
            }
            String subject = Templates.render(due.subject(), due.variables());
            String body = Templates.render(due.body(), due.variables());
            return channel.send(new Outgoing(
                            due.id(), due.kind(), due.address(), due.language(), subject, body, due.variables()))
                    .onItemOrFailure()
                    .transformToUni((providerId, failure) -> {
                        if (failure == null) {
                            return sent(due, providerId, subject, due.kind().secret() ? null : body);
                        }
                        DeliveryFailure f =
                                failure instanceof DeliveryFailure d ? d : new DeliveryFailure("provider_error", true);
                        if (!(failure instanceof DeliveryFailure)) {
                            LOG.warnf(
                                    "Notification %s: unexpected failure %s",
                                    due.id(), failure.getClass().getSimpleName());
                        }
                        return failed(due, f);
                    });
        });
    }

    /** When quiet hours end, if {@code at} falls inside them; else null. */
    Instant quietHoursEnd(Instant at) {
        NotificationConfig.QuietHours q = config.quietHours();
        ZonedDateTime local = at.atZone(q.zone());
        LocalTime t = local.toLocalTime();
        boolean wraps = q.start().isAfter(q.end());
        boolean quiet =
                wraps ? !t.isBefore(q.start()) || t.isBefore(q.end()) : !t.isBefore(q.start()) && t.isBefore(q.end());
        if (!quiet) {
            return null;
        }
        ZonedDateTime end = local.with(q.end());
        if (!end.isAfter(local)) {
            end = end.plusDays(1);
        }
        return end.toInstant();
    }

    private Uni<Void> sent(Due due, String providerId, String subject, String body) {
        return pool.preparedQuery("""
                UPDATE notification SET status = 'SENT', attempts = attempts + 1, provider_id = $2, subject = $3,
                       body = $4, sent_at = $5, last_error = NULL, variables = CASE WHEN $6 THEN NULL ELSE variables END
                WHERE id = $1
                """)
                .execute(Tuple.tuple()
                        .addUUID(due.id())
                        .addString(providerId)
                        .addString(subject)
                        .addString(body)
                        .addOffsetDateTime(now())
                        .addBoolean(due.kind().secret()))
                .replaceWithVoid();
    }

    private Uni<Void> failed(Due due, DeliveryFailure f) {
        int attempts = due.attempts() + 1;
        if (!f.retryable() || attempts >= config.maxAttempts()) {
            return pool.preparedQuery("""
                    UPDATE notification SET status = 'FAILED', attempts = $2, last_error = $3,
                           variables = CASE WHEN $4 THEN NULL ELSE variables END
                    WHERE id = $1
                    """)
                    .execute(Tuple.of(due.id(), attempts, f.reason(), due.kind().secret()))
                    .replaceWithVoid();
        }
        Duration wait = backoff(attempts);
        if (f.retryAfter() != null && f.retryAfter().compareTo(wait) > 0) {
            wait = f.retryAfter();
        }
        return pool.preparedQuery("""
                UPDATE notification SET attempts = $2, last_error = $3, next_attempt_at = $4 WHERE id = $1
                """)
                .execute(Tuple.of(due.id(), attempts, f.reason(), now().plus(wait)))
                .replaceWithVoid();
    }

    /** A final state without an attempt at the provider (expired, opted out, channel off). */
    private Uni<Void> finish(Due due, String status, String reason, String providerId) {
        return pool.preparedQuery("""
                UPDATE notification SET status = $2, last_error = $3, provider_id = $4,
                       variables = CASE WHEN $5 THEN NULL ELSE variables END
                WHERE id = $1
                """)
                .execute(Tuple.tuple()
                        .addUUID(due.id())
                        .addString(status)
                        .addString(reason)
                        .addString(providerId)
                        .addBoolean(due.kind() == null || due.kind().secret()))
                .replaceWithVoid();
    }

    /** Waits until {@code until} without counting an attempt. */
    private Uni<Void> defer(Due due, Instant until, String reason) {
        return pool.preparedQuery("UPDATE notification SET next_attempt_at = $2, last_error = $3 WHERE id = $1")
                .execute(Tuple.of(due.id(), until.atOffset(ZoneOffset.UTC), reason))
                .replaceWithVoid();
    }

    /** base × 2^(attempts − 1), at most the configured maximum. */
    Duration backoff(int attempts) {
        return Backoff.doubling(config.backoff(), config.maxBackoff(), attempts);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
