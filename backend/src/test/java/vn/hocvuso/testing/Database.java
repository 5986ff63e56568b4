package vn.hocvuso.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Read-only peeks into the test database, for what HTTP cannot show but users rely on: that a password
 * is stored hashed, that an audit record was written.
 */
public final class Database {

    private Database() {
    }

    public static String queryString(String sql, Object... params) {
        Config config = ConfigProvider.getConfig();
        return queryString(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""), sql, params);
    }

    /** The first column of the first row as text (null without a row), from any database. */
    public static String queryString(String url, String user, String password, String sql, Object... params) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                PreparedStatement statement = prepare(connection, sql, params)) {
            if (!statement.execute()) {
                return null;
            }
            try (ResultSet rows = statement.getResultSet()) {
                return rows.next() ? rows.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs a statement (tests use it only to set up states HTTP cannot reach quickly, like an elapsed lock). */
    public static void execute(String sql, Object... params) {
        queryString(sql, params);
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... params) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            statement.setObject(i + 1, params[i]);
        }
        return statement;
    }
}
