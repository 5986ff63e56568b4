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
 * Every scope of a service account is one the portal knows ({@link Scope}); the unknown ones (or a
 * {@code null}) are reported on the list as one {@code unknown_scope} naming them all (Bean Validation
 * keeps one violation per field and code). An empty list is {@code @NotEmpty}'s to report.
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
            List<String> unknown = scopes == null
                    ? List.of()
                    : scopes.stream()
                            .filter(s -> s == null || Scope.of(s).isEmpty())
                            .map(String::valueOf)
                            .toList();
            return unknown.isEmpty() || Constraints.report(context, "unknown_scope", String.join(", ", unknown));
        }
    }
}
