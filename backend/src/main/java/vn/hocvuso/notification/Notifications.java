package vn.hocvuso.notification;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.hocvuso.common.Ids;

/**
 * Where features ask for a message: rows in the outbox ({@code notification}), written through the
 * caller's transaction so that a message exists exactly when its cause committed. The sender
 * ({@link NotificationSender}) does the rest: opt-outs, quiet hours, throttling, retries.
 */
@ApplicationScoped
public class Notifications {

    private final Channels channels;
    private final Clock clock;

    public Notifications(Channels channels, Clock clock) {
        this.channels = channels;
        this.clock = clock;
    }

    /**
     * A message of {@code kind} to a person on every channel that is on and can reach them: the in-app
     * inbox, their e-mail, their phone (Zalo when it carries the kind, else SMS). {@code dedupeKey} names
     * the period (one per person, kind and key, whatever retries the cause makes).
     */
    public Uni<Void> toPerson(SqlClient tx, UUID userId, Kind kind, Map<String, String> variables, String dedupeKey) {
        List<ChannelName> targets = new ArrayList<>();
        if (channels.carries(ChannelName.IN_APP, kind)) {
            targets.add(ChannelName.IN_APP);
        }
        if (channels.carries(ChannelName.EMAIL, kind)) {
            targets.add(ChannelName.EMAIL);
        }
        ChannelName phone = channels.forPhone(kind);
        if (phone != null) {
            targets.add(phone);
        }
        String key = dedupeKey == null ? null : kind.name() + ":" + userId + ":" + dedupeKey;
        Uni<Void> all = Uni.createFrom().voidItem();
        for (ChannelName channel : targets) {
            all = all.chain(() -> insert(tx, userId, kind, channel, variables, key, null));
        }
        return all;
    }

    /**
     * A message to one address a person gave (a reset code to the phone or e-mail they typed). When no
     * channel that is on can reach it, the log keeps a SKIPPED row saying so ({@code no_channel}).
     */
    public Uni<Void> toAddress(SqlClient tx, UUID userId, Kind kind, boolean phone, Map<String, String> variables,
            Instant expiresAt) {
        ChannelName channel = phone ? channels.forPhone(kind)
                : channels.carries(ChannelName.EMAIL, kind) ? ChannelName.EMAIL : null;
        if (channel == null) {
            return tx.preparedQuery("""
                    INSERT INTO notification (id, user_id, kind, channel, status, last_error, next_attempt_at, created_at)
                    VALUES ($1, $2, $3, $4, 'SKIPPED', 'no_channel', $5, $5)
                    """).execute(Tuple.of(Ids.newId(), userId, kind.name(), phone ? ChannelName.SMS.name()
                    : ChannelName.EMAIL.name(), now())).replaceWithVoid();
        }
        return insert(tx, userId, kind, channel, variables, null, expiresAt);
    }

    private Uni<Void> insert(SqlClient tx, UUID userId, Kind kind, ChannelName channel, Map<String, String> variables,
            String dedupeKey, Instant expiresAt) {
        return tx.preparedQuery("""
                INSERT INTO notification (id, user_id, kind, channel, language, address, variables, dedupe_key,
                                          expires_at, next_attempt_at, created_at)
                SELECT $1, u.id, $3, $4, coalesce(p.language, 'vi'),
                       CASE $4 WHEN 'EMAIL' THEN u.email WHEN 'IN_APP' THEN NULL ELSE u.phone END,
                       $5::text::jsonb, $6, $7, $8, $8
                FROM app_user u LEFT JOIN notification_preference p ON p.user_id = u.id
                WHERE u.id = $2 AND CASE $4 WHEN 'EMAIL' THEN u.email IS NOT NULL WHEN 'IN_APP' THEN true
                                            ELSE u.phone IS NOT NULL END
                ON CONFLICT (dedupe_key, channel) WHERE dedupe_key IS NOT NULL DO NOTHING
                """).execute(Tuple.tuple().addUUID(Ids.newId()).addUUID(userId).addString(kind.name())
                        .addString(channel.name()).addString(new JsonObject(new java.util.HashMap<String, Object>(variables)).encode())
                        .addString(dedupeKey)
                        .addOffsetDateTime(expiresAt == null ? null : expiresAt.atOffset(ZoneOffset.UTC))
                        .addOffsetDateTime(now()))
                .replaceWithVoid();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
