package vn.hocvuso.identity;

import io.quarkus.runtime.Startup;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.hocvuso.security.Claims;
import vn.hocvuso.security.Role;

/**
 * Signs access tokens (RS256). The token carries the roles ({@code groups}) and their scopes
 * ({@code units}, {@code agencies}, a province administrator's {@code provinces}), so every replica can authorise a request without a lookup; no
 * personal data goes into it. {@code sid} names the login session (the refresh-token family).
 */
// Made at start, on the main thread: the key is read there, never on an event loop.
@Startup
@ApplicationScoped
public class TokenIssuer {

    private final AuthConfig config;
    /**
     * Read and decoded once: {@code sign()} without a key reads {@code smallrye.jwt.sign.key.location}
     * and decodes the PEM on every call, which the soak (issue 20) found blocking event loops on logins
     * and refreshes (SigningKeyOnceTest). A new key takes a restart, as the public half always did.
     */
    private final PrivateKey signingKey;

    public TokenIssuer(
            AuthConfig config,
            @ConfigProperty(name = "smallrye.jwt.sign.key.location") Optional<String> signingKeyLocation) {
        this.config = config;
        String location = signingKeyLocation
                .map(l -> l.startsWith("file:") ? l.substring(5) : l)
                .orElse("");
        if (location.isBlank() || !Files.isReadable(Path.of(location))) {
            this.signingKey = null; // JwtKeyCheck stops the start with a message that says what to set
            return;
        }
        try {
            this.signingKey = KeyUtils.decodePrivateKey(Files.readString(Path.of(location)));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(
                    "The private key for signing tokens ('" + location
                            + "', HOCVUSO_JWT_PRIVATE_KEY) is not an RSA key in PEM: " + e.getMessage(),
                    e);
        }
    }

    public String accessToken(UUID userId, UUID sessionId, List<RoleGrant> grants) {
        Set<String> roles = new HashSet<>();
        roles.add(Role.LEARNER.name());
        List<String> units = grants.stream()
                .filter(g -> g.unitCode() != null && g.role() != Role.HELPER)
                .map(RoleGrant::unitCode)
                .distinct()
                .toList();
        List<String> helperUnits = grants.stream()
                .filter(g -> g.role() == Role.HELPER)
                .map(RoleGrant::unitCode)
                .distinct()
                .toList();
        List<Long> agencies = grants.stream()
                .filter(g -> g.agencyId() != null)
                .map(RoleGrant::agencyId)
                .distinct()
                .toList();
        List<String> provinces = grants.stream()
                .filter(g -> g.role() == Role.PROVINCE_ADMIN && g.provinceCode() != null)
                .map(RoleGrant::provinceCode)
                .distinct()
                .toList();
        grants.forEach(g -> roles.add(g.role().name()));
        return Jwt.issuer(config.auth().issuer())
                .audience(config.auth().audience())
                .subject(userId.toString())
                .upn(userId.toString())
                .groups(roles)
                .claim(Claims.UNITS, units)
                .claim(Claims.AGENCIES, agencies)
                .claim(Claims.HELPER_UNITS, helperUnits)
                .claim(Claims.PROVINCES, provinces)
                .claim(Claims.SESSION, sessionId.toString())
                .expiresIn(config.auth().accessTokenTtl())
                .sign(signingKey);
    }

    public long accessTokenSeconds() {
        return config.auth().accessTokenTtl().toSeconds();
    }
}
