package vn.hocvuso.stats;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.util.function.Function;

/**
 * How the statistics read: every statement of one response on one connection, in one REPEATABLE READ
 * transaction, so that they all see the database at one moment. Under READ COMMITTED (or on several
 * pooled connections) a certificate issued between two statements would be counted by one and not by
 * the other, and a response could show more certified people than passed ones.
 *
 * <p>The statements of a response need not wait for each other: the PostgreSQL client pipelines those
 * issued together on one connection, so a response still pays one round trip for all its reads (the
 * {@code SET TRANSACTION} included, which only has to be the transaction's first statement). This is the
 * Vert.x connection's pipelining, not a Hibernate session: combining {@code Uni}s over it is safe.
 */
final class Snapshots {

    private static final String READ_ONLY = "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY";
    /** For reads that write their own audit row: an insert never conflicts, so no serialization failure. */
    private static final String AUDITED = "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ";

    private Snapshots() {}

    /** Runs {@code reads} in one read-only snapshot on one connection. */
    static <T> Uni<T> readOnly(Pool pool, Function<SqlConnection, Uni<T>> reads) {
        return in(pool, READ_ONLY, reads);
    }

    /** Runs {@code reads}, and the audit row they write, in one snapshot on one connection. */
    static <T> Uni<T> audited(Pool pool, Function<SqlConnection, Uni<T>> reads) {
        return in(pool, AUDITED, reads);
    }

    private static <T> Uni<T> in(Pool pool, String isolation, Function<SqlConnection, Uni<T>> reads) {
        return pool.withTransaction(db -> Uni.combine()
                .all()
                .unis(db.query(isolation).execute(), Uni.createFrom().deferred(() -> reads.apply(db)))
                .asTuple()
                .map(t -> t.getItem2()));
    }
}
