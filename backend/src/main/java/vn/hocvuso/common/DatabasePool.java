package vn.hocvuso.common;

import io.quarkus.reactive.pg.client.PgPoolCreator;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.PgPool;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The reactive pool of the API (used by Hibernate Reactive and by the SQL of the hot paths), created
 * from Quarkus's datasource settings plus the timeouts of {@link DatabaseConfig}, which the datasource
 * configuration does not offer: connect and acquire timeouts and a dead-socket timeout on the client,
 * and statement and idle-in-transaction timeouts sent to PostgreSQL as session settings when each
 * connection starts. {@link ReadPool}'s pool of the standby gets the same ones.
 */
@Singleton
public class DatabasePool implements PgPoolCreator {

    private final DatabaseConfig config;

    public DatabasePool(DatabaseConfig config) {
        this.config = config;
    }

    @Override
    @SuppressWarnings("deprecation") // Quarkus casts the pool to PgPool, which only PgPool.pool builds
    public Pool create(Input input) {
        List<PgConnectOptions> connections = input.pgConnectOptionsList();
        connections.forEach(this::bound);
        return PgPool.pool(input.vertx(), connections, bound(input.poolOptions()));
    }

    /** The pool's wait for a connection, bounded by {@link DatabaseConfig#acquireTimeout()}. */
    PoolOptions bound(PoolOptions pool) {
        return pool.setConnectionTimeout((int) config.acquireTimeout().toMillis())
                .setConnectionTimeoutUnit(TimeUnit.MILLISECONDS);
    }

    /** A connection's connect and socket timeouts, and the session's statement and idle-in-transaction ones. */
    PgConnectOptions bound(PgConnectOptions options) {
        options.setConnectTimeout((int) config.connectTimeout().toMillis());
        options.setIdleTimeout((int) config.socketIdleTimeout().toMillis());
        options.setIdleTimeoutUnit(TimeUnit.MILLISECONDS);
        options.addProperty(
                "statement_timeout", String.valueOf(config.statementTimeout().toMillis()));
        options.addProperty(
                "idle_in_transaction_session_timeout",
                String.valueOf(config.idleInTransactionTimeout().toMillis()));
        return options;
    }
}
