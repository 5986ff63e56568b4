package vn.hocvuso.common;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text's length in characters as a person counts them (Unicode code points of the NFC text
 * {@link TextInput} made, so "Nguyễn" is 6 whether typed composed or not), reported as {@code size}
 * with the bounds. {@code null} is valid (say {@code @NotNull} when the field must be there); with a
 * {@code min} above 0 the empty text is {@code required} (a field sent blank is missing, whether on create
 * or in a partial update), so pair it with {@code @NotNull}, not {@code @NotBlank}, for one violation.
 */
@Constraint(validatedBy = TextLength.Check.class)
@Retention(RetentionPolicy.RUNTIME)
@Target({
    ElementType.RECORD_COMPONENT,
    ElementType.FIELD,
    ElementType.PARAMETER,
    ElementType.METHOD,
    ElementType.TYPE_USE
})
public @interface TextLength {

    int min() default 0;

    int max();

    String message() default "size";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<TextLength, String> {
        private int min;
        private int max;

        @Override
        public void initialize(TextLength annotation) {
            min = annotation.min();
            max = annotation.max();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            if (value.isEmpty()) {
                return min == 0 || Constraints.report(context, "required");
            }
            int length = value.codePointCount(0, value.length());
            return length >= min && length <= max || Constraints.report(context, "size", min, max);
        }
    }
}
