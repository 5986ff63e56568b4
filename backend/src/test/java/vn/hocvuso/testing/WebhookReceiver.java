package vn.hocvuso.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.awaitility.Awaitility;

/** A tiny local HTTP server standing for an integrator's webhook endpoint; it records what it receives. */
public final class WebhookReceiver implements AutoCloseable {

    /** One request as received: the raw body and the headers that matter. */
    public record Received(String body, String event, String eventId, String signature, String delivery, String host) {}

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();

    private WebhookReceiver(String address, int port) {
        try {
            server = HttpServer.create(new InetSocketAddress(address, port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            var headers = exchange.getRequestHeaders();
            received.add(new Received(
                    body,
                    headers.getFirst("X-HocVuSo-Event"),
                    headers.getFirst("X-HocVuSo-Event-Id"),
                    headers.getFirst("X-HocVuSo-Signature"),
                    headers.getFirst("X-HocVuSo-Delivery"),
                    headers.getFirst("Host")));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
    }

    public static WebhookReceiver start() {
        return new WebhookReceiver("127.0.0.1", 0);
    }

    /** Starts on a given port (a receiver coming back up where it was). */
    public static WebhookReceiver startOn(int port) {
        return new WebhookReceiver("127.0.0.1", port);
    }

    /** Starts on another loopback address (127.0.0.2: "internal" for the server, which may only call 127.0.0.1 in tests). */
    public static WebhookReceiver startOn(String address, int port) {
        return new WebhookReceiver(address, port);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** A port on which nothing listens (yet). */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    /** Waits (at most 20 s) until {@code done} holds for what was received; returns it. */
    public List<Received> await(Predicate<List<Received>> done) {
        return Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(50))
                .until(this::received, done);
    }

    public static Map<String, String> signatureParts(String header) {
        Map<String, String> parts = new java.util.HashMap<>();
        for (String part : header.split(",")) {
            int eq = part.indexOf('=');
            parts.put(part.substring(0, eq).strip(), part.substring(eq + 1).strip());
        }
        return parts;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
