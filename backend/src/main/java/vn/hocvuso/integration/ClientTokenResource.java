package vn.hocvuso.integration;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestResponse;
import vn.hocvuso.limit.ClientAddresses;

/**
 * The token endpoint of service accounts, next to the people's sessions under {@code /auth}. Who may
 * call: anyone (it is how a service account gets a token); locked per client id and address like logins.
 */
@Path("/api/v1/auth/token")
@PermitAll
public class ClientTokenResource {

    private final ClientCredentials clientCredentials;
    private final ClientAddresses addresses;

    public ClientTokenResource(ClientCredentials clientCredentials, ClientAddresses addresses) {
        this.clientCredentials = clientCredentials;
        this.addresses = addresses;
    }

    /**
     * OAuth 2.0 client credentials for service accounts (RFC 6749 §4.4), form-encoded as clients send it,
     * and read by {@link FormFields} rather than by {@code @FormParam}s (see there why).
     */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<RestResponse<Object>> issueClientToken(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @Context HttpHeaders headers,
            @Context HttpServerRequest request,
            String body) {
        return clientCredentials.token(authorization, FormFields.parse(body), headers, addresses.of(request));
    }
}
