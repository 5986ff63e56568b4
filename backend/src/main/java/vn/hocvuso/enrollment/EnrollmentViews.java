package vn.hocvuso.enrollment;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Request and response bodies of enrolment. */
public final class EnrollmentViews {

    private EnrollmentViews() {}

    public record EnrollRequest(@NotNull UUID courseId) {}

    /** Where a learner stands in a course, from the first step to the certificate. */
    public enum Status {
        ENROLLED,
        IN_PROGRESS,
        LESSONS_COMPLETED,
        PASSED,
        CERTIFIED
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record EnrollmentView(
            UUID id,
            UUID courseId,
            String courseTitle,
            Status status,
            int lessonsCompleted,
            int lessonsTotal,
            int percent,
            OffsetDateTime enrolledAt,
            OffsetDateTime startedAt,
            OffsetDateTime lessonsCompletedAt,
            OffsetDateTime passedAt,
            Integer bestScorePercent,
            int attemptsUsed,
            int attemptsAllowed,
            String certificateCode) {}

    /** What to do next: a lesson (and where in it), the final test, or nothing (done). */
    public enum Next {
        LESSON,
        FINAL_TEST,
        DONE
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ResumePoint(
            UUID enrollmentId,
            UUID courseId,
            Next next,
            UUID lessonId,
            Integer ordinal,
            String title,
            String kind,
            int percent,
            int positionSeconds) {}
}
