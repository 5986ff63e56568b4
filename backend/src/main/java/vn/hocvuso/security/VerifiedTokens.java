package vn.hocvuso.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.TimeUnit;

/**
 * The access tokens this replica has verified, kept until they expire, so that a token is verified once and
 * not on every request. A phone reports progress every few seconds with the same token for its 15 minutes;
 * checking its RS256 signature and parsing its JSON each time was a third of the API's CPU per progress report
 * (JFR, docs/benchmarks.md "A token verified once").
 *
 * <p>What makes it safe: the key is the whole token, so a token that differs by one character (another
 * signature, a changed claim) is not found and is verified afresh; an entry is dropped at its token's {@code
 * exp}, after which the token is verified again and refused as expired, exactly as without the cache; a token
 * that fails verification is never kept; only verifications against the application's one configuration are
 * kept (a parse with another key or issuer goes straight to the verifier). Nothing here is shared between
 * replicas: each verifies a token the first time it sees it. Tokens carry no state that a later event could
 * revoke before their {@code exp} (roles change at the next refresh, see {@code AuthConfig}), so keeping a
 * verified one changes no answer.
 *
 * <p>Caffeine directly rather than {@code quarkus-cache}: each entry expires at its own token's {@code exp},
 * which the latter's one expiry per cache cannot say. Hits and misses are on {@code /q/metrics} as
 * {@code cache_gets_total{cache="verified-tokens"}}.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokens extends JWTCallerPrincipalFactory {

    static final String NAME = "verified-tokens";

    private final JWTCallerPrincipalFactory verifier;
    private final InstantSource now;
    private final Cache<String, Verified> verified;

    @Inject
    public VerifiedTokens(VerifiedTokensConfig config, MeterRegistry registry) {
        this(new DefaultJWTCallerPrincipalFactory(), config.cacheSize(), InstantSource.system(), Ticker.systemTicker());
        CaffeineCacheMetrics.monitor(registry, verified, NAME);
    }

    /** With the verifier and the time given: the unit tests', which move time without waiting for it. */
    VerifiedTokens(JWTCallerPrincipalFactory verifier, long size, InstantSource now, Ticker ticker) {
        this.verifier = verifier;
        this.now = now;
        this.verified = Caffeine.newBuilder()
                .maximumSize(size)
                .ticker(ticker)
                .expireAfter(new UntilExpiry(now))
                .recordStats()
                .build();
    }

    @Override
    public JWTCallerPrincipal parse(String token, JWTAuthContextInfo context) throws ParseException {
        Verified kept = verified.getIfPresent(token);
        // The time is checked here too: the cache's own expiry runs on its ticker, the token's exp on the wall clock.
        if (kept != null && kept.context == context && now.instant().isBefore(kept.expires)) {
            return kept.principal;
        }
        JWTCallerPrincipal principal = verifier.parse(token, context);
        long exp = principal.getExpirationTime();
        if (exp > 0) {
            verified.put(token, new Verified(principal, context, Instant.ofEpochSecond(exp)));
        }
        return principal;
    }

    /** How many tokens are kept now (for the tests). */
    long size() {
        verified.cleanUp();
        return verified.estimatedSize();
    }

    private record Verified(JWTCallerPrincipal principal, JWTAuthContextInfo context, Instant expires) {}

    /** Each entry lives until its token's exp, as the wall clock tells it at the moment it is kept. */
    private record UntilExpiry(InstantSource now) implements Expiry<String, Verified> {

        @Override
        public long expireAfterCreate(String token, Verified entry, long currentTime) {
            long millis = entry.expires.toEpochMilli() - now.millis();
            return TimeUnit.MILLISECONDS.toNanos(Math.max(0, millis));
        }

        @Override
        public long expireAfterUpdate(String token, Verified entry, long currentTime, long currentDuration) {
            return expireAfterCreate(token, entry, currentTime);
        }

        @Override
        public long expireAfterRead(String token, Verified entry, long currentTime, long currentDuration) {
            return currentDuration;
        }
    }
}
