package vn.hocvuso.course;

import java.net.URI;
import java.net.URISyntaxException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import vn.hocvuso.common.Texts;
import vn.hocvuso.common.Violations;
import vn.hocvuso.course.AdminCourseViews.QuestionOption;

/**
 * The field checks of the administrator's course requests: each cleans a value (NFC, spaces) and
 * notes what is wrong in the request's {@link Violations}, so that one answer names every wrong field.
 */
final class CourseFields {

    // Lengths, in characters after normalisation.
    static final int TITLE_MAX = 200;
    static final int DESCRIPTION_MAX = 2_000;
    static final int BODY_MAX = 50_000;
    static final int URL_MAX = 2_000;
    static final int PROMPT_MAX = 1_000;
    static final int OPTION_TEXT_MAX = 500;
    static final int EXPLANATION_MAX = 2_000;
    static final int OPTIONS_MIN = 2;
    static final int OPTIONS_MAX = 6;

    static final Pattern SLUG = Pattern.compile("[a-z0-9-]{3,80}");
    private static final Pattern OPTION_ID = Pattern.compile("[a-z]");

    private CourseFields() {}

    /** One line of text (a title, a prompt): NFC, single spaces; {@code null} when absent or wrong. */
    static String line(Violations v, String field, String value, boolean required, int max) {
        String cleaned = Texts.clean(value);
        if (cleaned == null || cleaned.isEmpty()) {
            if (required || cleaned != null) {
                v.add(field, "required");
            }
            return null;
        }
        if (cleaned.length() > max) {
            v.add(field, "size", 1, max);
            return null;
        }
        return cleaned;
    }

    /** Free text (a description, a lesson body): NFC and trimmed, line breaks kept; may be empty. */
    static String text(Violations v, String field, String value, int max) {
        if (value == null) {
            return null;
        }
        String cleaned = Normalizer.normalize(value, Normalizer.Form.NFC)
                .replace("\r\n", "\n")
                .strip();
        if (cleaned.length() > max) {
            v.add(field, "size", 0, max);
            return null;
        }
        return cleaned;
    }

    /** A media address: a path on our own server ("/media/…") or an https URL. */
    static String url(Violations v, String field, String value) {
        if (value == null) {
            return null;
        }
        String url = value.strip();
        if (url.length() > URL_MAX) {
            v.add(field, "size", 1, URL_MAX);
            return null;
        }
        try {
            URI uri = new URI(url);
            boolean relativePath = uri.getScheme() == null
                    && uri.getAuthority() == null
                    && uri.getPath() != null
                    && uri.getPath().startsWith("/")
                    && !url.startsWith("//");
            boolean https = "https".equals(uri.getScheme()) && uri.getHost() != null;
            if (relativePath || https) {
                return url;
            }
        } catch (URISyntaxException e) {
            // falls through to the violation
        }
        v.add(field, "media_url");
        return null;
    }

    static void range(Violations v, String field, Integer value, int min, int max) {
        if (value == null) {
            return;
        }
        if (value < min) {
            v.add(field, "min", min);
        } else if (value > max) {
            v.add(field, "max", max);
        }
    }

    /** A text lesson has no video, duration or captions. */
    static void notForText(Violations v, String videoUrl, Integer durationSeconds, String captionsUrl) {
        if (videoUrl != null) {
            v.add("videoUrl", "not_for_text_lesson");
        }
        if (durationSeconds != null) {
            v.add("videoDurationSeconds", "not_for_text_lesson");
        }
        if (captionsUrl != null) {
            v.add("captionsUrl", "not_for_text_lesson");
        }
    }

    /** A question's options, checked; {@code null} when absent (and not required) or wrong. */
    static List<QuestionOption> options(Violations v, List<QuestionOption> given, boolean required) {
        if (given == null) {
            if (required) {
                v.add("options", "required");
            }
            return null;
        }
        if (given.size() < OPTIONS_MIN || given.size() > OPTIONS_MAX) {
            v.add("options", "option_count", OPTIONS_MIN, OPTIONS_MAX);
            return null;
        }
        List<QuestionOption> cleaned = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        boolean valid = true;
        for (int i = 0; i < given.size(); i++) {
            QuestionOption option = given.get(i);
            String at = "options[" + i + "]";
            if (option == null) {
                v.add(at, "required");
                valid = false;
                continue;
            }
            String id = option.id() == null ? null : option.id().strip();
            if (id == null || id.isEmpty()) {
                v.add(at + ".id", "required");
                valid = false;
            } else if (!OPTION_ID.matcher(id).matches()) {
                v.add(at + ".id", "option_id_format");
                valid = false;
            } else if (!ids.add(id)) {
                v.add(at + ".id", "duplicate_option");
                valid = false;
            }
            String text = line(v, at + ".text", option.text(), true, OPTION_TEXT_MAX);
            valid &= text != null;
            cleaned.add(new QuestionOption(id, text));
        }
        return valid ? cleaned : null;
    }
}
