package vn.hocvuso.path;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import vn.hocvuso.common.Constraints;
import vn.hocvuso.path.PathViews.UpdatePathRequest;

/**
 * A path's courses together: each course once ({@code duplicate_course} on the second), and the
 * certifying course one of them ({@code certifying_not_in_path}). Whether the courses exist and are
 * published needs the database: the service checks it. A missing field is {@code @NotNull}'s to report.
 */
@Constraint(validatedBy = PathRules.Check.class)
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface PathRules {

    String message() default "invalid";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<PathRules, UpdatePathRequest> {

        @Override
        public boolean isValid(UpdatePathRequest r, ConstraintValidatorContext context) {
            if (r == null || r.courseIds() == null) {
                return true;
            }
            boolean valid = true;
            Set<UUID> seen = new HashSet<>();
            for (int i = 0; i < r.courseIds().size(); i++) {
                UUID id = r.courseIds().get(i);
                if (id != null && !seen.add(id)) {
                    valid = Constraints.reportOn(context, "courseIds[" + i + "]", "duplicate_course");
                }
            }
            // An empty list is @Size's to report.
            if (r.certifyingCourseId() != null
                    && !r.courseIds().isEmpty()
                    && !r.courseIds().contains(r.certifyingCourseId())) {
                valid = Constraints.reportOn(context, "certifyingCourseId", "certifying_not_in_path");
            }
            return valid;
        }
    }
}
