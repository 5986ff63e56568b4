package vn.hocvuso.common;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hocvuso.testing.Api.raw;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.hocvuso.testing.ContractOperations;
import vn.hocvuso.testing.ContractOperations.Operation;
import vn.hocvuso.testing.Tokens;
import vn.hocvuso.testing.WhoMayCall;
import vn.hocvuso.testing.WhoMayCall.Access;

/**
 * Every operation of the contract that takes a JSON body, called by someone allowed in but without a body
 * (and with the JSON {@code null}): 400 {@code malformed_json}, the same answer everywhere, and nothing
 * about fields. Ids in the path are random: the body is refused before anything is looked up.
 */
@QuarkusTest
class RequiredBodyTest {

    private static final Map<String, String> PATH_VALUES = Map.of(
            "code",
            "21211",
            "id",
            "1",
            "organisationId",
            "1",
            "villageId",
            "1",
            "group",
            "CBCCVC",
            "kind",
            "REMINDER_NOT_STARTED",
            "language",
            "vi");

    static Stream<Operation> operationsWithAJsonBody() {
        return ContractOperations.read().all().stream()
                .filter(operation -> "application/json".equals(operation.bodyType()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operationsWithAJsonBody")
    void noBodyIsMalformedJson(Operation operation) {
        for (String body : List.of("", "null")) {
            Response answer = request(operation)
                    .body(body)
                    .request(
                            operation.verb(),
                            operation.filledPath(name -> PATH_VALUES.getOrDefault(
                                    name, UUID.randomUUID().toString())));
            assertThat(answer.statusCode())
                    .as("%s with body '%s': %s", operation, body, answer.asString())
                    .isEqualTo(400);
            assertThat(answer.jsonPath().getString("code")).isEqualTo("malformed_json");
            assertThat(answer.jsonPath().getList("violations")).isNull();
        }
    }

    /** As a person or a service account the table lets in (a unit manager of unit 21211, of agency 1). */
    private static RequestSpecification request(Operation operation) {
        RequestSpecification spec = raw().contentType(ContentType.JSON).accept(ContentType.JSON);
        Access access = WhoMayCall.TABLE.get(operation.id());
        if (access.isPublic()) {
            return spec;
        }
        String token = access.people().isEmpty()
                ? Tokens.integrator(access.scopes().iterator().next(), List.of())
                : Tokens.token(
                        UUID.randomUUID(),
                        Set.copyOf(List.of(
                                "LEARNER", access.people().iterator().next().name())),
                        List.of("21211"),
                        List.of(1L));
        return spec.header("Authorization", "Bearer " + token);
    }
}
