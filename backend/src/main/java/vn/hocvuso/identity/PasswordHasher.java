package vn.hocvuso.identity;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Argon2id password hashes. Hashing is deliberately slow, so it never runs on an event-loop thread:
 * the async methods run it on a worker and deliver the result back on the caller's Vert.x context,
 * where a reactive session may continue.
 */
@ApplicationScoped
public class PasswordHasher {

    private final Argon2Function argon2;
    private final Vertx vertx;
    /** Verified against when a login names no account, so both answers take the same time. */
    private final String decoyHash;

    public PasswordHasher(AuthConfig config, Vertx vertx) {
        AuthConfig.Password.Argon2 settings = config.password().argon2();
        this.argon2 = Argon2Function.getInstance(settings.memoryKib(), settings.iterations(), settings.parallelism(),
                32, Argon2.ID);
        this.vertx = vertx;
        this.decoyHash = hashBlocking("decoy password, never matches");
    }

    public String hashBlocking(String password) {
        return Password.hash(password).addRandomSalt(16).with(argon2).getResult();
    }

    public Uni<String> hash(String password) {
        return vertx.executeBlocking(Uni.createFrom().item(() -> hashBlocking(password)), false);
    }

    /** True if the password matches; a {@code null} hash (unknown account) costs the same and never matches. */
    public Uni<Boolean> verify(String password, String hash) {
        return vertx.executeBlocking(Uni.createFrom().item(() -> {
            // An account without a password yet (imported, not claimed) stores a marker, not a hash: it
            // costs the same as an unknown account and never matches.
            boolean usable = hash != null && hash.startsWith("$argon2");
            String stored = usable ? hash : decoyHash;
            // Parameters come from the stored hash, so raising the cost later keeps old hashes valid.
            boolean matches = Password.check(password, stored).with(Argon2Function.getInstanceFromHash(stored));
            return usable && matches;
        }), false);
    }
}
