package vn.hocvuso.course;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import vn.hocvuso.common.Page;
import vn.hocvuso.common.PageRequest;
import vn.hocvuso.course.CourseViews.CourseOutline;
import vn.hocvuso.course.CourseViews.CourseSummary;
import vn.hocvuso.course.CourseViews.LessonContent;
import vn.hocvuso.course.CourseViews.OfflineLessons;
import vn.hocvuso.province.Province;
import vn.hocvuso.security.Caller;

/**
 * Published courses. Who may call: anyone for the list and the outline (a logged-in caller also sees
 * their state per lesson); a logged-in, enrolled learner for a lesson's content and the offline lessons.
 */
@Path("/api/v1/courses")
@Produces(MediaType.APPLICATION_JSON)
public class CourseResource {

    private final CourseCatalog catalog;
    private final Caller caller;

    public CourseResource(CourseCatalog catalog, Caller caller) {
        this.catalog = catalog;
        this.caller = caller;
    }

    @GET
    @PermitAll
    public Uni<Page<CourseSummary>> listCourses(
            @BeanParam @Valid PageRequest page,
            @QueryParam("province") @Pattern(regexp = Province.KEY) String province) {
        return caller.optionalUserId().chain(user -> catalog.published(page, user, province));
    }

    @GET
    @Path("/{courseId}")
    @PermitAll
    public Uni<CourseOutline> getCourse(@PathParam("courseId") UUID courseId) {
        return caller.optionalUserId().chain(user -> catalog.outline(courseId, user));
    }

    @GET
    @Path("/{courseId}/lessons/{lessonId}")
    @Authenticated
    public Uni<LessonContent> getLesson(@PathParam("courseId") UUID courseId, @PathParam("lessonId") UUID lessonId) {
        return catalog.lesson(courseId, lessonId, caller.userId());
    }

    /** Every lesson's content at once, kept by the web app for studying without a connection. */
    @GET
    @Path("/{courseId}/offline-lessons")
    @Authenticated
    public Uni<OfflineLessons> getOfflineLessons(@PathParam("courseId") UUID courseId) {
        return catalog.lessonsForOffline(courseId, caller.userId())
                .map(lessons -> new OfflineLessons(courseId, lessons));
    }
}
