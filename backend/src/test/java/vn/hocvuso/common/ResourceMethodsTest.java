package vn.hocvuso.common;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.Produces;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.List;
import org.jboss.resteasy.reactive.RestResponse;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.ResourceMethods;
import vn.hocvuso.testing.ResourceMethods.Operation;

/**
 * Plain JUnit over the compiled resources: shapes of resource methods that Quarkus REST answers wrongly. A method
 * that declares several {@code @Produces} types and returns a {@code RestResponse} gets the body writer of
 * {@code RestResponse} itself, i.e. Jackson or {@code toString()}: that turned the certificate PDF into UTF-8 text
 * (and into {@code {"bytes":"…"}} for JSON clients). See {@link Download}.
 */
class ResourceMethodsTest {

    @Test
    void noMethodWithSeveralProducedTypesReturnsARestResponse() {
        List<String> dangerous = ResourceMethods.all().stream()
                .filter(ResourceMethodsTest::negotiates)
                .filter(operation -> returnsRestResponse(operation.method().getGenericReturnType()))
                .map(Operation::describe)
                .toList();
        assertThat(dangerous).isEmpty();
    }

    private static boolean negotiates(Operation operation) {
        Produces produces = operation.method().getAnnotation(Produces.class);
        if (produces == null) {
            produces = operation.method().getDeclaringClass().getAnnotation(Produces.class);
        }
        return produces != null && (produces.value().length > 1 || produces.value()[0].contains(","));
    }

    /** RestResponse itself, or inside a Uni (or any other wrapper). */
    private static boolean returnsRestResponse(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            if (parameterized.getRawType() == RestResponse.class) {
                return true;
            }
            for (Type argument : parameterized.getActualTypeArguments()) {
                if (returnsRestResponse(argument)) {
                    return true;
                }
            }
            return false;
        }
        return type == RestResponse.class;
    }
}
