package vn.hocvuso.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse.StatusCode;
import vn.hocvuso.audit.AuditLog;
import vn.hocvuso.common.ApiException;
import vn.hocvuso.common.Ids;
import vn.hocvuso.common.Page;
import vn.hocvuso.common.PageRequest;
import vn.hocvuso.common.Rows;
import vn.hocvuso.common.Secrets;
import vn.hocvuso.security.Caller;
import vn.hocvuso.security.Reach;
import vn.hocvuso.webhook.WebhookViews.CreateSubscriptionRequest;
import vn.hocvuso.webhook.WebhookViews.DeliveryView;
import vn.hocvuso.webhook.WebhookViews.SubscriptionSecret;
import vn.hocvuso.webhook.WebhookViews.SubscriptionView;
import vn.hocvuso.webhook.WebhookViews.UpdateSubscriptionRequest;

/**
 * Webhook subscriptions and their delivery log. An administrator sees and manages every subscription; a
 * service account only its own ({@code owner} = the service account), others are "not found" to it.
 */
@ApplicationScoped
public class WebhookService {

    /**
     * Who is asking: an administrator (all) or a service account (its own), and which learners' events
     * it may receive ({@link Caller#reach}).
     */
    public record Owner(UUID actorId, boolean admin, Reach reach) {
        UUID ownerId() {
            return admin ? null : actorId;
        }
    }

    private static final String SUBSCRIPTION = "id, url, events, active, owner_id, created_at, updated_at";
    private static final String DELIVERY = """
            d.id, d.subscription_id, d.fact_id, d.event_type, d.status, d.attempts, d.next_attempt_at,
            d.last_attempt_at, d.last_status_code, d.last_error, d.delivered_at, d.created_at, d.payload
            """;

    private final Pool pool;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final WebhookAddresses addresses;

    public WebhookService(Pool pool, AuditLog audit, ObjectMapper json, WebhookAddresses addresses) {
        this.pool = pool;
        this.audit = audit;
        this.json = json;
        this.addresses = addresses;
    }

    public Uni<SubscriptionSecret> create(Owner owner, CreateSubscriptionRequest request) {
        String url = request.url();
        List<String> events = distinct(request.events());
        UUID id = Ids.newId();
        String secret = Secrets.newSecret("whsec_");
        boolean active = request.active() == null || request.active();
        Reach reach = owner.reach();
        return checkAddress(url)
                .chain(() -> pool.withTransaction(tx -> requireOwnerActive(tx, owner)
                        .chain(() -> tx.preparedQuery("""
                        INSERT INTO webhook_subscription (id, url, events, secret, active, owner_id, created_by,
                                                          reach_all, reach_units, reach_agencies)
                        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING
                        """ + SUBSCRIPTION)
                                .execute(Tuple.tuple()
                                        .addUUID(id)
                                        .addString(url)
                                        .addArrayOfString(events.toArray(String[]::new))
                                        .addString(secret)
                                        .addBoolean(active)
                                        .addUUID(owner.ownerId())
                                        .addUUID(owner.actorId())
                                        .addBoolean(reach.everything())
                                        .addArrayOfString(
                                                reach.units().stream().sorted().toArray(String[]::new))
                                        .addArrayOfLong(reach.agencies().stream()
                                                .sorted()
                                                .toArray(Long[]::new))))
                        .call(() -> audit.record(
                                tx,
                                owner.actorId(),
                                "WEBHOOK_SUBSCRIBED",
                                "webhook_subscription",
                                id.toString(),
                                Map.of("url", url, "events", events)))
                        .map(rows ->
                                new SubscriptionSecret(toView(rows.iterator().next()), secret))));
    }

    /**
     * The receiver's name must resolve, and only to addresses a webhook may reach ({@link WebhookAddresses});
     * checked again before every delivery.
     */
    private Uni<Void> checkAddress(String url) {
        if (url == null) {
            return Uni.createFrom().voidItem();
        }
        String host;
        try {
            host = WebhookSender.Target.of(url).host();
        } catch (URISyntaxException e) {
            throw ApiException.invalid("url", "webhook_url");
        }
        return addresses
                .check(host)
                .invoke(checked -> {
                    if (checked instanceof WebhookAddresses.Checked.Refused refused) {
                        throw ApiException.invalid(
                                "url",
                                "name_not_resolved".equals(refused.reason())
                                        ? "webhook_url_unresolvable"
                                        : "webhook_url_not_public");
                    }
                })
                .replaceWithVoid();
    }

    /** A revoked service account's token lives on for minutes; it may not subscribe or switch anything on. */
    private static Uni<Void> requireOwnerActive(SqlClient tx, Owner owner) {
        if (owner.admin()) {
            return Uni.createFrom().voidItem();
        }
        return tx.preparedQuery("SELECT revoked_at IS NOT NULL AS revoked FROM service_account WHERE id = $1")
                .execute(Tuple.of(owner.actorId()))
                .invoke(rows -> {
                    if (rows.size() == 0 || rows.iterator().next().getBoolean("revoked")) {
                        throw new ApiException(StatusCode.CONFLICT, "service_account_revoked");
                    }
                })
                .replaceWithVoid();
    }

    /** The events asked for, each once, in the order given ({@link KnownEvents} has checked them). */
    private static List<String> distinct(List<String> requested) {
        return requested == null ? null : List.copyOf(new LinkedHashSet<>(requested));
    }

    public Uni<Page<SubscriptionView>> list(Owner owner, PageRequest page) {
        String where = " FROM webhook_subscription WHERE ($1::uuid IS NULL OR owner_id = $1)";
        return pool.preparedQuery("SELECT count(*)" + where)
                .execute(Tuple.of(owner.ownerId()))
                .chain(count -> pool.preparedQuery("SELECT " + SUBSCRIPTION + where
                                + " ORDER BY created_at DESC, id DESC LIMIT $2 OFFSET $3")
                        .execute(Tuple.of(owner.ownerId(), page.size, page.offset()))
                        .map(rows -> Rows.page(count, rows, page, r -> toView(r))));
    }

    public Uni<SubscriptionView> one(Owner owner, UUID id) {
        return pool.preparedQuery("SELECT " + SUBSCRIPTION
                        + " FROM webhook_subscription WHERE id = $1 AND ($2::uuid IS NULL OR owner_id = $2)")
                .execute(Tuple.of(id, owner.ownerId()))
                .map(rows -> toView(Rows.one(rows, "webhook_subscription_not_found")));
    }

    public Uni<SubscriptionView> update(Owner owner, UUID id, UpdateSubscriptionRequest request) {
        String url = request.url();
        List<String> events = distinct(request.events());
        return checkAddress(url)
                .chain(() -> pool.withTransaction(tx -> tx.preparedQuery("""
                UPDATE webhook_subscription SET url = coalesce($3, url), events = coalesce($4, events),
                       active = coalesce($5, active), updated_at = now()
                WHERE id = $1 AND ($2::uuid IS NULL OR owner_id = $2)
                  -- A revoked owner's subscription is never switched on again, by anyone.
                  AND NOT (coalesce($5, false) AND EXISTS (SELECT 1 FROM service_account a
                                                           WHERE a.id = owner_id AND a.revoked_at IS NOT NULL))
                RETURNING
                """ + SUBSCRIPTION)
                        .execute(Tuple.tuple()
                                .addUUID(id)
                                .addUUID(owner.ownerId())
                                .addString(url)
                                .addArrayOfString(events == null ? null : events.toArray(String[]::new))
                                .addBoolean(request.active()))
                        .chain(rows -> {
                            if (rows.size() == 0) {
                                return one(owner, id).map(exists -> {
                                    throw new ApiException(StatusCode.CONFLICT, "service_account_revoked");
                                });
                            }
                            return audit.record(
                                            tx,
                                            owner.actorId(),
                                            "WEBHOOK_SUBSCRIPTION_CHANGED",
                                            "webhook_subscription",
                                            id.toString(),
                                            Map.of())
                                    .replaceWith(toView(rows.iterator().next()));
                        })));
    }

    /** Deletes the subscription and its delivery log (pending deliveries are not sent). */
    public Uni<Void> delete(Owner owner, UUID id) {
        return pool.withTransaction(tx -> tx.preparedQuery("""
                DELETE FROM webhook_subscription WHERE id = $1 AND ($2::uuid IS NULL OR owner_id = $2)
                """)
                .execute(Tuple.of(id, owner.ownerId()))
                .chain(rows -> {
                    if (rows.rowCount() == 0) {
                        throw ApiException.notFound("webhook_subscription_not_found");
                    }
                    return audit.record(
                            tx,
                            owner.actorId(),
                            "WEBHOOK_UNSUBSCRIBED",
                            "webhook_subscription",
                            id.toString(),
                            Map.of());
                }));
    }

    public Uni<Page<DeliveryView>> deliveries(Owner owner, UUID subscriptionId, String status, PageRequest page) {
        if (status != null && !Set.of("PENDING", "DELIVERED", "FAILED").contains(status)) {
            throw new ApiException(StatusCode.BAD_REQUEST, "invalid_parameter", "status");
        }
        String where = """
                 FROM webhook_delivery d JOIN webhook_subscription s ON s.id = d.subscription_id
                WHERE ($1::uuid IS NULL OR s.owner_id = $1) AND ($2::uuid IS NULL OR d.subscription_id = $2)
                  AND ($3::text IS NULL OR d.status = $3)
                """;
        Tuple filter = Tuple.of(owner.ownerId(), subscriptionId, status);
        return pool.preparedQuery("SELECT count(*)" + where)
                .execute(filter)
                .chain(count -> pool.preparedQuery("SELECT " + DELIVERY + where
                                + " ORDER BY d.created_at DESC, d.fact_id DESC LIMIT $4 OFFSET $5")
                        .execute(Tuple.of(owner.ownerId(), subscriptionId, status, page.size, page.offset()))
                        .map(rows -> Rows.page(count, rows, page, r -> toDelivery(r))));
    }

    /** Sends a delivery again as soon as possible, with a fresh count of attempts; audited. */
    public Uni<DeliveryView> replay(Owner owner, UUID deliveryId) {
        return pool.withTransaction(tx -> tx.preparedQuery("""
                UPDATE webhook_delivery d SET status = 'PENDING', attempts = 0, next_attempt_at = now()
                FROM webhook_subscription s LEFT JOIN service_account a ON a.id = s.owner_id
                WHERE d.id = $1 AND s.id = d.subscription_id AND ($2::uuid IS NULL OR s.owner_id = $2)
                RETURNING a.revoked_at IS NOT NULL AS owner_revoked,
                """ + DELIVERY)
                .execute(Tuple.of(deliveryId, owner.ownerId()))
                .chain(rows -> {
                    if (Rows.one(rows, "webhook_delivery_not_found").getBoolean("owner_revoked")) {
                        // Rolled back: a revoked owner's events are never sent.
                        throw new ApiException(StatusCode.CONFLICT, "service_account_revoked");
                    }
                    return audit.record(
                                    tx,
                                    owner.actorId(),
                                    "WEBHOOK_DELIVERY_REPLAYED",
                                    "webhook_delivery",
                                    deliveryId.toString(),
                                    Map.of())
                            .replaceWith(toDelivery(rows.iterator().next()));
                }));
    }

    static SubscriptionView toView(Row row) {
        return new SubscriptionView(
                row.getUUID("id"),
                row.getString("url"),
                Arrays.asList(row.getArrayOfStrings("events")),
                row.getBoolean("active"),
                row.getUUID("owner_id"),
                row.getOffsetDateTime("created_at"),
                row.getOffsetDateTime("updated_at"));
    }

    private DeliveryView toDelivery(Row row) {
        try {
            return new DeliveryView(
                    row.getUUID("id"),
                    row.getUUID("subscription_id"),
                    String.valueOf(row.getLong("fact_id")),
                    row.getString("event_type"),
                    row.getString("status"),
                    row.getInteger("attempts"),
                    row.getOffsetDateTime("next_attempt_at"),
                    row.getOffsetDateTime("last_attempt_at"),
                    row.getInteger("last_status_code"),
                    row.getString("last_error"),
                    row.getOffsetDateTime("delivered_at"),
                    row.getOffsetDateTime("created_at"),
                    json.readTree(row.getString("payload")));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
