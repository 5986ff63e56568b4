package vn.hocvuso.testing;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.net.NetClient;
import io.vertx.core.net.NetServer;
import io.vertx.core.net.NetSocket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * A TCP proxy between the API and PostgreSQL, for tests that take the database away without touching
 * the shared server: {@link #cut()} drops every connection and refuses new ones, as a PostgreSQL
 * restart or a network failure does; {@link #restore()} lets connections through again.
 */
public final class PgProxy implements AutoCloseable {

    private final Vertx vertx = Vertx.vertx();
    private final NetClient client = vertx.createNetClient();
    private final String targetHost;
    private final int targetPort;
    private final Set<NetSocket> sockets = ConcurrentHashMap.newKeySet();
    private NetServer server;
    private int port;

    private PgProxy(String targetHost, int targetPort) {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
    }

    /** A proxy to host:port on a free port of 127.0.0.1. */
    public static PgProxy to(String host, int port) {
        PgProxy proxy = new PgProxy(host, port);
        proxy.listen(0);
        return proxy;
    }

    public int port() {
        return port;
    }

    /** Drops every open connection and refuses new ones. */
    public synchronized void cut() {
        await(server.close());
        server = null;
        sockets.forEach(NetSocket::close);
        sockets.clear();
    }

    /** Accepts connections again, on the same port. */
    public synchronized void restore() {
        if (server == null) {
            listen(port);
        }
    }

    @Override
    public void close() {
        await(vertx.close());
    }

    private void listen(int wanted) {
        NetServer created = vertx.createNetServer().connectHandler(this::accept);
        await(created.listen(wanted, "127.0.0.1"));
        server = created;
        port = created.actualPort();
    }

    private void accept(NetSocket front) {
        front.pause();
        sockets.add(front);
        client.connect(targetPort, targetHost).onComplete(connected -> {
            if (connected.failed() || !sockets.contains(front)) {
                front.close();
                if (connected.succeeded()) {
                    connected.result().close();
                }
                return;
            }
            NetSocket back = connected.result();
            sockets.add(back);
            front.closeHandler(v -> {
                sockets.remove(front);
                back.close();
            });
            back.closeHandler(v -> {
                sockets.remove(back);
                front.close();
            });
            front.handler(back::write);
            back.handler(front::write);
            front.resume();
        });
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
