package vn.hocvuso.identity;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.WorkerExecutor;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import vn.hocvuso.common.ApiException;

/**
 * Argon2id password hashes. Hashing is deliberately slow, so it never runs on an event-loop thread:
 * the async methods run it on a worker and deliver the result back on the caller's Vert.x context,
 * where a reactive session may continue.
 *
 * <p>Each hash holds {@code memoryKib} (19 MiB by default) while it runs, so hashes and verifications
 * share one bulkhead: a Vert.x worker pool of {@code hashing.concurrency} threads, at most
 * {@code hashing.queue} more waiting for it, and beyond that 503 {@code server_busy} with Retry-After at
 * once rather than a growing heap. A burst of logins therefore costs time, not memory.
 *
 * <p>Not SmallRye Fault Tolerance's bulkhead: its asynchronous queue starts a waiting task on the thread
 * that finished the one before, inside that other request's Vert.x and CDI contexts, and under a burst
 * of logins to one account (LoginConcurrencyTest) a request then found its request context deactivated
 * (500 ContextNotActiveException). Vert.x's own worker pool queues the task and answers on the caller's
 * context; a counter bounds the queue.
 */
// Made at start, on the main thread: created on first use it would be built on an event-loop thread,
// and password4j's set-up (its Argon2 tables) blocks that thread.
@Startup
@ApplicationScoped
public class PasswordHasher {

    private final Argon2Function argon2;
    private final WorkerExecutor workers;
    /** Hashes running or waiting; at most {@link #capacity}. */
    private final AtomicInteger admitted = new AtomicInteger();

    private final int capacity;
    private final int retryAfterSeconds;
    /**
     * Verified against when a login names no account, so both answers take the same time. Made on a
     * worker by the first verification that needs it, not in the constructor: the bean is created on
     * first use, on an event-loop thread, and a hash there blocks it for the hash's whole time.
     */
    private volatile String decoyHash;

    public PasswordHasher(AuthConfig config, Vertx vertx) {
        AuthConfig.Password.Argon2 settings = config.password().argon2();
        AuthConfig.Password.Hashing hashing = config.password().hashing();
        this.argon2 = Argon2Function.getInstance(
                settings.memoryKib(), settings.iterations(), settings.parallelism(), 32, Argon2.ID);
        int concurrency = hashing.concurrency().orElse(Runtime.getRuntime().availableProcessors());
        this.workers = vertx.createSharedWorkerExecutor("password-hashing", concurrency);
        this.capacity = concurrency + hashing.queue();
        this.retryAfterSeconds = hashing.retryAfterSeconds();
    }

    @PreDestroy
    void close() {
        workers.closeAndForget();
    }

    public String hashBlocking(String password) {
        return Password.hash(password).addRandomSalt(16).with(argon2).getResult();
    }

    public Uni<String> hash(String password) {
        return bounded(() -> hashBlocking(password));
    }

    /** True if the password matches; a {@code null} hash (unknown account) costs the same and never matches. */
    public Uni<Boolean> verify(String password, String hash) {
        return bounded(() -> {
            // An account without a password yet (imported, not claimed) stores a marker, not a hash: it
            // costs the same as an unknown account and never matches.
            boolean usable = hash != null && hash.startsWith("$argon2");
            String stored = usable ? hash : decoy();
            // Parameters come from the stored hash, so raising the cost later keeps old hashes valid.
            boolean matches = Password.check(password, stored).with(Argon2Function.getInstanceFromHash(stored));
            return usable && matches;
        });
    }

    /** Hashes running or waiting for a hashing thread at this moment (a test waits for one to be waiting). */
    int admitted() {
        return admitted.get();
    }

    /** On a worker thread only. Two first callers may both make one; either is as good. */
    private String decoy() {
        String decoy = decoyHash;
        if (decoy == null) {
            decoy = hashBlocking("decoy password, never matches");
            decoyHash = decoy;
        }
        return decoy;
    }

    /** The work on the hashing pool, if there is room for it; 503 server_busy at once if not. */
    private <T> Uni<T> bounded(Supplier<T> work) {
        return Uni.createFrom().deferred(() -> {
            if (admitted.incrementAndGet() > capacity) {
                admitted.decrementAndGet();
                return Uni.createFrom().failure(ApiException.unavailable("server_busy", retryAfterSeconds));
            }
            return workers.executeBlocking(Uni.createFrom().item(work), false)
                    .onTermination()
                    .invoke(admitted::decrementAndGet);
        });
    }
}
