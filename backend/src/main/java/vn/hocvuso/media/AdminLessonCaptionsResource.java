package vn.hocvuso.media;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.hocvuso.course.AdminCourseViews.LessonDetail;
import vn.hocvuso.security.Caller;
import vn.hocvuso.security.Role;

/** A video lesson's captions (WebVTT). Who may call: the province administrator (ADMIN). */
@Path("/api/v1/admin/lessons/{lessonId}/captions")
@Produces(MediaType.APPLICATION_JSON)
public class AdminLessonCaptionsResource {

    private final LessonMediaService media;
    private final Caller caller;

    public AdminLessonCaptionsResource(LessonMediaService media, Caller caller) {
        this.media = media;
        this.caller = caller;
    }

    @PUT
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Role.ADMIN_NAME)
    public Uni<LessonDetail> adminUploadLessonCaptions(
            @PathParam("lessonId") UUID lessonId, @RestForm("file") FileUpload file) {
        return media.upload(
                caller.userId(),
                lessonId,
                LessonMediaService.Kind.CAPTIONS,
                AdminLessonVideoResource.required(file).uploadedFile(),
                file.size());
    }
}
