package vn.hocvuso.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static vn.hocvuso.testing.Api.raw;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * The published reference: anyone (no token) opens /api/docs in a browser and reads the contract the
 * server serves at /q/openapi, with its operations, scopes and examples.
 */
@QuarkusTest
class ApiReferenceTest {

    @Test
    void aBrowserOpensTheReferenceWithoutAToken() {
        String page = raw().accept("text/html")
                .redirects()
                .follow(true)
                .get("/api/docs")
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .extract()
                .asString();
        assertThat(page).contains("Học vụ số API").contains("swagger-ui");
    }

    @Test
    void theReferenceReadsTheContractTheServerServesWithScopesAndExamples() throws Exception {
        String page = raw().accept("text/html")
                .redirects()
                .follow(true)
                .get("/api/docs/index.html")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(page).contains("/q/openapi");

        JsonNode served = new ObjectMapper(new YAMLFactory())
                .readTree(raw().accept("application/yaml")
                        .get("/q/openapi")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString());
        assertThat(served.at("/paths/~1api~1v1~1stats~1summary/get/security/1/clientCredentials/0")
                        .asText())
                .isEqualTo("stats:read");
        assertThat(served.at("/components/examples/PublicDashboardExample/value/counts/learners")
                        .asInt())
                .isEqualTo(119285);
    }
}
