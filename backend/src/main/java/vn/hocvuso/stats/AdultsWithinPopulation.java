package vn.hocvuso.stats;

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
 * A unit's or village's adults are part of its population: {@code adultPopulation} above
 * {@code population} is refused.
 */
@Constraint(validatedBy = AdultsWithinPopulation.Check.class)
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface AdultsWithinPopulation {

    String message() default "adults_above_population";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** A request that records a population and its adults. */
    interface Populations {
        Integer population();

        Integer adultPopulation();
    }

    class Check implements ConstraintValidator<AdultsWithinPopulation, Populations> {
        @Override
        public boolean isValid(Populations r, ConstraintValidatorContext context) {
            if (r == null || r.population() == null || r.adultPopulation() == null) {
                return true;
            }
            return r.adultPopulation() <= r.population()
                    || Constraints.reportOn(context, "adultPopulation", "adults_above_population");
        }
    }
}
