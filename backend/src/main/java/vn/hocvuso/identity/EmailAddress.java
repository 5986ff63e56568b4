package vn.hocvuso.identity;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An e-mail address by its shape (one {@code @}, a dot in the domain, at most 254 characters), compared
 * in lower case as it is stored; else {@code invalid_email}. {@code null} and the empty text are valid.
 */
@Constraint(validatedBy = EmailAddress.Check.class)
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
public @interface EmailAddress {

    String message() default "invalid_email";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<EmailAddress, String> {

        static final Pattern SHAPE = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s.]{2,}$");

        @Override
        public boolean isValid(String email, ConstraintValidatorContext context) {
            if (email == null || email.isEmpty()) {
                return true;
            }
            String lower = email.toLowerCase(Locale.ROOT);
            return lower.length() <= 254 && SHAPE.matcher(lower).matches();
        }
    }
}
