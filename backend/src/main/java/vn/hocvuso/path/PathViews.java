package vn.hocvuso.path;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import vn.hocvuso.common.NoNullElements;
import vn.hocvuso.common.OneLine;

/** The bodies of the learning-path endpoints. */
public final class PathViews {

    private PathViews() {}

    /** A course of a path, in its place; {@code certifying} for the one that certifies the group. */
    public record PathCourse(int position, UUID id, String slug, String title, String status, boolean certifying) {}

    /** A learner group's path as an administrator edits it. */
    public record LearningPath(
            String learnerGroup,
            String name,
            UUID certifyingCourseId,
            List<PathCourse> courses,
            long version,
            Instant updatedAt) {}

    /** The four groups' paths, in the groups' order (public servants, students, workers, citizens). */
    public record LearningPathList(List<LearningPath> items) {}

    /**
     * A path replaced whole: its name, its courses in order (published ones, each once), the one that
     * certifies (among them), and the version it was read at (409 {@code edit_conflict} when another change
     * came first).
     */
    @PathRules
    public record UpdatePathRequest(
            @NotBlank @OneLine @Size(max = 200) String name,

            @NotNull @Size(min = 1, max = 20) @NoNullElements
            List<UUID> courseIds,

            @NotNull UUID certifyingCourseId,
            @NotNull @PositiveOrZero Long version) {}

    /** Where a learner stands in one course of their path. */
    public enum CourseState {
        NOT_ENROLLED,
        IN_PROGRESS,
        LESSONS_COMPLETED,
        PASSED,
        CERTIFIED
    }

    /** A course of the learner's path, with where they stand in it. */
    public record MyPathCourse(
            int position,
            UUID id,
            String slug,
            String title,
            boolean certifying,
            CourseState state,
            UUID enrollmentId,
            String certificateCode) {}

    /**
     * The learner's path: their group's published courses in order, the certifying one marked, and
     * whether they are certified in the plan's sense (they hold a valid certificate of it).
     */
    public record MyPath(String learnerGroup, String name, boolean certified, List<MyPathCourse> courses) {}
}
