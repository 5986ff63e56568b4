package vn.hocvuso.common;

import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * For writing a constraint of ours: its {@code message} is its stable code (the message key
 * {@code violation.<code>}), and {@link #report} says which field is wrong, with which code and which
 * arguments the message needs; {@link FieldViolation#of} reads them back.
 */
public final class Constraints {

    private Constraints() {}

    /**
     * Reports a violation on the checked value itself (a field-level constraint), replacing the default
     * one; returns {@code false}, so that {@code isValid} can end with {@code return report(…)}.
     */
    public static boolean report(ConstraintValidatorContext context, String code, Object... args) {
        context.disableDefaultConstraintViolation();
        context.unwrap(HibernateConstraintValidatorContext.class)
                .withDynamicPayload(args)
                .buildConstraintViolationWithTemplate(code)
                .addConstraintViolation();
        return false;
    }

    /**
     * Reports a violation on one field of the checked object (a class-level constraint); several calls
     * report several fields. Returns {@code false}. (A name of its own: with text arguments, an overload
     * of {@link #report} would take the code for the field.)
     */
    public static boolean reportOn(ConstraintValidatorContext context, String field, String code, Object... args) {
        context.disableDefaultConstraintViolation();
        context.unwrap(HibernateConstraintValidatorContext.class)
                .withDynamicPayload(args)
                .buildConstraintViolationWithTemplate(code)
                .addPropertyNode(field)
                .addConstraintViolation();
        return false;
    }
}
