package vn.hocvuso.testing;

import java.sql.Connection;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A statistics answer whose database goes away half-way through its snapshot, made certain without timing:
 * a lock the test holds on {@code stat_progress} stops the snapshot after its first read, the path to the
 * database ({@link PgProxy}) is cut while it waits, then the lock is let go.
 */
public final class MidSnapshot {

    private MidSnapshot() {}

    /** The answer of {@code read} when {@code proxy} was cut in the middle of its snapshot. */
    public static <T> T cutDuring(PgProxy proxy, Supplier<T> read) throws Exception {
        try (Connection holder = Database.connect()) {
            holder.setAutoCommit(false);
            holder.createStatement().execute("LOCK TABLE stat_progress IN ACCESS EXCLUSIVE MODE");
            CompletableFuture<T> reading = CompletableFuture.supplyAsync(read);
            Database.awaitLockWaiters(1);
            proxy.cut();
            // Let go before waiting: a read that goes on elsewhere (the primary, for a standby) needs the table.
            holder.rollback();
            return reading.get(20, TimeUnit.SECONDS);
        }
    }
}
