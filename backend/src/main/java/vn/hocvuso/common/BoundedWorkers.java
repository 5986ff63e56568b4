package vn.hocvuso.common;

import io.smallrye.faulttolerance.api.Guard;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.WorkerExecutor;
import jakarta.enterprise.util.TypeLiteral;
import java.util.function.Supplier;

/**
 * A worker pool of its own behind a SmallRye Fault Tolerance bulkhead with a bounded queue, for CPU-heavy
 * work (parsing an upload, speaking a text): never on the event loop, never on the pool every other
 * blocking task shares, never more at once than {@code threads}; past {@code queue} waiting tasks a new
 * one fails at once with {@link org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException}
 * (503 {@code server_busy}). Its owner closes it when the application stops.
 */
public final class BoundedWorkers {

    private final WorkerExecutor executor;
    private final Guard bulkhead;

    public BoundedWorkers(Vertx vertx, String name, int threads, int queue) {
        this.executor = vertx.createSharedWorkerExecutor(name, threads);
        this.bulkhead = Guard.create()
                .withBulkhead()
                .limit(threads)
                .queueSize(queue)
                .done()
                .build();
    }

    /** Runs {@code work} on the pool; its result (or failure) comes back on the caller's context. */
    public <T> Uni<T> run(Supplier<T> work) {
        Uni<Object> guarded = bulkhead.get(
                () -> executor.executeBlocking(Uni.createFrom().item(work::get), false)
                        .map(Object.class::cast),
                new TypeLiteral<Uni<Object>>() {});
        @SuppressWarnings("unchecked")
        Uni<T> typed = (Uni<T>) guarded;
        return typed;
    }

    public void close() {
        executor.closeAndForget();
    }
}
