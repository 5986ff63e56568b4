package vn.hocvuso.common;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.stream.Stream;

/**
 * A text that is one of a few known values (a language, a status named in a query), written out in
 * {@link #value} or, where the code holds them as an enum, named by {@link #names} (a channel, a kind of
 * message), so that the list and the enum never differ; {@code null} is valid (say {@code @NotNull} when it
 * is required). Reports {@link #message}, {@code format} unless the field's contract says otherwise.
 */
@Constraint(validatedBy = OneOf.Check.class)
@Retention(RetentionPolicy.RUNTIME)
@Target({
    ElementType.RECORD_COMPONENT,
    ElementType.FIELD,
    ElementType.PARAMETER,
    ElementType.METHOD,
    ElementType.TYPE_USE
})
public @interface OneOf {

    /** The values allowed, exactly as written (case counts). */
    String[] value() default {};

    /** Enums whose constants' names are allowed too. */
    Class<? extends Enum<?>>[] names() default {};

    String message() default "format";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<OneOf, String> {
        private List<String> allowed;

        @Override
        public void initialize(OneOf annotation) {
            allowed = Stream.concat(
                            Stream.of(annotation.value()),
                            Stream.of(annotation.names())
                                    .flatMap(type -> Stream.of(type.getEnumConstants()))
                                    .map(Enum::name))
                    .toList();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || allowed.contains(value);
        }
    }
}
