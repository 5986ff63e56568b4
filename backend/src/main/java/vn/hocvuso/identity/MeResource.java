package vn.hocvuso.identity;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.hocvuso.common.RequiredBody;
import vn.hocvuso.identity.IdentityViews.Profile;
import vn.hocvuso.identity.IdentityViews.UpdateProfileRequest;
import vn.hocvuso.security.Caller;

/** The caller's own account. Who may call: any logged-in user, about themselves only. */
@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class MeResource {

    private final AccountService service;
    private final Caller caller;

    public MeResource(AccountService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    public Uni<Profile> getMe() {
        return service.profile(caller.userId());
    }

    @PATCH
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Profile> updateMe(@Valid @RequiredBody UpdateProfileRequest body) {
        return service.update(caller.userId(), caller.sessionId(), body);
    }
}
