package vn.hocvuso.common;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Reads path, query and header parameters of the types the resources take (UUID, whole numbers,
 * booleans, enums), and refuses a value that is not one with {@link InvalidParameter}: a 400 naming the
 * parameter. Without it, Quarkus REST answers a path or query value it cannot convert with a 404 (what
 * JAX-RS prescribes), which tells a client the resource does not exist, and does not say which value
 * was wrong. Booleans are strict ({@code true} or {@code false}), where JAX-RS reads anything else as false.
 */
@Provider
public class ParameterConverters implements ParamConverterProvider {

    private static final Map<Class<?>, Function<String, ?>> READERS = Map.of(
            UUID.class,
            UUID::fromString,
            Integer.class,
            Integer::valueOf,
            int.class,
            Integer::valueOf,
            Long.class,
            Long::valueOf,
            long.class,
            Long::valueOf,
            Boolean.class,
            ParameterConverters::strictBoolean,
            boolean.class,
            ParameterConverters::strictBoolean);

    /** A parameter value that is not of its type: answered 400 {@code validation_failed} naming the parameter. */
    public static final class InvalidParameter extends BadRequestException {
        private final String name;
        private final boolean choice;

        InvalidParameter(String name, boolean choice) {
            super((String) null);
            this.name = name;
            this.choice = choice;
        }

        public String name() {
            return name;
        }

        /** Whether the parameter takes one of a fixed set of values (an enum). */
        public boolean choice() {
            return choice;
        }
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = nameOf(annotations);
        if (name == null) {
            return null;
        }
        if (rawType.isEnum()) {
            return (ParamConverter<T>) new Reader<>(name, true, value -> Enum.valueOf((Class) rawType, value));
        }
        Function<String, ?> reader = READERS.get(rawType);
        return reader == null ? null : (ParamConverter<T>) new Reader<>(name, false, reader);
    }

    private record Reader<T>(String name, boolean choice, Function<String, T> read) implements ParamConverter<T> {
        @Override
        public T fromString(String value) {
            if (value == null) {
                return null;
            }
            try {
                return read.apply(value.strip());
            } catch (IllegalArgumentException e) { // NumberFormatException is one
                throw new InvalidParameter(name, choice);
            }
        }

        @Override
        public String toString(T value) {
            return value == null ? null : value.toString();
        }
    }

    private static Boolean strictBoolean(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException(value);
        };
    }

    private static String nameOf(Annotation[] annotations) {
        if (annotations == null) {
            return null;
        }
        for (Annotation a : annotations) {
            String name = switch (a) {
                case PathParam p -> p.value();
                case QueryParam q -> q.value();
                case HeaderParam h -> h.value();
                case FormParam f -> f.value();
                case CookieParam c -> c.value();
                case MatrixParam m -> m.value();
                default -> null;
            };
            if (name != null) {
                return name;
            }
        }
        return null;
    }
}
