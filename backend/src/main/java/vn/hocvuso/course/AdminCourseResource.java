package vn.hocvuso.course;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.groups.ConvertGroup;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.hibernate.StaleStateException;
import org.jboss.resteasy.reactive.RestResponse;
import vn.hocvuso.common.ApiException;
import vn.hocvuso.common.OnCreate;
import vn.hocvuso.common.Page;
import vn.hocvuso.common.PageRequest;
import vn.hocvuso.common.RequiredBody;
import vn.hocvuso.course.AdminCourseViews.CourseDetail;
import vn.hocvuso.course.AdminCourseViews.CourseSummary;
import vn.hocvuso.course.AdminCourseViews.CreateCourseRequest;
import vn.hocvuso.course.AdminCourseViews.CreateLessonRequest;
import vn.hocvuso.course.AdminCourseViews.CreateQuestionRequest;
import vn.hocvuso.course.AdminCourseViews.LessonDetail;
import vn.hocvuso.course.AdminCourseViews.ModuleRequest;
import vn.hocvuso.course.AdminCourseViews.ModuleView;
import vn.hocvuso.course.AdminCourseViews.QuestionView;
import vn.hocvuso.course.AdminCourseViews.ReorderRequest;
import vn.hocvuso.course.AdminCourseViews.UpdateCourseRequest;
import vn.hocvuso.course.AdminCourseViews.UpdateLessonRequest;
import vn.hocvuso.course.AdminCourseViews.UpdateQuestionRequest;
import vn.hocvuso.province.Province;
import vn.hocvuso.security.Caller;
import vn.hocvuso.security.Role;

/** Course content: courses, modules, lessons and the question bank. Who may call: the province administrator (ADMIN) only. */
@Path("/api/v1/admin")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
public class AdminCourseResource {

    private final AdminCourseService courses;
    private final AdminModuleService modules;
    private final AdminLessonService lessons;
    private final AdminQuestionService questions;
    private final Caller caller;

    public AdminCourseResource(
            AdminCourseService courses,
            AdminModuleService modules,
            AdminLessonService lessons,
            AdminQuestionService questions,
            Caller caller) {
        this.courses = courses;
        this.modules = modules;
        this.lessons = lessons;
        this.questions = questions;
        this.caller = caller;
    }

    // --- Courses -------------------------------------------------------------------------------------

    @GET
    @Path("/courses")
    public Uni<Page<CourseSummary>> adminListCourses(
            @BeanParam @Valid PageRequest page,
            @QueryParam("province") @Pattern(regexp = Province.KEY) String province) {
        return courses.list(page, province);
    }

    @POST
    @Path("/courses")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<RestResponse<CourseDetail>> adminCreateCourse(@Valid @RequiredBody CreateCourseRequest body) {
        return created(courses.create(caller.userId(), body));
    }

    @GET
    @Path("/courses/{courseId}")
    public Uni<CourseDetail> adminGetCourse(@PathParam("courseId") UUID courseId) {
        return courses.get(courseId);
    }

    @PATCH
    @Path("/courses/{courseId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<CourseDetail> adminUpdateCourse(
            @PathParam("courseId") UUID courseId, @Valid @RequiredBody UpdateCourseRequest body) {
        return lockConflicts(courses.update(caller.userId(), courseId, body));
    }

    @POST
    @Path("/courses/{courseId}/publish")
    public Uni<CourseDetail> adminPublishCourse(@PathParam("courseId") UUID courseId) {
        return lockConflicts(courses.publish(caller.userId(), courseId));
    }

    @POST
    @Path("/courses/{courseId}/unpublish")
    public Uni<CourseDetail> adminUnpublishCourse(@PathParam("courseId") UUID courseId) {
        return lockConflicts(courses.unpublish(caller.userId(), courseId));
    }

    @PUT
    @Path("/courses/{courseId}/order")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<CourseDetail> adminReorderCourse(
            @PathParam("courseId") UUID courseId, @Valid @RequiredBody ReorderRequest body) {
        return lockConflicts(courses.reorder(caller.userId(), courseId, body));
    }

    // --- Modules -------------------------------------------------------------------------------------

    @POST
    @Path("/courses/{courseId}/modules")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<RestResponse<ModuleView>> adminCreateModule(
            @PathParam("courseId") UUID courseId,
            @Valid @ConvertGroup(to = OnCreate.class) @RequiredBody ModuleRequest body) {
        return created(modules.create(caller.userId(), courseId, body));
    }

    @PATCH
    @Path("/modules/{moduleId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<ModuleView> adminUpdateModule(
            @PathParam("moduleId") UUID moduleId, @Valid @RequiredBody ModuleRequest body) {
        return lockConflicts(modules.update(caller.userId(), moduleId, body));
    }

    // --- Lessons -------------------------------------------------------------------------------------

    @POST
    @Path("/modules/{moduleId}/lessons")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<RestResponse<LessonDetail>> adminCreateLesson(
            @PathParam("moduleId") UUID moduleId, @Valid @RequiredBody CreateLessonRequest body) {
        return created(lessons.create(caller.userId(), moduleId, body));
    }

    @GET
    @Path("/lessons/{lessonId}")
    public Uni<LessonDetail> adminGetLesson(@PathParam("lessonId") UUID lessonId) {
        return lessons.get(lessonId);
    }

    @PATCH
    @Path("/lessons/{lessonId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<LessonDetail> adminUpdateLesson(
            @PathParam("lessonId") UUID lessonId, @Valid @RequiredBody UpdateLessonRequest body) {
        return lockConflicts(lessons.update(caller.userId(), lessonId, body));
    }

    @DELETE
    @Path("/lessons/{lessonId}")
    public Uni<RestResponse<Void>> adminRetireLesson(@PathParam("lessonId") UUID lessonId) {
        return lockConflicts(lessons.retire(caller.userId(), lessonId)).map(ignored -> RestResponse.noContent());
    }

    // --- Questions -----------------------------------------------------------------------------------

    @GET
    @Path("/courses/{courseId}/questions")
    public Uni<Page<QuestionView>> adminListQuestions(
            @PathParam("courseId") UUID courseId,
            @QueryParam("moduleId") UUID moduleId,
            @BeanParam @Valid PageRequest page) {
        return questions.list(courseId, moduleId, page);
    }

    @POST
    @Path("/courses/{courseId}/questions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<RestResponse<QuestionView>> adminCreateQuestion(
            @PathParam("courseId") UUID courseId, @Valid @RequiredBody CreateQuestionRequest body) {
        return created(questions.create(caller.userId(), courseId, body));
    }

    @PATCH
    @Path("/questions/{questionId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<QuestionView> adminUpdateQuestion(
            @PathParam("questionId") UUID questionId, @Valid @RequiredBody UpdateQuestionRequest body) {
        return lockConflicts(questions.update(caller.userId(), questionId, body));
    }

    @DELETE
    @Path("/questions/{questionId}")
    public Uni<RestResponse<Void>> adminDeactivateQuestion(@PathParam("questionId") UUID questionId) {
        return lockConflicts(questions.deactivate(caller.userId(), questionId))
                .map(ignored -> RestResponse.noContent());
    }

    // --- Helpers -------------------------------------------------------------------------------------

    private static <T> Uni<RestResponse<T>> created(Uni<T> result) {
        return result.map(body -> RestResponse.status(RestResponse.Status.CREATED, body));
    }

    /**
     * Someone else changed the same row between our read and our write (its {@code version} moved):
     * 409 {@code edit_conflict}, so the administrator reloads rather than overwrites their change.
     */
    private static <T> Uni<T> lockConflicts(Uni<T> result) {
        return result.onFailure(AdminCourseResource::isStale)
                .transform(e -> new ApiException(RestResponse.StatusCode.CONFLICT, "edit_conflict"));
    }

    private static boolean isStale(Throwable failure) {
        for (Throwable e = failure; e != null; e = e.getCause()) {
            if (e instanceof StaleStateException || e instanceof OptimisticLockException) {
                return true;
            }
        }
        return false;
    }
}
