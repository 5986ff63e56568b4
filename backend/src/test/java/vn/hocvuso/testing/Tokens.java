package vn.hocvuso.testing;

import io.smallrye.jwt.build.Jwt;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Access tokens signed by the tests, for any role and scope, as the server would issue them. */
public final class Tokens {

    public static final String ISSUER = "https://hocvuso.quangngai.gov.vn";
    public static final String AUDIENCE = "hocvuso-api";

    private Tokens() {}

    public static String admin() {
        return token(UUID.randomUUID(), Set.of("LEARNER", "ADMIN"), List.of(), List.of());
    }

    public static String learner(UUID userId) {
        return token(userId, Set.of("LEARNER"), List.of(), List.of());
    }

    public static String unitManager(String... unitCodes) {
        return token(UUID.randomUUID(), Set.of("LEARNER", "UNIT_MANAGER"), List.of(unitCodes), List.of());
    }

    public static String agencyManager(Long... agencyIds) {
        return token(UUID.randomUUID(), Set.of("LEARNER", "AGENCY_MANAGER"), List.of(), List.of(agencyIds));
    }

    /** A province administrator of these provinces (claim {@code provinces}), as the server signs one. */
    public static String provinceAdmin(String... provinces) {
        return provinceAdmin(UUID.randomUUID(), provinces);
    }

    public static String provinceAdmin(UUID subject, String... provinces) {
        return Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(subject.toString())
                .upn(subject.toString())
                .groups(Set.of("LEARNER", "PROVINCE_ADMIN"))
                .claim("units", List.of())
                .claim("agencies", List.of())
                .claim("provinces", List.of(provinces))
                .expiresIn(Duration.ofMinutes(5))
                .sign(privateKey());
    }

    public static String token(UUID subject, Set<String> groups, List<String> units, List<Long> agencies) {
        return Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(subject.toString())
                .upn(subject.toString())
                .groups(groups)
                .claim("units", units)
                .claim("agencies", agencies)
                .expiresIn(Duration.ofMinutes(5))
                .sign(privateKey());
    }

    /** A service account's token: group INTEGRATOR, its OAuth scopes, optionally limited to units. */
    public static String integrator(String scope, List<String> units) {
        return Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(UUID.randomUUID().toString())
                .groups(Set.of("INTEGRATOR"))
                .claim("scope", scope)
                .claim("units", units)
                .claim("agencies", List.of())
                .expiresIn(Duration.ofMinutes(5))
                .sign(privateKey());
    }

    /** A well-signed token meant for another service. */
    public static String otherAudience(UUID subject) {
        return Jwt.issuer(ISSUER)
                .audience("another-service")
                .subject(subject.toString())
                .groups(Set.of("LEARNER", "ADMIN"))
                .expiresIn(Duration.ofMinutes(5))
                .sign(privateKey());
    }

    /** A token that expired a minute ago. */
    public static String expired(UUID subject) {
        long now = System.currentTimeMillis() / 1000;
        return Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(subject.toString())
                .groups(Set.of("LEARNER"))
                .issuedAt(now - 600)
                .expiresAt(now - 60)
                .sign(privateKey());
    }

    /** A well-formed token signed by a key the server does not trust. */
    public static String forged(UUID subject) {
        try {
            var generator = java.security.KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return Jwt.issuer(ISSUER)
                    .audience(AUDIENCE)
                    .subject(subject.toString())
                    .groups(Set.of("LEARNER", "ADMIN"))
                    .expiresIn(Duration.ofMinutes(5))
                    .sign(generator.generateKeyPair().getPrivate());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static PrivateKey privateKey() {
        try {
            String pem = Files.readString(TestKeys.PRIVATE)
                    .replaceAll("-----[A-Z ]+-----", "")
                    .replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
