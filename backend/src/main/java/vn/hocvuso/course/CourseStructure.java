package vn.hocvuso.course;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import vn.hocvuso.common.ApiException;

/**
 * What the administrator's services share about a course's structure: finding its parts (404 when
 * absent), locking the course row, so that two structural changes to one course run one after the
 * other, and renumbering its lessons after such a change.
 */
@ApplicationScoped
public class CourseStructure {

    private final CourseRepository courses;
    private final CourseModuleRepository modules;

    public CourseStructure(CourseRepository courses, CourseModuleRepository modules) {
        this.courses = courses;
        this.modules = modules;
    }

    Uni<Course> course(UUID courseId) {
        return courses.findById(courseId).invoke(course -> requireFound(course, "course_not_found"));
    }

    /** The course, its row locked until the transaction ends. */
    Uni<Course> lockedCourse(UUID courseId) {
        return courses.findForUpdate(courseId).invoke(course -> requireFound(course, "course_not_found"));
    }

    /** The module must be one of the course's; else a violation of {@code moduleId}. */
    Uni<Void> moduleOfCourse(UUID moduleId, UUID courseId) {
        return modules.findById(moduleId)
                .invoke(module -> {
                    if (module == null || !module.courseId.equals(courseId)) {
                        throw ApiException.invalid("moduleId", "module_not_in_course");
                    }
                })
                .replaceWithVoid();
    }

    /**
     * Writes pending changes, then lets the database keep each active lesson's place in the whole
     * course (its ordinal) 1..n ({@code renumber_lessons}).
     */
    Uni<Void> renumber(UUID courseId) {
        return Panache.flush().chain(() -> courses.renumberLessons(courseId));
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    static void requireFound(Object entity, String code) {
        if (entity == null) {
            throw ApiException.notFound(code);
        }
    }
}
