package vn.hocvuso.course;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;
import java.net.URISyntaxException;
import vn.hocvuso.common.Constraints;

/**
 * A lesson's media address: a path on our own server ({@code /media/…}) or an {@code https} URL, at
 * most 2,000 characters ({@code size}); anything else is {@code media_url}. {@code null} is valid; the
 * empty text too where {@link #emptyRemoves} (a partial update's way to remove the captions).
 */
@Constraint(validatedBy = MediaUrl.Check.class)
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
public @interface MediaUrl {

    /** Whether the empty text is allowed (it removes what the field names). */
    boolean emptyRemoves() default false;

    String message() default "media_url";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<MediaUrl, String> {

        private boolean emptyRemoves;

        @Override
        public void initialize(MediaUrl annotation) {
            emptyRemoves = annotation.emptyRemoves();
        }

        @Override
        public boolean isValid(String url, ConstraintValidatorContext context) {
            if (url == null || (emptyRemoves && url.isEmpty())) {
                return true;
            }
            if (url.length() > CourseFields.URL_MAX) {
                return Constraints.report(context, "size", 1, CourseFields.URL_MAX);
            }
            return valid(url);
        }

        /** The shape alone, for the rules that depend on whether an address was usable. */
        static boolean valid(String url) {
            try {
                URI uri = new URI(url);
                boolean relativePath = uri.getScheme() == null
                        && uri.getAuthority() == null
                        && uri.getPath() != null
                        && uri.getPath().startsWith("/")
                        && !url.startsWith("//");
                boolean https = "https".equals(uri.getScheme()) && uri.getHost() != null;
                return url.length() <= CourseFields.URL_MAX && (relativePath || https);
            } catch (URISyntaxException e) {
                return false;
            }
        }
    }
}
