package vn.hocvuso.quiz;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Request and response bodies of the final test. Nothing here ever reveals a right answer before grading. */
public final class QuizViews {

    private QuizViews() {
    }

    public enum AttemptStatus { IN_PROGRESS, EXPIRED, SUBMITTED }

    public record OptionView(String id, String text) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record QuestionView(UUID questionId, int position, String moduleTitle, String prompt,
            List<OptionView> options, String chosenOptionId) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record AttemptView(UUID id, UUID enrollmentId, int attemptNo, AttemptStatus status,
            OffsetDateTime startedAt, OffsetDateTime deadlineAt, OffsetDateTime submittedAt, int passMarkPercent,
            List<QuestionView> questions, AttemptResult result) {
    }

    public record Answer(@NotNull UUID questionId, @Size(max = 1) String optionId) {
    }

    public record AnswersRequest(@NotNull @Size(min = 1, max = 200) List<@Valid @NotNull Answer> answers) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record SavedAnswers(UUID attemptId, int answered, int questionCount, OffsetDateTime deadlineAt) {
    }

    public record ModuleResult(UUID moduleId, String moduleTitle, int correct, int total) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record AttemptResult(UUID attemptId, int attemptNo, int scorePercent, int correctCount, int questionCount,
            int passMarkPercent, boolean passed, OffsetDateTime submittedAt, List<ModuleResult> modules,
            int attemptsLeft, String certificateCode) {
    }
}
