package vn.hocvuso.identity;

import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowIterator;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.hocvuso.audit.AuditLog;
import vn.hocvuso.common.Ids;

/**
 * Opaque refresh tokens with rotation and reuse detection (OAuth 2.0 Security BCP). Only a SHA-256 of
 * each token is stored. Rotation locks the presented row, so two concurrent uses of one token cannot
 * both succeed: the second is a reuse and ends the session for everyone holding it (and is audited).
 * A session ends at the latest {@code hocvuso.auth.session-lifetime} after its login, however often it
 * is refreshed.
 */
@ApplicationScoped
public class RefreshTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** A used token presented again within this time is refused without ending the session. */
    static final Duration REUSE_GRACE = Duration.ofSeconds(10);

    private final Pool pool;
    private final AuthConfig config;
    private final AuditLog audit;

    public RefreshTokens(Pool pool, AuthConfig config, AuditLog audit) {
        this.pool = pool;
        this.config = config;
        this.audit = audit;
    }

    /** The outcome of presenting a refresh token. */
    public sealed interface Rotation {
        /** {@code expiresInSeconds}: the new token's lifetime, shorter near the end of the session. */
        record Rotated(UUID userId, UUID sessionId, String newToken, long expiresInSeconds) implements Rotation {}

        /** Unknown, expired, revoked, or reused (in which case the whole session was just revoked). */
        record Refused(boolean reuseDetected, UUID sessionId, UUID userId) implements Rotation {
            static Refused plainly() {
                return new Refused(false, null, null);
            }
        }
    }

    /** Starts a session (a token family) and returns its first token. */
    public Uni<String> start(UUID userId, UUID sessionId) {
        return start(pool, userId, sessionId);
    }

    /** The same, in the caller's transaction (a login commits its audit record with the session). */
    public Uni<String> start(SqlClient client, UUID userId, UUID sessionId) {
        String token = newToken();
        return client.preparedQuery("""
                INSERT INTO refresh_token (id, family_id, user_id, token_hash, expires_at)
                VALUES ($1, $2, $3, $4, $5)
                """)
                .execute(Tuple.of(Ids.newId(), sessionId, userId, hash(token), expiry()))
                .replaceWith(token);
    }

    /** The account a token belongs to, or null: for limits per account before a rotation. */
    public Uni<UUID> ownerOf(String presented) {
        return pool.preparedQuery("SELECT user_id FROM refresh_token WHERE token_hash = $1")
                .execute(Tuple.of(hash(presented)))
                .map(rows -> rows.size() == 0 ? null : rows.iterator().next().getUUID("user_id"));
    }

    public Uni<Rotation> rotate(String presented) {
        return pool.withTransaction(connection -> connection
                .preparedQuery("""
                SELECT id, family_id, user_id, session_started_at, used_at IS NOT NULL AS used,
                       coalesce(used_at > now() - make_interval(secs => $2), false) AS just_used,
                       revoked_at IS NOT NULL OR expires_at < now()
                           OR session_started_at < now() - make_interval(secs => $3) AS dead
                FROM refresh_token WHERE token_hash = $1 FOR UPDATE
                """)
                .execute(Tuple.of(hash(presented), (double) REUSE_GRACE.toSeconds(), (double)
                        lifetime().toSeconds()))
                .chain(rows -> {
                    RowIterator<Row> it = rows.iterator();
                    if (!it.hasNext()) {
                        return Uni.createFrom().item((Rotation) Rotation.Refused.plainly());
                    }
                    Row row = it.next();
                    UUID familyId = row.getUUID("family_id");
                    if (row.getBoolean("dead")) {
                        return Uni.createFrom().item((Rotation) Rotation.Refused.plainly());
                    }
                    if (row.getBoolean("just_used")) {
                        // Two tabs of one browser refreshing at once: refuse the slower one, but a
                        // replay this close to the real use is no sign of theft; keep the session.
                        return Uni.createFrom().item((Rotation) Rotation.Refused.plainly());
                    }
                    UUID userId = row.getUUID("user_id");
                    if (row.getBoolean("used")) {
                        // A token used twice was copied: revoke the session, audit it, commit, then refuse.
                        return connection
                                .preparedQuery(
                                        "UPDATE refresh_token SET revoked_at = now() WHERE family_id = $1 AND revoked_at IS NULL")
                                .execute(Tuple.of(familyId))
                                .call(() -> audit.record(
                                        connection,
                                        null,
                                        "REFRESH_TOKEN_REUSED",
                                        "user",
                                        userId.toString(),
                                        Map.of("sessionId", familyId.toString())))
                                .replaceWith((Rotation) new Rotation.Refused(true, familyId, userId));
                    }
                    String next = newToken();
                    OffsetDateTime sessionEnd =
                            row.getOffsetDateTime("session_started_at").plus(lifetime());
                    OffsetDateTime expiry = expiry().isBefore(sessionEnd) ? expiry() : sessionEnd;
                    return connection
                            .preparedQuery("UPDATE refresh_token SET used_at = now() WHERE id = $1")
                            .execute(Tuple.of(row.getUUID("id")))
                            .chain(() -> connection
                                    .preparedQuery("""
                                    INSERT INTO refresh_token (id, family_id, user_id, token_hash, expires_at, session_started_at)
                                    VALUES ($1, $2, $3, $4, $5, $6)
                                    """)
                                    .execute(Tuple.of(
                                            Ids.newId(),
                                            familyId,
                                            userId,
                                            hash(next),
                                            expiry,
                                            row.getOffsetDateTime("session_started_at"))))
                            .replaceWith((Rotation) new Rotation.Rotated(
                                    userId,
                                    familyId,
                                    next,
                                    Math.max(
                                            0,
                                            Duration.between(OffsetDateTime.now(ZoneOffset.UTC), expiry)
                                                    .toSeconds())));
                }));
    }

    /** Ends the session the token belongs to; unknown tokens are ignored. */
    public Uni<Void> revokeSessionOf(String presented) {
        return pool.preparedQuery("""
                UPDATE refresh_token SET revoked_at = now()
                WHERE revoked_at IS NULL
                  AND family_id = (SELECT family_id FROM refresh_token WHERE token_hash = $1)
                """).execute(Tuple.of(hash(presented))).replaceWithVoid();
    }

    /** Ends every session of a user but one (after a password change, the one that changed it stays). */
    public Uni<Void> revokeOtherSessions(UUID userId, UUID keepSessionId) {
        return pool.preparedQuery("""
                UPDATE refresh_token SET revoked_at = now()
                WHERE user_id = $1 AND revoked_at IS NULL AND family_id IS DISTINCT FROM $2
                """).execute(Tuple.of(userId, keepSessionId)).replaceWithVoid();
    }

    /**
     * Ends every session of a user (an administrator's "log out everywhere"), audited in the same
     * transaction; returns how many were open. Access tokens already issued run out within their
     * lifetime (15 minutes).
     */
    public Uni<Integer> endAllSessions(UUID actorId, UUID userId) {
        return pool.withTransaction(tx -> tx.preparedQuery("""
                UPDATE refresh_token SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL
                RETURNING family_id
                """)
                .execute(Tuple.of(userId))
                .chain(rows -> {
                    Set<UUID> families = new HashSet<>();
                    rows.forEach(r -> families.add(r.getUUID("family_id")));
                    return audit.record(
                                    tx,
                                    actorId,
                                    "SESSIONS_ENDED",
                                    "user",
                                    userId.toString(),
                                    Map.of("sessions", families.size()))
                            .replaceWith(families.size());
                }));
    }

    public long ttlSeconds() {
        return config.auth().refreshTokenTtl().toSeconds();
    }

    private Duration lifetime() {
        return config.auth().sessionLifetime();
    }

    private OffsetDateTime expiry() {
        return OffsetDateTime.now(ZoneOffset.UTC).plus(config.auth().refreshTokenTtl());
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static Buffer hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return Buffer.buffer(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
