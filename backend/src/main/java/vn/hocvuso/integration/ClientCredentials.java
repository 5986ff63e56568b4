package vn.hocvuso.integration;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestResponse.StatusCode;
import vn.hocvuso.common.Messages;
import vn.hocvuso.integration.ServiceAccountViews.OAuthError;
import vn.hocvuso.limit.ClientAddress;
import vn.hocvuso.limit.Limits;
import vn.hocvuso.limit.LoginThrottle;
import vn.hocvuso.limit.LoginThrottle.Attempt;
import vn.hocvuso.limit.LoginThrottle.Purpose;

/**
 * The token endpoint's protocol side: client authentication by HTTP Basic or by body parameters
 * (RFC 6749 §2.3.1), and errors in OAuth's own JSON shape (§5.2) rather than problem+json, because
 * OAuth client libraries read {@code error}.
 */
@ApplicationScoped
public class ClientCredentials {

    private final ServiceAccountService accounts;
    private final LoginThrottle throttle;
    private final Limits limits;
    private final Pool pool;

    public ClientCredentials(ServiceAccountService accounts, LoginThrottle throttle, Limits limits, Pool pool) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.limits = limits;
        this.pool = pool;
    }

    /**
     * Wrong secrets lock the client id for the address like wrong passwords lock a login; the tokens of
     * a service account are limited once its secret was right (429 in problem+json: OAuth defines no
     * error for it).
     */
    public Uni<RestResponse<Object>> token(
            String authorization, Optional<FormFields> body, HttpHeaders headers, ClientAddress address) {
        Locale locale = Messages.localeOf(headers);
        if (body.isEmpty()) { // a stray '%', bytes that are not UTF-8, or a parameter sent twice
            return Uni.createFrom().item(error(StatusCode.BAD_REQUEST, "invalid_request", locale));
        }
        FormFields form = body.get();
        String grantType = form.get("grant_type");
        String clientSecret = form.get("client_secret");
        String scope = form.get("scope");
        boolean basic = authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
        if (grantType == null || grantType.isBlank()) {
            return Uni.createFrom().item(error(StatusCode.BAD_REQUEST, "invalid_request", locale));
        }
        if (!"client_credentials".equals(grantType)) {
            return Uni.createFrom().item(error(StatusCode.BAD_REQUEST, "unsupported_grant_type", locale));
        }
        String id = form.get("client_id");
        String secret = clientSecret;
        if (basic) {
            if (clientSecret != null) { // two ways of authenticating at once (§2.3)
                return Uni.createFrom().item(error(StatusCode.BAD_REQUEST, "invalid_request", locale));
            }
            String[] pair = decodeBasic(authorization.substring(6).strip());
            if (pair == null) {
                return Uni.createFrom().item(error(StatusCode.UNAUTHORIZED, "invalid_client", locale));
            }
            id = pair[0];
            secret = pair[1];
        }
        if (id == null || secret == null || id.isBlank() || secret.isBlank()) {
            return Uni.createFrom().item(error(StatusCode.UNAUTHORIZED, "invalid_client", locale));
        }
        String client = id.strip();
        String presented = secret.strip();
        Attempt attempt = new Attempt(Purpose.CLIENT, client, address);
        return throttle.check(attempt)
                .chain(() -> accounts.issue(client, presented, scope))
                .chain(grant -> switch (grant) {
                    case ServiceAccountService.Grant.Issued issued ->
                        pool.withTransaction(tx -> throttle.succeeded(tx, attempt))
                                .chain(() -> limits.tokenFor(UUID.fromString(client)))
                                .replaceWith(noStore(RestResponse.ResponseBuilder.ok((Object) issued.token()))
                                        .build());
                    case ServiceAccountService.Grant.Refused refused
                    when "invalid_client".equals(refused.error()) ->
                        throttle.failed(attempt, null, null)
                                .map(failures -> error(StatusCode.UNAUTHORIZED, refused.error(), locale));
                    case ServiceAccountService.Grant.Refused refused ->
                        Uni.createFrom().item(error(StatusCode.BAD_REQUEST, refused.error(), locale));
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
            return new String[] {
                URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
                URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8)
            };
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static RestResponse<Object> error(int status, String code, Locale locale) {
        RestResponse.ResponseBuilder<Object> response = noStore(RestResponse.ResponseBuilder.<Object>create(status)
                .entity(new OAuthError(code, Messages.get(locale, "oauth." + code))));
        if (status == StatusCode.UNAUTHORIZED) {
            // RFC 6749 §5.2: a 401 names the authentication scheme the client may use.
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"hocvuso\"");
        }
        return response.build();
    }

    /** RFC 6749 §5.1: token answers, and their errors, are never cached. */
    private static RestResponse.ResponseBuilder<Object> noStore(RestResponse.ResponseBuilder<Object> response) {
        return response.type(MediaType.APPLICATION_JSON)
                .header("Cache-Control", "no-store")
                .header("Pragma", "no-cache");
    }
}
