package vn.hocvuso.credential;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;

/** Response bodies of verifiable credentials. */
public final class CredentialViews {

    private CredentialViews() {}

    /** What a check concluded about a credential. */
    public enum Outcome {
        /** Signed by the province, not revoked, within its validity. */
        VALID,
        /** Genuine, but the certificate was revoked. */
        REVOKED,
        /** Genuine, but not valid at this time (before its validFrom or after its validUntil). */
        EXPIRED,
        /** Not a credential of the province: unreadable, another issuer, an unknown key or a broken signature. */
        INVALID
    }

    /** The checks, in the order they are made; a check that cannot be made after a failure is left out. */
    public enum CheckName {
        FORMAT,
        SIGNATURE,
        ISSUER,
        VALIDITY,
        STATUS
    }

    public record Check(CheckName check, boolean passed, String message) {}

    /** What the credential states, once its signature is known to be the province's. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Claims(
            String id,
            String holderName,
            String achievementName,
            String issuerId,
            String issuerName,
            OffsetDateTime validFrom,
            OffsetDateTime validUntil,
            String keyId,
            Integer statusList,
            Integer statusIndex) {}

    /** The answer of {@code POST /api/v1/credentials/verify}. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Verification(boolean valid, Outcome outcome, String message, List<Check> checks, Claims credential) {}

    /** The JSON form of a credential as the holder downloads it (VC 2.0 §4.13, an enveloped credential). */
    public record Enveloped(
            @com.fasterxml.jackson.annotation.JsonProperty("@context")
            String context,

            String id,
            String type) {
        public static Enveloped of(String jwt) {
            return new Enveloped(OpenBadges.VC_V2, "data:application/vc+jwt," + jwt, "EnvelopedVerifiableCredential");
        }
    }
}
