package vn.hocvuso.identity;

import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What an operator sees when the token keys are not mounted: a refusal to start that says what to do. */
class JwtKeyCheckTest {

    private final JwtKeyCheck check = new JwtKeyCheck();

    @Test
    void startingWithoutKeysFailsNamingTheVariable() {
        assertThatThrownBy(() -> check.onStart(null, Optional.empty(), Optional.empty()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("HOCVUSO_JWT_PRIVATE_KEY");
        assertThatThrownBy(() ->
                        check.onStart(null, Optional.of("/no/such/private.pem"), Optional.of("/no/such/public.pem")))
                .hasMessageContaining("/no/such/private.pem");
    }

    @Test
    void startingWithReadableKeysPasses() throws Exception {
        Path dir = Files.createTempDirectory("keys");
        Path privateKey = Files.writeString(dir.resolve("private.pem"), "x");
        Path publicKey = Files.writeString(dir.resolve("public.pem"), "x");
        assertThatNoException()
                .isThrownBy(() ->
                        check.onStart(null, Optional.of(privateKey.toString()), Optional.of("file:" + publicKey)));
    }
}
