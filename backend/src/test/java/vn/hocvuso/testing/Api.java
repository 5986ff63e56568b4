package vn.hocvuso.testing;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Path;

/**
 * The entry point of every HTTP test. Each response is checked against the root openapi.yaml, so a
 * test fails when the code answers something the contract does not promise (a status, a field, a
 * problem code).
 */
public final class Api {

    public static final Path CONTRACT = Path.of(System.getProperty("contract.file", "../openapi.yaml"));

    /**
     * The contract as a validator of responses. Closed: a response object with a property its schema
     * does not declare is an error (the validator treats every schema without {@code additionalProperties}
     * as {@code additionalProperties: false}), so a field the code adds without the contract fails the
     * test that meets it. Requests are not checked: tests send wrong requests on purpose.
     */
    public static final OpenApiInteractionValidator CONTRACT_VALIDATOR =
            OpenApiInteractionValidator.createForSpecificationUrl(
                            CONTRACT.toUri().toString())
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request", ValidationReport.Level.IGNORE)
                            .withLevel("validation.schema.additionalProperties", ValidationReport.Level.ERROR)
                            .build())
                    .build();

    private static final OpenApiValidationFilter CONTRACT_FILTER = new OpenApiValidationFilter(CONTRACT_VALIDATOR);

    private Api() {}

    /** An anonymous request, JSON in and out. */
    public static RequestSpecification api() {
        return RestAssured.given()
                .filter(CONTRACT_FILTER)
                .contentType(ContentType.JSON)
                .accept(ContentType.JSON);
    }

    /** A request with a bearer token. */
    public static RequestSpecification api(String accessToken) {
        return api().header("Authorization", "Bearer " + accessToken);
    }

    /** A GET as {@code accessToken} that must answer 200: its JSON body. */
    public static JsonPath read(String accessToken, String path) {
        return api(accessToken).get(path).then().statusCode(200).extract().jsonPath();
    }

    /** Without the contract check: for addresses outside the contract (/q/health, /q/metrics, unknown paths). */
    public static RequestSpecification raw() {
        return RestAssured.given();
    }
}
