package vn.hocvuso.helper;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestResponse;
import vn.hocvuso.common.RequiredBody;
import vn.hocvuso.helper.HelperViews.AssistedAccount;
import vn.hocvuso.helper.HelperViews.AssistedRegistrationRequest;
import vn.hocvuso.helper.HelperViews.AssistedReset;
import vn.hocvuso.helper.HelperViews.AssistedResetRequest;
import vn.hocvuso.limit.ClientAddresses;
import vn.hocvuso.security.Caller;
import vn.hocvuso.security.Role;

/**
 * What a helper does for a person who is with them. Who may call: HELPER only, for the units they help
 * in now (another unit 403 or 404); anyone else 403, anonymous 401.
 */
@Path("/api/v1/assisted")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.HELPER_NAME)
public class AssistedAccessResource {

    private final HelperService service;
    private final Caller caller;
    private final ClientAddresses addresses;

    public AssistedAccessResource(HelperService service, Caller caller, ClientAddresses addresses) {
        this.service = service;
        this.caller = caller;
        this.addresses = addresses;
    }

    /** The body is validated by the service, after the helper's scope: 403 comes before anything about it. */
    @POST
    @Path("/registrations")
    public Uni<RestResponse<AssistedAccount>> registerAssisted(
            @RequiredBody AssistedRegistrationRequest body, @Context HttpServerRequest request) {
        return service.register(caller.userId(), body, addresses.of(request))
                .map(account -> RestResponse.status(RestResponse.Status.CREATED, account));
    }

    @POST
    @Path("/password-resets")
    public Uni<RestResponse<AssistedReset>> startAssistedReset(
            @Valid @RequiredBody AssistedResetRequest body, @Context HttpServerRequest request) {
        return service.startReset(caller.userId(), body.login(), addresses.of(request))
                .map(reset -> RestResponse.status(RestResponse.Status.ACCEPTED, reset));
    }
}
