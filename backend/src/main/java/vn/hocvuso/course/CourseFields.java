package vn.hocvuso.course;

import vn.hocvuso.common.Violations;

/**
 * The limits of the administrator's course requests (their records' constraints state them), and the
 * one field rule that needs the stored lesson: what a text lesson may not have.
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

    private CourseFields() {}

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
}
