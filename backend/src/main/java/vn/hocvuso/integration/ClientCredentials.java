package vn.hocvuso.integration;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import vn.hocvuso.common.Messages;
import vn.hocvuso.integration.ServiceAccountViews.OAuthError;

/**
 * The token endpoint's protocol side: client authentication by HTTP Basic or by body parameters
 * (RFC 6749 §2.3.1), and errors in OAuth's own JSON shape (§5.2) rather than problem+json, because
 * OAuth client libraries read {@code error}.
 */
@ApplicationScoped
public class ClientCredentials {

    private final ServiceAccountService accounts;

    public ClientCredentials(ServiceAccountService accounts) {
        this.accounts = accounts;
    }

    public Uni<Response> token(String authorization, String grantType, String clientId, String clientSecret,
            String scope, HttpHeaders headers) {
        Locale locale = Messages.localeOf(headers);
        boolean basic = authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
        if (grantType == null || grantType.isBlank()) {
            return Uni.createFrom().item(error(400, "invalid_request", locale));
        }
        if (!"client_credentials".equals(grantType)) {
            return Uni.createFrom().item(error(400, "unsupported_grant_type", locale));
        }
        String id = clientId;
        String secret = clientSecret;
        if (basic) {
            if (clientSecret != null) { // two ways of authenticating at once (§2.3)
                return Uni.createFrom().item(error(400, "invalid_request", locale));
            }
            String[] pair = decodeBasic(authorization.substring(6).strip());
            if (pair == null) {
                return Uni.createFrom().item(error(401, "invalid_client", locale));
            }
            id = pair[0];
            secret = pair[1];
        }
        if (id == null || secret == null || id.isBlank() || secret.isBlank()) {
            return Uni.createFrom().item(error(401, "invalid_client", locale));
        }
        return accounts.issue(id.strip(), secret.strip(), scope).map(grant -> switch (grant) {
            case ServiceAccountService.Grant.Issued issued -> Response.ok(issued.token(), MediaType.APPLICATION_JSON)
                    .header("Cache-Control", "no-store").header("Pragma", "no-cache").build();
            case ServiceAccountService.Grant.Refused refused -> error(
                    "invalid_client".equals(refused.error()) ? 401 : 400, refused.error(), locale);
        });
    }

    /** "Basic base64(urlencode(id):urlencode(secret))"; null if it is not that. */
    private static String[] decodeBasic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                return null;
            }
            return new String[] {URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
                    URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8)};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Response error(int status, String code, Locale locale) {
        Response.ResponseBuilder response = Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(new OAuthError(code, Messages.get(locale, "oauth." + code)))
                .header("Cache-Control", "no-store").header("Pragma", "no-cache");
        if (status == 401) {
            // RFC 6749 §5.2: a 401 names the authentication scheme the client may use.
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"hocvuso\"");
        }
        return response.build();
    }
}
