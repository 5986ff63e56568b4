package vn.hocvuso.common;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hocvuso.testing.Api.raw;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.Api;

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
        String served = raw().accept("application/yaml").get("/q/openapi").then().statusCode(200).extract().asString();
        assertThat(YAML.readTree(served)).isEqualTo(file);
    }

    @Test
    void everyOperationOfTheContractIsImplementedAndNothingElse() throws Exception {
        JsonNode file = YAML.readTree(Api.CONTRACT.toFile());
        TreeSet<String> documented = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = file.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fieldNames().forEachRemaining(method -> {
                if (!method.equals("parameters")) {
                    documented.add(method.toUpperCase() + " " + path.getKey()
                            + " " + path.getValue().get(method).get("operationId").asText());
                }
            });
        }
        assertThat(implemented()).isEqualTo(documented);
    }

    /** "METHOD /path operationId" for every resource method, the Java method name being the operationId. */
    private static TreeSet<String> implemented() throws IOException, ClassNotFoundException {
        TreeSet<String> operations = new TreeSet<>();
        java.nio.file.Path classes = Paths.get("target", "classes");
        try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, ContractTest.class.getClassLoader());
                Path root = type.getAnnotation(Path.class);
                if (root == null) {
                    continue;
                }
                for (Method method : type.getDeclaredMethods()) {
                    String verb = verbOf(method);
                    if (verb == null) {
                        continue;
                    }
                    Path sub = method.getAnnotation(Path.class);
                    String path = (root.value() + (sub == null ? "" : "/" + sub.value())).replaceAll("/+", "/");
                    operations.add(verb + " " + (path.endsWith("/") ? path.substring(0, path.length() - 1) : path)
                            + " " + method.getName());
                }
            }
        }
        return operations;
    }

    private static String verbOf(Method method) {
        if (method.isAnnotationPresent(GET.class)) return "GET";
        if (method.isAnnotationPresent(POST.class)) return "POST";
        if (method.isAnnotationPresent(PUT.class)) return "PUT";
        if (method.isAnnotationPresent(PATCH.class)) return "PATCH";
        if (method.isAnnotationPresent(DELETE.class)) return "DELETE";
        return null;
    }
}
