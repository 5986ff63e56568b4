package vn.hocvuso.stats;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import vn.hocvuso.common.Constraints;
import vn.hocvuso.stats.TargetService.TargetRequest;

/**
 * A target's value and dates together: the value above 0, at most 100 for a rate (a percentage) and
 * 9,999,999,999 for a count (what the column holds: past it, the database refused with a 500), with at most
 * two decimals; the deadline after the start; school levels only for a student target; a rate only
 * where its group has a denominator ({@link TargetProgress#measurable}: no adult population of an
 * enterprise, no students of a village). A missing field is {@code @NotNull}'s to report.
 */
@Constraint(validatedBy = TargetRules.Check.class)
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface TargetRules {

    String message() default "invalid";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<TargetRules, TargetRequest> {

        private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
        /** The most people a count can name: what the column (numeric(12, 2)) holds in whole people. */
        static final BigDecimal MOST_PEOPLE = new BigDecimal("9999999999");

        @Override
        public boolean isValid(TargetRequest r, ConstraintValidatorContext context) {
            if (r == null) {
                return true;
            }
            boolean valid = true;
            if (r.value() != null) {
                boolean rate = r.metric() != null && r.metric().name().endsWith("_RATE");
                if (r.value().signum() <= 0) {
                    valid = Constraints.reportOn(context, "value", "min_exclusive", 0);
                } else if (rate && r.value().compareTo(HUNDRED) > 0) {
                    valid = Constraints.reportOn(context, "value", "max", 100);
                } else if (r.value().compareTo(MOST_PEOPLE) > 0) {
                    valid = Constraints.reportOn(context, "value", "max", MOST_PEOPLE.longValue());
                } else if (r.value().scale() > 2) {
                    valid = Constraints.reportOn(context, "value", "decimals", 2);
                }
            }
            if (r.startsOn() != null && r.deadline() != null && !r.deadline().isAfter(r.startsOn())) {
                valid = Constraints.reportOn(context, "deadline", "deadline_before_start");
            }
            if (r.schoolLevels() != null
                    && !r.schoolLevels().isEmpty()
                    && r.learnerGroup() != null
                    && r.learnerGroup() != TargetService.TargetGroup.STUDENT) {
                valid = Constraints.reportOn(context, "schoolLevels", "school_levels_for_students");
            }
            if (r.metric() != null
                    && r.learnerGroup() != null
                    && r.scope() != null
                    && TargetProgress.isRate(r.metric().name())
                    && !TargetProgress.measurable(
                            r.learnerGroup().name(), r.scope().name())) {
                valid = Constraints.reportOn(context, "scope", "no_denominator_for_scope");
            }
            return valid;
        }
    }
}
