package vn.hocvuso.testing;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Every resource method of the compiled API (target/classes), with its HTTP method and full path. */
public final class ResourceMethods {

    private ResourceMethods() {}

    public record Operation(String verb, String path, Method method) {
        /** "METHOD /path operationId", the Java method name being the operationId. */
        public String describe() {
            return verb + " " + path + " " + method.getName();
        }
    }

    public static List<Operation> all() {
        List<Operation> operations = new ArrayList<>();
        java.nio.file.Path classes = Paths.get("target", "classes");
        try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
            for (java.nio.file.Path file :
                    files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name =
                        classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, ResourceMethods.class.getClassLoader());
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
                    operations.add(new Operation(
                            verb, path.endsWith("/") ? path.substring(0, path.length() - 1) : path, method));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
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
