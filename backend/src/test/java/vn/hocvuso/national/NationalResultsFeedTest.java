package vn.hocvuso.national;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static vn.hocvuso.testing.Api.api;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.Certificates;
import vn.hocvuso.testing.Database;
import vn.hocvuso.testing.Learners;
import vn.hocvuso.testing.ServiceAccounts;
import vn.hocvuso.testing.Tokens;

/**
 * The portal's results as the national platform pulls them: the full export, then only what changed since the cursor
 * it was handed (new certificates, and a revocation sent again as such), page by page; a cursor edited by hand is
 * refused; who may read it, and every read audited.
 */
@QuarkusTest
class NationalResultsFeedTest {

    private static final String FEED = "/api/v1/national-results";

    /** Everything after {@code since} (null: from the start), page by page of {@code limit}: the lines and the cursor. */
    private record Read(List<JsonPath> results, String cursor, int pages) {
        List<String> codes() {
            return results.stream().map(r -> r.getString("credentialId")).toList();
        }

        JsonPath of(String code) {
            return results.stream()
                    .filter(r -> r.getString("credentialId").equals(code))
                    .reduce((a, b) -> b)
                    .orElseThrow(() -> new AssertionError(code + " is not in the feed"));
        }
    }

    private static Read readAll(String token, String since, int limit) {
        List<JsonPath> results = new ArrayList<>();
        String cursor = since;
        int pages = 0;
        while (true) {
            var request = api(token).queryParam("limit", limit);
            if (cursor != null) {
                request.queryParam("since", cursor);
            }
            Response response = request.get(FEED);
            String body = response.then()
                    .statusCode(anyOf(is(200), is(204)))
                    .extract()
                    .asString();
            pages++;
            body.lines().map(JsonPath::from).forEach(results::add);
            assertThat(body.lines().count()).isLessThanOrEqualTo(limit);
            cursor = response.header("Next-Cursor");
            assertThat(cursor).isNotBlank();
            if (!"true".equals(response.header("Has-More"))) {
                return new Read(results, cursor, pages);
            }
        }
    }

    /** Waits until the feed after {@code since} holds exactly {@code codes} (a slow transaction elsewhere may hold it back). */
    private static Read awaitExactly(String token, String since, int limit, List<String> codes) {
        List<Read> last = new ArrayList<>(List.of(new Read(List.of(), since, 0)));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            Read read = readAll(token, since, limit);
            last.set(0, read);
            assertThat(read.codes()).containsExactlyElementsOf(codes);
        });
        return last.get(0);
    }

    /** A phone nobody proved (an account a helper opened for someone, V75) is only what was typed: not sent. */
    @Test
    void anUnverifiedPhoneIsNotSent() {
        String admin = Tokens.admin();
        String cursor = readAll(admin, null, 10_000).cursor();
        Certificates.Issued lan = Certificates.issue("Phan Thị Lan");
        Database.execute(
                "UPDATE app_user SET phone_unverified = true WHERE id = ?",
                lan.holder().id());
        JsonPath line = awaitExactly(admin, cursor, 100, List.of(lan.code())).of(lan.code());
        assertThat(line.getString("fullName")).isEqualTo("Phan Thị Lan");
        assertThat(line.getString("phone")).isNull();
    }

    @Test
    void theFullExportThenOnlyWhatChangedSinceTheCursorWithARevocationSentAgain() {
        String admin = Tokens.admin();
        Certificates.Issued first = Certificates.issue("Phạm Thị Lụa");
        Read full = readAll(admin, null, 10_000);
        JsonPath line = full.of(first.code());
        assertThat(line.getString("status")).isEqualTo("VALID");
        assertThat(line.getString("fullName")).isEqualTo("Phạm Thị Lụa");
        assertThat(line.getString("phone"))
                .isEqualTo("+84" + first.holder().phone().substring(1));
        assertThat(line.getString("unitCode")).isEqualTo("21211");
        assertThat(line.getString("unitName")).isEqualTo("Xã Tịnh Khê");
        assertThat(line.getString("learnerGroup")).isEqualTo("CITIZEN");
        assertThat(line.getString("issuedOn")).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(line.getString("revokedAt")).isNull();
        assertThat(line.getString("verifyUrl")).endsWith("/chung-nhan/" + first.code());
        String cursor = full.cursor();

        // Nothing new: no file, and the same cursor back.
        api(admin)
                .queryParam("since", cursor)
                .get(FEED)
                .then()
                .statusCode(204)
                .header("Has-More", "false")
                .header("Next-Cursor", cursor);

        // Two new certificates, read one per page.
        String second = Certificates.issue("Võ Văn Kiệt").code();
        String third = Certificates.issue("Đinh Thị Én").code();
        Read since = awaitExactly(admin, cursor, 1, List.of(second, third));
        assertThat(since.pages()).isEqualTo(2); // one each; the second page says there is no more

        // The first one revoked after the cursor was handed out: it comes again, revoked, and only it.
        Certificates.revoke(first.code());
        Read revoked = awaitExactly(admin, since.cursor(), 1000, List.of(first.code()));
        JsonPath again = revoked.of(first.code());
        assertThat(again.getString("status")).isEqualTo("REVOKED");
        assertThat(again.getString("revokedOn")).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(again.getString("revokedAt")).isNotNull();

        // The full export now holds it once, in its latest state, after the two issued later.
        List<String> all = readAll(admin, null, 10_000).codes();
        assertThat(all.stream().filter(first.code()::equals)).hasSize(1);
        assertThat(all.indexOf(first.code())).isGreaterThan(all.indexOf(third));
    }

    /**
     * What the national platform does with a page: checks the detached JWS in JWS-Signature over the bytes exactly as
     * received, with a key of the set the portal publishes; one byte changed and it no longer verifies.
     */
    @Test
    void eachPageIsSignedOverItsExactBytesWithAPublishedKey() throws Exception {
        String admin = Tokens.admin();
        Certificates.issue("Huỳnh Thị Mai");
        JWKSet published = JWKSet.parse(api().get("/api/v1/credentials/jwks")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        for (String format : List.of("jsonl", "csv")) {
            Response page = api(admin).queryParam("format", format).get(FEED);
            page.then().statusCode(200);
            byte[] body = page.asByteArray();
            String detached = page.header("JWS-Signature");
            assertThat(detached).as(format).matches("[A-Za-z0-9_-]+\\.\\.[A-Za-z0-9_-]+");

            JWSObject jws = JWSObject.parse(detached, new Payload(body));
            JWSHeader header = jws.getHeader();
            assertThat(header.getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);
            assertThat(header.isBase64URLEncodePayload()).isFalse();
            assertThat(header.getCriticalParams()).containsExactly("b64");
            assertThat(header.getContentType()).startsWith(format.equals("csv") ? "text/csv" : "application/x-ndjson");
            ECKey key = (ECKey) published.getKeyByKeyId(header.getKeyID());
            assertThat(key).as("the signing key is published").isNotNull();
            assertThat(jws.verify(new ECDSAVerifier(key.toECPublicKey(), Set.of("b64"))))
                    .isTrue();

            byte[] changed = body.clone();
            changed[changed.length / 2] ^= 1;
            JWSObject tampered = JWSObject.parse(detached, new Payload(changed));
            assertThat(tampered.verify(new ECDSAVerifier(key.toECPublicKey(), Set.of("b64"))))
                    .isFalse();
        }
    }

    @Test
    void aCursorEditedOrCutShortIsRefusedInVietnamese() {
        String admin = Tokens.admin();
        Certificates.issue("Lý Thị Sen");
        String cursor = readAll(admin, null, 10_000).cursor();
        String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        // The position moved back by hand, the checksum left as it was.
        String[] parts = decoded.split("\\|");
        String edited = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(
                        String.join("|", parts[0], "1", parts[2], parts[3]).getBytes(StandardCharsets.UTF_8));
        for (String bad : List.of(edited, cursor.substring(0, cursor.length() - 3), "không-phải-con-trỏ", "%%%")) {
            api(admin)
                    .queryParam("since", bad)
                    .get(FEED)
                    .then()
                    .statusCode(400)
                    .body("code", equalTo("invalid_cursor"))
                    .body(
                            "detail",
                            equalTo(
                                    "Con trỏ \"since\" không hợp lệ (bị sửa hoặc cắt ngắn). Hãy dùng đúng giá trị Next-Cursor đã nhận, hoặc lấy lại toàn bộ (không gửi since)."));
        }
        api(admin).queryParam("limit", 0).get(FEED).then().statusCode(400);
        api(admin).queryParam("limit", 10_001).get(FEED).then().statusCode(400);
        api(admin).queryParam("format", "xml").get(FEED).then().statusCode(400);
    }

    @Test
    void onlyAdministratorsAndServiceAccountsWithTheScopeWithinTheirUnitsReadItEachReadAudited() {
        String admin = Tokens.admin();
        Certificates.issue("Trịnh Văn Bô");
        String cursor = readAll(admin, null, 10_000).cursor();
        Certificates.Issued xuan = Certificates.issue("Mai Thị Xuân"); // Xã Tịnh Khê (21211)
        String code = xuan.code();

        api().get(FEED).then().statusCode(401);
        api(Tokens.learner(Learners.registered().id())).get(FEED).then().statusCode(403);
        api(Tokens.unitManager("21211")).get(FEED).then().statusCode(403);
        api(ServiceAccounts.tokenWith("stats:read"))
                .get(FEED)
                .then()
                .statusCode(403)
                .body("code", equalTo("insufficient_scope"));

        ServiceAccounts.Credentials national = ServiceAccounts.create("results:read");
        String token = ServiceAccounts.token(national);
        assertThat(awaitExactly(token, cursor, 100, List.of(code)).codes()).containsExactly(code);
        String otherUnit =
                ServiceAccounts.token(ServiceAccounts.create(List.of("results:read"), List.of("21172"), List.of()));
        assertThat(readAll(otherUnit, cursor, 100).codes()).isEmpty();
        String ownUnit =
                ServiceAccounts.token(ServiceAccounts.create(List.of("results:read"), List.of("21211"), List.of()));
        assertThat(readAll(ownUnit, cursor, 100).codes()).containsExactly(code);

        // The holder moves to Phường Cẩm Thành (21172): their result goes with them, to that unit's reader and no
        // longer to the old unit's, although the certificate names the unit it was issued in.
        Learners.changeProfile(xuan.holder().accessToken(), Map.of("unitCode", "21172"))
                .statusCode(200);
        assertThat(awaitExactly(otherUnit, cursor, 100, List.of(code)).codes()).containsExactly(code);
        assertThat(readAll(ownUnit, cursor, 100).codes()).isEmpty();

        String reads = Database.queryString(
                "SELECT count(*) FROM audit_event WHERE action = 'national_results.exported' AND actor_id = ?::uuid",
                national.clientId());
        assertThat(Integer.parseInt(reads)).isGreaterThanOrEqualTo(1);
        Map<String, Object> details = JsonPath.from(Database.queryString(
                        "SELECT details::text FROM audit_event WHERE action = 'national_results.exported' AND actor_id = ?::uuid"
                                + " ORDER BY id DESC LIMIT 1",
                        national.clientId()))
                .getMap("");
        assertThat(details).containsEntry("since", cursor).containsEntry("format", "jsonl");
    }
}
