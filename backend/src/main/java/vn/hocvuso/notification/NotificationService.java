package vn.hocvuso.notification;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.hocvuso.audit.AuditLog;
import vn.hocvuso.common.ApiException;
import vn.hocvuso.common.Page;
import vn.hocvuso.common.PageRequest;
import vn.hocvuso.common.Rows;
import vn.hocvuso.common.Violations;
import vn.hocvuso.notification.NotificationViews.ChannelReach;
import vn.hocvuso.notification.NotificationViews.ChannelState;
import vn.hocvuso.notification.NotificationViews.Delivery;
import vn.hocvuso.notification.NotificationViews.InboxItem;
import vn.hocvuso.notification.NotificationViews.KindChoice;
import vn.hocvuso.notification.NotificationViews.OptOut;
import vn.hocvuso.notification.NotificationViews.Settings;
import vn.hocvuso.notification.NotificationViews.SettingsUpdate;
import vn.hocvuso.notification.NotificationViews.Template;
import vn.hocvuso.notification.NotificationViews.TemplateText;
import vn.hocvuso.security.Reach;

/** The inbox, a person's settings, the administrator's templates and the delivery log. */
@ApplicationScoped
public class NotificationService {

    private static final List<String> LANGUAGES = List.of("vi", "en");

    private final Pool pool;
    private final Channels channels;
    private final AuditLog audit;

    public NotificationService(Pool pool, Channels channels, AuditLog audit) {
        this.pool = pool;
        this.channels = channels;
        this.audit = audit;
    }

    // --- the inbox ------------------------------------------------------------------------------------

    private static final String INBOX =
            "FROM notification WHERE user_id = $1 AND channel = 'IN_APP' AND status = 'SENT'";

    public Uni<Page<InboxItem>> inbox(UUID userId, PageRequest page) {
        return pool.preparedQuery("SELECT count(*) " + INBOX)
                .execute(Tuple.of(userId))
                .chain(count -> pool.preparedQuery("SELECT id, kind, subject, body, created_at, read_at " + INBOX
                                + " ORDER BY created_at DESC, id DESC LIMIT $2 OFFSET $3")
                        .execute(Tuple.of(userId, page.size, page.offset()))
                        .map(rows -> Rows.page(
                                count,
                                rows,
                                page,
                                r -> new InboxItem(
                                        r.getUUID("id"),
                                        r.getString("kind"),
                                        r.getString("subject"),
                                        r.getString("body"),
                                        instant(r, "created_at"),
                                        instant(r, "read_at")))));
    }

    public Uni<Long> unread(UUID userId) {
        return pool.preparedQuery("SELECT count(*) " + INBOX + " AND read_at IS NULL")
                .execute(Tuple.of(userId))
                .map(rows -> rows.iterator().next().getLong(0));
    }

    /** Marks one message read (again: harmless); 404 when it is not the caller's. */
    public Uni<Void> markRead(UUID userId, UUID id) {
        return pool.preparedQuery(
                        "UPDATE notification SET read_at = coalesce(read_at, now()) WHERE id = $2 AND user_id = $1"
                                + " AND channel = 'IN_APP' AND status = 'SENT'")
                .execute(Tuple.of(userId, id))
                .invoke(rows -> {
                    if (rows.rowCount() == 0) {
                        throw ApiException.notFound("notification_not_found");
                    }
                })
                .replaceWithVoid();
    }

    public Uni<Void> markAllRead(UUID userId) {
        return pool.preparedQuery("UPDATE notification SET read_at = now() WHERE user_id = $1 AND channel = 'IN_APP'"
                        + " AND status = 'SENT' AND read_at IS NULL")
                .execute(Tuple.of(userId))
                .replaceWithVoid();
    }

    // --- channels and settings ------------------------------------------------------------------------

    public List<ChannelState> channelStates() {
        return channels.all().stream()
                .map(c -> new ChannelState(c.name().name(), c.enabled()))
                .toList();
    }

    public Uni<Settings> settings(UUID userId) {
        return pool.preparedQuery("""
                SELECT u.phone IS NOT NULL AS has_phone, u.email IS NOT NULL AS has_email,
                       coalesce((SELECT p.language FROM notification_preference p WHERE p.user_id = u.id), 'vi') AS language,
                       coalesce((SELECT array_agg(o.kind || ' ' || o.channel ORDER BY o.kind, o.channel)
                                 FROM notification_opt_out o WHERE o.user_id = u.id), '{}') AS opt_outs
                FROM app_user u WHERE u.id = $1
                """).execute(Tuple.of(userId)).map(rows -> {
            if (rows.size() == 0) {
                throw ApiException.notFound("user_not_found", userId);
            }
            Row r = rows.iterator().next();
            boolean phone = r.getBoolean("has_phone");
            boolean email = r.getBoolean("has_email");
            List<ChannelReach> reach = channels.all().stream()
                    .map(c -> new ChannelReach(
                            c.name().name(),
                            c.enabled(),
                            switch (c.name()) {
                                case IN_APP -> true;
                                case EMAIL -> email;
                                case SMS, ZALO_ZNS -> phone;
                            }))
                    .toList();
            List<KindChoice> kinds = Arrays.stream(Kind.values())
                    .map(k -> new KindChoice(
                            k.name(),
                            k.optional(),
                            k.channels().stream().sorted().map(Enum::name).toList()))
                    .toList();
            List<OptOut> optOuts = Arrays.stream(r.getArrayOfStrings("opt_outs"))
                    .map(s -> s.split(" "))
                    .map(p -> new OptOut(p[0], p[1]))
                    .toList();
            return new Settings(r.getString("language"), reach, kinds, optOuts);
        });
    }

    /** Replaces the person's language and opt-outs; in-app and transactional kinds cannot be turned off. */
    public Uni<Settings> updateSettings(UUID userId, SettingsUpdate update) {
        String language = update.language() == null ? "vi" : update.language();
        Set<String> pairs = new LinkedHashSet<>(); // each pair once; OptOutRules has checked them
        if (update.optOuts() != null) {
            update.optOuts().forEach(o -> pairs.add(o.kind() + " " + o.channel()));
        }
        String[] kinds = pairs.stream().map(p -> p.split(" ")[0]).toArray(String[]::new);
        String[] chans = pairs.stream().map(p -> p.split(" ")[1]).toArray(String[]::new);
        // an account removed since its token was issued: 404, not a foreign-key failure (found by the fuzzer)
        return pool.withTransaction(tx -> tx.preparedQuery("""
                INSERT INTO notification_preference (user_id, language)
                SELECT $1, $2 WHERE EXISTS (SELECT 1 FROM app_user WHERE id = $1)
                ON CONFLICT (user_id) DO UPDATE SET language = excluded.language, updated_at = now()
                """)
                        .execute(Tuple.of(userId, language))
                        .invoke(saved -> {
                            if (saved.rowCount() == 0) {
                                throw ApiException.notFound("user_not_found", userId);
                            }
                        })
                        .chain(() -> tx.preparedQuery("DELETE FROM notification_opt_out WHERE user_id = $1")
                                .execute(Tuple.of(userId)))
                        .chain(() -> tx.preparedQuery("""
                        INSERT INTO notification_opt_out (user_id, kind, channel)
                        SELECT $1, k, c FROM unnest($2::text[], $3::text[]) AS t(k, c)
                        """).execute(Tuple.of(userId, kinds, chans))))
                .chain(() -> settings(userId));
    }

    // --- templates ------------------------------------------------------------------------------------

    public Uni<Page<Template>> templates(PageRequest page) {
        return pool.preparedQuery("SELECT count(*) FROM notification_template")
                .execute()
                .chain(count -> pool.preparedQuery("""
                SELECT kind, language, subject, body, updated_at FROM notification_template
                ORDER BY kind, language DESC LIMIT $1 OFFSET $2
                """)
                        .execute(Tuple.of(page.size, page.offset()))
                        .map(rows -> Rows.page(count, rows, page, r -> template(r))));
    }

    /** The text checked (variables of the kind, required ones present), saved and audited. */
    public Uni<Template> updateTemplate(UUID actor, String kindName, String language, TemplateText text) {
        Kind kind = checkTemplateKey(kindName, language);
        TemplateText clean = checkText(kind, text);
        return pool.withTransaction(tx -> tx.preparedQuery("""
                UPDATE notification_template SET subject = $3, body = $4, updated_at = now(), updated_by = $5
                WHERE kind = $1 AND language = $2
                RETURNING kind, language, subject, body, updated_at
                """)
                .execute(Tuple.of(kind.name(), language, clean.subject(), clean.body(), actor))
                .chain(rows -> {
                    if (rows.size() == 0) {
                        throw ApiException.notFound("template_not_found", kind.name(), language);
                    }
                    return audit.record(
                                    tx,
                                    actor,
                                    "notification.template.changed",
                                    "notification_template",
                                    kind.name() + "/" + language,
                                    Map.of())
                            .replaceWith(template(rows.iterator().next()));
                }));
    }

    /** The text as a person would read it, with example values; checked like an edit. */
    public TemplateText preview(String kindName, String language, TemplateText text) {
        Kind kind = checkTemplateKey(kindName, language);
        TemplateText clean = checkText(kind, text);
        Map<String, String> samples = Templates.samples(kind, language);
        return new TemplateText(Templates.render(clean.subject(), samples), Templates.render(clean.body(), samples));
    }

    private static Kind checkTemplateKey(String kindName, String language) {
        Kind kind = Kind.parse(kindName);
        if (kind == null || !LANGUAGES.contains(language)) {
            throw ApiException.notFound("template_not_found", kindName, language);
        }
        return kind;
    }

    /** The variables of the path's kind (its fields' shape is the record's constraints'). */
    private static TemplateText checkText(Kind kind, TemplateText text) {
        Violations v = new Violations();
        Templates.check(kind, text.subject(), text.body(), v);
        v.throwIfAny();
        return text;
    }

    private static Template template(Row r) {
        Kind kind = Kind.parse(r.getString("kind"));
        return new Template(
                r.getString("kind"),
                r.getString("language"),
                r.getString("subject"),
                r.getString("body"),
                kind == null ? List.of() : kind.variables(),
                kind == null ? List.of() : kind.required().stream().sorted().toList(),
                instant(r, "updated_at"));
    }

    // --- the delivery log -----------------------------------------------------------------------------

    private static final String LOG_FROM = """
            FROM notification n JOIN app_user u ON u.id = n.user_id
            WHERE ($1 OR u.unit_code = ANY($2::text[]) OR u.agency_id = ANY($3::bigint[]))
              AND ($4::text IS NULL OR n.status = $4) AND ($5::text IS NULL OR n.channel = $5)
              AND ($6::text IS NULL OR n.kind = $6) AND ($7::text IS NULL OR u.unit_code = $7)
              AND ($8::uuid IS NULL OR n.user_id = $8)
            """;

    /**
     * Who was sent what, within the caller's reach; every read is audited (it names people). The filters
     * arrive checked by the resource's constraints; a unit manager naming another unit is refused here.
     */
    public Uni<Page<Delivery>> deliveries(
            UUID reader,
            Reach reach,
            String status,
            String channel,
            String kind,
            String unitCode,
            UUID userId,
            PageRequest page) {
        // A unit manager asking for another unit: not theirs to see (an agency manager's people may live anywhere).
        if (unitCode != null && !reach.coversUnit(unitCode) && reach.agencies().isEmpty()) {
            throw ApiException.forbidden();
        }
        List<Object> args = Arrays.asList(
                reach.everything(),
                reach.units().toArray(String[]::new),
                reach.agencies().toArray(Long[]::new),
                status,
                channel,
                kind,
                unitCode,
                userId);
        return pool.withTransaction(tx -> tx.preparedQuery("SELECT count(*) " + LOG_FROM)
                .execute(Tuple.from(args))
                .chain(count -> {
                    List<Object> pageArgs = new ArrayList<>(args);
                    pageArgs.add(page.size);
                    pageArgs.add(page.offset());
                    return tx.preparedQuery(
                                    """
                            SELECT n.id, n.user_id, u.full_name, u.unit_code, n.kind, n.channel, n.address, n.status,
                                   n.provider_id, n.attempts, n.last_error, n.created_at, n.sent_at, n.next_attempt_at
                            """ + LOG_FROM + " ORDER BY n.created_at DESC, n.id DESC LIMIT $9 OFFSET $10")
                            .execute(Tuple.from(pageArgs))
                            .map(rows -> Rows.page(count, rows, page, r -> delivery(r)));
                })
                .call(result -> {
                    Map<String, Object> details = new LinkedHashMap<>();
                    details.put("status", status);
                    details.put("channel", channel);
                    details.put("kind", kind);
                    details.put("unitCode", unitCode);
                    details.put("userId", userId == null ? null : userId.toString());
                    details.put("page", page.page);
                    details.put("returned", result.items().size());
                    return audit.record(
                            tx,
                            reader,
                            "notification.deliveries.read",
                            "notification_log",
                            unitCode == null ? "*" : unitCode,
                            details);
                }));
    }

    private static Delivery delivery(Row r) {
        String status = r.getString("status");
        return new Delivery(
                r.getUUID("id"),
                r.getUUID("user_id"),
                r.getString("full_name"),
                r.getString("unit_code"),
                r.getString("kind"),
                r.getString("channel"),
                mask(r.getString("address")),
                status,
                r.getString("provider_id"),
                r.getInteger("attempts"),
                r.getString("last_error"),
                instant(r, "created_at"),
                instant(r, "sent_at"),
                "PENDING".equals(status) ? instant(r, "next_attempt_at") : null);
    }

    /** "+84912345678" → "+84•••••5678", "hoa.nguyen@example.vn" → "h•••@example.vn". */
    public static String mask(String address) {
        if (address == null) {
            return null;
        }
        int at = address.indexOf('@');
        if (at > 0) {
            return address.charAt(0) + "•••" + address.substring(at);
        }
        return address.length() <= 7
                ? "•••"
                : address.substring(0, 3) + "•••••" + address.substring(address.length() - 4);
    }

    private static Instant instant(Row r, String column) {
        OffsetDateTime t = r.getOffsetDateTime(column);
        return t == null ? null : t.toInstant();
    }
}
