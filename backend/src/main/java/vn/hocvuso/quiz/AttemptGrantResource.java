package vn.hocvuso.quiz;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;
import vn.hocvuso.common.RequiredBody;
import vn.hocvuso.quiz.QuizViews.AttemptGrant;
import vn.hocvuso.quiz.QuizViews.GrantRequest;
import vn.hocvuso.security.Caller;

/**
 * Another attempt at the final test, granted with a reason. Who may call: an administrator, or a unit
 * manager for a learner of their unit (another unit's learner is not found); never the learner.
 */
@Path("/api/v1/courses/{courseId}/learners/{learnerId}/attempt-grants")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"ADMIN", "UNIT_MANAGER"})
public class AttemptGrantResource {

    private final SecondChances chances;
    private final Caller caller;

    public AttemptGrantResource(SecondChances chances, Caller caller) {
        this.chances = chances;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<RestResponse<AttemptGrant>> grantQuizAttempt(
            @PathParam("courseId") UUID courseId,
            @PathParam("learnerId") UUID learnerId,
            @Valid @RequiredBody GrantRequest body) {
        return chances.grant(caller, courseId, learnerId, body.reason())
                .map(grant -> RestResponse.status(RestResponse.Status.CREATED, grant));
    }
}
