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
import java.util.HashMap;
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
        List<ChannelName> targets = targets(kind);
        String key = dedupeKey == null ? null : kind.name() + ":" + userId + ":" + dedupeKey;
        Uni<Void> all = Uni.createFrom().voidItem();
        for (ChannelName channel : targets) {
            all = all.chain(() -> insert(tx, userId, kind, channel, variables, key, null));
        }
        return all;
    }

    /** The channels a message of this kind goes by: the inbox, e-mail, and Zalo or SMS for a phone (those on). */
    public List<ChannelName> targets(Kind kind) {
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
        return targets;
    }

    /**
     * The set-based form of {@link #toPerson} for many people in one statement (reminders, bulk messages):
     * append to SQL whose CTEs end with {@code picked (user_id, dedupe, variables jsonb)}. It writes one row
     * per person and channel in {@code channels} (text[]) that reaches them, leaves out the people who
     * opted out of the kind on that channel (the sender checks again when it sends), and answers
     * {@code queued}, the rows written: a dedupe key already there writes nothing. {@code now}, {@code kind}
     * and {@code channels} are the placeholders ($n) of those values in the caller's statement.
     */
    public static String insertPicked(String now, String kind, String channels) {
        return """
                , queued AS (
                  INSERT INTO notification (id, user_id, kind, channel, language, address, variables, dedupe_key,
                                            next_attempt_at, created_at)
                  SELECT %s, u.id, :kind, ch.channel, coalesce(pr.language, 'vi'),
                         CASE ch.channel WHEN 'EMAIL' THEN u.email WHEN 'IN_APP' THEN NULL ELSE u.phone END,
                         p.variables, :kind || ':' || u.id || ':' || p.dedupe, :now::timestamptz, :now::timestamptz
                  FROM picked p JOIN app_user u ON u.id = p.user_id
                  CROSS JOIN unnest(:channels::text[]) AS ch(channel)
                  LEFT JOIN notification_preference pr ON pr.user_id = u.id
                  WHERE CASE ch.channel WHEN 'EMAIL' THEN u.email IS NOT NULL WHEN 'IN_APP' THEN true
                                        ELSE u.phone IS NOT NULL END
                    AND NOT EXISTS (SELECT 1 FROM notification_opt_out o
                                    WHERE o.user_id = u.id AND o.kind = :kind AND o.channel = ch.channel)
                  ON CONFLICT (dedupe_key, channel) WHERE dedupe_key IS NOT NULL DO NOTHING
                  RETURNING 1)
                """.formatted(UUID_V7)
                .replace(":kind", kind)
                .replace(":now", now)
                .replace(":channels", channels);
    }

    /**
     * A UUID version 7 made in SQL, as {@link vn.hocvuso.common.Ids} makes them in Java (PostgreSQL 15 has no
     * uuidv7()): the time in milliseconds over the first 48 bits of a random UUID, version bits set to 7.
     * A batch's rows then land at the right edge of the primary key instead of on thousands of random
     * pages: a catch-up selection dirtied less than half as many pages per batch with it (docs/benchmarks.md).
     */
    static final String UUID_V7 = "encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid()) placing "
            + "substring(int8send(floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint) FROM 3) FROM 1 FOR 6), "
            + "52, 1), 53, 1), 'hex')::uuid";

    /** {@link #targets} as the text[] a statement of {@link #insertPicked} binds. */
    public String[] channelNames(Kind kind) {
        return targets(kind).stream().map(Enum::name).toArray(String[]::new);
    }

    /**
     * A message to one address a person gave (a reset code to the phone or e-mail they typed). When no
     * channel that is on can reach it, the log keeps a SKIPPED row saying so ({@code no_channel}).
     */
    public Uni<Void> toAddress(
            SqlClient tx, UUID userId, Kind kind, boolean phone, Map<String, String> variables, Instant expiresAt) {
        ChannelName channel =
                phone ? channels.forPhone(kind) : channels.carries(ChannelName.EMAIL, kind) ? ChannelName.EMAIL : null;
        if (channel == null) {
            return tx.preparedQuery("""
                    INSERT INTO notification (id, user_id, kind, channel, status, last_error, next_attempt_at, created_at)
                    VALUES ($1, $2, $3, $4, 'SKIPPED', 'no_channel', $5, $5)
                    """)
                    .execute(Tuple.of(
                            Ids.newId(),
                            userId,
                            kind.name(),
                            phone ? ChannelName.SMS.name() : ChannelName.EMAIL.name(),
                            now()))
                    .replaceWithVoid();
        }
        return insert(tx, userId, kind, channel, variables, null, expiresAt);
    }

    private Uni<Void> insert(
            SqlClient tx,
            UUID userId,
            Kind kind,
            ChannelName channel,
            Map<String, String> variables,
            String dedupeKey,
            Instant expiresAt) {
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
                """)
                .execute(Tuple.tuple()
                        .addUUID(Ids.newId())
                        .addUUID(userId)
                        .addString(kind.name())
                        .addString(channel.name())
                        .addString(new JsonObject(new HashMap<String, Object>(variables)).encode())
                        .addString(dedupeKey)
                        .addOffsetDateTime(expiresAt == null ? null : expiresAt.atOffset(ZoneOffset.UTC))
                        .addOffsetDateTime(now()))
                .replaceWithVoid();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
