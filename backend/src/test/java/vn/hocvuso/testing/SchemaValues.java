package vn.hocvuso.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Values for the contract's schemas, drawn from a seeded {@link Random} (one seed gives the same values
 * again): valid ones that follow the schema (its examples half of the time, so that ids reach real
 * resources) and hostile ones (odd Unicode, NUL bytes, huge strings, numbers out of range, the wrong
 * JSON type).
 *
 * <p>Why not jqwik: its generators only run on a jqwik engine thread (outside one they throw
 * {@code OutsideJqwik}), and a jqwik property cannot be a {@code @QuarkusTest}, which the fuzzer must be
 * to reach the application and its database the way every other test does.
 */
public final class SchemaValues {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PLAIN_CHARS = "abcdefghijklmnopqrstuvwxyzăâđêôơưạảãàáệếềểễọốồổỗ ";
    private static final List<String> ODD_STRINGS = List.of("\u0000", "a\u0000b", "\uFEFF", "Tie\u0302\u0301ng Vie\u0323t",
            "\u202Eabc", "😀👍🏽", "\uD800", "\uDFFFx", "'; DROP TABLE app_user; --", "<script>alert(1)</script>", "%s%n%x",
            "../../etc/passwd", " ", "=1+2", "\t=HYPERLINK()", "\u00a0\u2028\u2029", "null", "true", "-0", "1e999",
            "\uFF1D1+1", "\u0301\u0323", "\r\n", "\\u0000", "{}", "[]");
    private static final long[] OUT_OF_RANGE = {-1L, 0L, Integer.MAX_VALUE + 1L, Integer.MIN_VALUE - 1L, Long.MAX_VALUE,
            Long.MIN_VALUE, 100_001L, 1_000_000_000_000L};

    private final JsonNode contract;
    private final Random random;

    public SchemaValues(JsonNode contract, Random random) {
        this.contract = contract;
        this.random = random;
    }

    /** A hostile string: one of the known troublemakers, or random code points of any plane and category. */
    public String odd() {
        if (random.nextBoolean()) {
            return ODD_STRINGS.get(random.nextInt(ODD_STRINGS.size()));
        }
        StringBuilder s = new StringBuilder();
        int n = 1 + random.nextInt(30);
        for (int i = 0; i < n; i++) {
            int range = random.nextInt(4);
            s.appendCodePoint(switch (range) {
                case 0 -> random.nextInt(0x20); // control characters
                case 1 -> 0x300 + random.nextInt(0x70); // combining marks
                case 2 -> 0x1F300 + random.nextInt(0x300); // emoji, outside the BMP
                default -> random.nextInt(0xD800); // anything in the BMP below the surrogates
            });
        }
        return s.toString();
    }

    public long outOfRange() {
        return random.nextBoolean() ? OUT_OF_RANGE[random.nextInt(OUT_OF_RANGE.length)] : random.nextLong();
    }

    /** A string far past any field's limit (tens to hundreds of kilobytes of Vietnamese). */
    public String huge() {
        return "Nguyễn Thị Hoa ".repeat(1_000 + random.nextInt(20_000));
    }

    /** The node a {@code $ref} points to (followed until it is not one). */
    public JsonNode resolve(JsonNode schema) {
        JsonNode node = schema;
        while (node != null && node.has("$ref")) {
            node = contract.at(node.get("$ref").asText().substring(1));
        }
        return node;
    }

    /** A value that follows the schema. */
    public JsonNode valid(JsonNode schema) {
        return valid(schema, 0);
    }

    private JsonNode valid(JsonNode raw, int depth) {
        JsonNode schema = resolve(raw);
        if (schema == null || schema.isMissingNode()) {
            return NODES.textNode("x");
        }
        if (schema.has("allOf")) {
            return valid(merged(schema.get("allOf")), depth);
        }
        for (String choice : List.of("oneOf", "anyOf")) {
            if (schema.has(choice)) {
                return valid(schema.get(choice).get(random.nextInt(schema.get(choice).size())), depth);
            }
        }
        if (schema.has("example") && random.nextBoolean()) {
            return schema.get("example");
        }
        if (schema.has("enum")) {
            List<JsonNode> values = new ArrayList<>();
            schema.get("enum").forEach(v -> {
                if (!v.isNull()) {
                    values.add(v);
                }
            });
            return values.get(random.nextInt(values.size()));
        }
        String type = schema.path("type").asText(schema.has("properties") ? "object" : "string");
        return switch (type) {
            case "object" -> object(schema, depth);
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                int min = schema.path("minItems").asInt(0);
                int n = depth > 3 ? min : min + random.nextInt(Math.max(1, Math.min(schema.path("maxItems").asInt(3), 3) - min + 1));
                for (int i = 0; i < n; i++) {
                    array.add(valid(schema.get("items"), depth + 1));
                }
                yield array;
            }
            case "integer" -> {
                long min = schema.path("minimum").asLong(0);
                long max = schema.path("maximum").asLong(Math.max(min, 1000));
                yield NODES.numberNode(min + (long) (random.nextDouble() * (max - min + 1)));
            }
            case "number" -> {
                double min = schema.path("minimum").asDouble(0);
                double max = schema.path("maximum").asDouble(Math.max(min, 1000));
                yield NODES.numberNode(min + (max - min) * random.nextDouble());
            }
            case "boolean" -> NODES.booleanNode(random.nextBoolean());
            default -> NODES.textNode(string(schema));
        };
    }

    private JsonNode object(JsonNode schema, int depth) {
        ObjectNode object = NODES.objectNode();
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        for (Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields(); properties.hasNext(); ) {
            Map.Entry<String, JsonNode> property = properties.next();
            if (required.contains(property.getKey()) || (depth < 3 && random.nextBoolean())) {
                JsonNode propertySchema = resolve(property.getValue());
                if (propertySchema.path("readOnly").asBoolean(false)) {
                    continue;
                }
                object.set(property.getKey(), valid(propertySchema, depth + 1));
            }
        }
        return object;
    }

    private String string(JsonNode schema) {
        int min = schema.path("minLength").asInt(1);
        int max = Math.max(min, Math.min(schema.path("maxLength").asInt(24), 24));
        return switch (schema.path("format").asText("")) {
            case "uuid" -> UUID.randomUUID().toString();
            case "date" -> LocalDate.of(2026, 1 + random.nextInt(12), 1 + random.nextInt(28)).toString();
            case "date-time" -> Instant.parse("2026-01-01T00:00:00Z").plusSeconds(random.nextInt(31_000_000)).toString();
            case "email" -> "fuzz" + random.nextInt(1_000_000) + "@example.invalid";
            case "uri", "url" -> "https://fuzz.example.invalid/" + random.nextInt(1000);
            default -> {
                StringBuilder plain = new StringBuilder();
                for (int i = 1 + random.nextInt(24); i > 0; i--) {
                    plain.append(PLAIN_CHARS.charAt(random.nextInt(PLAIN_CHARS.length())));
                }
                String s = plain.toString().strip().isEmpty() ? "hoa" : plain.toString();
                while (s.length() < min) {
                    s += s;
                }
                yield s.length() > max ? s.substring(0, max) : s;
            }
        };
    }

    /** The properties and requirements of every part of an allOf, as one object schema. */
    private JsonNode merged(JsonNode parts) {
        ObjectNode merged = NODES.objectNode().put("type", "object");
        ObjectNode properties = merged.putObject("properties");
        ArrayNode required = merged.putArray("required");
        for (JsonNode part : parts) {
            JsonNode resolved = resolve(part);
            if (resolved.has("allOf")) {
                resolved = merged(resolved.get("allOf"));
            }
            resolved.path("properties").fields().forEachRemaining(p -> properties.set(p.getKey(), p.getValue()));
            resolved.path("required").forEach(required::add);
        }
        return merged;
    }

    /** A JSON value of another type than {@code value}'s. */
    public JsonNode otherType(JsonNode value) {
        List<JsonNode> others = new ArrayList<>(List.of(NODES.textNode(odd()), NODES.numberNode(outOfRange()),
                NODES.booleanNode(true), NODES.arrayNode().add(1).add(2), NODES.objectNode().put("a", 1), NODES.nullNode(),
                NODES.numberNode(1.5)));
        others.removeIf(o -> o.getNodeType() == value.getNodeType());
        return others.get(random.nextInt(others.size()));
    }

    public static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
