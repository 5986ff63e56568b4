package vn.hocvuso.credential;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import vn.hocvuso.common.ApiException;
import vn.hocvuso.common.Download;
import vn.hocvuso.common.Messages;
import vn.hocvuso.credential.CredentialViews.Verification;
import vn.hocvuso.limit.ClientAddresses;
import vn.hocvuso.limit.Limits;

/**
 * What the portal publishes about its verifiable credentials and the check anyone may run. Who may call: anyone
 * (verifiers are employers, other portals, the national platform; they hold no account here).
 */
@Path("/api/v1/credentials")
@PermitAll
public class CredentialResource {

    static final String VC_JWT = "application/vc+jwt";
    static final String JWK_SET = "application/jwk-set+json";

    private final CredentialVerifier verifier;
    private final StatusLists statusLists;
    private final SigningKeys keys;
    private final IssuerIdentity issuer;
    private final PublishedDocuments published;
    private final ObjectMapper json;
    private final Limits limits;
    private final ClientAddresses addresses;

    public CredentialResource(
            CredentialVerifier verifier,
            StatusLists statusLists,
            SigningKeys keys,
            IssuerIdentity issuer,
            PublishedDocuments published,
            ObjectMapper json,
            Limits limits,
            ClientAddresses addresses) {
        this.verifier = verifier;
        this.statusLists = statusLists;
        this.keys = keys;
        this.issuer = issuer;
        this.published = published;
        this.json = json;
        this.limits = limits;
        this.addresses = addresses;
    }

    /**
     * Checks a credential: the compact JWT as {@code application/vc+jwt} (or text), or JSON: {@code {"credential":
     * "<JWT>"}} or the enveloped credential a holder downloads ({@code "id": "data:application/vc+jwt,<JWT>"}).
     */
    @POST
    @Path("/verify")
    @Consumes({MediaType.APPLICATION_JSON, VC_JWT, MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Verification> verifyCredential(
            String body, @Context HttpHeaders headers, @Context HttpServerRequest request) {
        return limits.credentialVerification(addresses.of(request))
                .chain(() -> verifier.verify(compact(body, headers.getMediaType()), Messages.localeOf(headers)));
    }

    /** A revocation status list, signed ({@code application/vc+jwt}); caches may keep it a few minutes. */
    @GET
    @Path("/status/{list}")
    @Produces({VC_JWT, Download.PROBLEM, MediaType.APPLICATION_JSON})
    public Uni<Response> getCredentialStatusList(@PathParam("list") int list, @Context HttpHeaders headers) {
        return statusLists
                .signedList(list)
                .map(signed -> published.response(
                        signed.getValue().getBytes(StandardCharsets.US_ASCII),
                        signed.getKey(),
                        VC_JWT,
                        "status-" + list + ".jwt",
                        headers));
    }

    /** The issuer's public keys, current and retired, as a JWK Set. */
    @GET
    @Path("/jwks")
    @Produces({JWK_SET, Download.PROBLEM, MediaType.APPLICATION_JSON})
    public Response getCredentialKeys(@Context HttpHeaders headers) {
        return published.response(keys.publicJwks(), JWK_SET, "jwks.json", headers);
    }

    /** The issuer's Open Badges profile. */
    @GET
    @Path("/issuer")
    @Produces(MediaType.APPLICATION_JSON)
    public Object getCredentialIssuer() {
        return issuer.profile();
    }

    /** The compact JWS in a request body of any of the accepted shapes; 400 when there is none. */
    private String compact(String body, MediaType type) {
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw new ApiException(400, "malformed_json"); // no body where one is expected, as everywhere
        }
        boolean isJson = type != null && type.isCompatible(MediaType.APPLICATION_JSON_TYPE);
        if (!isJson) {
            return text;
        }
        JsonNode node;
        try {
            node = json.readTree(text);
        } catch (IOException e) {
            throw new ApiException(400, "malformed_json");
        }
        if (node == null || node.isNull() || node.isMissingNode()) {
            throw new ApiException(400, "malformed_json"); // "null" is no body either
        }
        if (node.path("credential").isTextual()) {
            return node.path("credential").asText();
        }
        if (node.path("credential").isObject()) {
            node = node.path("credential");
        }
        String id = node.path("id").asText("");
        if (id.startsWith("data:application/vc+jwt,")) {
            return id.substring("data:application/vc+jwt,".length());
        }
        throw ApiException.invalid("credential", "credential_missing");
    }
}
