package vn.hocvuso.identity;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A Vietnamese mobile number in any of the ways people write one (0912 345 678, +84 912 345 678,
 * 84912345678), as {@link PhoneNumbers#normalize} reads it; else {@code invalid_phone}. {@code null} and
 * the empty text are valid (whether a number is required is another rule's).
 */
@Constraint(validatedBy = MobilePhone.Check.class)
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
public @interface MobilePhone {

    String message() default "invalid_phone";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<MobilePhone, String> {
        @Override
        public boolean isValid(String phone, ConstraintValidatorContext context) {
            return phone == null
                    || phone.isEmpty()
                    || PhoneNumbers.normalize(phone).isPresent();
        }
    }
}
