package vn.hocvuso.webhook;

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

/**
 * The events a subscription asks for: at least one ({@code required}), each one of
 * {@link WebhookViews#EVENTS} (the unknown ones, or a {@code null}, reported as one {@code unknown_event}
 * naming them all). {@code null} itself is valid: a partial update leaves the events alone.
 */
@Constraint(validatedBy = KnownEvents.Check.class)
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
public @interface KnownEvents {

    String message() default "unknown_event";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<KnownEvents, List<String>> {
        @Override
        public boolean isValid(List<String> events, ConstraintValidatorContext context) {
            if (events == null) {
                return true;
            }
            if (events.isEmpty()) {
                return Constraints.report(context, "required");
            }
            List<String> unknown = events.stream()
                    .filter(e -> e == null || !WebhookViews.EVENTS.contains(e))
                    .map(String::valueOf)
                    .toList();
            return unknown.isEmpty() || Constraints.report(context, "unknown_event", String.join(", ", unknown));
        }
    }
}
