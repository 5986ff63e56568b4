package vn.hocvuso.credential;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The documents the portal signs, as JSON trees: a certificate's Open Badges 3.0 {@code OpenBadgeCredential} (W3C
 * Verifiable Credentials Data Model 2.0) and a revocation {@code BitstringStatusListCredential}.
 *
 * <p>What a credential says about its holder is what the printed certificate shows and no more: the name (an
 * {@code IdentityObject} of type {@code name}, unhashed, so that anyone comparing it with an ID card can). No phone,
 * e-mail, birth date, unit or score: a credential is shared with strangers and copied for ever.
 */
final class OpenBadges {

    static final String VC_V2 = "https://www.w3.org/ns/credentials/v2";
    static final String OB_V3 = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
    static final String CREDENTIAL_TYPE = "OpenBadgeCredential";
    static final String STATUS_LIST_TYPE = "BitstringStatusListCredential";

    private OpenBadges() {}

    /**
     * What a certificate's credential is made of.
     *
     * @param province the province of the certificate's commune, as a sentence names it ("tỉnh Quảng Ngãi")
     */
    record Certificate(
            String verifyUrl,
            String holderName,
            UUID courseId,
            String courseTitle,
            String province,
            OffsetDateTime issuedAt,
            int statusList,
            int statusIndex) {}

    static Map<String, Object> credential(IssuerIdentity issuer, Certificate certificate) {
        Map<String, Object> achievement = new LinkedHashMap<>();
        achievement.put("id", "urn:uuid:" + certificate.courseId());
        achievement.put("type", List.of("Achievement"));
        achievement.put("achievementType", "CertificateOfCompletion");
        achievement.put("name", certificate.courseTitle());
        achievement.put(
                "description",
                "Khóa bồi dưỡng kỹ năng số của phong trào \"Bình dân học vụ số\" " + certificate.province() + ": "
                        + certificate.courseTitle() + ".");
        achievement.put(
                "criteria",
                Map.of("narrative", "Học xong mọi bài học của khóa theo thứ tự và đạt bài kiểm tra cuối khóa."));
        achievement.put("inLanguage", "vi");

        Map<String, Object> name = new LinkedHashMap<>();
        name.put("type", "IdentityObject");
        name.put("identityHash", certificate.holderName());
        name.put("identityType", "name");
        name.put("hashed", false);

        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("type", List.of("AchievementSubject"));
        subject.put("identifier", List.of(name));
        subject.put("achievement", achievement);

        String listUrl = issuer.statusListUrl(certificate.statusList());
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("id", listUrl + "#" + certificate.statusIndex());
        status.put("type", "BitstringStatusListEntry");
        status.put("statusPurpose", "revocation");
        status.put("statusListIndex", Integer.toString(certificate.statusIndex()));
        status.put("statusListCredential", listUrl);

        Map<String, Object> credential = new LinkedHashMap<>();
        credential.put("@context", List.of(VC_V2, OB_V3));
        credential.put("id", certificate.verifyUrl());
        credential.put("type", List.of("VerifiableCredential", CREDENTIAL_TYPE));
        credential.put("issuer", issuer.profile());
        credential.put("validFrom", instant(certificate.issuedAt()));
        credential.put("name", "Giấy chứng nhận hoàn thành khóa học: " + certificate.courseTitle());
        credential.put("credentialSubject", subject);
        credential.put("credentialStatus", status);
        return credential;
    }

    static Map<String, Object> statusList(IssuerIdentity issuer, int list, String encodedList, OffsetDateTime now) {
        String url = issuer.statusListUrl(list);
        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("id", url + "#list");
        subject.put("type", "BitstringStatusList");
        subject.put("statusPurpose", "revocation");
        subject.put("encodedList", encodedList);

        Map<String, Object> credential = new LinkedHashMap<>();
        credential.put("@context", List.of(VC_V2));
        credential.put("id", url);
        credential.put("type", List.of("VerifiableCredential", STATUS_LIST_TYPE));
        credential.put("issuer", issuer.did());
        credential.put("validFrom", instant(now));
        credential.put("credentialSubject", subject);
        return credential;
    }

    /** A date-time as VC 2.0 writes it: UTC, whole seconds. */
    static String instant(OffsetDateTime time) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME
                .format(time.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS))
                .replace("+00:00", "Z");
    }
}
