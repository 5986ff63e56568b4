package vn.hocvuso.roster;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestResponse;
import vn.hocvuso.common.RequiredBody;
import vn.hocvuso.limit.ClientAddresses;
import vn.hocvuso.roster.RosterViews.ClaimRequest;

/**
 * An imported public servant takes over their account, next to the other sessions' endpoints under
 * {@code /auth}. Who may call: anyone holding a one-time code; locked per login and address like logins.
 */
@Path("/api/v1/auth/claim")
@PermitAll
public class AccountClaimResource {

    private final AccountClaims claims;
    private final ClientAddresses addresses;

    public AccountClaimResource(AccountClaims claims, ClientAddresses addresses) {
        this.claims = claims;
        this.addresses = addresses;
    }

    /** An imported public servant sets their password with the one-time code of the import. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<RestResponse<Void>> claimAccount(
            @Valid @RequiredBody ClaimRequest body, @Context HttpServerRequest request) {
        return claims.claim(body, addresses.of(request)).map(ignored -> RestResponse.noContent());
    }
}
