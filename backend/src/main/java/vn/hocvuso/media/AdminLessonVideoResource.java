package vn.hocvuso.media;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.hocvuso.common.ApiException;
import vn.hocvuso.common.FieldViolation;
import vn.hocvuso.course.AdminCourseViews.LessonDetail;
import vn.hocvuso.security.Caller;
import vn.hocvuso.security.Role;

/**
 * A lesson's video. Who may call: the province administrator (ADMIN). The file is served by {@link MediaResource}.
 * (One class per path: a resource class whose path is a prefix of another's would hide it from Quarkus REST.)
 */
@Path("/api/v1/admin/lessons/{lessonId}/video")
@Produces(MediaType.APPLICATION_JSON)
public class AdminLessonVideoResource {

    private final LessonMediaService media;
    private final Caller caller;

    public AdminLessonVideoResource(LessonMediaService media, Caller caller) {
        this.media = media;
        this.caller = caller;
    }

    @PUT
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Role.ADMIN_NAME)
    public Uni<LessonDetail> adminUploadLessonVideo(
            @PathParam("lessonId") UUID lessonId, @RestForm("file") FileUpload file) {
        return media.upload(
                caller.userId(),
                lessonId,
                LessonMediaService.Kind.VIDEO,
                required(file).uploadedFile(),
                file.size());
    }

    static FileUpload required(FileUpload file) {
        if (file == null || file.uploadedFile() == null) {
            throw ApiException.validation(List.of(new FieldViolation("file", "required")));
        }
        return file;
    }
}
