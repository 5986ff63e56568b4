package vn.hocvuso.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hocvuso.testing.Api.api;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.Learners;

/**
 * The token-signing key is read and decoded once, at start. The soak (issue 20) found every login and
 * refresh reading the PEM file and decoding the RSA key again, on the event loop (smallrye-jwt's
 * {@code sign()} without a key does so on each call): a blocked-thread warning of 361 ms in
 * {@code KeyUtils.decodePrivateKey} under load, and CPU spent twenty times a second for nothing. Seen
 * from outside: once the API runs, logins and refreshes keep working while the key file is away (a key
 * rotation replaces the file and restarts the API, docs/operations.md).
 */
@QuarkusTest
class SigningKeyOnceTest {

    @Test
    void loginsAndRefreshesDoNotReadTheKeyFileAgain() throws IOException {
        Learners.Session before = Learners.registeredAndLoggedIn();
        Path key = Path.of(ConfigProvider.getConfig()
                .getValue("smallrye.jwt.sign.key.location", String.class)
                .replaceFirst("^file:", ""));
        Path away = key.resolveSibling(key.getFileName() + ".away");
        Files.move(key, away, StandardCopyOption.REPLACE_EXISTING);
        try {
            Learners.Session after = Learners.registeredAndLoggedIn();
            assertThat(after.accessToken()).isNotBlank();
            Learners.refresh(before.refreshToken()).statusCode(200);
            api(after.accessToken()).get("/api/v1/me").then().statusCode(200);
        } finally {
            Files.move(away, key, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
