package vn.hocvuso.credential;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The issuer of verifiable credentials and its keys (docs/operations.md, "Signing keys"). */
@ConfigMapping(prefix = "hocvuso.credentials")
public interface CredentialsConfig {

    /**
     * The folder of the issuer's signing keys, one PEM file each ({@link SigningKeys}): created with a first key at
     * the first start when empty. Development keeps it in the git-ignored {@code .secrets/credential-keys};
     * production mounts its own (shared by every replica) and sets {@code HOCVUSO_CREDENTIAL_KEY_DIR}.
     */
    @WithDefault("../.secrets/credential-keys")
    String keyDir();

    /**
     * The API's public address (scheme, host, optional port), as verifiers reach it: the issuer is
     * {@code did:web:<host>}, its DID document is served at {@code <public-url>/.well-known/did.json}, the status
     * lists at {@code <public-url>/api/v1/credentials/status/<n>}.
     */
    @WithDefault("http://localhost:8080")
    String publicUrl();

    /** The issuer's name in every credential and in its profile. */
    @WithDefault("Sở Khoa học và Công nghệ tỉnh Quảng Ngãi")
    String issuerName();

    /** How long verifiers may keep the published keys and status lists before asking again. */
    @WithDefault("PT5M")
    Duration publicMaxAge();

    /** How often each replica reads the key folder again, to take up a key rotated by another replica or a script. */
    @WithDefault("60s")
    String reloadEvery();
}
