package vn.hocvuso.webhook;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;
import vn.hocvuso.common.Idempotency;
import vn.hocvuso.integration.IntegrationConfig;
import vn.hocvuso.integration.Secrets;

/**
 * Sends the outbox ({@code webhook_delivery}) to the subscribers. Every replica runs one: each look takes
 * a batch of due deliveries with {@code FOR UPDATE SKIP LOCKED} and, in the same statement, pushes their
 * next attempt a lease ahead, so two replicas never send the same delivery at once and a replica that
 * dies mid-send leaves its deliveries to be taken again after the lease. No transaction stays open
 * during the HTTP calls. Sending is asynchronous (the JDK HTTP client), so no thread waits on a slow
 * receiver.
 *
 * <p>Signature: {@code X-HocVuSo-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, t + "." + body)>}.
 * Delivery is at least once; receivers deduplicate by the event id ({@code id} in the body, also
 * {@code X-HocVuSo-Event-Id}).
 */
@ApplicationScoped
public class WebhookSender {

    private static final Logger LOG = Logger.getLogger(WebhookSender.class);
    public static final String SIGNATURE_HEADER = "X-HocVuSo-Signature";
    private static final int MAX_ERROR_LENGTH = 500;

    private final Pool pool;
    private final Vertx vertx;
    private final IntegrationConfig config;
    private final Idempotency idempotency;
    private final HttpClient http;
    private final AtomicBoolean running = new AtomicBoolean();
    private long timerId = -1;
    private long lastPurge;

    public WebhookSender(Pool pool, Vertx vertx, IntegrationConfig config, Idempotency idempotency) {
        this.pool = pool;
        this.vertx = vertx;
        this.config = config;
        this.idempotency = idempotency;
        this.http = HttpClient.newBuilder().connectTimeout(config.webhooks().timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    void start(@Observes StartupEvent event) {
        timerId = vertx.setPeriodic(config.webhooks().pollInterval().toMillis(), id -> tick());
    }

    void stop(@Observes ShutdownEvent event) {
        if (timerId >= 0) {
            vertx.cancelTimer(timerId);
        }
    }

    /** One look for due deliveries; skipped while the previous one is still sending. */
    void tick() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        housekeeping().chain(this::sendDue).subscribe().with(sent -> running.set(false), failure -> {
            running.set(false);
            LOG.warnf(failure, "Webhook sending failed; will try again");
        });
    }

    /** Forgets expired idempotency keys every ten minutes (this timer is the only periodic job of a replica). */
    private Uni<Void> housekeeping() {
        long now = System.currentTimeMillis();
        if (now - lastPurge < Duration.ofMinutes(10).toMillis()) {
            return Uni.createFrom().voidItem();
        }
        lastPurge = now;
        return idempotency.purgeExpired().replaceWithVoid();
    }

    private record Due(UUID id, String eventType, long factId, String payload, int attempts, String url, String secret) {
    }

    /** Takes and sends batches until nothing is due. */
    private Uni<Integer> sendDue() {
        return claim().chain(batch -> {
            if (batch.isEmpty()) {
                return Uni.createFrom().item(0);
            }
            List<Uni<Void>> sends = new ArrayList<>();
            batch.forEach(due -> sends.add(send(due)));
            Uni<Integer> sent = Uni.join().all(sends).andCollectFailures().replaceWith(batch.size());
            return batch.size() < config.webhooks().batchSize() ? sent
                    : sent.chain(n -> sendDue().map(more -> n + more));
        });
    }

    private Uni<List<Due>> claim() {
        return pool.preparedQuery("""
                UPDATE webhook_delivery d SET next_attempt_at = now() + make_interval(secs => $2)
                FROM webhook_subscription s
                WHERE d.id IN (SELECT d2.id FROM webhook_delivery d2
                               JOIN webhook_subscription s2 ON s2.id = d2.subscription_id AND s2.active
                               WHERE d2.status = 'PENDING' AND d2.next_attempt_at <= now()
                               ORDER BY d2.next_attempt_at LIMIT $1
                               FOR UPDATE OF d2 SKIP LOCKED)
                  AND s.id = d.subscription_id
                RETURNING d.id, d.event_type, d.fact_id, d.payload, d.attempts, s.url, s.secret
                """).execute(Tuple.of(config.webhooks().batchSize(), (double) config.webhooks().lease().toSeconds()))
                .map(rows -> {
                    List<Due> due = new ArrayList<>();
                    for (Row r : rows) {
                        due.add(new Due(r.getUUID("id"), r.getString("event_type"), r.getLong("fact_id"),
                                r.getString("payload"), r.getInteger("attempts"), r.getString("url"),
                                r.getString("secret")));
                    }
                    return due;
                });
    }

    private Uni<Void> send(Due due) {
        long timestamp = System.currentTimeMillis() / 1000;
        String signature = "t=" + timestamp + ",v1=" + Secrets.hmacSha256Hex(due.secret(), timestamp + "." + due.payload());
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(due.url()))
                    .timeout(config.webhooks().timeout())
                    .header("Content-Type", "application/json; charset=utf-8")
                    .header("User-Agent", "HocVuSo-Webhooks/1")
                    .header("X-HocVuSo-Event", due.eventType())
                    .header("X-HocVuSo-Event-Id", String.valueOf(due.factId()))
                    .header("X-HocVuSo-Delivery", due.id().toString())
                    .header(SIGNATURE_HEADER, signature)
                    .POST(HttpRequest.BodyPublishers.ofString(due.payload(), StandardCharsets.UTF_8))
                    .build();
        } catch (IllegalArgumentException e) {
            return failed(due, null, "invalid URL: " + e.getMessage());
        }
        return Uni.createFrom().completionStage(() -> http.sendAsync(request, HttpResponse.BodyHandlers.discarding()))
                .onItemOrFailure().transformToUni((response, failure) -> {
                    if (failure != null) {
                        String reason = failure.getClass().getSimpleName()
                                + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
                        return failed(due, null, reason);
                    }
                    if (response.statusCode() / 100 == 2) {
                        return delivered(due, response.statusCode());
                    }
                    return failed(due, response.statusCode(), "HTTP " + response.statusCode());
                });
    }

    private Uni<Void> delivered(Due due, int status) {
        return pool.preparedQuery("""
                UPDATE webhook_delivery SET status = 'DELIVERED', attempts = attempts + 1, last_attempt_at = now(),
                       last_status_code = $2, last_error = NULL, delivered_at = now()
                WHERE id = $1
                """).execute(Tuple.of(due.id(), status)).replaceWithVoid();
    }

    /** Another attempt after a doubling wait, or FAILED after the last one allowed. */
    private Uni<Void> failed(Due due, Integer status, String error) {
        int attempts = due.attempts() + 1;
        boolean giveUp = attempts >= config.webhooks().maxAttempts();
        return pool.preparedQuery("""
                UPDATE webhook_delivery SET attempts = $2, last_attempt_at = now(), last_status_code = $3,
                       last_error = $4, status = $5, next_attempt_at = now() + make_interval(secs => $6)
                WHERE id = $1
                """).execute(Tuple.tuple().addUUID(due.id()).addInteger(attempts).addInteger(status)
                        .addString(error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error)
                        .addString(giveUp ? "FAILED" : "PENDING").addDouble(backoff(attempts).toMillis() / 1000.0))
                .replaceWithVoid();
    }

    /** base × 2^(attempts − 1), at most the configured maximum. */
    Duration backoff(int attempts) {
        Duration base = config.webhooks().backoff();
        Duration max = config.webhooks().maxBackoff();
        int shift = Math.min(attempts - 1, 30);
        long millis = base.toMillis() << shift;
        return millis <= 0 || millis > max.toMillis() ? max : Duration.ofMillis(millis);
    }
}
