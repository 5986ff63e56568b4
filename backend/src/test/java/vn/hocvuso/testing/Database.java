package vn.hocvuso.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Read-only peeks into the test database, for what HTTP cannot show but users rely on: that a password
 * is stored hashed, that an audit record was written.
 */
public final class Database {

    private Database() {}

    /** The first column of the first row as text (null without a row), from the test database. */
    public static String queryString(String sql, Object... params) {
        try (Connection connection = connect()) {
            return queryString(connection, sql, params);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same, from any database (the restore drill reads its own clusters). */
    public static String queryString(String url, String user, String password, String sql, Object... params) {
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            return queryString(connection, sql, params);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs a statement (tests use it only to set up states HTTP cannot reach quickly, like an elapsed lock). */
    public static void execute(String sql, Object... params) {
        queryString(sql, params);
    }

    /**
     * The rollups' clock (V133): the interval the database adds to now() when it dates a change or a fact; a test
     * that moves the application's clock a day on moves this one too, as a real midnight would.
     */
    public static void setStatsClock(Duration offset) {
        execute(
                "CREATE OR REPLACE FUNCTION stat_clock_offset() RETURNS interval LANGUAGE sql STABLE AS $$ SELECT interval '"
                        + offset.toSeconds() + " seconds' $$");
    }

    /**
     * A connection of the test's own, for holding a row lock while requests queue behind it (ordering
     * concurrent requests deterministically, without sleeping) or for reading while the API's own
     * connections are cut. The caller closes it.
     */
    public static Connection connect() throws SQLException {
        var config = ConfigProvider.getConfig();
        String url = config.getOptionalValue("hocvuso-test.direct-jdbc-url", String.class)
                .orElse(config.getValue("quarkus.datasource.jdbc.url", String.class));
        return DriverManager.getConnection(
                url,
                config.getValue("quarkus.datasource.username", String.class),
                config.getOptionalValue("quarkus.datasource.password", String.class)
                        .orElse(""));
    }

    /**
     * A transaction of the test's own that has taken the row locks of {@code selectForUpdate} (a
     * {@code SELECT … FOR UPDATE}): requests that need those rows queue behind it until the caller commits.
     * The caller closes it.
     */
    public static Connection holdingLock(String selectForUpdate, Object... params) throws SQLException {
        Connection holder = connect();
        holder.setAutoCommit(false);
        try (PreparedStatement lock = holder.prepareStatement(selectForUpdate)) {
            for (int i = 0; i < params.length; i++) {
                lock.setObject(i + 1, params[i]);
            }
            lock.execute();
        }
        return holder;
    }

    /** Waits until this many sessions of the test database wait for a row lock. */
    public static void awaitLockWaiters(int count) {
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(20))
                .until(() -> Integer.parseInt(queryString("""
                SELECT count(*) FROM pg_stat_activity
                WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()
                """)) >= count);
    }

    /**
     * A race made certain: {@code count} copies of {@code request} are sent at once while {@code holder}
     * (a transaction of the test) holds a lock they all need; once every one of them waits for it, the
     * holder commits and they go on together. Their answers, in the order they were sent.
     */
    public static <T> java.util.List<T> releasedTogether(
            Connection holder, int count, java.util.concurrent.Callable<T> request) throws Exception {
        java.util.concurrent.ExecutorService senders = java.util.concurrent.Executors.newFixedThreadPool(count);
        try {
            java.util.List<java.util.concurrent.Future<T>> sent = new java.util.ArrayList<>();
            for (int i = 0; i < count; i++) {
                sent.add(senders.submit(request));
            }
            awaitLockWaiters(count);
            holder.commit();
            java.util.List<T> answers = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<T> answer : sent) {
                answers.add(answer.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            senders.shutdownNow();
        }
    }

    private static String queryString(Connection connection, String sql, Object... params) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            if (!statement.execute()) {
                return null;
            }
            try (ResultSet rows = statement.getResultSet()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }
}
