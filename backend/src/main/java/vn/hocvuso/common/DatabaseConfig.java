package vn.hocvuso.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/**
 * How the API treats PostgreSQL when it is slow or away ({@code hocvuso.db.*}); applied to every pooled
 * connection by {@link DatabasePool}. Together they bound every wait on the database, so a request
 * either gets its answer or a 503 {@code service_unavailable} with {@code Retry-After}: never a hang.
 */
@ConfigMapping(prefix = "hocvuso.db")
public interface DatabaseConfig {

    /**
     * PostgreSQL cancels a statement that runs longer ({@code statement_timeout}): the longest query of
     * the API (a batch of 500 roster rows) takes well under a second.
     */
    @WithDefault("PT30S")
    Duration statementTimeout();

    /**
     * PostgreSQL ends a session that keeps a transaction open without a statement for longer
     * ({@code idle_in_transaction_session_timeout}), so a stuck client never holds row locks.
     */
    @WithDefault("PT60S")
    Duration idleInTransactionTimeout();

    /** How long opening a TCP connection to PostgreSQL may take before the attempt fails. */
    @WithDefault("PT5S")
    Duration connectTimeout();

    /**
     * How long a request waits for a pooled connection (all busy, or the database unreachable) before
     * its 503 {@code service_unavailable}. Short on purpose: a wait longer than a second means more work
     * than the pool can do, and waiting longer only builds a queue that every later request waits behind
     * (the soak of issue 20 saw requests queue for a minute behind a 5-second limit); told to come back,
     * clients spread out.
     */
    @WithDefault("PT1S")
    Duration acquireTimeout();

    /**
     * A connection silent for longer than this (no byte either way, even while a statement runs) is
     * presumed dead and closed: longer than the statement timeout, which PostgreSQL enforces itself.
     */
    @WithDefault("PT45S")
    Duration socketIdleTimeout();

    /** The {@code Retry-After} of a 503 while the database is unreachable. */
    @WithDefault("PT5S")
    Duration retryAfter();

    /**
     * A hot standby (or a path to one, such as the read listener of scripts/standby/haproxy-db.cfg) for the
     * reads that tolerate seconds of staleness: the statistics ({@link ReadPool}). Unset (the default): they
     * read on the primary like everything else. Same database name, user and password as the primary.
     */
    Optional<String> readHost();

    /** The port of {@link #readHost()}. */
    @WithDefault("5432")
    int readPort();

    /** Connections kept to {@link #readHost()}; the statistics need few (each response is one snapshot). */
    @WithDefault("10")
    int readPoolSize();

    /**
     * After the standby failed a read, how long the statistics read on the primary before they try it again:
     * while it is away, a request is not made to wait for its connect timeout first.
     */
    @WithDefault("PT10S")
    Duration readRetry();

    /**
     * How far behind the standby may be (the moment its answers are as of, against now) before the statistics
     * read on the primary instead; when the primary fails too, the standby's answer is given, its {@code asOf}
     * saying how old it is.
     */
    @WithDefault("PT1M")
    Duration readMaxLag();
}
