package vn.hocvuso.common;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Collection;

/**
 * A list without a {@code null} among its elements ({@code [1, null]}), reported once on the list as
 * {@code required}, not once per element, so that a long list of nulls gives one violation.
 */
@Constraint(validatedBy = NoNullElements.Check.class)
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
public @interface NoNullElements {

    String message() default "required";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<NoNullElements, Collection<?>> {
        @Override
        public boolean isValid(Collection<?> value, ConstraintValidatorContext context) {
            return value == null || value.stream().allMatch(e -> e != null);
        }
    }
}
