package vn.hocvuso.identity;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The caller, as the verified access token describes them. */
@RequestScoped
public class CurrentUser {

    private final JsonWebToken token;

    public CurrentUser(JsonWebToken token) {
        this.token = token;
    }

    public UUID id() {
        if (token == null || token.getSubject() == null) {
            throw new UnauthorizedException();
        }
        // A service account is not a person: endpoints about "my" account, enrolments or tests refuse it.
        if (token.getGroups() != null && token.getGroups().contains(Role.INTEGRATOR.name())) {
            throw new ForbiddenException();
        }
        return UUID.fromString(token.getSubject());
    }

    /** The login session the token was issued for; absent in tokens signed by other issuers' tools. */
    public Optional<UUID> sessionId() {
        return Optional.ofNullable(token.<Object>getClaim(TokenIssuer.SESSION_CLAIM))
                .map(Object::toString).map(s -> s.replace("\"", "")).map(UUID::fromString);
    }
}
