package vn.hocvuso.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestResponse.StatusCode;

/**
 * The {@code Idempotency-Key} header of creating POSTs: a client that did not get an answer (a phone
 * that lost its signal, an HR system that timed out) sends the same request again with the same key
 * and gets the first answer back instead of creating a second thing.
 *
 * <p>A helper that each creating resource method calls, rather than an HTTP filter: the method knows
 * the caller (after authentication), the parsed body and the response type, so the fingerprint is the
 * canonical JSON of the body (whitespace and field order do not matter) and the replay is a typed
 * response that the contract check sees like any other. Rules:
 * <ul>
 * <li>same caller, key, operation and body: the first response (status, body, Location) again, with
 * {@code Idempotent-Replayed: true};</li>
 * <li>same caller and key with another body or operation: 422 {@code idempotency_key_reused};</li>
 * <li>while the first request is still running: 409 {@code idempotency_in_progress};</li>
 * <li>only successful (2xx) answers are kept: after a failure the same key may be tried again;</li>
 * <li>keys are kept for {@code hocvuso.integrations.idempotency-ttl} (24 hours);</li>
 * <li>an answer that carries a secret shown once (a client secret, a signing secret) is stored without
 * it ({@link #runKeepingNoSecret}): a replay returns the resource, never the secret again, and the
 * table holds none.</li>
 * </ul>
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final Pattern SANE_KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");
    /** RFC 9110 §15.5.21; the framework's status names stop at the older list without it. */
    private static final int UNPROCESSABLE_CONTENT = 422;

    private final Pool pool;
    private final ObjectMapper json;
    private final Duration ttl;
    private final Duration pendingTimeout;

    public Idempotency(
            Pool pool,
            ObjectMapper json,
            @ConfigProperty(name = "hocvuso.integrations.idempotency-ttl", defaultValue = "PT24H") Duration ttl,
            @ConfigProperty(name = "hocvuso.integrations.idempotency-pending-timeout", defaultValue = "PT1M")
                    Duration pendingTimeout) {
        this.pool = pool;
        this.json = json;
        this.ttl = ttl;
        this.pendingTimeout = pendingTimeout;
    }

    /** The fingerprint of a JSON request body: SHA-256 of its canonical serialisation. */
    public byte[] fingerprint(Object body) {
        try {
            return Secrets.sha256(json.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Runs {@code action} once per (caller, key); without a key, simply runs it.
     *
     * @param operation names the endpoint (and the path's ids), so one key cannot replay another operation
     */
    public <T> Uni<RestResponse<T>> run(
            String key,
            String caller,
            String operation,
            byte[] requestHash,
            Class<T> type,
            Supplier<Uni<RestResponse<T>>> action) {
        return runKeepingNoSecret(key, caller, operation, requestHash, type, UnaryOperator.identity(), action);
    }

    /**
     * As {@link #run}, for an import whose body is the file itself: the fingerprint is the file's bytes (there is no
     * JSON to put in canonical form), and the import's report answers 200.
     */
    public <T> Uni<RestResponse<T>> runImport(
            String key, String caller, String operation, byte[] file, Class<T> type, Supplier<Uni<T>> importing) {
        byte[] fingerprint = Secrets.sha256(file == null ? new byte[0] : file);
        return run(
                key, caller, operation, fingerprint, type, () -> importing.get().map(RestResponse::ok));
    }

    /**
     * As {@link #run}, for an answer that carries a secret: {@code withoutSecret} gives what is stored and
     * replayed (the same answer without the secret).
     */
    public <T> Uni<RestResponse<T>> runKeepingNoSecret(
            String key,
            String caller,
            String operation,
            byte[] requestHash,
            Class<T> type,
            UnaryOperator<T> withoutSecret,
            Supplier<Uni<RestResponse<T>>> action) {
        if (key == null) {
            return Uni.createFrom().<RestResponse<T>>deferred(action::get);
        }
        if (!SANE_KEY.matcher(key).matches()) {
            return Uni.createFrom().failure(new ApiException(StatusCode.BAD_REQUEST, "invalid_idempotency_key"));
        }
        // Claim the key: a new row, or an expired one (or one whose first request died) taken over.
        return pool.preparedQuery("""
                INSERT INTO idempotency_key (caller, key, operation, request_hash) VALUES ($1, $2, $3, $4)
                ON CONFLICT (caller, key) DO UPDATE
                    SET operation = EXCLUDED.operation, request_hash = EXCLUDED.request_hash, status = NULL,
                        response_body = NULL, location = NULL, created_at = now()
                    WHERE idempotency_key.created_at < now() - make_interval(secs => $5)
                       OR (idempotency_key.status IS NULL AND idempotency_key.created_at < now() - make_interval(secs => $6))
                RETURNING 1
                """)
                .execute(Tuple.tuple()
                        .addString(caller)
                        .addString(key)
                        .addString(operation)
                        .addBuffer(Buffer.buffer(requestHash))
                        .addDouble((double) ttl.toSeconds())
                        .addDouble((double) pendingTimeout.toSeconds()))
                .chain(claimed -> claimed.size() == 1
                        ? first(key, caller, withoutSecret, action)
                        : existing(key, caller, operation, requestHash, type));
    }

    private <T> Uni<RestResponse<T>> first(
            String key, String caller, UnaryOperator<T> stored, Supplier<Uni<RestResponse<T>>> action) {
        return Uni.createFrom()
                .<RestResponse<T>>deferred(action::get)
                .onFailure()
                .call(() -> forget(key, caller))
                .call(response -> {
                    if (response.getStatus() / 100 != 2) {
                        return forget(key, caller);
                    }
                    String body;
                    try {
                        body = response.getEntity() == null
                                ? null
                                : json.writeValueAsString(stored.apply(response.getEntity()));
                    } catch (JsonProcessingException e) {
                        return Uni.createFrom().failure(e);
                    }
                    URI location = response.getLocation();
                    return pool.preparedQuery("""
                            UPDATE idempotency_key SET status = $3, response_body = $4, location = $5
                            WHERE caller = $1 AND key = $2
                            """)
                            .execute(Tuple.of(
                                    caller,
                                    key,
                                    response.getStatus(),
                                    body,
                                    location == null ? null : location.toString()));
                });
    }

    private Uni<Void> forget(String key, String caller) {
        return pool.preparedQuery("DELETE FROM idempotency_key WHERE caller = $1 AND key = $2")
                .execute(Tuple.of(caller, key))
                .replaceWithVoid();
    }

    private <T> Uni<RestResponse<T>> existing(
            String key, String caller, String operation, byte[] requestHash, Class<T> type) {
        return pool.preparedQuery("""
                SELECT operation, request_hash, status, response_body, location FROM idempotency_key
                WHERE caller = $1 AND key = $2
                """).execute(Tuple.of(caller, key)).map(rows -> {
            if (rows.size() == 0) { // forgotten in between (the first request failed): try again later
                throw new ApiException(StatusCode.CONFLICT, "idempotency_in_progress");
            }
            Row row = rows.iterator().next();
            byte[] storedHash = row.getBuffer("request_hash").getBytes();
            if (!operation.equals(row.getString("operation")) || !Arrays.equals(storedHash, requestHash)) {
                throw new ApiException(UNPROCESSABLE_CONTENT, "idempotency_key_reused");
            }
            Integer status = row.getInteger("status");
            if (status == null) {
                throw new ApiException(StatusCode.CONFLICT, "idempotency_in_progress");
            }
            return replay(status, row.getString("response_body"), row.getString("location"), type);
        });
    }

    private <T> RestResponse<T> replay(int status, String body, String location, Class<T> type) {
        T entity;
        try {
            entity = body == null ? null : json.readValue(body, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        RestResponse.ResponseBuilder<T> response =
                RestResponse.ResponseBuilder.<T>create(status).entity(entity).header(REPLAYED_HEADER, "true");
        if (location != null) {
            response.location(URI.create(location));
        }
        return response.build();
    }

    /** Forgets keys older than the retention (called by the retention job, with the other tables that grow). */
    public Uni<Integer> purgeExpired() {
        return pool.preparedQuery("DELETE FROM idempotency_key WHERE created_at < now() - make_interval(secs => $1)")
                .execute(Tuple.of((double) ttl.toSeconds()))
                .map(rows -> rows.rowCount());
    }
}
