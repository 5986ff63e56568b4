package vn.hocvuso.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;

/**
 * An RSA key pair made by the test run (target/test-keys), written where the application reads its keys. Tests sign
 * their own tokens with the private half (see {@link Tokens}); no key is ever committed.
 */
public class TestKeys implements QuarkusTestResourceLifecycleManager {

    static final Path DIR = Path.of("target", "test-keys");
    static final Path PRIVATE = DIR.resolve("private.pem");
    static final Path PUBLIC = DIR.resolve("public.pem");

    @Override
    public Map<String, String> start() {
        try {
            // Once per build: the application may start more than once in a test run, and a pair
            // rewritten under a running application would make its own tokens unverifiable.
            if (Files.isReadable(PRIVATE) && Files.isReadable(PUBLIC)) {
                return config();
            }
            writePair(PRIVATE, PUBLIC);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return config();
    }

    /** A new RS256 key pair in PEM files, as an operator makes one (docs/operations.md, "Keys"). */
    public static void writePair(Path privateKey, Path publicKey) throws IOException {
        KeyPair pair;
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            pair = generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        Files.createDirectories(privateKey.toAbsolutePath().getParent());
        Files.createDirectories(publicKey.toAbsolutePath().getParent());
        Files.writeString(privateKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        Files.writeString(publicKey, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
    }

    private static Map<String, String> config() {
        return Map.of(
                "smallrye.jwt.sign.key.location", PRIVATE.toAbsolutePath().toString(),
                "mp.jwt.verify.publickey.location", PUBLIC.toAbsolutePath().toString());
    }

    @Override
    public void stop() {}

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der) + "\n-----END " + type + "-----\n";
    }
}
