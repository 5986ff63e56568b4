package vn.hocvuso.notification;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.hocvuso.common.Page;
import vn.hocvuso.common.PageRequest;
import vn.hocvuso.common.RequiredBody;
import vn.hocvuso.notification.NotificationViews.Template;
import vn.hocvuso.notification.NotificationViews.TemplateText;
import vn.hocvuso.security.Caller;
import vn.hocvuso.security.Role;

/** The message templates, with their variables checked and a preview. Who may call: ADMIN. */
@Path("/api/v1/admin/notification-templates")
@RolesAllowed(Role.ADMIN_NAME)
@Produces(MediaType.APPLICATION_JSON)
public class NotificationTemplateResource {

    private final NotificationService service;
    private final Caller caller;

    public NotificationTemplateResource(NotificationService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    public Uni<Page<Template>> listNotificationTemplates(@Valid @BeanParam PageRequest page) {
        return service.templates(page);
    }

    @PUT
    @Path("/{kind}/{language}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Template> updateNotificationTemplate(
            @PathParam("kind") String kind,
            @PathParam("language") String language,
            @Valid @RequiredBody TemplateText body) {
        return service.updateTemplate(caller.id(), kind, language, body);
    }

    @POST
    @Path("/{kind}/{language}/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    public TemplateText previewNotificationTemplate(
            @PathParam("kind") String kind,
            @PathParam("language") String language,
            @Valid @RequiredBody TemplateText body) {
        return service.preview(kind, language, body);
    }
}
