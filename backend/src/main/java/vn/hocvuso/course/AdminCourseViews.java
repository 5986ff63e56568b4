package vn.hocvuso.course;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.hocvuso.common.OnCreate;
import vn.hocvuso.common.OneLine;
import vn.hocvuso.common.OneOf;
import vn.hocvuso.common.TextLength;
import vn.hocvuso.province.Province;

/**
 * Request and response bodies of the administrator's course API. Requests are checked by their
 * constraints before a service runs (one answer names every wrong field); what needs the stored course
 * (a lesson's kind, a question's stored options, the order of a course) the admin services check after
 * loading it. In the update requests an absent (or {@code null}) field is left as it is.
 */
public final class AdminCourseViews {

    private AdminCourseViews() {}

    // --- Requests ------------------------------------------------------------------------------------

    public record CreateCourseRequest(
            @NotBlank @Pattern(regexp = "([a-z0-9-]{3,80})?", message = "slug_format")
            String slug,

            @NotNull @OneLine @TextLength(min = 1, max = CourseFields.TITLE_MAX)
            String title,

            @TextLength(max = CourseFields.DESCRIPTION_MAX) String description,

            /* The province whose own course it is; absent: a national course, shared by every province. */
            @Pattern(regexp = Province.KEY, message = "format")
            String provinceCode,

            @Min(1) @Max(100) Integer passMarkPercent,
            @Min(1) @Max(200) Integer questionCount,
            @Min(1) @Max(600) Integer timeLimitMinutes,
            @Min(1) @Max(100) Integer maxAttempts,
            @Min(0) Integer attemptCooldownMinutes,
            @Min(1) @Max(100) Integer videoCompletionPercent,

            @OneOf(
                    value = {"COOLDOWN", "MANAGER"},
                    message = "invalid_choice")
            String afterLastAttempt,

            @Min(0) @Max(525_600) Integer retakeCooldownMinutes,
            Boolean hideAnswersUntilPassed,
            @Min(0) @Max(5000) Integer readingWordsPerMinute)
            implements FinalTestSettings {}

    public record UpdateCourseRequest(
            @OneLine @TextLength(min = 1, max = CourseFields.TITLE_MAX)
            String title,

            @TextLength(max = CourseFields.DESCRIPTION_MAX) String description,

            /* Another province's key makes it that province's own; "" makes it national again. */
            @Pattern(regexp = "(" + Province.KEY + ")?", message = "format")
            String provinceCode,

            @Min(1) @Max(100) Integer passMarkPercent,
            @Min(1) @Max(200) Integer questionCount,
            @Min(1) @Max(600) Integer timeLimitMinutes,
            @Min(1) @Max(100) Integer maxAttempts,
            @Min(0) Integer attemptCooldownMinutes,
            @Min(1) @Max(100) Integer videoCompletionPercent,

            @OneOf(
                    value = {"COOLDOWN", "MANAGER"},
                    message = "invalid_choice")
            String afterLastAttempt,

            @Min(0) @Max(525_600) Integer retakeCooldownMinutes,
            Boolean hideAnswersUntilPassed,
            @Min(0) @Max(5000) Integer readingWordsPerMinute)
            implements FinalTestSettings {}

    /** The final test's settings, as both course requests carry them; {@code null} leaves a setting as it is. */
    public interface FinalTestSettings {
        Integer passMarkPercent();

        Integer questionCount();

        Integer timeLimitMinutes();

        Integer maxAttempts();

        Integer attemptCooldownMinutes();

        Integer videoCompletionPercent();

        String afterLastAttempt();

        Integer retakeCooldownMinutes();

        Boolean hideAnswersUntilPassed();

        Integer readingWordsPerMinute();
    }

    /** The title is required when a module is created ({@link OnCreate}), optional in a change. */
    public record ModuleRequest(
            @NotNull(groups = OnCreate.class) @OneLine @TextLength(min = 1, max = CourseFields.TITLE_MAX)
            String title,

            @TextLength(max = CourseFields.DESCRIPTION_MAX) String description) {}

    @LessonRules
    public record CreateLessonRequest(
            @NotNull @OneLine @TextLength(min = 1, max = CourseFields.TITLE_MAX)
            String title,

            @NotNull LessonKind kind,
            @TextLength(max = CourseFields.BODY_MAX) String bodyMarkdown,
            @MediaUrl String videoUrl,
            @Min(1) Integer videoDurationSeconds,
            @MediaUrl String captionsUrl,
            @Min(1) @Max(600) Integer estimatedMinutes) {}

    /** Changing {@code kind} to TEXT removes the video fields; to VIDEO needs a {@code videoUrl}. */
    public record UpdateLessonRequest(
            @OneLine @TextLength(min = 1, max = CourseFields.TITLE_MAX)
            String title,

            LessonKind kind,
            @TextLength(max = CourseFields.BODY_MAX) String bodyMarkdown,
            @MediaUrl String videoUrl,
            @Min(1) Integer videoDurationSeconds,
            @MediaUrl(emptyRemoves = true) String captionsUrl,
            @Min(1) @Max(600) Integer estimatedMinutes) {}

    public record ReorderRequest(@NotNull List<ModuleOrder> modules) {}

    public record ModuleOrder(UUID moduleId, List<UUID> lessonIds) {}

    public record QuestionOption(
            @NotBlank @Pattern(regexp = "[a-z]?", message = "option_id_format")
            String id,

            @NotNull @OneLine @TextLength(min = 1, max = CourseFields.OPTION_TEXT_MAX)
            String text) {}

    @QuestionRules
    public record CreateQuestionRequest(
            @NotNull UUID moduleId,

            @NotNull @OneLine @TextLength(min = 1, max = CourseFields.PROMPT_MAX)
            String prompt,

            @NotNull @Size(min = CourseFields.OPTIONS_MIN, max = CourseFields.OPTIONS_MAX, message = "option_count")
            List<@NotNull @Valid QuestionOption> options,

            @NotBlank String correctOption,
            @TextLength(max = CourseFields.EXPLANATION_MAX) String explanation)
            implements QuestionRules.Fields {}

    @QuestionRules
    public record UpdateQuestionRequest(
            UUID moduleId,

            @OneLine @TextLength(min = 1, max = CourseFields.PROMPT_MAX)
            String prompt,

            @Size(min = CourseFields.OPTIONS_MIN, max = CourseFields.OPTIONS_MAX, message = "option_count")
            List<@NotNull @Valid QuestionOption> options,

            String correctOption,
            @TextLength(max = CourseFields.EXPLANATION_MAX) String explanation)
            implements QuestionRules.Fields {}

    // --- Responses -----------------------------------------------------------------------------------

    /** A line of the course list. {@code activeQuestionCount} is the size of the bank, drafts included. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record CourseSummary(
            UUID id,
            String slug,
            String title,
            String provinceCode,
            CourseStatus status,
            long moduleCount,
            long lessonCount,
            long activeQuestionCount,
            OffsetDateTime updatedAt) {

        static CourseSummary of(CourseRepository.Listed listed) {
            Course c = listed.course();
            CourseRepository.Counts n = listed.counts();
            return new CourseSummary(
                    c.id,
                    c.slug,
                    c.title,
                    c.provinceCode,
                    c.status,
                    n.modules(),
                    n.activeLessons(),
                    n.activeQuestions(),
                    c.updatedAt);
        }
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record CourseDetail(
            UUID id,
            String slug,
            String title,
            String description,
            String provinceCode,
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
                    c.provinceCode,
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
