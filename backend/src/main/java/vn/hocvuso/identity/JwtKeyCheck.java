package vn.hocvuso.identity;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses to start without both halves of the token key pair, with a message that says what to do,
 * rather than failing at the first login in production.
 */
public class JwtKeyCheck {

    void onStart(
            @Observes StartupEvent event,
            @ConfigProperty(name = "smallrye.jwt.sign.key.location") Optional<String> privateKey,
            @ConfigProperty(name = "mp.jwt.verify.publickey.location") Optional<String> publicKey) {
        require("HOCVUSO_JWT_PRIVATE_KEY", "private", privateKey);
        require("HOCVUSO_JWT_PUBLIC_KEY", "public", publicKey);
    }

    private static void require(String variable, String half, Optional<String> location) {
        String path =
                location.map(l -> l.startsWith("file:") ? l.substring(5) : l).orElse("");
        if (path.isBlank() || !Files.isReadable(Path.of(path))) {
            throw new IllegalStateException("The " + half + " key for signing tokens is missing: set " + variable
                    + " to a readable PEM file (now: '" + path + "'). `make keys` creates a development pair in "
                    + ".secrets/jwt; production must mount its own.");
        }
    }
}
