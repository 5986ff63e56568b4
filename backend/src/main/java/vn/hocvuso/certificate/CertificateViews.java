package vn.hocvuso.certificate;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.util.UUID;
import vn.hocvuso.common.OneLine;
import vn.hocvuso.common.TextLength;

/** Request and response bodies of certificates. */
public final class CertificateViews {

    private CertificateViews() {}

    public enum Status {
        VALID,
        REVOKED
    }

    /** Where it was earned: on this portal, or on the national platform and imported ({@code NationalImport}). */
    public enum Source {
        PORTAL,
        NATIONAL
    }

    /** What anyone may learn from a code: valid or revoked, whose, for which course, when. Nothing more. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Verification(
            String code,
            Status status,
            String holderName,
            String courseTitle,
            OffsetDateTime issuedAt,
            OffsetDateTime revokedAt,
            Source source) {}

    /** The holder's own view. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record MyCertificate(
            String code,
            Status status,
            UUID courseId,
            String courseTitle,
            String holderName,
            String unitName,
            Integer scorePercent,
            OffsetDateTime issuedAt,
            OffsetDateTime revokedAt,
            String verifyUrl,
            String pdfUrl,
            Source source,
            String externalId,
            String credentialUrl) {}

    /** The reason, on one line: 5 to 500 letters. */
    public record RevokeRequest(
            @NotNull @OneLine @TextLength(min = 5, max = 500)
            String reason) {}

    /** The administrator's view, with the learner's unit and the revocation. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record CertificateRecord(
            String code,
            Status status,
            UUID userId,
            String holderName,
            String unitCode,
            String unitName,
            UUID courseId,
            String courseTitle,
            Integer scorePercent,
            OffsetDateTime issuedAt,
            OffsetDateTime revokedAt,
            String revokedReason,
            Source source,
            String externalId) {}
}
