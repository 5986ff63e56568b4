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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import vn.hocvuso.common.Page;
import vn.hocvuso.common.PageRequest;
import vn.hocvuso.identity.Role;
import vn.hocvuso.integration.Caller;
import vn.hocvuso.integration.Scope;
import vn.hocvuso.notification.NotificationViews.Delivery;
import vn.hocvuso.notification.NotificationViews.Template;
import vn.hocvuso.notification.NotificationViews.TemplateText;

/**
 * The administrator's templates (ADMIN) and the delivery log (ADMIN: everyone; unit and agency managers:
 * the people of their units and agencies; every read audited).
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationAdminResource {

    private final NotificationService service;
    private final Caller caller;

    public NotificationAdminResource(NotificationService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @Path("/admin/notification-templates")
    @RolesAllowed(Role.ADMIN_NAME)
    public Uni<Page<Template>> listNotificationTemplates(@Valid @BeanParam PageRequest page) {
        return service.templates(page);
    }

    @PUT
    @Path("/admin/notification-templates/{kind}/{language}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    public Uni<Template> updateNotificationTemplate(@PathParam("kind") String kind, @PathParam("language") String language,
            TemplateText body) {
        return service.updateTemplate(caller.id(), kind, language, body);
    }

    @POST
    @Path("/admin/notification-templates/{kind}/{language}/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    public TemplateText previewNotificationTemplate(@PathParam("kind") String kind, @PathParam("language") String language,
            TemplateText body) {
        return service.preview(kind, language, body);
    }

    @GET
    @Path("/notifications/deliveries")
    @RolesAllowed({Role.ADMIN_NAME, "UNIT_MANAGER", "AGENCY_MANAGER"})
    public Uni<Page<Delivery>> listNotificationDeliveries(@QueryParam("status") String status,
            @QueryParam("channel") String channel, @QueryParam("kind") String kind, @QueryParam("unitCode") String unitCode,
            @QueryParam("userId") UUID userId, @Valid @BeanParam PageRequest page) {
        return service.deliveries(caller.id(), caller.reach(Scope.STATS_READ), status, channel, kind, unitCode, userId, page);
    }
}
