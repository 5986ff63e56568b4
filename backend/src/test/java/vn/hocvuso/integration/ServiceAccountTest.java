package vn.hocvuso.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static vn.hocvuso.testing.Api.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.Courses;
import vn.hocvuso.testing.Database;
import vn.hocvuso.testing.ServiceAccounts;
import vn.hocvuso.testing.ServiceAccounts.Credentials;
import vn.hocvuso.testing.Tokens;

@QuarkusTest
class ServiceAccountTest {

    private static final String ADMIN_PATH = "/api/v1/admin/service-accounts";

    private static RequestSpecification form() {
        return api().contentType(ContentType.URLENC);
    }

    /** A service posts these form fields (name, value, name, value…, in this order) to the token endpoint. */
    private static ValidatableResponse tokenRequest(String... fields) {
        RequestSpecification request = form();
        for (int i = 0; i < fields.length; i += 2) {
            request = request.formParam(fields[i], fields[i + 1]);
        }
        return request.post("/api/v1/auth/token").then();
    }

    /** A service asks for a token with its id and secret (the client_credentials grant). */
    private static ValidatableResponse clientCredentials(String clientId, String clientSecret) {
        return tokenRequest("grant_type", "client_credentials", "client_id", clientId, "client_secret", clientSecret);
    }

    private static Map<String, Object> claims(String jwt) {
        return io.restassured.path.json.JsonPath.from(
                        new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8))
                .getMap("$");
    }

    @Test
    void anAdministratorListsAndReadsServiceAccounts() {
        Credentials account = ServiceAccounts.create("stats:read", "webhooks:manage", "rosters:write");
        String admin = Tokens.admin();
        api(admin).get(ADMIN_PATH).then().statusCode(200).body("items.id", hasItem(account.clientId()));
        api(admin)
                .get(ADMIN_PATH + "/" + account.clientId())
                .then()
                .statusCode(200)
                .body("scopes", equalTo(List.of("stats:read", "webhooks:manage", "rosters:write")))
                .body("active", equalTo(true));
        api(admin)
                .get(ADMIN_PATH + "/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .body("code", equalTo("service_account_not_found"));
    }

    @Test
    void theSecretIsShownOnceStoredAsAHashAndCreationIsAudited() {
        String admin = Tokens.admin();
        var created = api(admin)
                .body(Map.of(
                        "name",
                        "Hệ thống nhân sự tỉnh",
                        "description",
                        "Đẩy danh sách hằng đêm",
                        "scopes",
                        List.of("rosters:write"),
                        "unitCodes",
                        List.of("21211"),
                        "agencyIds",
                        List.of()))
                .post(ADMIN_PATH)
                .then()
                .statusCode(201)
                .body("account.name", equalTo("Hệ thống nhân sự tỉnh"))
                .body("account.unitCodes", equalTo(List.of("21211")))
                .extract()
                .jsonPath();
        String id = created.getString("clientId");
        String secret = created.getString("clientSecret");
        assertThat(secret).startsWith("hvs_sk_").hasSizeGreaterThan(40);
        // Never again in a read.
        assertThat(api(admin)
                        .get(ADMIN_PATH + "/" + id)
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString())
                .doesNotContain(secret);
        assertThat(api(admin).get(ADMIN_PATH).then().statusCode(200).extract().asString())
                .doesNotContain(secret);
        // Stored as its SHA-256 only.
        assertThat(Database.queryString(
                        "SELECT encode(secret_hash, 'hex') FROM service_account WHERE id = ?::uuid", id))
                .hasSize(64)
                .doesNotContain(secret);
        assertThat(Database.queryString(
                        "SELECT count(*) FROM service_account WHERE position(? in encode(secret_hash, 'escape')) > 0",
                        secret))
                .isEqualTo("0");
        assertThat(Database.queryString(
                        "SELECT action FROM audit_event WHERE subject_id = ? ORDER BY id DESC LIMIT 1", id))
                .isEqualTo("SERVICE_ACCOUNT_CREATED");
    }

    @Test
    void creationNamesEveryWrongField() {
        api(Tokens.admin())
                .body(Map.of("name", "X", "scopes", List.of("stats:read", "everything"), "unitCodes", List.of("99999")))
                .post(ADMIN_PATH)
                .then()
                .statusCode(400)
                .body("code", equalTo("validation_failed"))
                .body("violations.field", hasItem("name"))
                .body("violations.find { it.field == 'scopes' }.code", equalTo("unknown_scope"));
        api(Tokens.admin())
                .body(Map.of("name", "Hệ thống Y", "scopes", List.of("stats:read"), "unitCodes", List.of("99999")))
                .post(ADMIN_PATH)
                .then()
                .statusCode(400)
                .body("violations.find { it.field == 'unitCodes' }.code", equalTo("unit_not_found"));
    }

    @Test
    void clientCredentialsGiveATokenCarryingTheScopesAndLimits() {
        Credentials account =
                ServiceAccounts.create(List.of("rosters:write", "stats:read"), List.of("21211"), List.of(1L));
        var token = clientCredentials(account.clientId(), account.clientSecret())
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .body("token_type", equalTo("Bearer"))
                .body("expires_in", equalTo(900))
                .body("scope", equalTo("rosters:write stats:read"))
                .extract()
                .jsonPath();
        Map<String, Object> claims = claims(token.getString("access_token"));
        assertThat(claims.get("sub")).isEqualTo(account.clientId());
        assertThat(claims.get("groups")).isEqualTo(List.of("INTEGRATOR"));
        assertThat(claims.get("scope")).isEqualTo("rosters:write stats:read");
        assertThat(claims.get("units")).isEqualTo(List.of("21211"));
        assertThat(claims.get("agencies")).isEqualTo(List.of(1));

        // HTTP Basic works as well, and a narrower scope may be asked for.
        String basic = Base64.getEncoder()
                .encodeToString((account.clientId() + ":" + account.clientSecret()).getBytes(StandardCharsets.UTF_8));
        form().header("Authorization", "Basic " + basic)
                .formParam("grant_type", "client_credentials")
                .formParam("scope", "stats:read")
                .post("/api/v1/auth/token")
                .then()
                .statusCode(200)
                .body("scope", equalTo("stats:read"));
    }

    @Test
    void theTokenEndpointAnswersWithOAuthErrors() {
        Credentials account = ServiceAccounts.create("stats:read");
        clientCredentials(account.clientId(), account.clientSecret() + "x")
                .statusCode(401)
                .header("WWW-Authenticate", equalTo("Basic realm=\"hocvuso\""))
                .body("error", equalTo("invalid_client"))
                .body("error_description", not(emptyOrNullString()));
        clientCredentials(UUID.randomUUID().toString(), account.clientSecret())
                .statusCode(401)
                .body("error", equalTo("invalid_client"));
        clientCredentials("not-a-client", "x").statusCode(401).body("error", equalTo("invalid_client"));
        tokenRequest("grant_type", "password", "client_id", account.clientId(), "client_secret", account.clientSecret())
                .statusCode(400)
                .body("error", equalTo("unsupported_grant_type"));
        tokenRequest("client_id", account.clientId(), "client_secret", account.clientSecret())
                .statusCode(400)
                .body("error", equalTo("invalid_request"));
        tokenRequest(
                        "grant_type",
                        "client_credentials",
                        "client_id",
                        account.clientId(),
                        "client_secret",
                        account.clientSecret(),
                        "scope",
                        "stats:read rosters:write")
                .statusCode(400)
                .body("error", equalTo("invalid_scope"));
    }

    /**
     * Found by the contract fuzzer: Quarkus REST's own form parser threw on a stray '%' after the request
     * had begun, and the client waited for an answer that never came. Each body here is answered at once.
     */
    @Test
    void aBodyThatIsNotAFormIsAnInvalidRequestAnsweredAtOnce() {
        Credentials account = ServiceAccounts.create("stats:read");
        String good = "grant_type=client_credentials&client_id=" + account.clientId() + "&client_secret="
                + URLEncoder.encode(account.clientSecret(), StandardCharsets.UTF_8);
        RestAssuredConfig impatient = RestAssured.config()
                .httpClient(HttpClientConfig.httpClientConfig().setParam("http.socket.timeout", 10_000));
        for (String body : List.of(
                "%s%n%x", // what the fuzzer sent
                good + "&scope=stats%", // an escape cut short
                good + "&scope=stats%3", //
                good + "&scope=%ZZ", // not hexadecimal
                good + "&scope=%C3%28", // bytes that are not UTF-8
                good + "&scope=%D9%A3", // U+0663, well-formed: refused as a scope, not as a form
                good + "&grant_type=client_credentials")) { // a parameter twice (RFC 6749 §3.2)
            String expected = body.endsWith("%D9%A3") ? "invalid_scope" : "invalid_request";
            api().config(impatient)
                    .contentType("application/x-www-form-urlencoded")
                    .body(body)
                    .post("/api/v1/auth/token")
                    .then()
                    .statusCode(400)
                    .contentType(ContentType.JSON)
                    .body("error", equalTo(expected))
                    .body("error_description", not(emptyOrNullString()));
        }
        // the same body without its fault still gets a token: the stricter reading refuses nothing good
        api().contentType("application/x-www-form-urlencoded")
                .body(good + "&scope=stats%3Aread&")
                .post("/api/v1/auth/token")
                .then()
                .statusCode(200)
                .body("scope", equalTo("stats:read"));
    }

    @Test
    void rotationReplacesTheSecretAndRevocationEndsTheAccountBothAudited() {
        Credentials account = ServiceAccounts.create("stats:read");
        String admin = Tokens.admin();
        String newSecret = api(admin)
                .post(ADMIN_PATH + "/" + account.clientId() + "/rotate-secret")
                .then()
                .statusCode(200)
                .body("account.rotatedAt", notNullValue())
                .body("clientSecret", not(equalTo(account.clientSecret())))
                .extract()
                .path("clientSecret");
        clientCredentials(account.clientId(), account.clientSecret())
                .statusCode(401)
                .body("error", equalTo("invalid_client"));
        ServiceAccounts.token(new Credentials(account.clientId(), newSecret));

        api(admin).delete(ADMIN_PATH + "/" + account.clientId()).then().statusCode(204);
        api(admin).delete(ADMIN_PATH + "/" + account.clientId()).then().statusCode(204);
        clientCredentials(account.clientId(), newSecret).statusCode(401).body("error", equalTo("invalid_client"));
        api(admin)
                .get(ADMIN_PATH + "/" + account.clientId())
                .then()
                .statusCode(200)
                .body("active", equalTo(false))
                .body("revokedAt", notNullValue());
        api(admin)
                .post(ADMIN_PATH + "/" + account.clientId() + "/rotate-secret")
                .then()
                .statusCode(409)
                .body("code", equalTo("service_account_revoked"));
        api(admin).delete(ADMIN_PATH + "/" + UUID.randomUUID()).then().statusCode(404);
        assertThat(Database.queryString("""
                SELECT string_agg(action, ',' ORDER BY id) FROM audit_event WHERE subject_id = ?
                """, account.clientId()))
                .isEqualTo(
                        "SERVICE_ACCOUNT_CREATED,SERVICE_ACCOUNT_SECRET_ROTATED,SERVICE_ACCOUNT_TOKEN_ISSUED,SERVICE_ACCOUNT_REVOKED");
    }

    @Test
    void aServiceAccountIsNotAPersonNorAnAdministrator() {
        String serviceToken = ServiceAccounts.tokenWith("stats:read", "rosters:write", "webhooks:manage");
        api(serviceToken).get("/api/v1/me").then().statusCode(403);
        api(serviceToken)
                .body(Map.of("courseId", Courses.course().create().id()))
                .post("/api/v1/enrollments")
                .then()
                .statusCode(403);
        api(serviceToken).get("/api/v1/admin/users").then().statusCode(403);
    }
}
