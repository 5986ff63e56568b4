package vn.hocvuso.media;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import vn.hocvuso.security.Caller;

/** A lesson read aloud. Who may call: a logged-in learner who may read the lesson (enrolled, lesson open). */
@Path("/api/v1/courses/{courseId}/lessons/{lessonId}/audio")
@Produces(MediaType.APPLICATION_JSON)
public class LessonAudioResource {

    private final LessonAudio audio;
    private final Caller caller;

    public LessonAudioResource(LessonAudio audio, Caller caller) {
        this.audio = audio;
        this.caller = caller;
    }

    @GET
    @Authenticated
    public Uni<LessonAudio.Track> getLessonAudio(
            @PathParam("courseId") UUID courseId, @PathParam("lessonId") UUID lessonId) {
        return audio.forLesson(courseId, lessonId, caller.userId());
    }
}
