package vn.hocvuso.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.Api;
import vn.hocvuso.testing.Learners;
import vn.hocvuso.testing.SchemaValues;
import vn.hocvuso.testing.ServiceAccounts;
import vn.hocvuso.testing.Tokens;

/**
 * The contract fuzzer: for every operation of openapi.yaml, requests built from the contract's own
 * schemas by {@link SchemaValues} (valid ones, and ones with a wrong type, a missing or an extra field,
 * odd Unicode, NUL bytes, a huge string, a number out of range, malformed JSON, the wrong content type,
 * a malformed path, query or header parameter), sent as every kind of caller (anonymous, learner, unit
 * manager, administrator, service account). It fails on any 5xx, any status the operation does not
 * declare and any answer that breaks its schema or its declared media type (errors are problem+json):
 * each response goes through the same contract check as every other test ({@link Api}).
 *
 * <p>Seeded: the seed is printed first; {@code -Dfuzz.seed=N} replays a run (each operation draws from
 * its own {@code Random(seed ^ operationId)}, so {@code -Dfuzz.operation=getCourse} replays one
 * operation alone); {@code -Dfuzz.tries=N} sets the requests per operation (default 10, two per caller).
 *
 * <p>The fuzzer shares the test database with the other tests, so a request that could write as a
 * privileged caller (a POST, PUT, PATCH or DELETE by an administrator, a manager or a service account)
 * always carries a mutation: it must be refused and write nothing. Valid writes are sent only as callers
 * whose writes stay their own (anonymous, the fuzzer's own learner).
 */
@QuarkusTest
class ContractFuzzTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final long SEED = Long.getLong("fuzz.seed", System.nanoTime());
    private static final int TRIES = Integer.getInteger("fuzz.tries", 10);
    private static final String ONLY = System.getProperty("fuzz.operation", "");
    private static final List<String> WRITES = List.of("post", "put", "patch", "delete");
    private static final RestAssuredConfig TIMEOUTS = RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
            .setParam("http.socket.timeout", 20_000).setParam("http.connection.timeout", 5_000));

    enum Mutation {
        NONE, WRONG_TYPE, MISSING_FIELD, EXTRA_FIELD, ODD_STRING, NUL_BYTES, HUGE_STRING, OUT_OF_RANGE, MALFORMED_JSON,
        WRONG_CONTENT_TYPE, BAD_PARAMETER
    }

    record Caller(String name, String token, boolean privileged) {
    }

    @Test
    void everyOperationAnswersEveryRequestAsItsContractSays() throws IOException {
        System.out.printf("ContractFuzzTest: seed %d (replay with -Dfuzz.seed=%d), %d tries per operation%n", SEED, SEED, TRIES);
        JsonNode contract = YAML.readTree(Api.CONTRACT.toFile());
        List<Caller> callers = List.of(
                new Caller("anonymous", null, false),
                new Caller("learner", Learners.registeredAndLoggedIn().accessToken(), false),
                new Caller("unit manager", Tokens.unitManager("21211"), true),
                new Caller("admin", Tokens.admin(), true),
                new Caller("service account", ServiceAccounts.tokenWith("stats:read", "rosters:write", "webhooks:manage",
                        "denominators:write"), true));
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = contract.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (op.getKey().equals("parameters")) {
                    continue;
                }
                String operationId = op.getValue().get("operationId").asText();
                if (!ONLY.isEmpty() && !ONLY.equals(operationId)) {
                    continue;
                }
                Random random = new Random(SEED ^ operationId.hashCode());
                Operation operation = new Operation(path.getKey(), op.getKey(), op.getValue(),
                        path.getValue().path("parameters"), new SchemaValues(contract, random), random);
                for (int i = 0; i < TRIES; i++) {
                    Caller caller = callers.get(i % callers.size());
                    String failure = operation.send(caller);
                    sent++;
                    if (failure != null) {
                        failures.add(operationId + " as " + caller.name() + ": " + failure);
                    }
                }
            }
        }
        System.out.printf("ContractFuzzTest: %d requests, %d failures (seed %d)%n", sent, failures.size(), SEED);
        assertThat(failures).as("answers breaking the contract; replay with -Dfuzz.seed=%d", SEED).isEmpty();
    }

    /** One operation of the contract and the requests the fuzzer builds for it. */
    private static final class Operation {
        private final String template;
        private final String method;
        private final JsonNode op;
        private final List<JsonNode> parameters = new ArrayList<>();
        private final SchemaValues values;
        private final Random random;
        private final Map<String, JsonNode> bodies = new LinkedHashMap<>();

        Operation(String template, String method, JsonNode op, JsonNode shared, SchemaValues values, Random random) {
            this.template = template;
            this.method = method;
            this.op = op;
            this.values = values;
            this.random = random;
            shared.forEach(p -> parameters.add(values.resolve(p)));
            op.path("parameters").forEach(p -> parameters.add(values.resolve(p)));
            JsonNode body = values.resolve(op.path("requestBody"));
            if (body != null) {
                body.path("content").fields().forEachRemaining(c -> bodies.put(c.getKey(), c.getValue().path("schema")));
            }
        }

        /** Sends one request; null if the answer kept the contract, else what went wrong. */
        String send(Caller caller) {
            List<Mutation> possible = new ArrayList<>(List.of(Mutation.values()));
            if (bodies.isEmpty()) {
                possible.removeIf(m -> m != Mutation.NONE && m != Mutation.BAD_PARAMETER);
            }
            if (parameters.isEmpty()) {
                possible.remove(Mutation.BAD_PARAMETER);
            }
            boolean mustBeRefused = caller.privileged() && WRITES.contains(method);
            if (mustBeRefused) {
                possible.remove(Mutation.NONE);
                if (possible.isEmpty()) {
                    return null;
                }
            }
            Mutation mutation = possible.get(random.nextInt(possible.size()));
            RequestSpecification request = Api.api().config(TIMEOUTS).urlEncodingEnabled(false);
            if (caller.token() != null) {
                request.header("Authorization", "Bearer " + caller.token());
            }
            request.accept(accept());
            String url = template;
            JsonNode badParameter = mutation == Mutation.BAD_PARAMETER ? parameters.get(random.nextInt(parameters.size())) : null;
            StringBuilder query = new StringBuilder();
            for (JsonNode parameter : parameters) {
                String name = parameter.get("name").asText();
                String in = parameter.get("in").asText();
                boolean bad = parameter == badParameter;
                if (!bad && !parameter.path("required").asBoolean(false) && !in.equals("path") && random.nextBoolean()) {
                    continue;
                }
                String value = bad ? badValue(in.equals("path")) : text(values.valid(parameter.path("schema")));
                if (!bad && parameter.has("example") && random.nextBoolean()) {
                    value = text(parameter.get("example"));
                }
                switch (in) {
                    case "path" -> url = url.replace("{" + name + "}", encode(value));
                    case "query" -> query.append(query.isEmpty() ? "?" : "&").append(name).append('=').append(encode(value));
                    case "header" -> request.header(name, value.replaceAll("[^\\x20-\\x7e]", "?")); // what HTTP can carry
                    default -> { }
                }
            }
            String described = method.toUpperCase() + " " + url + query;
            if (!bodies.isEmpty()) {
                described += " " + body(request, mutation);
            }
            Response response;
            try {
                response = request.request(method.toUpperCase(), url + query);
            } catch (OpenApiValidationFilter.OpenApiValidationException e) {
                return described + " [" + mutation + "] → " + e.getMessage().replaceAll("\\s+", " ");
            } catch (Exception e) { // REST Assured rethrows the client's checked exceptions unchecked
                if (e instanceof SocketTimeoutException) { // the server kept the request without answering: a hang is a failure
                    return described + " [" + mutation + "] → no answer within 20 s";
                }
                // the client could not build this request: nothing was asked of the server
                System.out.printf("ContractFuzzTest: not sent (%s): %s%n", e.getClass().getSimpleName(), shorten(described));
                return null;
            }
            if (response.statusCode() >= 500) {
                return described + " [" + mutation + "] → " + response.statusCode() + " " + response.asString();
            }
            return null;
        }

        /** Sets the request's body (valid or mutated) and content type; returns a short description of it. */
        private String body(RequestSpecification request, Mutation mutation) {
            List<String> types = new ArrayList<>(bodies.keySet());
            String type = types.get(random.nextInt(types.size()));
            JsonNode schema = bodies.get(type);
            if (mutation == Mutation.WRONG_CONTENT_TYPE) {
                List<String> wrong = new ArrayList<>(List.of("text/plain", "application/xml", "application/json",
                        "text/csv", "application/x-www-form-urlencoded"));
                wrong.removeAll(types);
                String sentType = wrong.get(random.nextInt(wrong.size()));
                request.contentType(sentType).body("{\"a\":1}");
                return "(as " + sentType + ")";
            }
            if (!type.contains("json") && !type.contains("form-urlencoded")) { // an uploaded file: bytes of any kind
                byte[] file = (mutation == Mutation.NONE ? "Họ và tên,Số điện thoại\nNguyễn Thị Hoa,0912345678\n"
                        : values.odd() + "\n" + values.odd()).getBytes(StandardCharsets.UTF_8);
                request.contentType(type).body(file);
                return "(" + type + ", " + file.length + " bytes)";
            }
            JsonNode value = values.valid(schema).deepCopy();
            if (mutation == Mutation.MALFORMED_JSON) {
                String text = SchemaValues.write(value);
                String broken = switch (random.nextInt(4)) {
                    case 0 -> text.substring(0, Math.max(1, text.length() / 2));
                    case 1 -> text + "}";
                    case 2 -> "{\"a\": nul";
                    default -> values.odd();
                };
                request.contentType(type.contains("json") ? "application/json" : type).body(broken);
                return "(malformed: " + shorten(broken) + ")";
            }
            mutate(value, mutation);
            if (type.contains("form-urlencoded")) {
                Map<String, String> form = new LinkedHashMap<>();
                value.fields().forEachRemaining(f -> form.put(f.getKey(), text(f.getValue())));
                request.contentType(type).formParams(form);
                return shorten(form.toString());
            }
            String text = SchemaValues.write(value);
            request.contentType("application/json").body(text.getBytes(StandardCharsets.UTF_8));
            return shorten(text);
        }

        /** Applies the mutation to one field of one object inside the body. */
        private void mutate(JsonNode body, Mutation mutation) {
            List<ObjectNode> objects = new ArrayList<>();
            collectObjects(body, objects);
            if (objects.isEmpty() || mutation == Mutation.NONE || mutation == Mutation.BAD_PARAMETER) {
                return;
            }
            ObjectNode target = objects.get(random.nextInt(objects.size()));
            List<String> fields = new ArrayList<>();
            target.fieldNames().forEachRemaining(fields::add);
            String field = fields.isEmpty() ? "fuzz" : fields.get(random.nextInt(fields.size()));
            switch (mutation) {
                case WRONG_TYPE -> target.set(field, values.otherType(target.path(field)));
                case MISSING_FIELD -> target.remove(field);
                case EXTRA_FIELD -> target.put("fuzz_" + Integer.toHexString(random.nextInt()), values.odd());
                case ODD_STRING -> target.put(field, values.odd());
                case NUL_BYTES -> target.put(field, "Nguyễn\u0000Thị Hoa");
                case HUGE_STRING -> target.put(field, values.huge());
                case OUT_OF_RANGE -> target.put(field, values.outOfRange());
                default -> { }
            }
        }

        private static void collectObjects(JsonNode node, List<ObjectNode> into) {
            if (node instanceof ObjectNode object) {
                into.add(object);
            }
            node.forEach(child -> collectObjects(child, into));
        }

        /** A parameter value that is not of its type: for a path, never empty nor a dot segment. */
        private String badValue(boolean inPath) {
            List<Consumer<StringBuilder>> kinds = List.of(
                    s -> s.append("{}"), s -> s.append("[1,2]"), s -> s.append(values.outOfRange()),
                    s -> s.append(values.odd()), s -> s.append("1.5"), s -> s.append("a\u0000b"),
                    s -> s.append(values.huge(), 0, 200), s -> s.append("not-a-uuid"), s -> s.append("TRUE_ISH"));
            StringBuilder value = new StringBuilder();
            kinds.get(random.nextInt(kinds.size())).accept(value);
            String text = value.toString();
            return inPath && (text.isBlank() || text.matches("\\.+")) ? "x" + text : text;
        }

        private String accept() {
            for (Iterator<Map.Entry<String, JsonNode>> responses = op.get("responses").fields(); responses.hasNext(); ) {
                Map.Entry<String, JsonNode> response = responses.next();
                if (response.getKey().startsWith("2")) {
                    Iterator<String> types = values.resolve(response.getValue()).path("content").fieldNames();
                    if (types.hasNext()) {
                        return types.next() + ", application/problem+json;q=0.9";
                    }
                }
            }
            return "application/json, application/problem+json;q=0.9";
        }

        private static String text(JsonNode value) {
            return value.isValueNode() ? value.asText() : SchemaValues.write(value);
        }

        private static String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
        }

        private static String shorten(String text) {
            return text.length() > 300 ? text.substring(0, 300) + "…(" + text.length() + " characters)" : text;
        }
    }
}
