package vn.hocvuso.integration;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import vn.hocvuso.common.Constraints;
import vn.hocvuso.security.Scope;

/**
 * Every scope of a service account is one the portal knows ({@link Scope}); each unknown one (or a
 * {@code null}) is reported on the list as {@code unknown_scope}, naming it. An empty list is
 * {@code @NotEmpty}'s to report.
 */
@Constraint(validatedBy = KnownScopes.Check.class)
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
public @interface KnownScopes {

    String message() default "unknown_scope";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<KnownScopes, List<String>> {
        @Override
        public boolean isValid(List<String> scopes, ConstraintValidatorContext context) {
            boolean valid = true;
            if (scopes != null) {
                for (String s : scopes) {
                    if (s == null || Scope.of(s).isEmpty()) {
                        valid = Constraints.report(context, "unknown_scope", String.valueOf(s));
                    }
                }
            }
            return valid;
        }
    }
}
