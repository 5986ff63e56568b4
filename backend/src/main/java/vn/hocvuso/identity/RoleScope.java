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
import vn.hocvuso.identity.IdentityViews.GrantRoleRequest;
import vn.hocvuso.security.Role;

/**
 * A role granted with the scope it needs and nothing else: a unit manager names a {@code unitCode}, an
 * agency manager an {@code agencyId}, a province administrator a {@code provinceCode}, an administrator none
 * ({@code required}, or {@code not_for_role} for the one that does not belong); other roles are not granted here
 * ({@code role}: {@code invalid_choice}). A blank unit code counts as none.
 */
@Constraint(validatedBy = RoleScope.Check.class)
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RoleScope {

    String message() default "not_for_role";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<RoleScope, GrantRoleRequest> {
        @Override
        public boolean isValid(GrantRoleRequest r, ConstraintValidatorContext context) {
            if (r == null || r.role() == null) {
                return true;
            }
            boolean unit = r.unitCodeOrNull() != null;
            boolean agency = r.agencyId() != null;
            boolean province = r.provinceCodeOrNull() != null;
            boolean valid = true;
            if (province && r.role() != Role.PROVINCE_ADMIN) {
                valid = Constraints.reportOn(context, "provinceCode", "not_for_role");
            }
            switch (r.role()) {
                case UNIT_MANAGER -> {
                    if (!unit) valid = Constraints.reportOn(context, "unitCode", "required");
                    if (agency) valid = Constraints.reportOn(context, "agencyId", "not_for_role");
                }
                case AGENCY_MANAGER -> {
                    if (!agency) valid = Constraints.reportOn(context, "agencyId", "required");
                    if (unit) valid = Constraints.reportOn(context, "unitCode", "not_for_role");
                }
                case PROVINCE_ADMIN -> {
                    if (!province) valid = Constraints.reportOn(context, "provinceCode", "required");
                    if (unit) valid = Constraints.reportOn(context, "unitCode", "not_for_role");
                    if (agency) valid = Constraints.reportOn(context, "agencyId", "not_for_role");
                }
                case ADMIN -> {
                    if (unit) valid = Constraints.reportOn(context, "unitCode", "not_for_role");
                    if (agency) valid = Constraints.reportOn(context, "agencyId", "not_for_role");
                }
                default -> valid = Constraints.reportOn(context, "role", "invalid_choice");
            }
            return valid;
        }
    }
}
