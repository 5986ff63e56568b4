package vn.hocvuso.notification;

import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.core.http.HttpClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.jboss.resteasy.reactive.RestResponse.StatusCode;
import vn.hocvuso.common.Failures;

/**
 * The HTTP client of the SMS and Zalo adapters: one JSON POST, its status, its JSON body (if any) and
 * the {@code Retry-After} it asked for. Transport failures become a retryable {@link Channel.DeliveryFailure}.
 */
@ApplicationScoped
public class ProviderHttp {

    /** A provider's answer. */
    public record Answer(int status, JsonObject body, Duration retryAfter) {}

    private final HttpClient http;
    private final Duration timeout;

    public ProviderHttp(Vertx vertx, NotificationConfig config) {
        this.timeout = config.timeout();
        this.http = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout(Math.toIntExact(timeout.toMillis()))
                .setMaxRedirects(0)
                .setVerifyHost(true));
    }

    void stop(@Observes ShutdownEvent event) {
        http.closeAndForget();
    }

    public Uni<Answer> postJson(String url, Map<String, String> headers, JsonObject body) {
        URI uri = URI.create(url);
        boolean https = "https".equalsIgnoreCase(uri.getScheme());
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setHost(uri.getHost())
                .setPort(uri.getPort() > 0 ? uri.getPort() : https ? 443 : 80)
                .setSsl(https)
                .setURI(uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                .setIdleTimeout(timeout.toMillis())
                .setFollowRedirects(false)
                .putHeader("Content-Type", "application/json; charset=utf-8")
                .putHeader("Accept", "application/json")
                .putHeader("User-Agent", "HocVuSo-Notifications/1");
        headers.forEach(options::putHeader);
        return http.request(options)
                .chain(request -> request.send(Buffer.buffer(body.encode())))
                .chain(response -> response.body()
                        .map(buffer -> new Answer(
                                response.statusCode(), json(buffer), retryAfter(response.getHeader("Retry-After")))))
                .ifNoItem()
                .after(timeout)
                .failWith(TimeoutException::new)
                .onFailure()
                .transform(failure -> new Channel.DeliveryFailure(
                        Failures.isTimeout(failure) ? "timeout" : "connection_failed", true));
    }

    private static JsonObject json(Buffer buffer) {
        try {
            return buffer == null || buffer.length() == 0 ? new JsonObject() : new JsonObject(buffer.toString());
        } catch (RuntimeException notJson) {
            return new JsonObject();
        }
    }

    private static Duration retryAfter(String header) {
        if (header == null) {
            return null;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(header.strip())));
        } catch (NumberFormatException notSeconds) {
            return null;
        }
    }

    /** A 429 or a 5xx: the provider may take it later. */
    static Channel.DeliveryFailure httpFailure(Answer answer) {
        if (answer.status() == StatusCode.TOO_MANY_REQUESTS) {
            return new Channel.DeliveryFailure("rate_limited", true, answer.retryAfter());
        }
        return new Channel.DeliveryFailure(
                "http_status", answer.status() >= StatusCode.INTERNAL_SERVER_ERROR, answer.retryAfter());
    }
}
