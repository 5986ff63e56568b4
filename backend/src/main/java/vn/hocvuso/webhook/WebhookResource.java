package vn.hocvuso.webhook;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;
import vn.hocvuso.common.Idempotency;
import vn.hocvuso.common.Page;
import vn.hocvuso.common.PageRequest;
import vn.hocvuso.common.RequiredBody;
import vn.hocvuso.security.Caller;
import vn.hocvuso.security.Role;
import vn.hocvuso.security.Scope;
import vn.hocvuso.webhook.WebhookService.Owner;
import vn.hocvuso.webhook.WebhookViews.CreateSubscriptionRequest;
import vn.hocvuso.webhook.WebhookViews.DeliveryView;
import vn.hocvuso.webhook.WebhookViews.SubscriptionSecret;
import vn.hocvuso.webhook.WebhookViews.SubscriptionView;
import vn.hocvuso.webhook.WebhookViews.UpdateSubscriptionRequest;

/**
 * Webhook subscriptions and deliveries. Who may call: the province administrator (everything), or a
 * service account with the scope {@code webhooks:manage} (its own subscriptions and their deliveries).
 */
@Path("/api/v1/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, "INTEGRATOR"})
public class WebhookResource {

    private final WebhookService service;
    private final Caller caller;
    private final Idempotency idempotency;

    public WebhookResource(WebhookService service, Caller caller, Idempotency idempotency) {
        this.service = service;
        this.caller = caller;
        this.idempotency = idempotency;
    }

    private Owner owner() {
        caller.requireAdminOr(Scope.WEBHOOKS_MANAGE);
        return new Owner(caller.id(), caller.isAdmin(), caller.reach(Scope.WEBHOOKS_MANAGE));
    }

    @GET
    @Path("/subscriptions")
    public Uni<Page<SubscriptionView>> listWebhookSubscriptions(@BeanParam @Valid PageRequest page) {
        return service.list(owner(), page);
    }

    @POST
    @Path("/subscriptions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<RestResponse<SubscriptionSecret>> createWebhookSubscription(
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @RequiredBody CreateSubscriptionRequest body) {
        Owner owner = owner();
        return idempotency.runKeepingNoSecret(
                idempotencyKey,
                caller.key(),
                "createWebhookSubscription",
                idempotency.fingerprint(body),
                SubscriptionSecret.class,
                SubscriptionSecret::withoutSecret,
                () -> service.create(owner, body)
                        .map(created -> RestResponse.status(RestResponse.Status.CREATED, created)));
    }

    @GET
    @Path("/subscriptions/{subscriptionId}")
    public Uni<SubscriptionView> getWebhookSubscription(@PathParam("subscriptionId") UUID subscriptionId) {
        return service.one(owner(), subscriptionId);
    }

    @PATCH
    @Path("/subscriptions/{subscriptionId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<SubscriptionView> updateWebhookSubscription(
            @PathParam("subscriptionId") UUID subscriptionId, @Valid @RequiredBody UpdateSubscriptionRequest body) {
        return service.update(owner(), subscriptionId, body);
    }

    @DELETE
    @Path("/subscriptions/{subscriptionId}")
    public Uni<RestResponse<Void>> deleteWebhookSubscription(@PathParam("subscriptionId") UUID subscriptionId) {
        return service.delete(owner(), subscriptionId).map(ignored -> RestResponse.noContent());
    }

    @GET
    @Path("/deliveries")
    public Uni<Page<DeliveryView>> listWebhookDeliveries(
            @QueryParam("subscriptionId") UUID subscriptionId,
            @QueryParam("status") String status,
            @BeanParam @Valid PageRequest page) {
        return service.deliveries(owner(), subscriptionId, status, page);
    }

    @POST
    @Path("/deliveries/{deliveryId}/replay")
    public Uni<DeliveryView> replayWebhookDelivery(@PathParam("deliveryId") UUID deliveryId) {
        return service.replay(owner(), deliveryId);
    }
}
