package vn.hocvuso.unit;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;
import vn.hocvuso.common.Constraints;

/**
 * A unit's code by its shape, five digits: anything else can name no unit, so it is reported as
 * {@code unit_not_found} naming what was sent, the same answer as a well-formed code of no unit (which
 * only the database can tell, after this). {@code null} and the empty text are valid (whether a code
 * is required is {@code @NotBlank}'s to say).
 */
@Constraint(validatedBy = UnitCode.Check.class)
@Retention(RetentionPolicy.RUNTIME)
@Target({
    ElementType.RECORD_COMPONENT,
    ElementType.FIELD,
    ElementType.PARAMETER,
    ElementType.METHOD,
    ElementType.TYPE_USE
})
public @interface UnitCode {

    String message() default "unit_not_found";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<UnitCode, String> {

        private static final Pattern SHAPE = Pattern.compile("[0-9]{5}");

        @Override
        public boolean isValid(String code, ConstraintValidatorContext context) {
            return code == null
                    || code.isEmpty()
                    || SHAPE.matcher(code).matches()
                    || Constraints.report(context, "unit_not_found", code);
        }
    }
}
