package vn.hocvuso.identity;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestResponse;
import vn.hocvuso.identity.IdentityViews.LoginRequest;
import vn.hocvuso.identity.IdentityViews.Profile;
import vn.hocvuso.identity.IdentityViews.RefreshRequest;
import vn.hocvuso.identity.IdentityViews.RegisterRequest;
import vn.hocvuso.identity.IdentityViews.TokenResponse;

/** Registration and sessions. Who may call: anyone (these endpoints are how one gets a token). */
@Path("/api/v1/auth")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class AuthResource {

    private final AuthService service;

    public AuthResource(AuthService service) {
        this.service = service;
    }

    @POST
    @Path("/register")
    public Uni<RestResponse<Profile>> register(RegisterRequest body) {
        return service.register(body).map(profile -> RestResponse.status(RestResponse.Status.CREATED, profile));
    }

    @POST
    @Path("/login")
    public Uni<TokenResponse> login(@Valid @NotNull LoginRequest body) {
        return service.login(body);
    }

    @POST
    @Path("/refresh")
    public Uni<TokenResponse> refreshToken(@Valid @NotNull RefreshRequest body) {
        return service.refresh(body.refreshToken());
    }

    @POST
    @Path("/logout")
    public Uni<RestResponse<Void>> logout(@Valid @NotNull RefreshRequest body) {
        return service.logout(body.refreshToken()).map(ignored -> RestResponse.noContent());
    }
}
