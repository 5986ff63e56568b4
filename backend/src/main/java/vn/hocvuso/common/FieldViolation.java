package vn.hocvuso.common;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import java.util.Map;
import org.hibernate.validator.engine.HibernateConstraintViolation;

/**
 * One wrong field: its name as the client sent it, a stable code (also the message key
 * {@code violation.<code>}) and the arguments the message needs.
 */
public record FieldViolation(String field, String code, Object... args) {

    /** A standard Bean Validation constraint → our violation code. */
    private static final Map<String, String> STANDARD_CODES = Map.of(
            "NotNull", "required",
            "NotBlank", "required",
            "NotEmpty", "required",
            "Size", "size",
            "Min", "min",
            "Max", "max",
            "Pattern", "format",
            "Email", "invalid_email",
            "Positive", "min");

    /**
     * A constraint violation in the shape a service reports one: a standard constraint by the table
     * above (with its bounds as arguments), unless it states a code of its own as its message
     * ({@code @Pattern(regexp = …, message = "slug_format")}); one of ours by its message, which is its
     * code, with the arguments it reported through {@link Constraints#report} or {@link Constraints#reportOn}.
     */
    public static FieldViolation of(ConstraintViolation<?> violation) {
        String field = fieldOf(violation.getPropertyPath());
        Class<?> constraint =
                violation.getConstraintDescriptor().getAnnotation().annotationType();
        if (constraint.getPackageName().startsWith("vn.hocvuso")) {
            Object[] args = violation instanceof HibernateConstraintViolation<?> hv
                    ? hv.getDynamicPayload(Object[].class)
                    : null;
            return new FieldViolation(field, violation.getMessageTemplate(), args == null ? new Object[0] : args);
        }
        String template = violation.getMessageTemplate();
        String standard = STANDARD_CODES.getOrDefault(constraint.getSimpleName(), "invalid");
        // not the constraint's default message key: a code of ours, with the constraint's bounds
        String code = template.startsWith("{") ? standard : template;
        Map<String, Object> attrs = violation.getConstraintDescriptor().getAttributes();
        Object[] args = switch (standard) {
            case "size" -> new Object[] {attrs.get("min"), attrs.get("max")};
            case "min", "max" -> new Object[] {attrs.getOrDefault("value", 1)};
            default -> new Object[0];
        };
        return new FieldViolation(field, code, args);
    }

    /**
     * "register.body.fullName" → "fullName"; "listUnits.size" → "size"; "optOuts[2].kind": the name the
     * client used, without the Java method and parameter that carried it.
     */
    static String fieldOf(Path path) {
        StringBuilder name = new StringBuilder();
        Path.Node lastParameter = null;
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> {}
                case PARAMETER -> lastParameter = node;
                default -> {
                    if (node.isInIterable() && name.length() > 0) {
                        if (node.getIndex() != null) {
                            name.append('[').append(node.getIndex()).append(']');
                        } else if (node.getKey() != null) {
                            name.append('[').append(node.getKey()).append(']');
                        }
                    }
                    // a list's element itself has no name of its own: "answers[3]"
                    if (node.getName() != null && !node.getName().startsWith("<")) {
                        if (name.length() > 0) {
                            name.append('.');
                        }
                        name.append(node.getName());
                    }
                }
            }
        }
        if (name.length() == 0 && lastParameter != null) {
            return lastParameter.getName();
        }
        return name.toString();
    }
}
