package vn.hocvuso.webhook;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;
import vn.hocvuso.common.Backoff;
import vn.hocvuso.common.Failures;
import vn.hocvuso.common.Rows;
import vn.hocvuso.common.Secrets;
import vn.hocvuso.integration.IntegrationConfig;
import vn.hocvuso.webhook.WebhookAddresses.Checked;

/**
 * Sends the outbox ({@code webhook_delivery}) to the subscribers. Every replica runs it on the scheduler,
 * one run at a time ({@code SKIP}): each look takes a batch of due deliveries with {@code FOR UPDATE SKIP
 * LOCKED} and, in the same statement, pushes their next attempt a lease ahead, so two replicas never send
 * the same delivery at once and a replica that dies mid-send leaves its deliveries to be taken again
 * after the lease. No transaction stays open during the HTTP calls. Subscriptions whose owning service
 * account is revoked are never taken.
 *
 * <p>Before each attempt the receiver's name is resolved and checked ({@link WebhookAddresses}); the
 * request then goes to that checked address (Vert.x's {@code RequestOptions.server}), with the name in
 * {@code Host}, TLS SNI and certificate verification. Redirects are not followed. The delivery log keeps
 * a generic reason ({@link #REASONS}), never an exception's text.
 *
 * <p>Signature: {@code X-HocVuSo-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, t + "." + body)>}.
 * Delivery is at least once; receivers deduplicate by the event id ({@code id} in the body, also
 * {@code X-HocVuSo-Event-Id}).
 */
@ApplicationScoped
public class WebhookSender {

    private static final Logger LOG = Logger.getLogger(WebhookSender.class);
    public static final String SIGNATURE_HEADER = "X-HocVuSo-Signature";
    /** Every value {@code last_error} can take (also listed in openapi.yaml, WebhookDelivery.lastError). */
    public static final List<String> REASONS = List.of(
            "http_status", "timeout", "connection_failed", "address_not_allowed", "name_not_resolved", "invalid_url");

    private final Pool pool;
    private final IntegrationConfig config;
    private final WebhookAddresses addresses;
    private final HttpClient http;

    public WebhookSender(Pool pool, Vertx vertx, IntegrationConfig config, WebhookAddresses addresses) {
        this.pool = pool;
        this.config = config;
        this.addresses = addresses;
        int timeout = Math.toIntExact(config.webhooks().timeout().toMillis());
        this.http = vertx.getDelegate()
                .createHttpClient(new HttpClientOptions()
                        .setConnectTimeout(timeout)
                        .setVerifyHost(true)
                        .setForceSni(true)
                        .setKeepAlive(false)
                        .setMaxRedirects(0));
    }

    void stop(@Observes ShutdownEvent event) {
        http.close();
    }

    /** One look for due deliveries: batches until nothing is due. */
    @Scheduled(
            identity = "webhook-sender",
            every = "${hocvuso.integrations.webhooks.poll-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> sendDue() {
        return claim().chain(batch -> {
            if (batch.isEmpty()) {
                return Uni.createFrom().voidItem();
            }
            List<Uni<Void>> sends = new ArrayList<>();
            batch.forEach(due -> sends.add(send(due).onFailure().recoverWithItem(failure -> {
                LOG.warnf(failure, "Webhook delivery %s could not be recorded; it will be taken again", due.id());
                return null;
            })));
            Uni<Void> sent = Uni.join().all(sends).andCollectFailures().replaceWithVoid();
            return batch.size() < config.webhooks().batchSize() ? sent : sent.chain(this::sendDue);
        });
    }

    private record Due(
            UUID id, String eventType, long factId, String payload, int attempts, String url, String secret) {}

    private Uni<List<Due>> claim() {
        return pool.preparedQuery("""
                UPDATE webhook_delivery d SET next_attempt_at = now() + make_interval(secs => $2)
                FROM webhook_subscription s
                WHERE d.id IN (SELECT d2.id FROM webhook_delivery d2
                               JOIN webhook_subscription s2 ON s2.id = d2.subscription_id AND s2.active
                               LEFT JOIN service_account o ON o.id = s2.owner_id
                               WHERE d2.status = 'PENDING' AND d2.next_attempt_at <= now() AND o.revoked_at IS NULL
                               ORDER BY d2.next_attempt_at LIMIT $1
                               FOR UPDATE OF d2 SKIP LOCKED)
                  AND s.id = d.subscription_id
                RETURNING d.id, d.event_type, d.fact_id, d.payload, d.attempts, s.url, s.secret
                """)
                .execute(Tuple.of(config.webhooks().batchSize(), (double)
                        config.webhooks().lease().toSeconds()))
                .map(rows -> Rows.list(
                        rows,
                        r -> new Due(
                                r.getUUID("id"),
                                r.getString("event_type"),
                                r.getLong("fact_id"),
                                r.getString("payload"),
                                r.getInteger("attempts"),
                                r.getString("url"),
                                r.getString("secret"))));
    }

    /** The parts of a receiver URL a request needs. */
    record Target(boolean https, String host, int port, String pathAndQuery) {
        static Target of(String url) throws URISyntaxException {
            URI uri = new URI(url);
            String host = uri.getHost();
            if (host == null || uri.getScheme() == null) {
                throw new URISyntaxException(url, "no host");
            }
            boolean https = uri.getScheme().equalsIgnoreCase("https");
            int port = uri.getPort() >= 0 ? uri.getPort() : https ? 443 : 80;
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return new Target(
                    https,
                    host.startsWith("[") ? host.substring(1, host.length() - 1) : host,
                    port,
                    uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery());
        }
    }

    private Uni<Void> send(Due due) {
        Target target;
        try {
            target = Target.of(due.url());
        } catch (URISyntaxException e) {
            return failed(due, null, "invalid_url");
        }
        return addresses.check(target.host()).chain(checked -> switch (checked) {
            case Checked.Refused refused -> failed(due, null, refused.reason());
            case Checked.Allowed allowed -> post(due, target, allowed.address().getHostAddress());
        });
    }

    private Uni<Void> post(Due due, Target target, String address) {
        long timestamp = System.currentTimeMillis() / 1000;
        String signature =
                "t=" + timestamp + ",v1=" + Secrets.hmacSha256Hex(due.secret(), timestamp + "." + due.payload());
        Duration timeout = config.webhooks().timeout();
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setServer(SocketAddress.inetSocketAddress(target.port(), address))
                .setHost(target.host())
                .setPort(target.port())
                .setSsl(target.https())
                .setURI(target.pathAndQuery())
                .setFollowRedirects(false)
                .setIdleTimeout(timeout.toMillis())
                .putHeader("Content-Type", "application/json; charset=utf-8")
                .putHeader("User-Agent", "HocVuSo-Webhooks/1")
                .putHeader("X-HocVuSo-Event", due.eventType())
                .putHeader("X-HocVuSo-Event-Id", String.valueOf(due.factId()))
                .putHeader("X-HocVuSo-Delivery", due.id().toString())
                .putHeader(SIGNATURE_HEADER, signature);
        AtomicReference<HttpClientRequest> sent = new AtomicReference<>();
        Uni<Integer> status = Uni.createFrom()
                .completionStage(() -> http.request(options)
                        .compose(request -> {
                            sent.set(request);
                            return request.send(Buffer.buffer(due.payload()));
                        })
                        .map(response -> {
                            // The body is of no interest (and may be endless): drop the connection once the status is
                            // in.
                            response.exceptionHandler(ignored -> {});
                            response.request().reset();
                            return response.statusCode();
                        })
                        .toCompletionStage())
                .ifNoItem()
                .after(timeout)
                .failWith(TimeoutException::new)
                .onFailure(TimeoutException.class)
                .invoke(() -> {
                    if (sent.get() != null) {
                        sent.get().reset();
                    }
                });
        return status.onItemOrFailure().transformToUni((code, failure) -> {
            if (failure != null) {
                return failed(due, null, Failures.isTimeout(failure) ? "timeout" : "connection_failed");
            }
            return code / 100 == 2 ? delivered(due, code) : failed(due, code, "http_status");
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
    private Uni<Void> failed(Due due, Integer status, String reason) {
        int attempts = due.attempts() + 1;
        boolean giveUp = attempts >= config.webhooks().maxAttempts();
        return pool.preparedQuery("""
                UPDATE webhook_delivery SET attempts = $2, last_attempt_at = now(), last_status_code = $3,
                       last_error = $4, status = $5, next_attempt_at = now() + make_interval(secs => $6)
                WHERE id = $1
                """)
                .execute(Tuple.tuple()
                        .addUUID(due.id())
                        .addInteger(attempts)
                        .addInteger(status)
                        .addString(reason)
                        .addString(giveUp ? "FAILED" : "PENDING")
                        .addDouble(backoff(attempts).toMillis() / 1000.0))
                .replaceWithVoid();
    }

    /** base × 2^(attempts − 1), at most the configured maximum. */
    Duration backoff(int attempts) {
        return Backoff.doubling(config.webhooks().backoff(), config.webhooks().maxBackoff(), attempts);
    }
}
