package vn.hocvuso.course;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.resteasy.reactive.RestResponse.StatusCode;
import vn.hocvuso.common.ApiException;

/**
 * When a course may be taken: it has a module, an active lesson and enough active questions for one
 * test. Publishing checks it; a published course must stay so, and a change that would break it is
 * refused ({@code course_must_stay_ready}): unpublish it first.
 */
@ApplicationScoped
public class PublishingRules {

    private final CourseRepository courses;

    public PublishingRules(CourseRepository courses) {
        this.courses = courses;
    }

    /** Refuses to publish a course that is not ready ({@code course_not_ready}). */
    Uni<Void> requireReady(Course course) {
        return courses.countsOf(course.id)
                .invoke(counts -> {
                    if (!ready(course, counts)) {
                        throw notReady("course_not_ready", course, counts);
                    }
                })
                .replaceWithVoid();
    }

    /** For a published course: refuses (and so rolls back) a change that leaves it unfit to be taken. */
    Uni<Void> staysReady(Course course) {
        if (course.status != CourseStatus.PUBLISHED) {
            return Uni.createFrom().voidItem();
        }
        return Panache.flush()
                .chain(() -> courses.countsOf(course.id))
                .invoke(counts -> {
                    if (!ready(course, counts)) {
                        throw notReady("course_must_stay_ready", course, counts);
                    }
                })
                .replaceWithVoid();
    }

    private static boolean ready(Course course, CourseRepository.Counts counts) {
        return counts.modules() >= 1 && counts.activeLessons() >= 1 && counts.activeQuestions() >= course.questionCount;
    }

    /** 409 whose message states each requirement next to what the course has. */
    private static ApiException notReady(String code, Course course, CourseRepository.Counts counts) {
        return new ApiException(
                StatusCode.CONFLICT,
                code,
                counts.modules(),
                counts.activeLessons(),
                course.questionCount,
                counts.activeQuestions());
    }
}
