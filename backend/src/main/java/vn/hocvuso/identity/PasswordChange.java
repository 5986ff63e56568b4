package vn.hocvuso.identity;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import vn.hocvuso.common.Constraints;
import vn.hocvuso.identity.IdentityViews.UpdateProfileRequest;

/**
 * A password change in a profile update comes as a pair: the current password and the new one, each
 * {@code required} once the other is sent. Whether the current one is right and the new one strong
 * enough needs the account: {@code AccountService} checks that after this.
 */
@Constraint(validatedBy = PasswordChange.Check.class)
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface PasswordChange {

    String message() default "required";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<PasswordChange, UpdateProfileRequest> {
        @Override
        public boolean isValid(UpdateProfileRequest r, ConstraintValidatorContext context) {
            if (r == null || (r.currentPassword() == null) == (r.newPassword() == null)) {
                return true;
            }
            return Constraints.reportOn(
                    context, r.currentPassword() == null ? "currentPassword" : "newPassword", "required");
        }
    }
}
