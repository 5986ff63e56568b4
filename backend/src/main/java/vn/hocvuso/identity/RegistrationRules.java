package vn.hocvuso.identity;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Locale;
import java.util.Optional;
import vn.hocvuso.common.Constraints;
import vn.hocvuso.common.FieldViolation;
import vn.hocvuso.identity.IdentityViews.RegisterRequest;
import vn.hocvuso.unit.LearnerGroup;

/**
 * A registration's fields together: a phone number or an e-mail address ({@code phone_or_email_required}
 * on {@code phone}), no organisation for citizens ({@code organisation_not_for_citizens}; {@code agencyId} is the
 * older name of {@code organisationId}, both at once must agree: {@code organisation_ambiguous}), a class only for
 * students ({@code class_only_for_students}), and,
 * when the person sets a password, one {@link PasswordPolicy} accepts for this name, phone and address.
 * Validated by the services themselves ({@code AuthService}, {@code HelperService}), see
 * {@code docs/architecture.md}, "Validation".
 */
@Constraint(validatedBy = RegistrationRules.Check.class)
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RegistrationRules {

    String message() default "phone_or_email_required";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** What a registration says of the person, by themselves or by a helper. */
    interface Fields {
        String fullName();

        String phone();

        String email();

        LearnerGroup learnerGroup();

        String unitCode();

        /** The older name of {@link #organisationId()}. */
        Long agencyId();

        default Long organisationId() {
            return null;
        }

        default Long villageId() {
            return null;
        }

        default String className() {
            return null;
        }

        /** The organisation named, by either name; null when none. */
        default Long organisation() {
            return organisationId() != null ? organisationId() : agencyId();
        }

        /** The field the client named the organisation in. */
        default String organisationField() {
            return organisationId() != null || agencyId() == null ? "organisationId" : "agencyId";
        }
    }

    class Check implements ConstraintValidator<RegistrationRules, Fields> {
        @Override
        public boolean isValid(Fields r, ConstraintValidatorContext context) {
            if (r == null) {
                return true;
            }
            boolean valid = true;
            if (blank(r.phone()) && blank(r.email())) {
                valid = Constraints.reportOn(context, "phone", "phone_or_email_required");
            }
            if (r.agencyId() != null
                    && r.organisationId() != null
                    && !r.agencyId().equals(r.organisationId())) {
                valid = Constraints.reportOn(context, "organisationId", "organisation_ambiguous");
            } else if (r.organisation() != null && r.learnerGroup() == LearnerGroup.CITIZEN) {
                valid = Constraints.reportOn(context, r.organisationField(), "organisation_not_for_citizens");
            }
            if (r.className() != null && r.learnerGroup() != null && r.learnerGroup() != LearnerGroup.STUDENT) {
                valid = Constraints.reportOn(context, "className", "class_only_for_students");
            }
            if (r instanceof RegisterRequest request) {
                Optional<FieldViolation> weak = PasswordPolicy.problem(
                        request.password(),
                        "password",
                        blank(r.phone())
                                ? null
                                : PhoneNumbers.normalize(r.phone()).orElse(null),
                        blank(r.email()) ? null : r.email().toLowerCase(Locale.ROOT),
                        blank(r.fullName()) ? null : r.fullName());
                if (weak.isPresent()) {
                    valid = Constraints.reportOn(
                            context, "password", weak.get().code(), weak.get().args());
                }
            }
            return valid;
        }

        private static boolean blank(String text) {
            return text == null || text.isEmpty();
        }
    }
}
