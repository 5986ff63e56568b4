package vn.hocvuso.security;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.RestResponse.StatusCode;
import vn.hocvuso.common.ApiException;

/**
 * Who is calling, as the verified access token describes them: a person (a learner, a manager, an
 * administrator, a helper) or another system's service account, with what the token allows. Roles,
 * scopes and unit/agency limits travel in the token ({@link Claims}), so no lookup is needed to
 * authorise a request. The one "who is calling" type of every resource.
 */
@RequestScoped
public class Caller {

    private final JsonWebToken token;
    private final CurrentIdentityAssociation identities;
    private final Subtrees subtrees;
    private final ProvincePlaces places;

    public Caller(JsonWebToken token, CurrentIdentityAssociation identities, Subtrees subtrees, ProvincePlaces places) {
        this.token = token;
        this.identities = identities;
        this.subtrees = subtrees;
        this.places = places;
    }

    /** The account calling, a person's or a service account's; 401 without a token. */
    public UUID id() {
        if (token == null || token.getSubject() == null) {
            throw new UnauthorizedException();
        }
        return UUID.fromString(token.getSubject());
    }

    /**
     * The person calling. A service account is not a person: endpoints about "my" account, enrolments
     * or tests refuse it (403).
     */
    public UUID userId() {
        UUID id = id();
        if (isService()) {
            throw new ForbiddenException();
        }
        return id;
    }

    /**
     * The person calling a public endpoint that shows more to a logged-in user: empty without a token. A
     * token that is sent but invalid is still refused (401), so a client never silently sees the
     * anonymous view. A service account is not a person (its principal is {@code service:<id>}): it sees
     * what anyone sees. Deferred, because a public endpoint does not authenticate before it runs.
     */
    public Uni<Optional<UUID>> optionalUserId() {
        return identities.getDeferredIdentity().map(identity -> {
            if (identity.isAnonymous() || identity.hasRole(Role.INTEGRATOR.name())) {
                return Optional.<UUID>empty();
            }
            // The subject, not the principal's name: the name is the token's upn, which is not always the id.
            String subject = identity.getPrincipal() instanceof JsonWebToken jwt ? jwt.getSubject() : null;
            try {
                return Optional.of(UUID.fromString(String.valueOf(subject)));
            } catch (IllegalArgumentException e) {
                throw new UnauthorizedException();
            }
        });
    }

    /** The login session the token was issued for; absent in tokens signed by other issuers' tools. */
    public Optional<UUID> sessionId() {
        return Optional.ofNullable(token.<Object>getClaim(Claims.SESSION))
                .map(Object::toString)
                .map(s -> s.replace("\"", ""))
                .map(UUID::fromString);
    }

    public boolean isService() {
        return has(Role.INTEGRATOR.name());
    }

    public boolean isAdmin() {
        return !isService() && has(Role.ADMIN.name());
    }

    /**
     * A province's administrator ({@link Role#PROVINCE_ADMIN}) with at least one province in its token: not an
     * administrator ({@link #isAdmin()} is false), so only what is opened for it, scoped to {@link #provinces()}.
     */
    public boolean isProvinceAdmin() {
        return !isService() && has(Role.PROVINCE_ADMIN.name()) && !provinces().isEmpty();
    }

    /** The provinces a province administrator administers ({@link Claims#PROVINCES}); empty for anyone else. */
    public Set<String> provinces() {
        return isService() || !has(Role.PROVINCE_ADMIN.name()) ? Set.of() : strings(Claims.PROVINCES);
    }

    public boolean has(String group) {
        return token != null && token.getGroups() != null && token.getGroups().contains(group);
    }

    public Set<String> scopes() {
        Object claim = token == null ? null : token.getClaim(Claims.SCOPE);
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
        return strings(Claims.UNITS);
    }

    public Set<Long> agencies() {
        Set<Long> ids = new LinkedHashSet<>();
        for (String s : strings(Claims.AGENCIES)) {
            ids.add(Long.parseLong(s));
        }
        return ids;
    }

    /**
     * What the caller may see: an administrator everything; a service account holding {@code scope} its
     * unit and agency limits (none: everything), without it nothing; a unit or agency manager the units
     * or agencies of their grants. An agency reaches its whole subtree ({@link Subtrees}): a manager of a
     * department sees its schools and hospitals, a manager of a school only the school. A province
     * administrator reaches every unit and organisation of its provinces ({@link ProvincePlaces}), as a
     * manager of all of them would: never another province's.
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
            return units.isEmpty() && agencies.isEmpty()
                    ? Reach.ALL
                    : new Reach(false, units, subtrees.withDescendants(agencies));
        }
        Set<String> units = new LinkedHashSet<>(has(Role.UNIT_MANAGER.name()) ? units() : Set.of());
        Set<Long> agencies =
                new LinkedHashSet<>(has(Role.AGENCY_MANAGER.name()) ? subtrees.withDescendants(agencies()) : Set.of());
        Set<String> provinces = provinces();
        if (!provinces.isEmpty()) {
            units.addAll(places.unitsOf(provinces));
            agencies.addAll(places.organisationsOf(provinces));
        }
        return new Reach(false, units, agencies);
    }

    /** Whether a province administrator administers the province of {@code unitCode} (false for anyone else). */
    public boolean administersUnit(String unitCode) {
        return isProvinceAdmin() && places.unitsOf(provinces()).contains(unitCode);
    }

    /** Whether a province administrator administers the province of organisation {@code id} (false for anyone else). */
    public boolean administersOrganisation(Long id) {
        return isProvinceAdmin()
                && id != null
                && places.organisationsOf(provinces()).contains(id);
    }

    /**
     * An administrator, the PROVINCE_ADMIN of the unit's province, or a UNIT_MANAGER of {@code unitCode}; anyone
     * else 403, service accounts too (the pages a unit's managers keep: its helpers, its villages; each resource's
     * roles say which of them a province administrator gets to).
     */
    public void requireAdminOrManagerOf(String unitCode) {
        if (isService()
                || !(isAdmin()
                        || administersUnit(unitCode)
                        || has(Role.UNIT_MANAGER.name()) && units().contains(unitCode))) {
            throw ApiException.forbidden();
        }
    }

    /**
     * The people an administrator administers, by their units and organisations: everyone ({@link Reach#ALL}) for
     * the national administrator, those of its province for a province administrator (its units and
     * organisations, never another province's); anyone else 403.
     */
    public Reach administered() {
        if (isAdmin()) {
            return Reach.ALL;
        }
        if (isProvinceAdmin()) {
            Set<String> provinces = provinces();
            return new Reach(false, places.unitsOf(provinces), places.organisationsOf(provinces));
        }
        throw ApiException.forbidden();
    }

    /**
     * The provinces an administrator administers: null (every one) for the national administrator, its own
     * ({@link #provinces()}) for a province administrator; anyone else 403. For finding what is a province's as a
     * whole rather than a unit's or an organisation's (its targets, to change or remove); the province a new one is
     * for is chosen by {@code province.ActingProvince} from {@link #actingProvinces()}.
     */
    public Set<String> administeredProvinces() {
        if (isAdmin()) {
            return null;
        }
        if (isProvinceAdmin()) {
            return provinces();
        }
        throw ApiException.forbidden();
    }

    /**
     * The provinces the caller acts on as a whole (a province's targets, reports, departments, organisation
     * imports): null (every one) for the national administrator; a province administrator's own ({@link
     * #provinces()}, and no other even if it also manages a unit elsewhere); for a unit or organisation manager the
     * provinces of its units and organisations (a commune's appendix); none for a service account. {@code province.ActingProvince} chooses one of them for a request; each
     * endpoint's roles say who gets to it at all.
     */
    public Set<String> actingProvinces() {
        if (isAdmin()) {
            return null;
        }
        if (isService()) {
            return Set.of();
        }
        if (isProvinceAdmin()) {
            return provinces();
        }
        Set<String> units = has(Role.UNIT_MANAGER.name()) ? units() : Set.of();
        Set<Long> agencies = has(Role.AGENCY_MANAGER.name()) ? agencies() : Set.of();
        return units.isEmpty() && agencies.isEmpty() ? Set.of() : places.provincesOf(units, agencies);
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
                throw refusal(scope);
            }
            return;
        }
        throw new ForbiddenException();
    }

    /**
     * The 403 for a caller refused where {@code scope} lets service accounts in: {@code insufficient_scope}
     * (naming the scope) for a service account without it, as the contract words a missing scope;
     * {@code forbidden} for anyone else (a person, or a service account that holds the scope but whose limits
     * leave the thing out).
     */
    public ApiException refusal(Scope scope) {
        return isService() && !hasScope(scope)
                ? new ApiException(StatusCode.FORBIDDEN, "insufficient_scope", scope.wire())
                : ApiException.forbidden();
    }

    private Set<String> strings(String name) {
        Object claim = token == null ? null : token.getClaim(name);
        Set<String> values = new LinkedHashSet<>();
        if (claim instanceof JsonArray array) {
            for (JsonValue v : array) {
                values.add(
                        switch (v) {
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
