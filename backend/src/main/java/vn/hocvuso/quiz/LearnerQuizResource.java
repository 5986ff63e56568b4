package vn.hocvuso.quiz;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import vn.hocvuso.common.RequiredBody;
import vn.hocvuso.quiz.QuizViews.PracticeAnswer;
import vn.hocvuso.quiz.QuizViews.PracticeFeedback;
import vn.hocvuso.quiz.QuizViews.PracticeSet;
import vn.hocvuso.quiz.QuizViews.QuizStatus;
import vn.hocvuso.security.Caller;

/**
 * The final test's state for the learner (when the next attempt opens) and the practice quiz of a
 * module. Who may call: the learner the enrolment belongs to (404 for anyone else).
 */
@Path("/api/v1/enrollments/{enrollmentId}")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class LearnerQuizResource {

    private final SecondChances chances;
    private final LearningFromMistakes mistakes;
    private final Caller caller;

    public LearnerQuizResource(SecondChances chances, LearningFromMistakes mistakes, Caller caller) {
        this.chances = chances;
        this.mistakes = mistakes;
        this.caller = caller;
    }

    @GET
    @Path("/quiz-status")
    public Uni<QuizStatus> getQuizStatus(@PathParam("enrollmentId") UUID enrollmentId) {
        return chances.status(caller.userId(), enrollmentId);
    }

    @GET
    @Path("/modules/{moduleId}/practice")
    public Uni<PracticeSet> getModulePractice(
            @PathParam("enrollmentId") UUID enrollmentId, @PathParam("moduleId") UUID moduleId) {
        return mistakes.practice(caller.userId(), enrollmentId, moduleId);
    }

    @POST
    @Path("/modules/{moduleId}/practice/check")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<PracticeFeedback> checkPracticeAnswer(
            @PathParam("enrollmentId") UUID enrollmentId,
            @PathParam("moduleId") UUID moduleId,
            @Valid @RequiredBody PracticeAnswer body) {
        return mistakes.check(caller.userId(), enrollmentId, moduleId, body);
    }
}
