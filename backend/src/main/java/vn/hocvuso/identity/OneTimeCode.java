package vn.hocvuso.identity;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import vn.hocvuso.common.Constraints;

/**
 * A one-time code as a person types it back: six digits, spaces allowed between them ("482 913"); none
 * typed is {@code required}, anything else {@code format}. The service reads the code through
 * {@link OneTimeCodes#typed}.
 */
@Constraint(validatedBy = OneTimeCode.Check.class)
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
public @interface OneTimeCode {

    String message() default "format";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<OneTimeCode, String> {
        @Override
        public boolean isValid(String code, ConstraintValidatorContext context) {
            String typed = OneTimeCodes.typed(code);
            if (typed.isEmpty()) {
                return Constraints.report(context, "required");
            }
            return typed.matches("[0-9]{6}");
        }
    }
}
