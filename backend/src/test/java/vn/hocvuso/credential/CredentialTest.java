package vn.hocvuso.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.hocvuso.testing.Api.api;
import static vn.hocvuso.testing.Problems.problem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.AtOnce;
import vn.hocvuso.testing.Certificates;
import vn.hocvuso.testing.Database;
import vn.hocvuso.testing.Learners;
import vn.hocvuso.testing.ServiceAccounts;
import vn.hocvuso.testing.SyntheticProvince;
import vn.hocvuso.testing.Tokens;

/**
 * Certificates as Open Badges 3.0 verifiable credentials, as their holders, verifiers and administrators meet them:
 * download, verification, tampering, revocation through the published status list, and key rotation.
 */
@QuarkusTest
class CredentialTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    SigningKeys keys;

    @Inject
    IssuerIdentity issuer;

    /** The holder's credential, as the compact JWT. */
    private static String jwtOf(Certificates.Issued issued) {
        return api(issued.holder().accessToken())
                .accept("application/vc+jwt")
                .queryParam("format", "jwt")
                .get("/api/v1/me/certificates/" + issued.code() + "/credential")
                .then()
                .statusCode(200)
                .contentType("application/vc+jwt")
                .extract()
                .asString();
    }

    private static Response verify(Object body) {
        return api().body(body).post("/api/v1/credentials/verify");
    }

    private static JsonNode payload(String jwt) throws Exception {
        return JSON.readTree(JWSObject.parse(jwt).getPayload().toBytes());
    }

    /** The bit of {@code statusListCredential} at {@code index}, read from the published list as any verifier reads it. */
    private boolean publishedBit(String statusListUrl, int index) throws Exception {
        String path = statusListUrl.substring(issuer.publicUrl().length());
        Response list = api().accept("application/vc+jwt").get(path);
        list.then().statusCode(200).contentType("application/vc+jwt").header("Cache-Control", "public, max-age=300");
        JWSObject jws = JWSObject.parse(list.asString());
        ECKey key = keys.find(jws.getHeader().getKeyID()).orElseThrow().jwk().toPublicJWK();
        assertThat(jws.verify(new ECDSAVerifier(key))).isTrue();
        JsonNode subject = JSON.readTree(jws.getPayload().toBytes()).path("credentialSubject");
        assertThat(subject.path("type").asText()).isEqualTo("BitstringStatusList");
        assertThat(subject.path("statusPurpose").asText()).isEqualTo("revocation");
        String encoded = subject.path("encodedList").asText();
        assertThat(encoded).startsWith("u");
        byte[] bits = new GZIPInputStream(
                        new ByteArrayInputStream(Base64.getUrlDecoder().decode(encoded.substring(1))))
                .readAllBytes();
        assertThat(bits).hasSize(StatusLists.SIZE / 8);
        return (bits[index / 8] & (0x80 >>> (index % 8))) != 0;
    }

    @Test
    void theHolderDownloadsAnOpenBadgeCredentialThatVerifiesAndNamesThemWithoutTheirPhone() throws Exception {
        Certificates.Issued issued = Certificates.issue("Huỳnh Thị Ngọc Ánh");
        String jwt = jwtOf(issued);

        JWSHeader header = JWSObject.parse(jwt).getHeader();
        assertThat(header.getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);
        assertThat(header.getType()).isEqualTo(new JOSEObjectType("vc+jwt"));
        assertThat(header.getKeyID()).startsWith(issuer.did() + "#");
        JsonNode credential = payload(jwt);
        assertThat(credential.path("@context").toString())
                .contains("https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/");
        assertThat(credential.path("type").toString()).contains("VerifiableCredential", "OpenBadgeCredential");
        assertThat(credential.path("issuer").path("id").asText()).isEqualTo(issuer.did());
        assertThat(credential.path("id").asText()).endsWith("/chung-nhan/" + issued.code());
        JsonNode subject = credential.path("credentialSubject");
        assertThat(subject.path("identifier").path(0).path("identityHash").asText())
                .isEqualTo("Huỳnh Thị Ngọc Ánh");
        assertThat(subject.path("achievement").path("type").toString()).contains("Achievement");
        assertThat(subject.path("achievement").path("description").asText())
                .startsWith("Khóa bồi dưỡng kỹ năng số của phong trào \"Bình dân học vụ số\" tỉnh Quảng Ngãi: ");
        assertThat(credential.path("credentialStatus").path("type").asText()).isEqualTo("BitstringStatusListEntry");
        assertThat(new String(JWSObject.parse(jwt).getPayload().toBytes(), StandardCharsets.UTF_8))
                .doesNotContain(issued.holder().phone())
                .doesNotContain(issued.holder().id().toString());

        // The same credential every time: issued once.
        assertThat(jwtOf(issued)).isEqualTo(jwt);
        // The JSON file a wallet imports wraps the same JWT, and is accepted by the check as it is.
        byte[] file = api(issued.holder().accessToken())
                .get("/api/v1/me/certificates/" + issued.code() + "/credential")
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .header("Content-Disposition", "attachment; filename=\"chung-nhan-so-" + issued.code() + ".json\"")
                .extract()
                .asByteArray();
        assertThat(JSON.readTree(file).path("id").asText()).isEqualTo("data:application/vc+jwt," + jwt);

        for (Object body : List.of(Map.of("credential", jwt), new String(file, StandardCharsets.UTF_8))) {
            verify(body)
                    .then()
                    .statusCode(200)
                    .body("valid", equalTo(true))
                    .body("outcome", equalTo("VALID"))
                    .body("checks.check", equalTo(List.of("FORMAT", "SIGNATURE", "ISSUER", "VALIDITY", "STATUS")))
                    .body("checks.passed", equalTo(List.of(true, true, true, true, true)))
                    .body("credential.holderName", equalTo("Huỳnh Thị Ngọc Ánh"))
                    .body(
                            "message",
                            equalTo("Chứng nhận số hợp lệ: do Sở Khoa học và Công nghệ tỉnh Quảng Ngãi cấp, "
                                    + "chưa bị sửa đổi và chưa bị thu hồi."));
        }
        // The bare JWT as application/vc+jwt.
        api().contentType("application/vc+jwt")
                .body(jwt.getBytes(StandardCharsets.US_ASCII))
                .post("/api/v1/credentials/verify")
                .then()
                .statusCode(200)
                .body("outcome", equalTo("VALID"));
    }

    /** The achievement is described as the province of the holder's commune runs it, not as Quảng Ngãi's. */
    @Test
    void theCredentialNamesTheProvinceOfTheHoldersCommune() throws Exception {
        Certificates.Issued issued = Certificates.issue("Lê Văn Tám");
        try (SyntheticProvince other = SyntheticProvince.enter("bien-thu-nghiem", "Biển Thử Nghiệm", "99002")) {
            String unit = Database.queryString("SELECT unit_code FROM certificate WHERE code = ?", issued.code());
            Database.execute("UPDATE certificate SET unit_code = ? WHERE code = ?", other.unit, issued.code());
            try {
                String description = payload(jwtOf(issued))
                        .path("credentialSubject")
                        .path("achievement")
                        .path("description")
                        .asText();
                assertThat(description)
                        .startsWith(
                                "Khóa bồi dưỡng kỹ năng số của phong trào \"Bình dân học vụ số\" tỉnh Biển Thử Nghiệm: ")
                        .doesNotContain("Quảng Ngãi");
            } finally {
                Database.execute("UPDATE certificate SET unit_code = ? WHERE code = ?", unit, issued.code());
            }
        }
    }

    @Test
    void aChangedOrForeignCredentialFailsWithItsReasonAndNeverAnError() throws Exception {
        String jwt = jwtOf(Certificates.issue("Lê Văn Tám"));
        String[] parts = jwt.split("\\.");

        // Another name in the payload, the signature kept.
        String changedPayload = Base64URL.encode(
                        new String(Base64URL.from(parts[1]).decode(), StandardCharsets.UTF_8)
                                .replace("Lê Văn Tám", "Lê Văn Tâm"))
                .toString();
        verify(Map.of("credential", parts[0] + "." + changedPayload + "." + parts[2]))
                .then()
                .statusCode(200)
                .body("valid", equalTo(false))
                .body("outcome", equalTo("INVALID"))
                .body("checks.check", equalTo(List.of("FORMAT", "SIGNATURE")))
                .body(
                        "checks[1].message",
                        equalTo("Chữ ký không khớp với nội dung: chứng nhận đã bị sửa đổi sau khi cấp."))
                .body("credential", equalTo(null));

        // alg none, and a symmetric algorithm: refused before any key is used.
        String none = Base64URL.encode("{\"alg\":\"none\",\"typ\":\"vc+jwt\"}").toString();
        JWSObject hmac = new JWSObject(new JWSHeader(JWSAlgorithm.HS256), new Payload(Base64URL.from(parts[1])));
        hmac.sign(new MACSigner(new byte[32]));
        for (String forged : List.of(none + "." + parts[1] + ".", hmac.serialize())) {
            verify(Map.of("credential", forged))
                    .then()
                    .statusCode(200)
                    .body("outcome", equalTo("INVALID"))
                    .body("checks.check", equalTo(List.of("FORMAT")))
                    .body("checks[0].message", org.hamcrest.Matchers.startsWith("Thuật toán ký"));
        }

        // Signed with a key of the same shape that is not ours (its kid claims to be ours).
        ECKey stranger = new ECKeyGenerator(Curve.P_256).generate();
        JWSObject foreign = new JWSObject(
                new JWSHeader.Builder(JWSAlgorithm.ES256)
                        .keyID(issuer.did() + "#" + stranger.computeThumbprint())
                        .type(new JOSEObjectType("vc+jwt"))
                        .build(),
                new Payload(Base64URL.from(parts[1])));
        foreign.sign(new ECDSASigner(stranger));
        verify(Map.of("credential", foreign.serialize()))
                .then()
                .statusCode(200)
                .body("outcome", equalTo("INVALID"))
                .body("checks[1].message", equalTo("Khóa ký không phải khóa của Học vụ số."));

        // Garbage of every kind: a 200 that says so.
        for (String garbage : List.of("abc", "a.b.c", "....", "eyJhbGciOiJFUzI1NiJ9.%%%.###", "x".repeat(200_000))) {
            verify(Map.of("credential", garbage))
                    .then()
                    .statusCode(200)
                    .body("outcome", equalTo("INVALID"))
                    .body("checks.check", equalTo(List.of("FORMAT")));
        }
        // No credential at all, a body too large, JSON that is not JSON: the usual problems.
        verify(Map.of("other", jwt)).then().statusCode(400).body("code", equalTo("validation_failed"));
        api().contentType("application/vc+jwt")
                .body(new byte[0])
                .post("/api/v1/credentials/verify")
                .then()
                .statusCode(400);
        verify("{\"credential\": ").then().statusCode(400).body("code", equalTo("malformed_json"));
        verify(Map.of("credential", "x".repeat(300_000))).then().statusCode(413);
        // In English when asked.
        api().header("Accept-Language", "en")
                .body(Map.of("credential", "abc"))
                .post("/api/v1/credentials/verify")
                .then()
                .statusCode(200)
                .body("message", equalTo("Not verified: this is not a valid Học vụ số credential."));
    }

    @Test
    void revokingTheCertificateSetsItsBitInThePublishedStatusListAndTheCheckSaysRevoked() throws Exception {
        Certificates.Issued issued = Certificates.issue("Phạm Thị Thu Hà");
        Certificates.Issued other = Certificates.issue("Trần Văn Bình");
        String jwt = jwtOf(issued);
        String otherJwt = jwtOf(other);
        JsonNode status = payload(jwt).path("credentialStatus");
        String listUrl = status.path("statusListCredential").asText();
        int index = Integer.parseInt(status.path("statusListIndex").asText());
        int otherIndex = Integer.parseInt(payload(otherJwt)
                .path("credentialStatus")
                .path("statusListIndex")
                .asText());
        assertThat(listUrl).isEqualTo(issuer.publicUrl() + "/api/v1/credentials/status/1");
        assertThat(status.path("id").asText()).isEqualTo(listUrl + "#" + index);

        String path = listUrl.substring(issuer.publicUrl().length());
        String etag = api().accept("application/vc+jwt").get(path).header("ETag");
        api().accept("application/vc+jwt")
                .header("If-None-Match", etag)
                .get(path)
                .then()
                .statusCode(304);
        assertThat(publishedBit(listUrl, index)).isFalse();

        Certificates.revoke(issued.code());

        assertThat(publishedBit(listUrl, index)).isTrue();
        assertThat(publishedBit(listUrl, otherIndex)).isFalse();
        assertThat(api().accept("application/vc+jwt").get(path).header("ETag")).isNotEqualTo(etag);
        verify(Map.of("credential", jwt))
                .then()
                .statusCode(200)
                .body("valid", equalTo(false))
                .body("outcome", equalTo("REVOKED"))
                .body("checks.passed", equalTo(List.of(true, true, true, true, false)))
                .body("message", equalTo("Chứng nhận số này là thật nhưng đã bị thu hồi: không còn giá trị."));
        verify(Map.of("credential", otherJwt)).then().body("outcome", equalTo("VALID"));
        // The holder still gets the credential they had; a revoked certificate never gets a new one.
        assertThat(jwtOf(issued)).isEqualTo(jwt);
        Certificates.Issued revokedFirst = Certificates.issue("Võ Văn Kiệt");
        Certificates.revoke(revokedFirst.code());
        api(revokedFirst.holder().accessToken())
                .get("/api/v1/me/certificates/" + revokedFirst.code() + "/credential")
                .then()
                .spec(problem(
                        409, "certificate_revoked", "Giấy chứng nhận này đã bị thu hồi nên không cấp chứng nhận số."));
        api().accept("application/vc+jwt")
                .get("/api/v1/credentials/status/999999")
                .then()
                .statusCode(404)
                .body("code", equalTo("status_list_not_found"));
    }

    @Test
    void aCredentialIssuedBeforeAKeyRotationStillVerifiesAndNewOnesUseTheNewKey() throws Exception {
        String before = jwtOf(Certificates.issue("Nguyễn Thị Minh Khai"));
        String oldKid = JWSObject.parse(before).getHeader().getKeyID();

        SigningKeys.SigningKey rotated = keys.rotate();

        assertThat(rotated.keyId()).isNotEqualTo(oldKid);
        String after = jwtOf(Certificates.issue("Trần Phú"));
        assertThat(JWSObject.parse(after).getHeader().getKeyID()).isEqualTo(rotated.keyId());
        for (String jwt : List.of(before, after)) {
            verify(Map.of("credential", jwt)).then().statusCode(200).body("outcome", equalTo("VALID"));
        }
        // Both keys are published, in the JWK Set and in the DID document, each verifying its own credential.
        JWKSet jwks = JWKSet.parse(api().accept("application/jwk-set+json")
                .get("/api/v1/credentials/jwks")
                .then()
                .statusCode(200)
                .header("Cache-Control", "public, max-age=300")
                .extract()
                .asString());
        assertThat(jwks.getKeys()).allSatisfy(key -> assertThat(key.isPrivate()).isFalse());
        for (String jwt : List.of(before, after)) {
            JWSObject jws = JWSObject.parse(jwt);
            ECKey key = (ECKey) jwks.getKeyByKeyId(jws.getHeader().getKeyID());
            assertThat(jws.verify(new ECDSAVerifier(key)))
                    .as("kid %s", key.getKeyID())
                    .isTrue();
        }
        JsonNode did = JSON.readTree(api().accept("application/did+json")
                .get("/.well-known/did.json")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray());
        assertThat(did.path("id").asText()).isEqualTo(issuer.did());
        assertThat(did.path("assertionMethod").toString()).contains(oldKid, rotated.keyId());
        assertThat(did.path("verificationMethod").toString()).doesNotContain("\"d\"");
    }

    /**
     * A key an operator makes with the script (openssl, not Java) is read by the API when it reads the folder
     * again, and signs from then on; a second key made in the same second keeps its own file.
     */
    @Test
    void aKeyMadeByTheScriptSignsOnceTheFolderIsReadAgain() throws Exception {
        Path dir = Path.of("target/credential-keys").toAbsolutePath();
        for (int i = 0; i < 2; i++) {
            ProcessBuilder script = new ProcessBuilder("../scripts/credential-keys.sh", "rotate")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD);
            script.environment().put("HOCVUSO_CREDENTIAL_KEY_DIR", dir.toString());
            assertThat(script.start().waitFor()).isZero();
        }
        String newest;
        try (var files = Files.list(dir)) {
            // By name without ".pem", as the API orders them: the second key of a second is "<time>-1".
            newest = files.map(f -> f.getFileName().toString())
                    .filter(f -> f.endsWith(".pem"))
                    .max(Comparator.comparing(f -> f.substring(0, f.length() - ".pem".length())))
                    .orElseThrow();
        }
        keys.reload();
        String jwt = jwtOf(Certificates.issue("Lê Hồng Phong"));
        String kid = JWSObject.parse(jwt).getHeader().getKeyID();
        assertThat(keys.find(kid).orElseThrow().file()).isEqualTo(newest);
        verify(Map.of("credential", jwt)).then().statusCode(200).body("outcome", equalTo("VALID"));
    }

    @Test
    void manyFirstDownloadsAtOnceGetOneCredentialAndNoTwoCredentialsShareABit() throws Exception {
        Certificates.Issued one = Certificates.issue("Đinh Thị Hồng");
        Certificates.Issued two = Certificates.issue("Đinh Văn Hùng");

        List<String> answers = AtOnce.send(8, () -> jwtOf(one));
        assertThat(Set.copyOf(answers)).hasSize(1);
        List<String> others = AtOnce.send(4, () -> jwtOf(two));
        JsonNode a = payload(answers.get(0)).path("credentialStatus");
        JsonNode b = payload(others.get(0)).path("credentialStatus");
        assertThat(a.path("id").asText()).isNotEqualTo(b.path("id").asText());
        assertThat(Database.queryString("""
                        SELECT count(*) FROM certificate_credential cc JOIN certificate c ON c.id = cc.certificate_id
                        WHERE c.code IN (?, ?)""", one.code(), two.code())).isEqualTo("2");
    }

    @Test
    void onlyTheHolderAndAdministratorsDownloadACredentialAndAnAdministratorsReadIsAudited() {
        Certificates.Issued issued = Certificates.issue("Hồ Thị Kỷ");
        String mine = "/api/v1/me/certificates/" + issued.code() + "/credential";
        String admins = "/api/v1/admin/certificates/" + issued.code() + "/credential";

        api().get(mine).then().statusCode(401);
        api(Learners.registeredAndLoggedIn().accessToken())
                .get(mine)
                .then()
                .spec(problem(404, "certificate_not_found", "Không tìm thấy giấy chứng nhận có mã này."));
        api(Tokens.unitManager("21211")).get(mine).then().statusCode(404);
        api(ServiceAccounts.tokenWith("stats:read")).get(mine).then().statusCode(403);

        api().get(admins).then().statusCode(401);
        api(issued.holder().accessToken()).get(admins).then().statusCode(403);
        api(Tokens.unitManager("21211")).get(admins).then().statusCode(403);
        UUID adminId = UUID.randomUUID();
        String jwt = api(Tokens.token(adminId, Set.of("ADMIN", "LEARNER"), List.of(), List.of()))
                .queryParam("format", "jwt")
                .accept("application/vc+jwt")
                .get(admins)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(jwtOf(issued)).isEqualTo(jwt);
        assertThat(Database.queryString(
                        "SELECT actor_id || ' ' || action || ' ' || (details->>'holderId') FROM audit_event"
                                + " WHERE subject_id = ? AND action = 'certificate.credential.read'",
                        issued.code()))
                .isEqualTo(adminId + " certificate.credential.read "
                        + issued.holder().id());
        api(issued.holder().accessToken())
                .queryParam("format", "pdf")
                .get(mine)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("format"));
    }
}
