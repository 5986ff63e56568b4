package vn.hocvuso.identity;

import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Signs access tokens (RS256). The token carries the roles ({@code groups}) and their scopes
 * ({@code units}, {@code agencies}), so every replica can authorise a request without a lookup; no
 * personal data goes into it. {@code sid} names the login session (the refresh-token family).
 */
@ApplicationScoped
public class TokenIssuer {

    public static final String UNITS_CLAIM = "units";
    public static final String AGENCIES_CLAIM = "agencies";
    /** A helper's units: apart from {@code units}, which scopes a manager's reach and must never grow by a helper grant. */
    public static final String HELPER_UNITS_CLAIM = "helper_units";
    public static final String SESSION_CLAIM = "sid";

    private final AuthConfig config;

    public TokenIssuer(AuthConfig config) {
        this.config = config;
    }

    public String accessToken(UUID userId, UUID sessionId, List<RoleGrant> grants) {
        Set<String> roles = new HashSet<>();
        roles.add(Role.LEARNER.name());
        List<String> units = grants.stream().filter(g -> g.unitCode != null && g.role != Role.HELPER)
                .map(g -> g.unitCode).distinct().toList();
        List<String> helperUnits = grants.stream().filter(g -> g.role == Role.HELPER).map(g -> g.unitCode).distinct().toList();
        List<Long> agencies = grants.stream().filter(g -> g.agencyId != null).map(g -> g.agencyId).distinct().toList();
        grants.forEach(g -> roles.add(g.role.name()));
        return Jwt.issuer(config.auth().issuer())
                .audience(config.auth().audience())
                .subject(userId.toString())
                .upn(userId.toString())
                .groups(roles)
                .claim(UNITS_CLAIM, units)
                .claim(AGENCIES_CLAIM, agencies)
                .claim(HELPER_UNITS_CLAIM, helperUnits)
                .claim(SESSION_CLAIM, sessionId.toString())
                .expiresIn(config.auth().accessTokenTtl())
                .sign();
    }

    public long accessTokenSeconds() {
        return config.auth().accessTokenTtl().toSeconds();
    }
}
