package vn.hocvuso.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.benmanes.caffeine.cache.Ticker;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.jwt.build.Jwt;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The verified-token cache with the real verifier (smallrye-jwt's, on a key made here) and a time the test
 * moves: a token is verified once, and never served from the cache once changed, expired, or asked for under
 * another configuration.
 */
class VerifiedTokensTest {

    private static final String ISSUER = "https://hocvuso.test.invalid";
    private static final KeyPair KEYS = keyPair();
    private static final KeyPair OTHER_KEYS = keyPair();

    private final AtomicInteger verifications = new AtomicInteger();
    private final AtomicLong offsetNanos = new AtomicLong();
    private final InstantSource now = () -> Instant.now().plusNanos(offsetNanos.get());
    private final Ticker ticker = () -> System.nanoTime() + offsetNanos.get();
    private final JWTAuthContextInfo context = context(KEYS);
    private VerifiedTokens tokens;

    @BeforeEach
    void cache() {
        JWTCallerPrincipalFactory real = new DefaultJWTCallerPrincipalFactory();
        JWTCallerPrincipalFactory counted = new JWTCallerPrincipalFactory() {
            @Override
            public JWTCallerPrincipal parse(String token, JWTAuthContextInfo info) throws ParseException {
                verifications.incrementAndGet();
                return real.parse(token, info);
            }
        };
        tokens = new VerifiedTokens(counted, 100, now, ticker);
    }

    @Test
    void aTokenIsVerifiedOnceAndThenKnown() throws ParseException {
        String token = token("learner-1", Duration.ofMinutes(15));

        assertThat(tokens.parse(token, context).getSubject()).isEqualTo("learner-1");
        assertThat(tokens.parse(token, context).getSubject()).isEqualTo("learner-1");
        assertThat(tokens.parse(token, context).getGroups()).containsExactly("LEARNER");

        assertThat(verifications).hasValue(1);
    }

    @Test
    void aTokenChangedByOneCharacterIsVerifiedAfreshAndRefused() throws ParseException {
        String token = token("learner-2", Duration.ofMinutes(15));
        tokens.parse(token, context);
        char last = token.charAt(token.length() - 2);
        String changed =
                token.substring(0, token.length() - 2) + (last == 'A' ? 'B' : 'A') + token.charAt(token.length() - 1);

        assertThatThrownBy(() -> tokens.parse(changed, context)).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> tokens.parse(changed, context)).isInstanceOf(ParseException.class);
        assertThat(verifications)
                .as("each refusal is a verification, none is kept")
                .hasValue(3);
        assertThat(tokens.size()).isEqualTo(1);
    }

    @Test
    void aTokenSignedByAnotherKeyWithTheSameClaimsIsRefused() throws ParseException {
        tokens.parse(token("learner-3", Duration.ofMinutes(15)), context);
        String forged = Jwt.issuer(ISSUER)
                .audience("hocvuso-api")
                .subject("learner-3")
                .groups(Set.of("LEARNER", "ADMIN"))
                .expiresIn(Duration.ofMinutes(15))
                .sign(OTHER_KEYS.getPrivate());

        assertThatThrownBy(() -> tokens.parse(forged, context)).isInstanceOf(ParseException.class);
    }

    @Test
    void anExpiredTokenIsRefusedAndNotKept() {
        long epoch = Instant.now().getEpochSecond();
        String expired = Jwt.issuer(ISSUER)
                .audience("hocvuso-api")
                .subject("learner-4")
                .issuedAt(epoch - 1200)
                .expiresAt(epoch - 600)
                .sign(KEYS.getPrivate());

        assertThatThrownBy(() -> tokens.parse(expired, context)).isInstanceOf(ParseException.class);
        assertThat(tokens.size()).isZero();
    }

    @Test
    void aKeptTokenIsVerifiedAgainOnceItsExpiryHasPassed() throws ParseException {
        String token = token("learner-5", Duration.ofMinutes(15));
        tokens.parse(token, context);
        offsetNanos.set(Duration.ofMinutes(14).toNanos());
        tokens.parse(token, context);
        assertThat(verifications).as("still within its 15 minutes").hasValue(1);

        offsetNanos.set(Duration.ofMinutes(16).toNanos());
        tokens.parse(token, context);

        assertThat(verifications).as("past its exp, the verifier decides again").hasValue(2);
    }

    @Test
    void aTokenKeptForOneConfigurationIsVerifiedForAnother() throws ParseException {
        String token = token("learner-6", Duration.ofMinutes(15));
        tokens.parse(token, context);

        assertThatThrownBy(() -> tokens.parse(token, context(OTHER_KEYS))).isInstanceOf(ParseException.class);
        assertThat(verifications).hasValue(2);
    }

    @Test
    void itKeepsNoMoreTokensThanItsSize() throws ParseException {
        VerifiedTokens small = new VerifiedTokens(new DefaultJWTCallerPrincipalFactory(), 3, now, ticker);
        for (int i = 0; i < 20; i++) {
            small.parse(token("learner-many-" + i, Duration.ofMinutes(15)), context);
        }

        assertThat(small.size()).isLessThanOrEqualTo(3);
    }

    private static String token(String subject, Duration life) {
        return Jwt.issuer(ISSUER)
                .audience("hocvuso-api")
                .subject(subject)
                .groups(Set.of("LEARNER"))
                .expiresIn(life)
                .sign(KEYS.getPrivate());
    }

    private static JWTAuthContextInfo context(KeyPair keys) {
        JWTAuthContextInfo info = new JWTAuthContextInfo((RSAPublicKey) keys.getPublic(), ISSUER);
        info.setExpectedAudience(Set.of("hocvuso-api"));
        return info;
    }

    private static KeyPair keyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
