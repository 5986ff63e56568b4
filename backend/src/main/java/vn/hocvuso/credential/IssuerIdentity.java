package vn.hocvuso.credential;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who issues the portal's credentials: the province's Department, as {@code did:web:<the API's host>}, resolved by
 * any verifier to {@code https://<host>/.well-known/did.json} (W3C did:web method). Every signing key's id is a DID
 * URL of this DID ({@code did:web:…#<JWK thumbprint>}), the same in a JWT's header, in the DID document and in the
 * JWKS, so a verifier finds the key by the header alone, whichever of the two it reads.
 */
@ApplicationScoped
public class IssuerIdentity {

    private final String publicUrl;
    private final String did;
    private final String name;

    public IssuerIdentity(CredentialsConfig config) {
        this.publicUrl = config.publicUrl().replaceAll("/+$", "");
        URI uri = URI.create(publicUrl);
        if (uri.getHost() == null) {
            throw new IllegalStateException(
                    "hocvuso.credentials.public-url must be an absolute address (now: '" + publicUrl + "')");
        }
        // did:web: the port's colon is percent-encoded, a path would be further ':'-separated segments (none here).
        this.did = "did:web:" + uri.getHost() + (uri.getPort() > 0 ? "%3A" + uri.getPort() : "");
        this.name = config.issuerName();
    }

    public String did() {
        return did;
    }

    public String name() {
        return name;
    }

    /** The API's public address, without a trailing slash. */
    public String publicUrl() {
        return publicUrl;
    }

    /** The key id of a key with this JWK thumbprint. */
    public String keyId(String thumbprint) {
        return did + "#" + thumbprint;
    }

    /** The address of status list {@code list}. */
    public String statusListUrl(int list) {
        return publicUrl + "/api/v1/credentials/status/" + list;
    }

    /** The Open Badges 3.0 {@code Profile} of the issuer, as embedded in each credential. */
    public Map<String, Object> profile() {
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("id", did);
        profile.put("type", List.of("Profile"));
        profile.put("name", name);
        profile.put("url", publicUrl + "/api/v1/credentials/issuer");
        return profile;
    }
}
