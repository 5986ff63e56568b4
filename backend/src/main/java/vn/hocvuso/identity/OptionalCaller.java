package vn.hocvuso.identity;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.UUID;

/**
 * The caller of a public endpoint that shows more to a logged-in user: empty without a token. A token
 * that is sent but invalid is still refused (401), so a client never silently sees the anonymous view.
 */
@RequestScoped
public class OptionalCaller {

    private final CurrentIdentityAssociation identities;

    public OptionalCaller(CurrentIdentityAssociation identities) {
        this.identities = identities;
    }

    public Uni<Optional<UUID>> id() {
        return identities.getDeferredIdentity().map(identity -> identity.isAnonymous()
                ? Optional.<UUID>empty()
                : Optional.of(UUID.fromString(identity.getPrincipal().getName())));
    }
}
