package vn.hocvuso.limit;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.hocvuso.limit.RateLimiter.Bucket;

/**
 * The named limits of {@link LimitsConfig}, as the endpoints apply them. Each answers 429
 * {@code too_many_requests} with {@code Retry-After} when one of its buckets is empty. Limits per address
 * skip exempt addresses; limits per account never do.
 */
@ApplicationScoped
public class Limits {

    private final RateLimiter limiter;
    private final LimitsConfig config;

    public Limits(RateLimiter limiter, LimitsConfig config) {
        this.limiter = limiter;
        this.config = config;
    }

    /** A new account from this address, for this phone and/or e-mail (already normalised; either may be null). */
    public Uni<Void> registration(ClientAddress address, String phone, String email) {
        List<Bucket> buckets = perAddress("register-address", config.registrationsPerAddress(), address);
        if (phone != null) {
            buckets.add(new Bucket("register-account:" + phone, config.registrationsPerAccount()));
        }
        if (email != null) {
            buckets.add(new Bucket("register-account:" + email, config.registrationsPerAccount()));
        }
        return limiter.acquire(buckets);
    }

    /** A refresh from this address, before the token is even looked at. */
    public Uni<Void> refreshFrom(ClientAddress address) {
        return limiter.acquire(perAddress("refresh-address", config.refreshesPerAddress(), address));
    }

    /** A refresh of this account's session, before it rotates (a refused refresh leaves the token usable). */
    public Uni<Void> refreshOf(UUID userId) {
        return limiter.acquire(List.of(new Bucket("refresh-account:" + userId, config.refreshesPerAccount())));
    }

    /** A token for this service account, once its secret was right. */
    public Uni<Void> tokenFor(UUID serviceAccountId) {
        return limiter.acquire(
                List.of(new Bucket("token-account:" + serviceAccountId, config.tokensPerServiceAccount())));
    }

    /** A certificate's PDF to this address; {@code code} is the canonical code, or null if it is not one. */
    public Uni<Void> certificatePdf(ClientAddress address, String code) {
        List<Bucket> buckets = perAddress("pdf-address", config.pdfsPerAddress(), address);
        if (code != null) {
            buckets.add(new Bucket("pdf-certificate:" + code, config.pdfsPerCertificate()));
        }
        return limiter.acquire(buckets);
    }

    /** A verifiable credential checked from this address: anyone may ask, and each check reads the status. */
    public Uni<Void> credentialVerification(ClientAddress address) {
        return limiter.acquire(perAddress("verify-address", config.verificationsPerAddress(), address));
    }

    /** A reset code asked for this login (normalised phone or e-mail) from this address. */
    public Uni<Void> passwordReset(ClientAddress address, String login) {
        List<Bucket> buckets = perAddress("reset-address", config.passwordResetsPerAddress(), address);
        buckets.add(new Bucket("reset-account:" + login, config.passwordResetsPerAccount()));
        return limiter.acquire(buckets);
    }

    /**
     * A phone verification code asked for (again), or a reset a helper starts: the same budgets as a
     * reset, counted apart, so a person's own resets are not used up by either.
     */
    public Uni<Void> oneTimeCode(String purpose, ClientAddress address, String login) {
        List<Bucket> buckets = perAddress(purpose + "-address", config.passwordResetsPerAddress(), address);
        buckets.add(new Bucket(purpose + "-account:" + login, config.passwordResetsPerAccount()));
        return limiter.acquire(buckets);
    }

    /** A phone verification code tried from this address. */
    public Uni<Void> phoneVerificationConfirm(ClientAddress address) {
        return limiter.acquire(perAddress("verify-confirm-address", config.passwordResetConfirmsPerAddress(), address));
    }

    /** A reset code tried from this address. */
    public Uni<Void> passwordResetConfirm(ClientAddress address) {
        return limiter.acquire(perAddress("reset-confirm-address", config.passwordResetConfirmsPerAddress(), address));
    }

    /** The budget of wrong credentials of an address (null for an exempt one), charged by {@link LoginThrottle}. */
    Bucket credentialFailures(ClientAddress address) {
        return address == null || address.exempt()
                ? null
                : new Bucket("credential-failures:" + address.key(), config.credentialFailuresPerAddress());
    }

    private static List<Bucket> perAddress(String name, Rate rate, ClientAddress address) {
        List<Bucket> buckets = new ArrayList<>();
        if (!address.exempt()) {
            buckets.add(new Bucket(name + ":" + address.key(), rate));
        }
        return buckets;
    }
}
