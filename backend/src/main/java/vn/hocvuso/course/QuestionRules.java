package vn.hocvuso.course;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import vn.hocvuso.common.Constraints;
import vn.hocvuso.course.AdminCourseViews.QuestionOption;

/**
 * A question's options and its answer together: each option's {@code id} used once
 * ({@code duplicate_option} on the second), and the {@code correctOption} one of the options sent
 * ({@code not_an_option}). Checked only once the options themselves are well formed (their count, ids
 * and texts are the record's constraints'); a partial update that sends an answer without options is
 * checked against the stored options by {@code AdminQuestionService}.
 */
@Constraint(validatedBy = QuestionRules.Check.class)
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface QuestionRules {

    String message() default "not_an_option";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** What the rule reads of a question request, created or changed. */
    interface Fields {
        List<QuestionOption> options();

        String correctOption();
    }

    class Check implements ConstraintValidator<QuestionRules, Fields> {

        private static final Pattern OPTION_ID = Pattern.compile("[a-z]");

        @Override
        public boolean isValid(Fields r, ConstraintValidatorContext context) {
            List<QuestionOption> options = r == null ? null : r.options();
            if (options == null
                    || options.size() < CourseFields.OPTIONS_MIN
                    || options.size() > CourseFields.OPTIONS_MAX
                    || options.stream().anyMatch(Objects::isNull)) {
                return true;
            }
            boolean valid = true;
            boolean wellFormed = true;
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < options.size(); i++) {
                QuestionOption option = options.get(i);
                if (option.id() == null || !OPTION_ID.matcher(option.id()).matches()) {
                    wellFormed = false;
                } else if (!ids.add(option.id())) {
                    valid = Constraints.reportOn(context, "options[" + i + "].id", "duplicate_option");
                }
                String text = option.text();
                wellFormed &= text != null && !text.isEmpty() && text.length() <= CourseFields.OPTION_TEXT_MAX;
            }
            if (valid
                    && wellFormed
                    && r.correctOption() != null
                    && !r.correctOption().isEmpty()
                    && !ids.contains(r.correctOption())) {
                valid = Constraints.reportOn(context, "correctOption", "not_an_option");
            }
            return valid;
        }
    }
}
