package vn.hocvuso.common;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static vn.hocvuso.testing.Api.api;
import static vn.hocvuso.testing.Api.raw;
import static vn.hocvuso.testing.Problems.problem;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.Learners;

@QuarkusTest
class ErrorsAndOperationsTest {

    @Test
    void unknownAddressesAndMethodsAreProblems() {
        raw().get("/api/v1/nothing-here")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("code", equalTo("not_found"));
        raw().delete("/api/v1/units")
                .then()
                .statusCode(405)
                .contentType("application/problem+json")
                .body("code", equalTo("method_not_allowed"));
    }

    @Test
    void aBodyThatIsNotJsonIs415() {
        raw().contentType("text/plain")
                .body("fullName=Hoa")
                .post("/api/v1/auth/register")
                .then()
                .spec(problem(415, "unsupported_media_type", "Dữ liệu phải được gửi ở dạng JSON."));
    }

    @Test
    void anOversizedBodyIsRefused() {
        String huge = "{\"fullName\":\"" + "a".repeat(300_000) + "\"}";
        api().body(huge)
                .post("/api/v1/auth/register")
                .then()
                .spec(problem(413, "payload_too_large", "Dữ liệu gửi lên quá lớn."));
    }

    @Test
    void everyAnswerCarriesARequestIdAndProblemsQuoteIt() {
        api().header("X-Request-Id", "support-case-12345")
                .get("/api/v1/units/99999")
                .then()
                .statusCode(404)
                .header("X-Request-Id", equalTo("support-case-12345"))
                .body("requestId", equalTo("support-case-12345"));
        api().get("/api/v1/units").then().header("X-Request-Id", matchesPattern("[a-f0-9]{16}"));
    }

    @Test
    void problemsNeverShowInternals() {
        String body = api().body("{\"fullName\": [1, 2], \"password\": {}}")
                .post("/api/v1/auth/register")
                .then()
                .statusCode(400)
                .extract()
                .asString();
        org.assertj.core.api.Assertions.assertThat(body)
                .doesNotContain("java.", "jackson", "Exception", "vn.hocvuso", "\tat ");
    }

    @Test
    void corsAllowsOnlyTheConfiguredOrigins() {
        raw().header("Origin", "http://localhost:5173")
                .header("Access-Control-Request-Method", "POST")
                .options("/api/v1/auth/login")
                .then()
                .header("Access-Control-Allow-Origin", equalTo("http://localhost:5173"));
        raw().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .options("/api/v1/auth/login")
                .then()
                .header("Access-Control-Allow-Origin", not(equalTo("https://evil.example")));
    }

    @TestHTTPResource(value = "metrics", management = true)
    java.net.URL managementMetrics;

    @Test
    void healthReportsTheDatabaseAndMetricsArePrometheusTextOnTheManagementPortOnly() {
        raw().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body(containsString("Reactive PostgreSQL connections health check"));
        Learners.registeredAndLoggedIn();
        raw().get(managementMetrics.toString())
                .then()
                .statusCode(200)
                .body(containsString("http_server_requests_seconds_count"));
        // Not on the API port: whoever reaches the API does not read its internals.
        raw().get("/q/metrics").then().statusCode(404);
        org.assertj.core.api.Assertions.assertThat(managementMetrics.getPort())
                .isNotEqualTo(io.restassured.RestAssured.port);
    }
}
