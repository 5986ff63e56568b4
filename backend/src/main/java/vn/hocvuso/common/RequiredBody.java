package vn.hocvuso.common;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a resource method's body parameter: a request without a body (or with {@code null} as its JSON) is
 * answered 400 {@code malformed_json}, the same on every operation, before the method runs; services
 * never see a {@code null} request. {@link ProblemMappers} gives this constraint its own answer.
 */
@Constraint(validatedBy = RequiredBody.Check.class)
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface RequiredBody {

    String message() default "malformed_json";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** A body is there. */
    class Check implements ConstraintValidator<RequiredBody, Object> {
        @Override
        public boolean isValid(Object body, ConstraintValidatorContext context) {
            return body != null;
        }
    }
}
