package vn.hocvuso.organisation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import vn.hocvuso.common.Constraints;
import vn.hocvuso.organisation.OrganisationViews.Kind;
import vn.hocvuso.organisation.OrganisationViews.OrganisationRequest;

/**
 * An organisation's kind and the fields it needs: a school has a level and only a school has one
 * ({@code school_level_required}, {@code school_level_not_school}); an enterprise is in a unit
 * ({@code unit_required}). A missing kind is {@code @NotNull}'s to report.
 */
@Constraint(validatedBy = OrganisationRules.Check.class)
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface OrganisationRules {

    String message() default "invalid";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<OrganisationRules, OrganisationRequest> {

        @Override
        public boolean isValid(OrganisationRequest r, ConstraintValidatorContext context) {
            if (r == null || r.kind() == null) {
                return true;
            }
            boolean valid = true;
            if (r.kind() == Kind.SCHOOL && r.schoolLevel() == null) {
                valid = Constraints.reportOn(context, "schoolLevel", "school_level_required");
            } else if (r.kind() != Kind.SCHOOL && r.schoolLevel() != null) {
                valid = Constraints.reportOn(context, "schoolLevel", "school_level_not_school");
            }
            if (r.kind() == Kind.ENTERPRISE
                    && (r.unitCode() == null || r.unitCode().isEmpty())) {
                valid = Constraints.reportOn(context, "unitCode", "unit_required");
            }
            return valid;
        }
    }
}
