package vn.hocvuso.notification;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import vn.hocvuso.common.Constraints;
import vn.hocvuso.notification.NotificationViews.OptOut;

/**
 * One opt-out of a person's settings: a known kind ({@code kind}: {@code format}), a known channel
 * ({@code channel}: {@code format}), and a pair a person may turn off ({@code not_optional} on the
 * opt-out itself, naming both): transactional kinds and the in-app inbox always stay on.
 */
@Constraint(validatedBy = OptOutRules.Check.class)
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface OptOutRules {

    String message() default "not_optional";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<OptOutRules, OptOut> {
        @Override
        public boolean isValid(OptOut o, ConstraintValidatorContext context) {
            if (o == null) {
                return true;
            }
            Kind kind = Kind.parse(o.kind());
            ChannelName channel = ChannelName.parse(o.channel());
            if (kind == null) {
                return Constraints.reportOn(context, "kind", "format");
            }
            if (channel == null) {
                return Constraints.reportOn(context, "channel", "format");
            }
            return kind.optional()
                            && channel != ChannelName.IN_APP
                            && kind.channels().contains(channel)
                    || Constraints.report(context, "not_optional", kind.name(), channel.name());
        }
    }
}
