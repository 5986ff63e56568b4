package vn.hocvuso.quiz;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import vn.hocvuso.common.RequiredBody;
import vn.hocvuso.quiz.QuizViews.AnswersRequest;
import vn.hocvuso.quiz.QuizViews.AttemptResult;
import vn.hocvuso.quiz.QuizViews.AttemptReview;
import vn.hocvuso.quiz.QuizViews.AttemptView;
import vn.hocvuso.quiz.QuizViews.SavedAnswers;
import vn.hocvuso.security.Caller;

/** An attempt at the final test. Who may call: the learner it belongs to. */
@Path("/api/v1/quiz-attempts/{attemptId}")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class QuizAttemptResource {

    private final QuizService service;
    private final LearningFromMistakes mistakes;
    private final QuestionAudio audio;
    private final Caller caller;

    public QuizAttemptResource(QuizService service, LearningFromMistakes mistakes, QuestionAudio audio, Caller caller) {
        this.service = service;
        this.mistakes = mistakes;
        this.audio = audio;
        this.caller = caller;
    }

    @GET
    public Uni<AttemptView> getQuizAttempt(@PathParam("attemptId") UUID attemptId) {
        return service.get(caller.userId(), attemptId);
    }

    /** Each question of a submitted attempt with the learner's answer, the right one and the explanation. */
    @GET
    @Path("/review")
    public Uni<AttemptReview> getQuizAttemptReview(@PathParam("attemptId") UUID attemptId) {
        return mistakes.review(caller.userId(), attemptId);
    }

    /** One question of the attempt read aloud (its prompt and options, never which one is right). */
    @GET
    @Path("/questions/{questionId}/audio")
    public Uni<QuestionAudio.Track> getQuestionAudio(
            @PathParam("attemptId") UUID attemptId, @PathParam("questionId") UUID questionId) {
        return audio.forAttempt(caller.userId(), attemptId, questionId);
    }

    @PUT
    @Path("/answers")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<SavedAnswers> saveQuizAnswers(
            @PathParam("attemptId") UUID attemptId, @Valid @RequiredBody AnswersRequest body) {
        return service.saveAnswers(caller.userId(), attemptId, body);
    }

    @POST
    @Path("/submit")
    public Uni<AttemptResult> submitQuizAttempt(@PathParam("attemptId") UUID attemptId) {
        return service.submit(caller.userId(), attemptId);
    }
}
