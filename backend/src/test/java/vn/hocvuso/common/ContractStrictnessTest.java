package vn.hocvuso.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.hocvuso.testing.Api.api;
import static vn.hocvuso.testing.Api.raw;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.Api;

/**
 * The contract check every API test runs is strict: an answer with a field, or a problem code, that
 * openapi.yaml does not declare fails. Shown here on real answers of the server, changed the way a
 * careless change of the code would change them, and judged by the same validator the tests use.
 */
@QuarkusTest
class ContractStrictnessTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anAnswerWithAFieldTheContractDoesNotDeclareIsRejected() throws Exception {
        String served = raw().accept("application/json")
                .get("/api/v1/units/21211")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(validate("/api/v1/units/21211", 200, "application/json", served)
                        .getMessages())
                .as("the server's own answer")
                .isEmpty();

        ObjectNode withExtra = (ObjectNode) JSON.readTree(served);
        withExtra.put("internalNote", "chỉ dùng nội bộ");
        ValidationReport report = validate("/api/v1/units/21211", 200, "application/json", withExtra.toString());

        assertThat(keys(report)).contains("validation.response.body.schema.additionalProperties");
        assertThat(report.getMessages())
                .anySatisfy(m -> assertThat(m.getMessage()).contains("internalNote"));
    }

    @Test
    void aFieldAddedDeepInsideAListItemIsRejectedToo() throws Exception {
        String served = raw().accept("application/json")
                .queryParam("q", "tinh khe")
                .get("/api/v1/units")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        ObjectNode page = (ObjectNode) JSON.readTree(served);
        ((ObjectNode) page.withArray("items").get(0)).put("population2019", 56000);

        assertThat(keys(validate("/api/v1/units", 200, "application/json", page.toString())))
                .contains("validation.response.body.schema.additionalProperties");
    }

    @Test
    void aProblemWithACodeOutsideTheContractsListIsRejected() throws Exception {
        String served = raw().accept("application/json")
                .get("/api/v1/units/99999")
                .then()
                .statusCode(404)
                .body("code", equalTo("unit_not_found"))
                .extract()
                .asString();
        assertThat(validate("/api/v1/units/99999", 404, "application/problem+json", served)
                        .getMessages())
                .isEmpty();

        ObjectNode renamed = (ObjectNode) JSON.readTree(served);
        renamed.put("code", "unit_missing");
        assertThat(keys(validate("/api/v1/units/99999", 404, "application/problem+json", renamed.toString())))
                .contains("validation.response.body.schema.enum");
    }

    @Test
    void theDashboardRefusesAnAcceptItCannotAnswerWithTheDeclaredProblem() {
        api().accept("application/xml")
                .get("/api/v1/public/dashboard")
                .then()
                .statusCode(406)
                .body("code", equalTo("not_acceptable"));
    }

    private static ValidationReport validate(String path, int status, String contentType, String body) {
        return Api.CONTRACT_VALIDATOR.validateResponse(
                path,
                Request.Method.GET,
                SimpleResponse.Builder.status(status)
                        .withContentType(contentType)
                        .withBody(body)
                        .build());
    }

    private static List<String> keys(ValidationReport report) {
        return report.getMessages().stream()
                .map(ValidationReport.Message::getKey)
                .toList();
    }
}
