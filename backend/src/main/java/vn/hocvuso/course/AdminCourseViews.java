package vn.hocvuso.course;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Request and response bodies of the administrator's course API. Requests are checked as a whole by
 * the admin services (with {@link CourseFields}), so that one answer names every wrong field. In the update requests an
 * absent (or {@code null}) field is left as it is.
 */
public final class AdminCourseViews {

    private AdminCourseViews() {}

    // --- Requests ------------------------------------------------------------------------------------

    public record CreateCourseRequest(
            String slug,
            String title,
            String description,
            Integer passMarkPercent,
            Integer questionCount,
            Integer timeLimitMinutes,
            Integer maxAttempts,
            Integer attemptCooldownMinutes,
            Integer videoCompletionPercent,
            String afterLastAttempt,
            Integer retakeCooldownMinutes,
            Boolean hideAnswersUntilPassed,
            Integer readingWordsPerMinute) {}

    public record UpdateCourseRequest(
            String title,
            String description,
            Integer passMarkPercent,
            Integer questionCount,
            Integer timeLimitMinutes,
            Integer maxAttempts,
            Integer attemptCooldownMinutes,
            Integer videoCompletionPercent,
            String afterLastAttempt,
            Integer retakeCooldownMinutes,
            Boolean hideAnswersUntilPassed,
            Integer readingWordsPerMinute) {}

    public record ModuleRequest(String title, String description) {}

    public record CreateLessonRequest(
            String title,
            LessonKind kind,
            String bodyMarkdown,
            String videoUrl,
            Integer videoDurationSeconds,
            String captionsUrl,
            Integer estimatedMinutes) {}

    /** Changing {@code kind} to TEXT removes the video fields; to VIDEO needs a {@code videoUrl}. */
    public record UpdateLessonRequest(
            String title,
            LessonKind kind,
            String bodyMarkdown,
            String videoUrl,
            Integer videoDurationSeconds,
            String captionsUrl,
            Integer estimatedMinutes) {}

    public record ReorderRequest(List<ModuleOrder> modules) {}

    public record ModuleOrder(UUID moduleId, List<UUID> lessonIds) {}

    public record QuestionOption(String id, String text) {}

    public record CreateQuestionRequest(
            UUID moduleId, String prompt, List<QuestionOption> options, String correctOption, String explanation) {}

    public record UpdateQuestionRequest(
            UUID moduleId, String prompt, List<QuestionOption> options, String correctOption, String explanation) {}

    // --- Responses -----------------------------------------------------------------------------------

    /** A line of the course list. {@code activeQuestionCount} is the size of the bank, drafts included. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record CourseSummary(
            UUID id,
            String slug,
            String title,
            CourseStatus status,
            long moduleCount,
            long lessonCount,
            long activeQuestionCount,
            OffsetDateTime updatedAt) {

        static CourseSummary of(CourseRepository.Listed listed) {
            Course c = listed.course();
            CourseRepository.Counts n = listed.counts();
            return new CourseSummary(
                    c.id, c.slug, c.title, c.status, n.modules(), n.activeLessons(), n.activeQuestions(), c.updatedAt);
        }
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record CourseDetail(
            UUID id,
            String slug,
            String title,
            String description,
            CourseStatus status,
            int passMarkPercent,
            int questionCount,
            int timeLimitMinutes,
            int maxAttempts,
            int attemptCooldownMinutes,
            int videoCompletionPercent,
            String afterLastAttempt,
            int retakeCooldownMinutes,
            boolean hideAnswersUntilPassed,
            int readingWordsPerMinute,
            long activeQuestionCount,
            OffsetDateTime createdAt,
            OffsetDateTime updatedAt,
            List<ModuleView> modules) {

        static CourseDetail of(
                Course c,
                long activeQuestions,
                List<CourseModule> modules,
                List<Lesson> lessons,
                Map<UUID, Integer> ordinals) {
            List<ModuleView> views = modules.stream()
                    .map(m -> ModuleView.of(
                            m,
                            lessons.stream()
                                    .filter(l -> l.moduleId.equals(m.id))
                                    .toList(),
                            ordinals))
                    .toList();
            return new CourseDetail(
                    c.id,
                    c.slug,
                    c.title,
                    c.description,
                    c.status,
                    c.passMarkPercent,
                    c.questionCount,
                    c.timeLimitMinutes,
                    c.maxAttempts,
                    c.attemptCooldownMinutes,
                    c.videoCompletionPercent,
                    c.afterLastAttempt,
                    c.retakeCooldownMinutes,
                    c.hideAnswersUntilPassed,
                    c.readingWordsPerMinute,
                    activeQuestions,
                    c.createdAt,
                    c.updatedAt,
                    views);
        }
    }

    /** A module with its active lessons, in order. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ModuleView(
            UUID id, UUID courseId, int position, String title, String description, List<LessonSummary> lessons) {

        /** {@code lessons}: the module's active lessons in position order. */
        static ModuleView of(CourseModule m, List<Lesson> lessons, Map<UUID, Integer> ordinals) {
            return new ModuleView(
                    m.id,
                    m.courseId,
                    m.position,
                    m.title,
                    m.description,
                    lessons.stream()
                            .map(l -> LessonSummary.of(l, ordinals.get(l.id)))
                            .toList());
        }
    }

    /** A lesson as the course outline shows it (without its body). */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record LessonSummary(
            UUID id,
            int position,
            Integer ordinal,
            String title,
            LessonKind kind,
            int estimatedMinutes,
            String videoUrl,
            Integer videoDurationSeconds,
            String captionsUrl) {

        static LessonSummary of(Lesson l, Integer ordinal) {
            return new LessonSummary(
                    l.id,
                    l.position,
                    ordinal,
                    l.title,
                    l.kind,
                    l.estimatedMinutes,
                    l.videoUrl,
                    l.videoDurationSeconds,
                    l.captionsUrl);
        }
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record LessonDetail(
            UUID id,
            UUID courseId,
            UUID moduleId,
            int position,
            Integer ordinal,
            String title,
            LessonKind kind,
            String bodyMarkdown,
            String videoUrl,
            Integer videoDurationSeconds,
            String captionsUrl,
            int estimatedMinutes,
            boolean retired,
            OffsetDateTime updatedAt) {

        public static LessonDetail of(Lesson l, Integer ordinal) {
            return new LessonDetail(
                    l.id,
                    l.courseId,
                    l.moduleId,
                    l.position,
                    ordinal,
                    l.title,
                    l.kind,
                    l.bodyMarkdown,
                    l.videoUrl,
                    l.videoDurationSeconds,
                    l.captionsUrl,
                    l.estimatedMinutes,
                    l.retired,
                    l.updatedAt);
        }
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record QuestionView(
            UUID id,
            UUID courseId,
            UUID moduleId,
            String prompt,
            List<QuestionOption> options,
            String correctOption,
            String explanation,
            boolean active,
            OffsetDateTime updatedAt) {

        static QuestionView of(Question q) {
            return new QuestionView(
                    q.id,
                    q.courseId,
                    q.moduleId,
                    q.prompt,
                    QuestionOptions.decode(q.options),
                    q.correctOption,
                    q.explanation,
                    q.active,
                    q.updatedAt);
        }
    }
}
