package vn.hocvuso.enrollment;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;
import vn.hocvuso.common.Idempotency;
import vn.hocvuso.common.Page;
import vn.hocvuso.common.PageRequest;
import vn.hocvuso.common.RequiredBody;
import vn.hocvuso.enrollment.EnrollmentViews.EnrollRequest;
import vn.hocvuso.enrollment.EnrollmentViews.EnrollmentView;
import vn.hocvuso.enrollment.EnrollmentViews.ResumePoint;
import vn.hocvuso.security.Caller;

/** The caller's enrolments. Who may call: any logged-in user, about their own enrolments only. */
@Path("/api/v1/enrollments")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class EnrollmentResource {

    private final EnrollmentService service;
    private final Caller caller;
    private final Idempotency idempotency;

    public EnrollmentResource(EnrollmentService service, Caller caller, Idempotency idempotency) {
        this.service = service;
        this.caller = caller;
        this.idempotency = idempotency;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<RestResponse<EnrollmentView>> enroll(
            @HeaderParam(Idempotency.HEADER) String idempotencyKey, @Valid @RequiredBody EnrollRequest body) {
        UUID userId = caller.userId();
        return idempotency.run(
                idempotencyKey,
                "user:" + userId,
                "enroll",
                idempotency.fingerprint(body),
                EnrollmentView.class,
                () -> service.enroll(userId, body.courseId())
                        .map(result -> RestResponse.status(
                                result.created() ? RestResponse.Status.CREATED : RestResponse.Status.OK,
                                result.enrollment())));
    }

    @GET
    public Uni<Page<EnrollmentView>> listMyEnrollments(@BeanParam @Valid PageRequest page) {
        return service.mine(caller.userId(), page);
    }

    @GET
    @Path("/{enrollmentId}")
    public Uni<EnrollmentView> getEnrollment(@PathParam("enrollmentId") UUID enrollmentId) {
        return service.one(caller.userId(), enrollmentId);
    }

    @GET
    @Path("/{enrollmentId}/resume")
    public Uni<ResumePoint> getResumePoint(@PathParam("enrollmentId") UUID enrollmentId) {
        return service.resume(caller.userId(), enrollmentId);
    }
}
