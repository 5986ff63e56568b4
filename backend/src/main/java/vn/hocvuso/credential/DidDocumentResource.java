package vn.hocvuso.credential;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.hocvuso.common.Download;

/**
 * The issuer's DID document ({@code did:web}): where a verifier that resolves the {@code issuer} of a credential finds
 * its public keys, each a {@code JsonWebKey} verification method usable for assertions. Who may call: anyone.
 */
@Path("/.well-known/did.json")
@PermitAll
public class DidDocumentResource {

    static final String DID_JSON = "application/did+json";

    private final SigningKeys keys;
    private final IssuerIdentity issuer;
    private final PublishedDocuments published;

    public DidDocumentResource(SigningKeys keys, IssuerIdentity issuer, PublishedDocuments published) {
        this.keys = keys;
        this.issuer = issuer;
        this.published = published;
    }

    @GET
    @Produces({DID_JSON, Download.PROBLEM, MediaType.APPLICATION_JSON})
    public Response getDidDocument(@Context HttpHeaders headers) {
        List<Map<String, Object>> methods = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        keys.publicKeys().forEach(key -> {
            Map<String, Object> method = new LinkedHashMap<>();
            method.put("id", key.getKeyID());
            method.put("type", "JsonWebKey");
            method.put("controller", issuer.did());
            method.put("publicKeyJwk", key.toJSONObject());
            methods.add(method);
            ids.add(key.getKeyID());
        });
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("@context", List.of("https://www.w3.org/ns/did/v1", "https://w3id.org/security/jwk/v1"));
        document.put("id", issuer.did());
        document.put("verificationMethod", methods);
        document.put("assertionMethod", ids);
        return published.response(document, DID_JSON, "did.json", headers);
    }
}
