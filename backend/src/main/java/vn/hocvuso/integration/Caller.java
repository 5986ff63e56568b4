package vn.hocvuso.integration;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.hocvuso.common.ApiException;
import vn.hocvuso.identity.Role;
import vn.hocvuso.identity.TokenIssuer;

/**
 * The caller of an integration endpoint: a person (administrator, unit or agency manager) or a service
 * account, with what its verified token allows. Scopes and limits travel in the token, so no lookup is
 * needed to authorise a request.
 */
@RequestScoped
public class Caller {

    public static final String SCOPE_CLAIM = "scope";
    public static final String CLIENT_CLAIM = "client_id";

    private final JsonWebToken token;

    public Caller(JsonWebToken token) {
        this.token = token;
    }

    public UUID id() {
        if (token == null || token.getSubject() == null) {
            throw new UnauthorizedException();
        }
        return UUID.fromString(token.getSubject());
    }

    public boolean isService() {
        return has(Role.INTEGRATOR.name());
    }

    public boolean isAdmin() {
        return !isService() && has(Role.ADMIN.name());
    }

    public boolean has(String group) {
        return token != null && token.getGroups() != null && token.getGroups().contains(group);
    }

    public Set<String> scopes() {
        Object claim = token == null ? null : token.getClaim(SCOPE_CLAIM);
        Set<String> scopes = new LinkedHashSet<>();
        if (claim != null) {
            String text = claim instanceof JsonString s ? s.getString() : claim.toString();
            for (String part : text.split(" ")) {
                if (!part.isBlank()) {
                    scopes.add(part.strip());
                }
            }
        }
        return scopes;
    }

    public boolean hasScope(Scope scope) {
        return isService() && scopes().contains(scope.wire());
    }

    /** Unit codes the caller is limited to (a unit manager's units, a service account's units). */
    public Set<String> units() {
        return strings(TokenIssuer.UNITS_CLAIM);
    }

    public Set<Long> agencies() {
        Set<Long> ids = new LinkedHashSet<>();
        for (String s : strings(TokenIssuer.AGENCIES_CLAIM)) {
            ids.add(Long.parseLong(s));
        }
        return ids;
    }

    /**
     * What the caller may see: an administrator everything; a service account holding {@code scope} its
     * unit and agency limits (none: everything), without it nothing; a unit or agency manager the units
     * or agencies of their grants.
     */
    public Reach reach(Scope scope) {
        if (isAdmin()) {
            return Reach.ALL;
        }
        if (isService()) {
            if (!hasScope(scope)) {
                return Reach.NOTHING;
            }
            Set<String> units = units();
            Set<Long> agencies = agencies();
            return units.isEmpty() && agencies.isEmpty() ? Reach.ALL : new Reach(false, units, agencies);
        }
        return new Reach(false, has(Role.UNIT_MANAGER.name()) ? units() : Set.of(),
                has(Role.AGENCY_MANAGER.name()) ? agencies() : Set.of());
    }

    /** The caller key of idempotency records: one namespace per account or service account. */
    public String key() {
        return (isService() ? "service:" : "user:") + id();
    }

    /** An administrator, or a service account holding {@code scope}; otherwise 403. */
    public void requireAdminOr(Scope scope) {
        if (isAdmin()) {
            return;
        }
        if (isService()) {
            if (!hasScope(scope)) {
                throw new ApiException(403, "insufficient_scope", scope.wire());
            }
            return;
        }
        throw new ForbiddenException();
    }

    private Set<String> strings(String name) {
        Object claim = token == null ? null : token.getClaim(name);
        Set<String> values = new LinkedHashSet<>();
        if (claim instanceof JsonArray array) {
            for (JsonValue v : array) {
                values.add(switch (v) {
                    case JsonString s -> s.getString();
                    case JsonNumber n -> n.toString();
                    default -> v.toString().replace("\"", "");
                });
            }
        } else if (claim instanceof Collection<?> collection) {
            collection.forEach(v -> values.add(v.toString().replace("\"", "")));
        }
        return values;
    }
}
