package vn.hocvuso.identity;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The person calling a public endpoint that shows more to a logged-in user: empty without a token. A token
 * that is sent but invalid is still refused (401), so a client never silently sees the anonymous view. A
 * service account is not a person (its principal is {@code service:<id>}): it sees what anyone sees.
 */
@RequestScoped
public class OptionalCaller {

    private final CurrentIdentityAssociation identities;

    public OptionalCaller(CurrentIdentityAssociation identities) {
        this.identities = identities;
    }

    public Uni<Optional<UUID>> id() {
        return identities.getDeferredIdentity().map(identity -> {
            if (identity.isAnonymous() || identity.hasRole(Role.INTEGRATOR.name())) {
                return Optional.<UUID>empty();
            }
            // The subject, not the principal's name: the name is the token's upn, which is not always the id.
            String subject = identity.getPrincipal() instanceof JsonWebToken token ? token.getSubject() : null;
            try {
                return Optional.of(UUID.fromString(String.valueOf(subject)));
            } catch (IllegalArgumentException e) {
                throw new UnauthorizedException();
            }
        });
    }
}
