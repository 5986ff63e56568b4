package vn.hocvuso.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The operations of {@code openapi.yaml} as a client would call them: who the contract lets in (its
 * {@code security}), the statuses it declares, and a request built from what the contract itself gives (the
 * request body's example, required query parameters, the media types of its answers). Path parameters are
 * filled by name by the caller, with real ids where it has them.
 */
public final class ContractOperations {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final String PROBLEM = "application/problem+json";

    /** One operation of the contract. */
    public record Operation(
            String id,
            String verb,
            String path,
            boolean anonymousAllowed,
            boolean tokenOptional,
            Set<String> scopes,
            Set<String> statuses,
            String bodyType,
            String body,
            List<String> parts,
            Map<String, String> query,
            String accept) {

        public boolean reads() {
            return verb.equals("GET");
        }

        /** The request, to {@code path} filled from {@code values} (the path parameters by name). */
        public RequestSpecification request(RequestSpecification spec) {
            spec.accept(accept).queryParams(query);
            if (bodyType != null && bodyType.startsWith("multipart/")) {
                spec.contentType(bodyType);
                parts.forEach(part -> spec.multiPart(part, part + ".bin", new byte[] {1, 2, 3}));
            } else if (bodyType != null && body != null) {
                spec.contentType(bodyType).body(body.getBytes(StandardCharsets.UTF_8));
            }
            return spec;
        }

        public String filledPath(Function<String, String> values) {
            StringBuilder out = new StringBuilder();
            for (String segment : path.substring(1).split("/")) {
                out.append('/')
                        .append(
                                segment.startsWith("{")
                                        ? values.apply(segment.substring(1, segment.length() - 1))
                                        : segment);
            }
            return out.toString();
        }

        @Override
        public String toString() {
            return id + " (" + verb + " " + path + ")";
        }
    }

    private final JsonNode root;

    private ContractOperations(JsonNode root) {
        this.root = root;
    }

    public static ContractOperations read() {
        try {
            return new ContractOperations(YAML.readTree(Api.CONTRACT.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The OAuth scopes the contract defines for service accounts. */
    public Set<String> serviceScopes() {
        Set<String> scopes = new TreeSet<>();
        root.at("/components/securitySchemes/clientCredentials/flows/clientCredentials/scopes")
                .fieldNames()
                .forEachRemaining(scopes::add);
        return scopes;
    }

    public List<Operation> all() {
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = root.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> verbs = path.getValue().fields(); verbs.hasNext(); ) {
                Map.Entry<String, JsonNode> verb = verbs.next();
                if (!verb.getKey().equals("parameters")) {
                    operations.add(operation(path.getKey(), verb.getKey().toUpperCase(), verb.getValue()));
                }
            }
        }
        return operations;
    }

    private Operation operation(String path, String verb, JsonNode node) {
        JsonNode security = node.has("security") ? node.get("security") : root.get("security");
        boolean anonymous = security.isEmpty();
        boolean withToken = false;
        Set<String> scopes = new TreeSet<>();
        for (JsonNode requirement : security) {
            anonymous |= requirement.isEmpty();
            withToken |= !requirement.isEmpty();
            requirement.path("clientCredentials").forEach(scope -> scopes.add(scope.asText()));
        }
        Set<String> statuses = new TreeSet<>();
        node.get("responses").fieldNames().forEachRemaining(statuses::add);

        String bodyType = null;
        String body = null;
        List<String> parts = new ArrayList<>();
        JsonNode content = resolve(node.path("requestBody")).path("content");
        if (content.size() > 0) {
            Map.Entry<String, JsonNode> first = content.fields().next();
            bodyType = first.getKey();
            JsonNode example = example(first.getValue());
            if (example != null) {
                body = example.isTextual() ? example.asText() : example.toString();
            }
            resolve(first.getValue().path("schema")).path("required").forEach(part -> parts.add(part.asText()));
        }

        Map<String, String> query = new LinkedHashMap<>();
        for (JsonNode parameter : node.path("parameters")) {
            JsonNode p = resolve(parameter);
            if (p.path("in").asText().equals("query") && p.path("required").asBoolean()) {
                JsonNode schema = resolve(p.path("schema"));
                JsonNode value = p.has("example")
                        ? p.get("example")
                        : schema.has("enum")
                                ? schema.get("enum").get(0)
                                : schema.has("example") ? schema.get("example") : schema.get("default");
                if (value != null) {
                    query.put(p.get("name").asText(), value.asText());
                }
            }
        }

        Set<String> accept = new LinkedHashSet<>();
        node.get("responses").fields().forEachRemaining(response -> {
            if (response.getKey().startsWith("2")) {
                resolve(response.getValue()).path("content").fieldNames().forEachRemaining(accept::add);
            }
        });
        accept.add("application/json");
        accept.add(PROBLEM);
        return new Operation(
                node.get("operationId").asText(),
                verb,
                path,
                anonymous,
                anonymous && withToken,
                scopes,
                statuses,
                bodyType,
                body,
                parts,
                query,
                String.join(", ", accept));
    }

    private JsonNode example(JsonNode media) {
        if (media.has("example")) {
            return media.get("example");
        }
        if (media.has("examples")) {
            return resolve(media.get("examples").elements().next()).get("value");
        }
        JsonNode schema = resolve(media.path("schema"));
        return schema.has("example") ? schema.get("example") : null;
    }

    private JsonNode resolve(JsonNode node) {
        return node.has("$ref") ? resolve(root.at(node.get("$ref").asText().substring(1))) : node;
    }
}
