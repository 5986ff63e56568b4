package vn.hocvuso.credential;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * The province's signing keys (ECDSA P-256, ES256): what signs the certificates' verifiable credentials and their
 * status lists, and what any other signed document of the portal (an export, a report) should be signed with, so
 * that one published key set ({@link #publicJwks}, the DID document) verifies all of them.
 *
 * <p>The keys are PEM files in {@code hocvuso.credentials.key-dir}, one per key, named by the time they were made
 * ({@code 20261130T030818Z.pem}): a {@code PRIVATE KEY} block (PKCS#8) and its {@code PUBLIC KEY} block. The newest
 * file with a private key is the <em>current</em> key, the one that signs; every other file is a retired key, kept
 * so that what it signed still verifies (its private block may be removed: a file with only a public block
 * verifies and never signs). A key's id is {@link IssuerIdentity#keyId} of its JWK thumbprint (RFC 7638): derived
 * from the key, so a file can be renamed, copied between replicas or made by {@code scripts/credential-keys.sh}
 * without any id to keep in step.
 *
 * <p>An empty folder gets a first key at start. {@link #rotate} (or {@code make credential-key-rotate}) adds a new
 * current key; every replica reads the folder again every {@code hocvuso.credentials.reload-every}, so a key rotated
 * elsewhere signs here within that time, and a key it does not know yet is looked for at once ({@link #find}).
 *
 * <p>Thread-safe: the key ring is an immutable list replaced as a whole.
 */
@ApplicationScoped
@Startup
public class SigningKeys {

    private static final Logger LOG = Logger.getLogger(SigningKeys.class);
    private static final Pattern BLOCK = Pattern.compile("-----BEGIN ([A-Z ]+)-----([^-]+)-----END \\1-----");
    private static final DateTimeFormatter FILE_TIME =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    /** One key: its id, the JWK (with the private part when it may sign), and the file it came from. */
    public record SigningKey(String keyId, ECKey jwk, String file) {
        public boolean canSign() {
            return jwk.isPrivate();
        }
    }

    private final Path dir;
    private final IssuerIdentity issuer;
    private static final long UNKNOWN_RELOAD_GAP_NANOS = 5_000_000_000L;

    private volatile List<SigningKey> ring = List.of();
    private volatile long lastUnknownReload = System.nanoTime() - UNKNOWN_RELOAD_GAP_NANOS - 1;

    public SigningKeys(CredentialsConfig config, IssuerIdentity issuer) {
        this.dir = Path.of(config.keyDir());
        this.issuer = issuer;
        reload();
        if (current().isEmpty()) {
            rotate();
        }
    }

    /** The key that signs now. */
    public SigningKey signer() {
        return current().orElseThrow(() -> new IllegalStateException("No signing key with a private part in " + dir));
    }

    /** The key with this id, current or retired; the folder is read again once if it is not known here yet. */
    public Optional<SigningKey> find(String keyId) {
        Optional<SigningKey> known = lookup(keyId);
        if (known.isPresent() || keyId == null || !keyId.startsWith(issuer.did() + "#")) {
            return known;
        }
        // At most one extra read of the folder every few seconds: anyone can send a credential with a made-up key id.
        long now = System.nanoTime();
        if (now - lastUnknownReload > UNKNOWN_RELOAD_GAP_NANOS) {
            lastUnknownReload = now;
            reload();
        }
        return lookup(keyId);
    }

    /** Every key's public half, the current one first: the JWKS and the DID document publish these. */
    public List<ECKey> publicKeys() {
        return ring.stream().map(key -> key.jwk().toPublicJWK()).toList();
    }

    /** The public keys as a JWK Set (RFC 7517) document. */
    public Map<String, Object> publicJwks() {
        return new JWKSet(new ArrayList<>(publicKeys())).toJSONObject(true);
    }

    /**
     * Signs {@code payload} (a JSON document) as a compact JWS with the current key: ES256, its {@code kid}, and the
     * media type {@code typ} (e.g. {@code vc+jwt}) and content type {@code cty} (may be null). CPU work of about a
     * millisecond: fine on a worker, not in a loop on the event loop.
     */
    public String sign(String typ, String cty, byte[] payload) {
        SigningKey key = signer();
        JWSHeader.Builder header =
                new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.keyId()).type(new JOSEObjectType(typ));
        if (cty != null) {
            header.contentType(cty);
        }
        return signed(key, header.build(), payload).serialize();
    }

    /**
     * Signs {@code payload} (a file's exact bytes, of media type {@code cty}) as a detached JWS with an unencoded
     * payload (RFC 7515 appendix F, RFC 7797 {@code "b64": false}): {@code header..signature}. The receiver verifies
     * it over the bytes it received, as they are, with the published keys: nothing to decode, and a file of
     * megabytes is not repeated in base64 in a header.
     */
    public String signDetached(String cty, byte[] payload) {
        SigningKey key = signer();
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256)
                .keyID(key.keyId())
                .contentType(cty)
                .base64URLEncodePayload(false)
                .criticalParams(Set.of("b64"))
                .build();
        return signed(key, header, payload).serialize(true);
    }

    private static JWSObject signed(SigningKey key, JWSHeader header, byte[] payload) {
        JWSObject jws = new JWSObject(header, new Payload(payload));
        try {
            jws.sign(new ECDSASigner(key.jwk()));
        } catch (JOSEException e) {
            throw new IllegalStateException("Signing with " + key.keyId() + " failed", e);
        }
        return jws;
    }

    /**
     * Makes a new key the current one; the previous keys stay (retired) and still verify. Written to a temporary
     * file first and moved into place, so no replica reads half a key.
     */
    public synchronized SigningKey rotate() {
        try {
            Files.createDirectories(dir);
            ECKey generated = new ECKeyGenerator(Curve.P_256).generate();
            String pem = pem("PRIVATE KEY", generated.toECPrivateKey().getEncoded())
                    + pem("PUBLIC KEY", generated.toECPublicKey().getEncoded());
            // Named by the wall clock (an operator's fact, not the portal's business time), and always newer than
            // every existing key, even with two rotations within a second or a clock set back.
            String newest = ring.stream()
                    .map(SigningKey::file)
                    .map(SigningKeys::base)
                    .max(Comparator.naturalOrder())
                    .orElse("");
            String name = FILE_TIME.format(Instant.now());
            if (name.compareTo(newest) <= 0) {
                name = newest + "-1";
            }
            Path temporary = Files.createTempFile(dir, ".new-", ".tmp");
            restrict(temporary);
            Files.writeString(temporary, pem, StandardCharsets.US_ASCII);
            Path target = place(temporary, name);
            reload();
            SigningKey now = signer();
            LOG.infof("Signing key %s is now current (%s)", now.keyId(), target);
            return now;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write a signing key into " + dir, e);
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not make a signing key", e);
        }
    }

    /** Reads the folder again (also every {@code hocvuso.credentials.reload-every}). */
    @Scheduled(
            identity = "signing-keys-reload",
            every = "${hocvuso.credentials.reload-every:60s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public synchronized void reload() {
        if (!Files.isDirectory(dir)) {
            // A folder gone for a moment (a network mount reconnecting) must not stop signing and verifying.
            if (!ring.isEmpty()) {
                LOG.warnf("The signing keys' folder %s is missing: keeping the %d keys read before", dir, ring.size());
            }
            return;
        }
        List<SigningKey> keys = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".pem"))
                    .sorted(Comparator.comparing(
                                    (Path f) -> base(f.getFileName().toString()))
                            .reversed())
                    .toList()) {
                read(file).ifPresent(keys::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the signing keys in " + dir, e);
        }
        if (keys.isEmpty() && !ring.isEmpty()) {
            LOG.warnf("No signing key could be read in %s: keeping the %d keys read before", dir, ring.size());
            return;
        }
        ring = List.copyOf(keys);
    }

    /**
     * Gives the written key its name without ever replacing another file: two replicas starting at the same
     * second on an empty shared folder both keep their key (a rename would silently replace the other's, and
     * what that replica signed before reading the folder again would never verify).
     */
    private static Path place(Path temporary, String name) throws IOException {
        for (int n = 0; ; n++) {
            Path target = temporary.resolveSibling(name + (n == 0 ? "" : "-" + n) + ".pem");
            try {
                Files.createLink(target, temporary);
                Files.delete(temporary);
                return target;
            } catch (FileAlreadyExistsException e) {
                // taken: the next name
            } catch (UnsupportedOperationException e) {
                // No hard links here: a move that refuses an existing name (not atomic, but never replacing).
                try {
                    Files.move(temporary, target);
                    return target;
                } catch (FileAlreadyExistsException taken) {
                    // taken: the next name
                }
            }
        }
    }

    private Optional<SigningKey> current() {
        return ring.stream().filter(SigningKey::canSign).findFirst();
    }

    private Optional<SigningKey> lookup(String keyId) {
        return ring.stream().filter(key -> key.keyId().equals(keyId)).findFirst();
    }

    private static String base(String fileName) {
        return fileName.substring(0, fileName.length() - ".pem".length());
    }

    /** A key file, or nothing (logged) if it holds no P-256 key: one bad file must not stop verification. */
    private Optional<SigningKey> read(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.US_ASCII);
            KeyFactory factory = KeyFactory.getInstance("EC");
            ECPrivateKey privateKey = null;
            ECPublicKey publicKey = null;
            Matcher block = BLOCK.matcher(text);
            while (block.find()) {
                byte[] der = Base64.getMimeDecoder().decode(block.group(2).strip());
                switch (block.group(1)) {
                    case "PRIVATE KEY" ->
                        privateKey = (ECPrivateKey) factory.generatePrivate(new PKCS8EncodedKeySpec(der));
                    case "PUBLIC KEY" -> publicKey = (ECPublicKey) factory.generatePublic(new X509EncodedKeySpec(der));
                    default -> {}
                }
            }
            if (publicKey == null) {
                LOG.warnf("Ignoring %s: it has no PUBLIC KEY block", file);
                return Optional.empty();
            }
            ECKey.Builder builder = new ECKey.Builder(Curve.P_256, publicKey)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.ES256);
            if (privateKey != null) {
                builder.privateKey(privateKey);
            }
            ECKey unnamed = builder.build();
            String keyId = issuer.keyId(unnamed.computeThumbprint().toString());
            return Optional.of(new SigningKey(
                    keyId,
                    new ECKey.Builder(unnamed).keyID(keyId).build(),
                    file.getFileName().toString()));
        } catch (IOException
                | GeneralSecurityException
                | JOSEException
                | IllegalArgumentException
                | ClassCastException e) {
            LOG.warnf("Ignoring %s: not a P-256 key pair in PEM (%s)", file, e.getMessage());
            return Optional.empty();
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static void restrict(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: its own permissions apply.
        }
    }
}
