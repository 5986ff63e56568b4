package vn.hocvuso.common;

import io.smallrye.faulttolerance.api.Guard;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.WorkerExecutor;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.util.TypeLiteral;
import java.util.function.Supplier;

/**
 * Where uploaded files are parsed: a worker pool of its own ({@code hocvuso.files.parse-threads}
 * threads), never the event loop and never the pool every other blocking task shares, behind a
 * SmallRye Fault Tolerance bulkhead whose queue is bounded ({@code parse-queue}); past it the upload is
 * answered 503 {@code server_busy} with {@code Retry-After}. With the reading limits of
 * {@link TableFile}, the memory that parsing can take at any moment is bounded.
 */
@ApplicationScoped
public class FileParsing {

    private final WorkerExecutor executor;
    private final Guard bulkhead;

    public FileParsing(Vertx vertx, FilesConfig config) {
        this.executor = vertx.createSharedWorkerExecutor("hocvuso-file-parsing", config.parseThreads());
        this.bulkhead = Guard.create()
                .withBulkhead()
                .limit(config.parseThreads())
                .queueSize(config.parseQueue())
                .done()
                .build();
    }

    /** Runs {@code parse} on the parsing pool; its result (or failure) comes back on the caller's context. */
    public <T> Uni<T> parse(Supplier<T> parse) {
        Uni<Object> guarded = bulkhead.get(
                () -> executor.executeBlocking(Uni.createFrom().item(parse::get), false)
                        .map(Object.class::cast),
                new TypeLiteral<Uni<Object>>() {});
        @SuppressWarnings("unchecked")
        Uni<T> typed = (Uni<T>) guarded;
        return typed;
    }

    @PreDestroy
    void close() {
        executor.closeAndForget();
    }
}
