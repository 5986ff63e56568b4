package vn.hocvuso.stats;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.Cancellable;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.PoolOptions;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.Database;

/**
 * A snapshot's connection goes back to the pool outside any transaction, however the snapshot ended: its
 * reads failed half-way, its reads could not even be built, its request went away while a read waited. Each
 * case runs on a pool of one connection, so the next use of the pool is certain to get the snapshot's
 * connection, and looks there at what a transaction left open would show: the snapshot's isolation level,
 * read-only mode, or a transaction that began before the statement.
 */
@QuarkusTest
class SnapshotsTest {

    /** What a statement sees of its transaction: outside one, the session's defaults and a fresh transaction. */
    private static final String STATE = """
            SELECT current_setting('transaction_isolation') || ' ' || current_setting('transaction_read_only')
                   || ' ' || (statement_timestamp() = transaction_timestamp())
            """;

    private static final String OUTSIDE = "read committed off true";

    @Inject
    Vertx vertx;

    private Pool pool;

    @BeforeEach
    void aPoolOfOneConnection() {
        var config = ConfigProvider.getConfig();
        PgConnectOptions connect = PgConnectOptions.fromUri(
                        config.getValue("quarkus.datasource.reactive.url", String.class))
                .setUser(config.getValue("quarkus.datasource.username", String.class))
                .setPassword(config.getOptionalValue("quarkus.datasource.password", String.class)
                        .orElse(""));
        pool = Pool.newInstance(PgBuilder.pool()
                .with(new PoolOptions().setMaxSize(1))
                .connectingTo(connect)
                .using(vertx.getDelegate())
                .build());
    }

    @AfterEach
    void close() {
        pool.closeAndAwait();
    }

    @Test
    void aSnapshotAnswersWithItsReadsAndLeavesNoTransaction() {
        String inside = Snapshots.readOnly(pool, db -> first(db.query(STATE).execute()))
                .await()
                .atMost(Duration.ofSeconds(20));

        assertThat(inside).startsWith("repeatable read on");
        assertThat(stateOfTheNextUse()).isEqualTo(OUTSIDE);
    }

    @Test
    void aReadThatFailsHalfWayIsTheAnswerAndTheTransactionIsRolledBack() {
        Throwable failure = failureOf(Snapshots.readOnly(
                pool,
                db -> Uni.combine()
                        .all()
                        .unis(
                                db.query("SELECT 1").execute(),
                                db.query("SELECT 1 / 0").execute(),
                                db.query("SELECT 2").execute())
                        .discardItems()));

        // The read's own failure, not the aborted transaction's reply to the statements after it.
        assertThat(failure).isInstanceOf(PgException.class);
        assertThat(((PgException) failure).getSqlState()).isEqualTo("22012");
        assertThat(stateOfTheNextUse()).isEqualTo(OUTSIDE);
    }

    @Test
    void readsThatCannotBeBuiltFailTheSnapshotAndTheTransactionIsRolledBack() {
        IllegalStateException broken = new IllegalStateException("no reads");

        Throwable failure = failureOf(Snapshots.<String>readOnly(pool, db -> {
            throw broken;
        }));

        assertThat(failure).isSameAs(broken);
        assertThat(stateOfTheNextUse()).isEqualTo(OUTSIDE);
    }

    @Test
    void anAuditedSnapshotThatFailsAfterWritingKeepsNothingOfIt() {
        Throwable failure = failureOf(Snapshots.audited(
                pool,
                db -> db.query("CREATE TEMPORARY TABLE snapshot_probe (n int)")
                        .execute()
                        .chain(() -> db.query("INSERT INTO snapshot_probe VALUES (1)")
                                .execute())
                        .chain(() -> db.query("SELECT 1 / 0").execute())));

        assertThat(failure).isInstanceOf(PgException.class);
        // A temporary table lives as long as its connection: committed, it would still be there.
        assertThat(first(pool.query("SELECT to_regclass('pg_temp.snapshot_probe') IS NULL || ''")
                                .execute())
                        .await()
                        .atMost(Duration.ofSeconds(20)))
                .isEqualTo("true");
        assertThat(stateOfTheNextUse()).isEqualTo(OUTSIDE);
    }

    @Test
    void snapshotsWhoseRequestsWentAwayEndBeforeTheirConnectionIsReused() throws Exception {
        AtomicReference<Object> heard = new AtomicReference<>();
        try (Connection holder = Database.connect()) {
            holder.setAutoCommit(false);
            holder.createStatement().execute("SELECT pg_advisory_xact_lock(4217)");
            Cancellable reading = Snapshots.readOnly(
                            pool,
                            db -> Uni.combine()
                                    .all()
                                    .unis(
                                            db.query("SELECT 1").execute(),
                                            db.query("SELECT pg_advisory_xact_lock_shared(4217)")
                                                    .execute())
                                    .discardItems()
                                    .replaceWith("read"))
                    .subscribe()
                    .with(heard::set, heard::set);
            // The first snapshot has begun and one of its reads waits; a second waits for the pool's one
            // connection. Both clients go away now.
            Database.awaitLockWaiters(1);
            Cancellable waiting = Snapshots.readOnly(
                            pool, db -> first(db.query(STATE).execute()))
                    .subscribe()
                    .with(heard::set, heard::set);
            reading.cancel();
            waiting.cancel();
            holder.commit();
        }

        // Neither kept the connection (the pool has one) nor left it inside a transaction.
        assertThat(stateOfTheNextUse()).isEqualTo(OUTSIDE);
        assertThat(heard.get()).as("an answer to a request that went away").isNull();
    }

    /** What the next user of the pool's one connection sees (waits for the snapshot to give it back). */
    private String stateOfTheNextUse() {
        return first(pool.query(STATE).execute()).await().atMost(Duration.ofSeconds(20));
    }

    /** How a snapshot failed (null: it did not). */
    private static Throwable failureOf(Uni<?> snapshot) {
        return snapshot.onItem()
                .transform(read -> (Throwable) null)
                .onFailure()
                .recoverWithItem(failure -> failure)
                .await()
                .atMost(Duration.ofSeconds(20));
    }

    private static Uni<String> first(Uni<RowSet<Row>> rows) {
        return rows.map(read -> read.iterator().next().getValue(0).toString());
    }
}
