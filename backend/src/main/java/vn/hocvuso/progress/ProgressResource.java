package vn.hocvuso.progress;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import vn.hocvuso.common.RequiredBody;
import vn.hocvuso.progress.ProgressViews.ProgressRequest;
import vn.hocvuso.progress.ProgressViews.ProgressView;
import vn.hocvuso.security.Caller;

/** Lesson progress. Who may call: the learner the enrolment belongs to. */
@Path("/api/v1/enrollments/{enrollmentId}/lessons/{lessonId}/progress")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class ProgressResource {

    private final ProgressService service;
    private final Caller caller;

    public ProgressResource(ProgressService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<ProgressView> reportProgress(
            @PathParam("enrollmentId") UUID enrollmentId,
            @PathParam("lessonId") UUID lessonId,
            @Valid @RequiredBody ProgressRequest body) {
        return service.report(caller.userId(), enrollmentId, lessonId, body);
    }
}
