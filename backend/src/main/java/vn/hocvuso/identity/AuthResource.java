package vn.hocvuso.identity;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestResponse;
import vn.hocvuso.common.Idempotency;
import vn.hocvuso.common.RequiredBody;
import vn.hocvuso.identity.IdentityViews.LoginRequest;
import vn.hocvuso.identity.IdentityViews.Profile;
import vn.hocvuso.identity.IdentityViews.RefreshRequest;
import vn.hocvuso.identity.IdentityViews.RegisterRequest;
import vn.hocvuso.identity.IdentityViews.TokenResponse;
import vn.hocvuso.limit.ClientAddresses;

/**
 * Registration and sessions. Who may call: anyone (these endpoints are how one gets a token); each is
 * limited per client address and per account (docs/operations.md, "Limits and lockout"). Two more
 * endpoints live under {@code /auth} in their own features: a service account's token
 * ({@code integration.ClientTokenResource}) and an imported account's claim ({@code roster.AccountClaimResource}).
 */
@Path("/api/v1/auth")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class AuthResource {

    private final AuthService service;
    private final Idempotency idempotency;
    private final ClientAddresses addresses;
    private final PasswordResets resets;
    private final PhoneVerifications verifications;

    public AuthResource(
            AuthService service,
            Idempotency idempotency,
            ClientAddresses addresses,
            PasswordResets resets,
            PhoneVerifications verifications) {
        this.resets = resets;
        this.verifications = verifications;
        this.service = service;
        this.idempotency = idempotency;
        this.addresses = addresses;
    }

    /** The body is validated by the service, so that its answer names the unknown unit or agency too. */
    @POST
    @Path("/register")
    public Uni<RestResponse<Profile>> register(
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @RequiredBody RegisterRequest body,
            @Context HttpServerRequest request) {
        // The password is left out of the fingerprint: it must not be kept, even hashed, outside the
        // account (a fast hash of it would be a guessable copy). A retry needs the same other fields.
        RegisterRequest fingerprinted = body == null
                ? null
                : new RegisterRequest(
                        body.fullName(),
                        body.phone(),
                        body.email(),
                        null,
                        body.learnerGroup(),
                        body.unitCode(),
                        body.agencyId(),
                        body.organisationId(),
                        body.villageId(),
                        body.className());
        return idempotency.run(
                idempotencyKey,
                "anonymous",
                "register",
                idempotency.fingerprint(fingerprinted),
                Profile.class,
                () -> service.register(body, addresses.of(request))
                        .map(profile -> RestResponse.status(RestResponse.Status.CREATED, profile)));
    }

    @POST
    @Path("/login")
    public Uni<TokenResponse> login(@Valid @RequiredBody LoginRequest body, @Context HttpServerRequest request) {
        return service.login(body, addresses.of(request));
    }

    @POST
    @Path("/refresh")
    public Uni<TokenResponse> refreshToken(
            @Valid @RequiredBody RefreshRequest body, @Context HttpServerRequest request) {
        return service.refresh(body.refreshToken(), addresses.of(request));
    }

    @POST
    @Path("/logout")
    public Uni<RestResponse<Void>> logout(@Valid @RequiredBody RefreshRequest body) {
        return service.logout(body.refreshToken()).map(ignored -> RestResponse.noContent());
    }

    /** "Quên mật khẩu": a code to the phone or e-mail, if an account has it; the same answer either way. */
    @POST
    @Path("/password-reset")
    public Uni<RestResponse<Void>> requestPasswordReset(
            @Valid @RequiredBody PasswordResets.ResetRequest body, @Context HttpServerRequest request) {
        return resets.request(body, addresses.of(request)).map(ignored -> RestResponse.accepted());
    }

    /** The code and a new password: the password changes and every session of the account ends. */
    @POST
    @Path("/password-reset/confirm")
    public Uni<RestResponse<Void>> confirmPasswordReset(
            @Valid @RequiredBody PasswordResets.ResetConfirmation body, @Context HttpServerRequest request) {
        return resets.confirm(body, addresses.of(request)).map(ignored -> RestResponse.noContent());
    }

    /** A new phone verification code for an account waiting for one; the same 202 for any other number. */
    @POST
    @Path("/phone-verification")
    public Uni<RestResponse<Void>> requestPhoneVerification(
            @Valid @RequiredBody PhoneVerifications.VerificationRequest body, @Context HttpServerRequest request) {
        return verifications.resend(body, addresses.of(request)).map(ignored -> RestResponse.accepted());
    }

    /** The code typed back: the account can log in. */
    @POST
    @Path("/phone-verification/confirm")
    public Uni<RestResponse<Void>> confirmPhoneVerification(
            @Valid @RequiredBody PhoneVerifications.VerificationConfirmation body, @Context HttpServerRequest request) {
        return verifications.confirm(body, addresses.of(request)).map(ignored -> RestResponse.noContent());
    }
}
