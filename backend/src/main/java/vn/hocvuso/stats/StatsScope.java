package vn.hocvuso.stats;

import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.hocvuso.common.ApiException;
import vn.hocvuso.identity.Role;
import vn.hocvuso.identity.TokenIssuer;

/**
 * What part of the province the caller's figures may cover, read from the verified token alone: an
 * administrator (or a service account reading statistics without limits) sees everything, a unit manager
 * the units of its grants, an agency manager the agencies of its grants.
 */
@RequestScoped
public class StatsScope {

    /** The OAuth scope a service account needs to read figures. */
    public static final String STATS_READ = "stats:read";

    private final JsonWebToken token;

    public StatsScope(JsonWebToken token) {
        this.token = token;
    }

    public boolean everything() {
        return has(Role.ADMIN) || (statsReader() && units().isEmpty() && agencies().isEmpty());
    }

    /** The units whose figures the caller may read, beyond {@link #everything()}. */
    public Set<String> unitScope() {
        return has(Role.UNIT_MANAGER) || statsReader() ? units() : Set.of();
    }

    /** The agencies whose figures the caller may read, beyond {@link #everything()}. */
    public Set<Long> agencyScope() {
        return has(Role.AGENCY_MANAGER) || statsReader() ? agencies() : Set.of();
    }

    /** May read the province's aggregate figures: anyone who reads any figures. */
    public void requireReader() {
        if (!everything() && unitScope().isEmpty() && agencyScope().isEmpty()) {
            throw ApiException.forbidden();
        }
    }

    /** May list units (all, or those in scope). */
    public void requireUnitReader() {
        if (!everything() && unitScope().isEmpty()) {
            throw ApiException.forbidden();
        }
    }

    /** May list agencies (all, or those in scope). */
    public void requireAgencyReader() {
        if (!everything() && agencyScope().isEmpty()) {
            throw ApiException.forbidden();
        }
    }

    public boolean canSeeUnit(String code) {
        return everything() || unitScope().contains(code);
    }

    public boolean canSeeAgency(long id) {
        return everything() || agencyScope().contains(id);
    }

    /** Personal data of a unit's learners: only the people who manage that unit. */
    public void requireManagerOf(String unitCode) {
        if (!has(Role.UNIT_MANAGER) || !units().contains(unitCode)) {
            throw ApiException.forbidden();
        }
    }

    public Set<String> units() {
        Set<String> codes = new LinkedHashSet<>();
        for (Object value : values(TokenIssuer.UNITS_CLAIM)) {
            codes.add(value.toString());
        }
        return codes;
    }

    public Set<Long> agencies() {
        Set<Long> ids = new LinkedHashSet<>();
        for (Object value : values(TokenIssuer.AGENCIES_CLAIM)) {
            ids.add(value instanceof Number n ? n.longValue() : Long.parseLong(value.toString()));
        }
        return ids;
    }

    private boolean statsReader() {
        Object scope = token.getClaim("scope");
        String text = scope instanceof JsonString s ? s.getString() : scope == null ? "" : scope.toString();
        return has(Role.INTEGRATOR) && Set.of(text.split(" ")).contains(STATS_READ);
    }

    private boolean has(Role role) {
        return token.getGroups() != null && token.getGroups().contains(role.name());
    }

    private Collection<Object> values(String claim) {
        Object raw = token.getClaim(claim);
        Set<Object> out = new LinkedHashSet<>();
        if (raw instanceof JsonArray array) {
            for (JsonValue v : array) {
                out.add(switch (v) {
                    case JsonString s -> s.getString();
                    case JsonNumber n -> n.longValue();
                    default -> v.toString();
                });
            }
        } else if (raw instanceof Collection<?> list) {
            out.addAll(list);
        }
        return out;
    }
}
