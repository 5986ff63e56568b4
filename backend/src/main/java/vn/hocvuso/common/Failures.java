package vn.hocvuso.common;

import com.fasterxml.jackson.core.JacksonException;
import io.netty.channel.ConnectTimeoutException;
import io.smallrye.mutiny.Uni;
import io.vertx.core.VertxException;
import io.vertx.core.impl.NoStackTraceThrowable;
import io.vertx.pgclient.PgException;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.hibernate.JDBCException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.JDBCConnectionException;
import org.jboss.resteasy.reactive.RestResponse.StatusCode;

/**
 * Failures that are not bugs of ours, recognised at one depth (the problem mappers) instead of a catch
 * at every call site, wherever the cause sits in the chain (Hibernate Reactive and Mutiny wrap them):
 * <ul>
 * <li>PostgreSQL unreachable, a connection dropped, a statement or idle-transaction timeout, no free
 * connection in time: 503 {@code service_unavailable} with {@code Retry-After}: the client (the web
 * app's offline queue, an integrator) retries, and nothing it was told was saved is lost;</li>
 * <li>a unique index that decided a race between two requests (SQLSTATE 23505): 409 with the code of
 * the constraint ({@code phone_taken}, {@code role_already_granted}…, else {@code conflict});</li>
 * <li>the file-parsing pool full: 503 {@code server_busy};</li>
 * <li>text PostgreSQL cannot hold (a NUL character in a value that reaches a query unvalidated, such as a
 * login): 400 {@code invalid_characters}, found by the contract fuzzer.</li>
 * </ul>
 */
public final class Failures {

    private static final String UNIQUE_VIOLATION = "23505";
    /** Unique constraints and indexes → (code, field the client sent, or null). */
    private static final Map<String, String[]> UNIQUE_CODES = Map.of(
            "app_user_phone_key", new String[] {"phone_taken", "phone"},
            "app_user_email_key", new String[] {"email_taken", "email"},
            "app_user_employee_number_idx", new String[] {"employee_number_taken", "employeeNumber"},
            "course_slug_key", new String[] {"slug_taken", "slug"},
            "role_grant_once_idx", new String[] {"role_already_granted", null},
            "agency_name_in_unit_idx", new String[] {"organisation_name_taken", "name"},
            "village_name_in_unit_idx", new String[] {"village_name_taken", "name"});

    private static final int BUSY_RETRY_AFTER_SECONDS = 5;
    /** Where RESTEasy Reactive parses multipart bodies (see {@link #isUnreadableBody}). */
    private static final String MULTIPART_PARSER = "org.jboss.resteasy.reactive.server.core.multipart.";
    /** Text PostgreSQL cannot store (a NUL character, SQLSTATE 22021) or convert (22P05): the client's input, a 400. */
    private static final Set<String> UNSTORABLE_TEXT = Set.of("22021", "22P05");

    private Failures() {}

    /** The answer a client can act on, or null for a failure that is a bug (500). */
    static ApiException translate(Throwable failure, int unavailableRetryAfterSeconds) {
        ApiException conflict = uniqueViolation(failure);
        if (conflict != null) {
            return conflict;
        }
        for (Throwable e = failure; e != null; e = e.getCause()) {
            if (e instanceof PgException pg && UNSTORABLE_TEXT.contains(pg.getSqlState())
                    || e instanceof JDBCException jdbc && UNSTORABLE_TEXT.contains(jdbc.getSQLState())) {
                return new ApiException(StatusCode.BAD_REQUEST, "invalid_characters");
            }
            if (e instanceof BulkheadException) {
                return ApiException.unavailable("server_busy", BUSY_RETRY_AFTER_SECONDS);
            }
            if (databaseUnavailable(e)) {
                return ApiException.unavailable("service_unavailable", unavailableRetryAfterSeconds);
            }
            if (e.getCause() == e) {
                break;
            }
        }
        return null;
    }

    /**
     * Whether the failure is the request's own body that could not be read: a multipart body cut off
     * before its closing boundary. RESTEasy Reactive's multipart parser reports it as a plain
     * {@link IOException} (no subclass, a message that is not an API), so it is told apart by where it
     * was thrown; without this it read as the database's connection, a 503 (found by the contract fuzzer).
     */
    public static boolean isUnreadableBody(Throwable failure) {
        for (Throwable e = failure; e != null; e = e.getCause()) {
            if (e instanceof IOException && !(e instanceof JacksonException)) {
                for (StackTraceElement frame : e.getStackTrace()) {
                    if (frame.getClassName().startsWith(MULTIPART_PARSER)) {
                        return true;
                    }
                }
            }
            if (e.getCause() == e) {
                break;
            }
        }
        return false;
    }

    /** Whether the failure is a unique index deciding a race (for callers that turn it into their own answer). */
    public static boolean isUniqueViolation(Throwable failure) {
        return constraintOf(failure) != null;
    }

    /** The 409 of a unique index that decided a race (its constraint's code and field); null for any other failure. */
    public static ApiException uniqueViolation(Throwable failure) {
        String constraint = constraintOf(failure);
        if (constraint == null) {
            return null;
        }
        for (Map.Entry<String, String[]> known : UNIQUE_CODES.entrySet()) {
            if (constraint.contains(known.getKey())) {
                String[] code = known.getValue();
                return code[1] == null
                        ? new ApiException(StatusCode.CONFLICT, code[0])
                        : ApiException.conflict(code[0], code[1]);
            }
        }
        return new ApiException(StatusCode.CONFLICT, "conflict");
    }

    /**
     * A background job's write that follows the database's going away (putting its work back in the queue): the
     * pool may hand out once more a connection the same restart closed, and a restart takes a few seconds, so it is
     * tried again for about ten; still away, it is given up (the job's lease or heartbeat then runs out and a later
     * run takes the work up).
     */
    public static Uni<Void> triedThroughARestart(Uni<Void> write) {
        return write.onFailure()
                .retry()
                .withBackOff(Duration.ofMillis(200), Duration.ofSeconds(2))
                .atMost(6)
                .onFailure()
                .recoverWithNull();
    }

    /**
     * Whether the failure is the database's unavailability (see {@link #databaseUnavailable}), which a
     * retry later can overcome: background work waits and tries again instead of recording it.
     */
    public static boolean isTransient(Throwable failure) {
        for (Throwable e = failure; e != null; e = e.getCause()) {
            if (databaseUnavailable(e)) {
                return true;
            }
            if (e.getCause() == e) {
                break;
            }
        }
        return false;
    }

    /** The name (or, failing that, the message) of the unique constraint violated; null for any other failure. */
    private static String constraintOf(Throwable failure) {
        for (Throwable e = failure; e != null; e = e.getCause()) {
            if (e instanceof PgException pg && UNIQUE_VIOLATION.equals(pg.getSqlState())) {
                return pg.getConstraint() + " " + pg.getMessage();
            }
            if (e instanceof ConstraintViolationException cve && UNIQUE_VIOLATION.equals(cve.getSQLState())) {
                return cve.getConstraintName() + " " + cve.getMessage();
            }
            if (e.getCause() == e) {
                break;
            }
        }
        return null;
    }

    /**
     * Whether a call to another server (a webhook receiver, an SMS or Zalo provider) failed by waiting
     * too long: our own deadline (Mutiny's {@code TimeoutException}), the connect timeout, or Vert.x's
     * idle timeout ({@code NoStackTraceTimeoutException}), wherever it sits in the chain. Anything else is
     * a failed connection. One answer for every sender, so that their delivery logs say the same.
     */
    public static boolean isTimeout(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof TimeoutException
                    || t instanceof ConnectTimeoutException
                    || t.getClass().getSimpleName().endsWith("TimeoutException")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /**
     * The database could not be reached or answered in time: connection refused, reset or closed
     * (also PostgreSQL ending the session: class 08, 57P01–57P03 shutdown, 53 out of resources),
     * a statement cancelled by the statement timeout (57014) or the session ended by the
     * idle-in-transaction timeout (25P03), or no pooled connection within the acquire timeout.
     */
    private static boolean databaseUnavailable(Throwable e) {
        if (e instanceof PgException pg) {
            String state = String.valueOf(pg.getSqlState());
            return state.startsWith("08")
                    || state.startsWith("57P0")
                    || state.startsWith("53")
                    || state.equals("57014")
                    || state.equals("25P03");
        }
        String name = e.getClass().getName();
        // Any I/O failure on a request's path is the database's connection (NIO reports a reset as a
        // plain IOException); JSON errors are IOExceptions too, but have mappers of their own.
        return e instanceof IOException && !(e instanceof JacksonException) && !isUnreadableBody(e)
                || e instanceof ConnectTimeoutException
                || e instanceof TimeoutException
                || e instanceof JDBCConnectionException
                || name.equals("io.vertx.sqlclient.ClosedConnectionException")
                || name.endsWith(".NoStackTraceTimeoutException")
                || poolTimeout(e)
                || (e instanceof VertxException
                        && String.valueOf(e.getMessage()).contains("closed"));
    }

    /**
     * No pooled connection came free within {@code hocvuso.db.acquire-timeout}. Vert.x says so without a
     * type of its own: a bare "Timeout" when a connection is borrowed (transactions, Hibernate Reactive
     * sessions) and "Timeout waiting for connection" for a one-statement query on the pool; the soak of
     * issue 20 saw both answered 500 (PoolExhaustionTest).
     */
    private static boolean poolTimeout(Throwable e) {
        String message = String.valueOf(e.getMessage());
        return e instanceof NoStackTraceThrowable && message.equals("Timeout")
                || e instanceof VertxException && message.equals("Timeout waiting for connection");
    }
}
