package vn.hocvuso.quiz;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Request and response bodies of the final test. Nothing here ever reveals a right answer before grading. */
public final class QuizViews {

    private QuizViews() {}

    public enum AttemptStatus {
        IN_PROGRESS,
        EXPIRED,
        SUBMITTED
    }

    public record OptionView(String id, String text) {

        /** Options as the database keeps them (a jsonb array of {@code {"id", "text"}}), in their order. */
        static List<OptionView> of(JsonArray stored) {
            List<OptionView> options = new ArrayList<>();
            for (int i = 0; i < stored.size(); i++) {
                JsonObject option = stored.getJsonObject(i);
                options.add(new OptionView(option.getString("id"), option.getString("text")));
            }
            return options;
        }
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record QuestionView(
            UUID questionId,
            int position,
            String moduleTitle,
            String prompt,
            List<OptionView> options,
            String chosenOptionId) {}

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record AttemptView(
            UUID id,
            UUID enrollmentId,
            int attemptNo,
            AttemptStatus status,
            OffsetDateTime startedAt,
            OffsetDateTime deadlineAt,
            OffsetDateTime submittedAt,
            int passMarkPercent,
            List<QuestionView> questions,
            AttemptResult result) {}

    public record Answer(
            @NotNull UUID questionId, @Size(max = 1) String optionId) {}

    public record AnswersRequest(
            @NotNull @Size(min = 1, max = 200) List<@Valid @NotNull Answer> answers) {}

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record SavedAnswers(UUID attemptId, int answered, int questionCount, OffsetDateTime deadlineAt) {}

    public record ModuleResult(UUID moduleId, String moduleTitle, int correct, int total) {}

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record AttemptResult(
            UUID attemptId,
            int attemptNo,
            int scorePercent,
            int correctCount,
            int questionCount,
            int passMarkPercent,
            boolean passed,
            OffsetDateTime submittedAt,
            List<ModuleResult> modules,
            int attemptsLeft,
            String certificateCode) {}

    // --- Second chances, review and practice (issue 12) ----------------------------------------------

    /** Where a learner stands with the final test, as the next step they can take. */
    public enum QuizState {
        /** Lessons are still to be completed. */
        LESSONS_INCOMPLETE,
        /** An attempt can be started now. */
        READY,
        /** An attempt is open. */
        IN_PROGRESS,
        /** The course's wait between two attempts has not passed ({@code nextAttemptAt}). */
        WAITING,
        /** Every attempt is used; a new set opens at {@code nextAttemptAt}. */
        WAITING_FOR_NEW_SET,
        /** Every attempt is used; only a manager can give another. */
        WAITING_FOR_MANAGER,
        PASSED
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record QuizStatus(
            UUID enrollmentId,
            QuizState state,
            int attemptsUsed,
            int attemptsAllowed,
            int attemptsLeft,
            String afterLastAttempt,
            int retakeCooldownMinutes,
            OffsetDateTime nextAttemptAt) {}

    public record GrantRequest(@NotBlank @Size(max = 500) String reason) {}

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record AttemptGrant(
            UUID id,
            UUID enrollmentId,
            UUID learnerId,
            UUID courseId,
            String reason,
            OffsetDateTime grantedAt,
            int attemptsAllowed,
            int attemptsUsed,
            int attemptsLeft) {}

    /**
     * One question of a submitted attempt as the learner answered it. {@code correctOptionId} and
     * {@code explanation} are null while the course hides them until the test is passed.
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ReviewItem(
            int position,
            UUID questionId,
            UUID moduleId,
            String moduleTitle,
            String prompt,
            List<OptionView> options,
            String chosenOptionId,
            boolean correct,
            String correctOptionId,
            String explanation) {}

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record AttemptReview(
            UUID attemptId,
            UUID enrollmentId,
            UUID courseId,
            int attemptNo,
            int scorePercent,
            boolean passed,
            boolean answersHidden,
            List<ReviewItem> items) {}

    /** A practice question: a module's bank question with its options shuffled. Nothing is stored. */
    public record PracticeQuestion(UUID questionId, String prompt, List<OptionView> options) {}

    public record PracticeSet(UUID enrollmentId, UUID moduleId, String moduleTitle, List<PracticeQuestion> questions) {}

    public record PracticeAnswer(
            @NotNull UUID questionId,
            @NotBlank @Size(max = 1) String optionId) {}

    /** The check of one practice answer; the right option and explanation may be hidden as in a review. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record PracticeFeedback(
            UUID questionId, String optionId, boolean correct, String correctOptionId, String explanation) {}
}
