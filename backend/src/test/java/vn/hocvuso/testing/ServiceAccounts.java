package vn.hocvuso.testing;

import static vn.hocvuso.testing.Api.api;

import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Creates service accounts through the admin API and gets their tokens through the token endpoint. */
public final class ServiceAccounts {

    private ServiceAccounts() {}

    /** What the admin gets once: the id (client_id) and the secret. */
    public record Credentials(String clientId, String clientSecret) {}

    public static Credentials create(List<String> scopes, List<String> unitCodes, List<Long> agencyIds) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Hệ thống thử " + System.nanoTime());
        body.put("scopes", scopes);
        body.put("unitCodes", unitCodes);
        body.put("agencyIds", agencyIds);
        var created = api(Tokens.admin())
                .body(body)
                .post("/api/v1/admin/service-accounts")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        return new Credentials(created.getString("clientId"), created.getString("clientSecret"));
    }

    public static Credentials create(String... scopes) {
        return create(List.of(scopes), List.of(), List.of());
    }

    /** A client-credentials access token for the account. */
    public static String token(Credentials credentials) {
        return api().contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", credentials.clientId())
                .formParam("client_secret", credentials.clientSecret())
                .post("/api/v1/auth/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }

    /** A token for a new account holding exactly these scopes. */
    public static String tokenWith(String... scopes) {
        return token(create(scopes));
    }
}
