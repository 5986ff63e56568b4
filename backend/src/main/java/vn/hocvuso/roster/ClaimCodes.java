package vn.hocvuso.roster;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one-time codes of imported accounts. The database keeps only each code's SHA-256
 * ({@code account_claim.code_hash}); the uploader's result file still shows the codes, because a code
 * is not random but derived: HMAC-SHA256 over the import and the account, with a key derived from the
 * token-signing key, which lives outside the database (a mounted file, the same on every replica). So a
 * copy of the database (a backup, a dump) holds no usable code, and the result file can be downloaded
 * again while the codes are unused and unexpired. A new signing key changes the derivation: codes
 * already issued keep working (their hashes are stored), only the result file stops showing them.
 */
@ApplicationScoped
public class ClaimCodes {

    /** Crockford base-32 without I, L, O, U: codes people read aloud or type from paper. */
    private static final char[] CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    static final int LENGTH = 10;

    private final Optional<String> signingKeyLocation;
    private volatile byte[] key;

    public ClaimCodes(@ConfigProperty(name = "smallrye.jwt.sign.key.location") Optional<String> signingKeyLocation) {
        this.signingKeyLocation = signingKeyLocation;
    }

    /** The code of the account {@code userId} created by the import {@code importId}: 10 characters, 50 bits. */
    public String codeFor(UUID importId, UUID userId) {
        byte[] mac = hmac(("hocvuso-claim-code|" + importId + "|" + userId).getBytes(StandardCharsets.UTF_8));
        long bits = 0;
        for (int i = 0; i < 8; i++) {
            bits = (bits << 8) | (mac[i] & 0xFF);
        }
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(CROCKFORD[(int) ((bits >>> (64 - 5 * (i + 1))) & 31)]);
        }
        return code.toString();
    }

    private byte[] hmac(byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return mac.doFinal(message);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /** SHA-256 over a label and the signing key's file: a key for this purpose only. */
    private byte[] key() {
        byte[] k = key;
        if (k == null) {
            String location = signingKeyLocation
                    .map(l -> l.startsWith("file:") ? l.substring(5) : l)
                    .orElseThrow(() -> new IllegalStateException("HOCVUSO_JWT_PRIVATE_KEY is not set"));
            try {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                digest.update("hocvuso claim codes v1|".getBytes(StandardCharsets.UTF_8));
                k = digest.digest(Files.readAllBytes(Path.of(location)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            key = k;
        }
        return k;
    }
}
