package vn.hocvuso.credential;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.Header;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.util.Base64URL;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.hocvuso.common.Messages;
import vn.hocvuso.credential.CredentialViews.Check;
import vn.hocvuso.credential.CredentialViews.CheckName;
import vn.hocvuso.credential.CredentialViews.Claims;
import vn.hocvuso.credential.CredentialViews.Outcome;
import vn.hocvuso.credential.CredentialViews.Verification;

/**
 * Checks any credential presented as ours (VC-JOSE compact JWS): format, signature (against our keys, retired ones
 * included, so credentials issued before a rotation verify), issuer, validity period and revocation status, in that
 * order. Anything a stranger can send (garbage, another algorithm, {@code alg: none}, an unknown key, a changed
 * payload) is an answer with {@code valid: false} and the reason, never an error: the question "is this genuine?"
 * has the answer "no".
 */
@ApplicationScoped
public class CredentialVerifier {

    /** A compact JWS: base64url header and payload, a signature that may be empty (so "alg: none" is named). */
    private static final Pattern COMPACT = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");

    private final SigningKeys keys;
    private final IssuerIdentity issuer;
    private final StatusLists statusLists;
    private final ObjectMapper json;
    private final Clock clock;

    public CredentialVerifier(
            SigningKeys keys, IssuerIdentity issuer, StatusLists statusLists, ObjectMapper json, Clock clock) {
        this.keys = keys;
        this.issuer = issuer;
        this.statusLists = statusLists;
        this.json = json;
        this.clock = clock;
    }

    /** The checks of a compact JWS, with messages in {@code locale}. */
    public Uni<Verification> verify(String compact, Locale locale) {
        Report report = new Report(locale, issuer.name());
        String jwt = compact == null ? "" : compact.strip();

        // FORMAT: three base64url parts, a JWS header with ES256 (alg "none" or any other is refused before use).
        JWSObject jws;
        try {
            if (!COMPACT.matcher(jwt).matches()) {
                return report.fail(CheckName.FORMAT, "not_jws");
            }
            String[] parts = jwt.split("\\.", -1);
            Header header = Header.parse(new Base64URL(parts[0]));
            if (!(header instanceof JWSHeader jwsHeader) || !JWSAlgorithm.ES256.equals(jwsHeader.getAlgorithm())) {
                return report.fail(
                        CheckName.FORMAT,
                        "algorithm",
                        String.valueOf(header.getAlgorithm()).replaceAll("[^A-Za-z0-9_-]", ""));
            }
            jws = JWSObject.parse(jwt);
        } catch (ParseException | IllegalArgumentException e) {
            return report.fail(CheckName.FORMAT, "not_jws");
        }
        report.pass(CheckName.FORMAT);

        // SIGNATURE: a key of ours (current or retired) by its id, and a signature that matches.
        String keyId = jws.getHeader().getKeyID();
        Optional<SigningKeys.SigningKey> key = keys.find(keyId);
        if (key.isEmpty()) {
            return report.fail(CheckName.SIGNATURE, "unknown_key");
        }
        try {
            if (!jws.verify(new ECDSAVerifier(key.get().jwk().toECPublicKey()))) {
                return report.fail(CheckName.SIGNATURE, "mismatch");
            }
        } catch (JOSEException e) {
            return report.fail(CheckName.SIGNATURE, "mismatch");
        }
        report.pass(CheckName.SIGNATURE);

        // ISSUER: an Open Badges credential whose issuer is us (what we sign is ours, but a status list is not a
        // badge).
        JsonNode credential;
        try {
            credential = json.readTree(jws.getPayload().toBytes());
        } catch (IOException e) {
            return report.fail(CheckName.ISSUER, "not_credential");
        }
        if (credential == null || !credential.isObject() || !hasType(credential, OpenBadges.CREDENTIAL_TYPE)) {
            return report.fail(CheckName.ISSUER, "not_credential");
        }
        JsonNode issuerNode = credential.path("issuer");
        String issuerId = issuerNode.isTextual()
                ? issuerNode.asText()
                : issuerNode.path("id").asText("");
        if (!issuer.did().equals(issuerId)) {
            return report.fail(CheckName.ISSUER, "other");
        }
        report.pass(CheckName.ISSUER);
        JsonNode status = credential.path("credentialStatus");
        Integer list = statusListNumber(status.path("statusListCredential").asText(""));
        Integer index = integer(status.path("statusListIndex").asText(""));
        OffsetDateTime validFrom = time(credential.path("validFrom"));
        OffsetDateTime validUntil = time(credential.path("validUntil"));
        report.claims = new Claims(
                credential.path("id").asText(null),
                credential
                        .path("credentialSubject")
                        .path("identifier")
                        .path(0)
                        .path("identityHash")
                        .asText(null),
                credential
                        .path("credentialSubject")
                        .path("achievement")
                        .path("name")
                        .asText(null),
                issuerId,
                issuerNode.path("name").asText(issuer.name()),
                validFrom,
                validUntil,
                keyId,
                list,
                index);

        // VALIDITY: within validFrom and validUntil (a certificate has no end; a credential may say otherwise).
        Instant now = clock.instant();
        if (validFrom == null || validFrom.toInstant().isAfter(now)) {
            return report.fail(CheckName.VALIDITY, "not_yet");
        }
        if (validUntil != null && !validUntil.toInstant().isAfter(now)) {
            return report.fail(CheckName.VALIDITY, "expired");
        }
        report.pass(CheckName.VALIDITY);

        // STATUS: the bit in our status list, read as the published list reads it.
        if (list == null || index == null || index < 0 || index >= StatusLists.SIZE) {
            return report.fail(CheckName.STATUS, "missing");
        }
        return statusLists.isSet(list, index).map(revoked -> {
            if (revoked) {
                return report.failed(CheckName.STATUS, "revoked");
            }
            report.pass(CheckName.STATUS);
            return report.done();
        });
    }

    private static boolean hasType(JsonNode credential, String type) {
        JsonNode types = credential.path("type");
        if (types.isTextual()) {
            return types.asText().equals(type);
        }
        for (JsonNode each : types) {
            if (each.asText().equals(type)) {
                return true;
            }
        }
        return false;
    }

    private Integer statusListNumber(String url) {
        String prefix = issuer.statusListUrl(0);
        prefix = prefix.substring(0, prefix.length() - 1);
        return url.startsWith(prefix) ? integer(url.substring(prefix.length())) : null;
    }

    private static Integer integer(String text) {
        return text.matches("[0-9]{1,9}") ? Integer.valueOf(text) : null;
    }

    private static OffsetDateTime time(JsonNode node) {
        if (!node.isTextual()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(node.asText());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The checks made so far, and the answer they give. */
    private static final class Report {
        private final Locale locale;
        /** The issuer's name, as the valid outcome and the issuer's check say it (the deployment's setting). */
        private final String issuerName;

        private final List<Check> checks = new ArrayList<>();
        private Claims claims;

        Report(Locale locale, String issuerName) {
            this.locale = locale;
            this.issuerName = issuerName;
        }

        void pass(CheckName check) {
            String key = "credential.check." + check.name().toLowerCase(Locale.ROOT) + ".passed";
            // Only the issuer's check names someone; the others are not formatted (MessageFormat would eat their
            // apostrophes).
            checks.add(new Check(check, true, check == CheckName.ISSUER ? message(key, issuerName) : message(key)));
        }

        Uni<Verification> fail(CheckName check, String reason, Object... args) {
            return Uni.createFrom().item(failed(check, reason, args));
        }

        Verification failed(CheckName check, String reason, Object... args) {
            checks.add(new Check(
                    check,
                    false,
                    message("credential.check." + check.name().toLowerCase(Locale.ROOT) + "." + reason, args)));
            Outcome outcome = switch (check) {
                case STATUS -> "revoked".equals(reason) ? Outcome.REVOKED : Outcome.INVALID;
                case VALIDITY -> Outcome.EXPIRED;
                default -> Outcome.INVALID;
            };
            return verification(outcome);
        }

        Verification done() {
            return verification(Outcome.VALID);
        }

        private Verification verification(Outcome outcome) {
            return new Verification(
                    outcome == Outcome.VALID,
                    outcome,
                    outcome == Outcome.VALID
                            ? message("credential.outcome.valid", issuerName)
                            : message("credential.outcome." + outcome.name().toLowerCase(Locale.ROOT)),
                    List.copyOf(checks),
                    claims);
        }

        private String message(String key, Object... args) {
            return Messages.get(locale, key, args);
        }
    }
}
