package vn.hocvuso.common;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hocvuso.testing.Api.raw;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.Api;
import vn.hocvuso.testing.ResourceMethods;

/**
 * The contract and the code must not drift: the server serves the root openapi.yaml unchanged, and
 * the set of operations in the file equals the set of resource methods in the code. (Every response
 * of every other test is also validated against the file, see {@link Api}.)
 */
@QuarkusTest
class ContractTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void theServerServesExactlyTheContractFile() throws IOException {
        JsonNode file = YAML.readTree(Api.CONTRACT.toFile());
        String served = raw().accept("application/yaml")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(YAML.readTree(served)).isEqualTo(file);
    }

    /** One operation of the contract file: its path, its method, the path's item and the operation's node. */
    private record Operation(String path, String method, JsonNode pathItem, JsonNode node) {}

    private static List<Operation> operations(JsonNode file) {
        List<Operation> operations = new ArrayList<>();
        file.get("paths")
                .fields()
                .forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
                    if (!method.getKey().equals("parameters")) {
                        operations.add(
                                new Operation(path.getKey(), method.getKey(), path.getValue(), method.getValue()));
                    }
                }));
        return operations;
    }

    @Test
    void everyOperationOfTheContractIsImplementedAndNothingElse() throws Exception {
        JsonNode file = YAML.readTree(Api.CONTRACT.toFile());
        TreeSet<String> documented = new TreeSet<>();
        for (Operation op : operations(file)) {
            documented.add(op.method().toUpperCase() + " " + op.path() + " "
                    + op.node().get("operationId").asText());
        }
        assertThat(implemented()).isEqualTo(documented);
    }

    /**
     * The answers every operation can give whatever its code does, declared (the other tests and the
     * {@code ContractFuzzer} fail on any status an operation answers without declaring it): 400 where a
     * path, query or header parameter or a body can be malformed, 413 and 415 where there is a body, 403
     * where a token is required (a wrong role, or a service account on a person's endpoint).
     */
    @Test
    void everyOperationDeclaresTheAnswersItsInputsCanGet() throws IOException {
        JsonNode file = YAML.readTree(Api.CONTRACT.toFile());
        TreeSet<String> missing = new TreeSet<>();
        for (Operation operation : operations(file)) {
            JsonNode op = operation.node();
            boolean parameters =
                    hasParameters(operation.pathItem().path("parameters")) || hasParameters(op.path("parameters"));
            boolean body = op.has("requestBody");
            JsonNode security = op.has("security") ? op.get("security") : file.path("security");
            boolean tokenRequired = security.size() > 0;
            for (JsonNode requirement : security) {
                tokenRequired &= requirement.size() > 0;
            }
            JsonNode responses = op.get("responses");
            String id = op.get("operationId").asText();
            if ((parameters || body) && !responses.has("400")) missing.add(id + " 400");
            if (body && !responses.has("413")) missing.add(id + " 413");
            if (body && !responses.has("415")) missing.add(id + " 415");
            if (tokenRequired && !responses.has("403")) missing.add(id + " 403");
        }
        assertThat(missing).isEmpty();
    }

    /**
     * OpenAPI 3.0 validators and generators read {@code nullable: true} next to an {@code enum} only if the
     * enum lists {@code null} too (finding 7 of issue 10: {@code Rate.missing} is null in most answers).
     */
    @Test
    void everyNullableEnumListsNull() throws IOException {
        TreeSet<String> withoutNull = new TreeSet<>();
        nullableEnums(YAML.readTree(Api.CONTRACT.toFile()), "", withoutNull);
        assertThat(withoutNull).isEmpty();
    }

    private static void nullableEnums(JsonNode node, String at, TreeSet<String> withoutNull) {
        if (node.has("enum") && node.path("nullable").asBoolean(false)) {
            boolean listsNull = false;
            for (JsonNode value : node.get("enum")) {
                listsNull |= value.isNull();
            }
            if (!listsNull) {
                withoutNull.add(at);
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            nullableEnums(field.getValue(), at + "/" + field.getKey(), withoutNull);
        }
        for (int i = 0; node.isArray() && i < node.size(); i++) {
            nullableEnums(node.get(i), at + "[" + i + "]", withoutNull);
        }
    }

    private static boolean hasParameters(JsonNode parameters) {
        for (JsonNode parameter : parameters) {
            if (parameter.has("$ref") || !parameter.path("in").asText().equals("cookie")) {
                return true;
            }
        }
        return false;
    }

    /** "METHOD /path operationId" for every resource method, the Java method name being the operationId. */
    private static TreeSet<String> implemented() {
        TreeSet<String> operations = new TreeSet<>();
        ResourceMethods.all().forEach(operation -> operations.add(operation.describe()));
        return operations;
    }
}
