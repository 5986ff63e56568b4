package vn.hocvuso.common;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
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

    private final BoundedWorkers workers;

    public FileParsing(Vertx vertx, FilesConfig config) {
        this.workers = new BoundedWorkers(vertx, "hocvuso-file-parsing", config.parseThreads(), config.parseQueue());
    }

    /** Runs {@code parse} on the parsing pool; its result (or failure) comes back on the caller's context. */
    public <T> Uni<T> parse(Supplier<T> parse) {
        return workers.run(parse);
    }

    @PreDestroy
    void close() {
        workers.close();
    }
}
