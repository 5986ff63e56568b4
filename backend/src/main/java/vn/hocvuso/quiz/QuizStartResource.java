package vn.hocvuso.quiz;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;
import vn.hocvuso.common.Idempotency;
import vn.hocvuso.common.Secrets;
import vn.hocvuso.quiz.QuizViews.AttemptView;
import vn.hocvuso.security.Caller;

/** Starting the final test. Who may call: the learner the enrolment belongs to. */
@Path("/api/v1/enrollments/{enrollmentId}/quiz-attempts")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class QuizStartResource {

    private final QuizService service;
    private final Caller caller;
    private final Idempotency idempotency;

    public QuizStartResource(QuizService service, Caller caller, Idempotency idempotency) {
        this.service = service;
        this.caller = caller;
        this.idempotency = idempotency;
    }

    @POST
    public Uni<RestResponse<AttemptView>> startQuizAttempt(
            @HeaderParam(Idempotency.HEADER) String idempotencyKey, @PathParam("enrollmentId") UUID enrollmentId) {
        UUID userId = caller.userId();
        return idempotency.run(
                idempotencyKey,
                "user:" + userId,
                "startQuizAttempt:" + enrollmentId,
                Secrets.sha256(""),
                AttemptView.class,
                () -> service.start(userId, enrollmentId)
                        .map(started -> RestResponse.status(
                                started.created() ? RestResponse.Status.CREATED : RestResponse.Status.OK,
                                started.attempt())));
    }
}
