package vn.hocvuso.integration;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;
import vn.hocvuso.common.Idempotency;
import vn.hocvuso.common.Page;
import vn.hocvuso.common.PageRequest;
import vn.hocvuso.common.RequiredBody;
import vn.hocvuso.integration.ServiceAccountViews.CreateServiceAccountRequest;
import vn.hocvuso.integration.ServiceAccountViews.ServiceAccountSecret;
import vn.hocvuso.integration.ServiceAccountViews.ServiceAccountView;
import vn.hocvuso.security.Caller;
import vn.hocvuso.security.Role;

/** Service accounts of other systems. Who may call: the province administrator (ADMIN) only. */
@Path("/api/v1/admin/service-accounts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
public class ServiceAccountResource {

    private final ServiceAccountService service;
    private final Caller caller;
    private final Idempotency idempotency;

    public ServiceAccountResource(ServiceAccountService service, Caller caller, Idempotency idempotency) {
        this.service = service;
        this.caller = caller;
        this.idempotency = idempotency;
    }

    @GET
    public Uni<Page<ServiceAccountView>> adminListServiceAccounts(@BeanParam @Valid PageRequest page) {
        return service.list(page);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<RestResponse<ServiceAccountSecret>> adminCreateServiceAccount(
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @RequiredBody CreateServiceAccountRequest body) {
        UUID actor = caller.userId();
        return idempotency.runKeepingNoSecret(
                idempotencyKey,
                "user:" + actor,
                "adminCreateServiceAccount",
                idempotency.fingerprint(body),
                ServiceAccountSecret.class,
                ServiceAccountSecret::withoutSecret,
                () -> service.create(actor, body)
                        .map(created -> RestResponse.status(RestResponse.Status.CREATED, created)));
    }

    @GET
    @Path("/{serviceAccountId}")
    public Uni<ServiceAccountView> adminGetServiceAccount(@PathParam("serviceAccountId") UUID serviceAccountId) {
        return service.one(serviceAccountId);
    }

    @POST
    @Path("/{serviceAccountId}/rotate-secret")
    public Uni<ServiceAccountSecret> adminRotateServiceAccountSecret(
            @PathParam("serviceAccountId") UUID serviceAccountId) {
        return service.rotate(caller.userId(), serviceAccountId);
    }

    @DELETE
    @Path("/{serviceAccountId}")
    public Uni<RestResponse<Void>> adminRevokeServiceAccount(@PathParam("serviceAccountId") UUID serviceAccountId) {
        return service.revoke(caller.userId(), serviceAccountId).map(ignored -> RestResponse.noContent());
    }
}
