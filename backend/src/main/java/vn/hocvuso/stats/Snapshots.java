package vn.hocvuso.stats;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.time.Instant;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jboss.logging.Logger;
import vn.hocvuso.common.ReadPool;

/**
 * How the statistics read: every statement of one response on one connection, in one REPEATABLE READ
 * transaction, so that they all see the database at one moment. Under READ COMMITTED (or on several
 * pooled connections) a certificate issued between two statements would be counted by one and not by
 * the other, and a response could show more certified people than passed ones.
 *
 * <p>A snapshot costs a response one round trip. The Vert.x transaction API ({@code pool.withTransaction})
 * cost three in sequence (its {@code BEGIN}, the reads, its {@code COMMIT}) and made the statistics 20–25 %
 * slower at p50 (docs/benchmarks.md, "One snapshot per response"). Here {@code BEGIN ISOLATION LEVEL …} is
 * the first statement of the pipeline on a plain pooled connection, the reads follow it without waiting
 * (the PostgreSQL client pipelines the statements issued together on one connection), and a read-only
 * response is answered as soon as its reads are in: its transaction has nothing to commit.
 *
 * <p>The transaction is always ended before the connection goes back to the pool, whatever happens to
 * the request: {@code pool.withConnection} releases the connection only when the function's {@code Uni}
 * is done, and it runs that {@code Uni} to its end even when the request's own subscription is cancelled
 * (a client gone); the function ends with {@code COMMIT} after reads that succeeded and {@code ROLLBACK}
 * after any failure, sent only once the reads have all settled, so no read can come after it. A connection
 * that PostgreSQL or the network dropped is closed, not pooled. {@code SnapshotsTest} holds each case on a
 * pool of one connection.
 */
final class Snapshots {

    private static final Logger LOG = Logger.getLogger(Snapshots.class);

    private static final String READ_ONLY = "BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY";
    /** For reads that write their own audit row: an insert never conflicts, so no serialization failure. */
    private static final String AUDITED = "BEGIN ISOLATION LEVEL REPEATABLE READ";

    private Snapshots() {}

    /**
     * Runs {@code reads} in one read-only snapshot on one connection, and answers with their result as soon
     * as it is there (the transaction's end and the connection's release follow, unseen by the caller).
     */
    static <T> Uni<T> readOnly(Pool pool, Function<SqlConnection, Uni<T>> reads) {
        return Uni.createFrom()
                .emitter(answer -> pool.withConnection(db -> read(db, READ_ONLY, reads)
                                .invoke(outcome -> answer(answer, outcome))
                                .chain(outcome -> end(db, outcome)))
                        // Only a failure before the reads reaches here unanswered (no connection); later ones are
                        // ignored.
                        .subscribe()
                        .with(ended -> {}, answer::fail));
    }

    /**
     * The same on the pool of the reads that tolerate staleness ({@link ReadPool}: the standby, when there is
     * one): {@code reads} get the moment their snapshot is as of, which on a standby is what it has replayed.
     */
    static <T> Uni<T> readOnly(ReadPool pool, BiFunction<SqlConnection, Instant, Uni<T>> reads) {
        return pool.read(source -> readOnly(source.pool(), db -> source.asOf(db).chain(asOf -> reads.apply(db, asOf))));
    }

    /**
     * Runs {@code reads}, and the audit row they write, in one snapshot on one connection; answers once the
     * transaction has committed (a read that was not written to the audit log is not answered).
     */
    static <T> Uni<T> audited(Pool pool, Function<SqlConnection, Uni<T>> reads) {
        return pool.withConnection(db -> read(db, AUDITED, reads).chain(outcome -> end(db, outcome)));
    }

    /** What a statement or the reads came to: a value, or the failure. */
    private record Outcome<T>(T value, Throwable failure) {}

    /** {@code begin} and the reads, pipelined; waits for both, so nothing of the reads comes after the end. */
    private static <T> Uni<Outcome<T>> read(SqlConnection db, String begin, Function<SqlConnection, Uni<T>> reads) {
        return Uni.combine()
                .all()
                .unis(
                        settled(db.query(begin).execute()),
                        settled(Uni.createFrom().deferred(() -> reads.apply(db))))
                .with((began, read) -> began.failure() == null ? read : new Outcome<>(null, began.failure()));
    }

    /** Hands the outcome to the request; whatever the request's side does with it, the transaction still ends. */
    private static <T> void answer(UniEmitter<? super T> answer, Outcome<T> outcome) {
        try {
            if (outcome.failure() == null) {
                answer.complete(outcome.value());
            } else {
                answer.fail(outcome.failure());
            }
        } catch (RuntimeException e) {
            LOG.error("A statistics response failed after its reads", e);
        }
    }

    /** Commits after reads that succeeded (and answers with them), rolls back after a failure (and fails with it). */
    private static <T> Uni<T> end(SqlConnection db, Outcome<T> outcome) {
        if (outcome.failure() == null) {
            return db.query("COMMIT").execute().replaceWith(outcome.value());
        }
        return db.query("ROLLBACK")
                .execute()
                .onItemOrFailure()
                .transformToUni((rolledBack, failure) -> Uni.createFrom().failure(outcome.failure()));
    }

    private static <T> Uni<Outcome<T>> settled(Uni<T> uni) {
        return uni.map(value -> new Outcome<>(value, null))
                .onFailure()
                .recoverWithItem(failure -> new Outcome<>(null, failure));
    }
}
