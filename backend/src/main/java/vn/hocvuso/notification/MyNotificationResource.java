package vn.hocvuso.notification;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
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
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;
import vn.hocvuso.common.Page;
import vn.hocvuso.common.PageRequest;
import vn.hocvuso.identity.CurrentUser;
import vn.hocvuso.notification.NotificationViews.ChannelList;
import vn.hocvuso.notification.NotificationViews.InboxItem;
import vn.hocvuso.notification.NotificationViews.Settings;
import vn.hocvuso.notification.NotificationViews.SettingsUpdate;
import vn.hocvuso.notification.NotificationViews.UnreadCount;

/**
 * A person's own in-app inbox (the bell). Who may call: any logged-in person, about themselves only (a
 * service account has no inbox: 403).
 */
@Path("/api/v1/me/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class MyNotificationResource {

    private final NotificationService service;
    private final CurrentUser caller;

    public MyNotificationResource(NotificationService service, CurrentUser caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    public Uni<Page<InboxItem>> listMyNotifications(@Valid @BeanParam PageRequest page) {
        return service.inbox(caller.id(), page);
    }

    @GET
    @Path("/unread-count")
    public Uni<UnreadCount> countMyUnreadNotifications() {
        return service.unread(caller.id()).map(UnreadCount::new);
    }

    @POST
    @Path("/{notificationId}/read")
    public Uni<RestResponse<Void>> markNotificationRead(@PathParam("notificationId") UUID notificationId) {
        return service.markRead(caller.id(), notificationId).map(ignored -> RestResponse.noContent());
    }

    @POST
    @Path("/read-all")
    public Uni<RestResponse<Void>> markAllNotificationsRead() {
        return service.markAllRead(caller.id()).map(ignored -> RestResponse.noContent());
    }
}
