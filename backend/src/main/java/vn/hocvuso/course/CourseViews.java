package vn.hocvuso.course;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.UUID;

/** What learners and the public see of courses. */
public final class CourseViews {

    private CourseViews() {}

    public record CourseSummary(
            UUID id,
            String slug,
            String title,
            String description,
            String provinceCode,
            int moduleCount,
            int lessonCount,
            int estimatedMinutes,
            int passMarkPercent,
            int questionCount,
            int timeLimitMinutes,
            int maxAttempts) {}

    /** A lesson's state for the caller: LOCKED until the one before it is complete. */
    public enum LessonState {
        LOCKED,
        OPEN,
        IN_PROGRESS,
        COMPLETED
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record LessonItem(
            UUID id,
            int ordinal,
            String title,
            String kind,
            int estimatedMinutes,
            Integer videoDurationSeconds,
            LessonState state,
            Integer percent) {}

    public record ModuleItem(UUID id, int position, String title, String description, List<LessonItem> lessons) {}

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record CourseOutline(CourseSummary course, List<ModuleItem> modules, UUID enrollmentId) {}

    /**
     * The caller's progress in a lesson. Until it is complete, where the plausible-completion rules apply:
     * {@code readingSecondsLeft} (a text lesson's minimum reading time still to go, counted from the first
     * progress report) and {@code watchedPercent} (the share of a video the reported positions covered).
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record LessonProgressState(
            int percent, int positionSeconds, boolean completed, Integer readingSecondsLeft, Integer watchedPercent) {}

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record LessonContent(
            UUID id,
            UUID courseId,
            UUID moduleId,
            String moduleTitle,
            int ordinal,
            String title,
            String kind,
            String bodyMarkdown,
            String videoUrl,
            Integer videoDurationSeconds,
            String captionsUrl,
            int estimatedMinutes,
            int completionPercent,
            Integer minReadingSeconds,
            UUID previousLessonId,
            UUID nextLessonId,
            LessonProgressState progress) {}

    /** A course's lessons, all of them, for the learner's device (the order rule is the app's to keep offline). */
    public record OfflineLessons(UUID courseId, List<LessonContent> lessons) {}
}
