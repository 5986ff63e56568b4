package vn.hocvuso.course;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import vn.hocvuso.common.Constraints;
import vn.hocvuso.course.AdminCourseViews.CreateLessonRequest;

/**
 * A new lesson's kind and its video fields together: a video lesson needs its {@code videoUrl}
 * ({@code required}); a text lesson has no video, duration or captions ({@code not_for_text_lesson} on
 * each one sent). An address of the wrong shape is {@link MediaUrl}'s to report, once. A change of an
 * existing lesson depends on what it has, so {@code AdminLessonService} checks it after loading it.
 */
@Constraint(validatedBy = LessonRules.Check.class)
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface LessonRules {

    String message() default "not_for_text_lesson";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<LessonRules, CreateLessonRequest> {
        @Override
        public boolean isValid(CreateLessonRequest r, ConstraintValidatorContext context) {
            if (r == null || r.kind() == null) {
                return true;
            }
            boolean valid = true;
            if (r.kind() == LessonKind.VIDEO && r.videoUrl() == null) {
                valid = Constraints.reportOn(context, "videoUrl", "required");
            }
            if (r.kind() == LessonKind.TEXT) {
                if (r.videoUrl() != null && MediaUrl.Check.valid(r.videoUrl())) {
                    valid = Constraints.reportOn(context, "videoUrl", "not_for_text_lesson");
                }
                if (r.videoDurationSeconds() != null) {
                    valid = Constraints.reportOn(context, "videoDurationSeconds", "not_for_text_lesson");
                }
                if (r.captionsUrl() != null && MediaUrl.Check.valid(r.captionsUrl())) {
                    valid = Constraints.reportOn(context, "captionsUrl", "not_for_text_lesson");
                }
            }
            return valid;
        }
    }
}
