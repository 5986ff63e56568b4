package vn.hocvuso.notification;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;
import vn.hocvuso.common.Page;
import vn.hocvuso.common.PageRequest;
import vn.hocvuso.notification.NotificationViews.InboxItem;
import vn.hocvuso.notification.NotificationViews.UnreadCount;
import vn.hocvuso.security.Caller;

/**
 * A person's own in-app inbox (the bell). Who may call: any logged-in person, about themselves only (a
 * service account has no inbox: 403).
 */
@Path("/api/v1/me/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class MyNotificationResource {

    private final NotificationService service;
    private final Caller caller;

    public MyNotificationResource(NotificationService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    public Uni<Page<InboxItem>> listMyNotifications(@Valid @BeanParam PageRequest page) {
        return service.inbox(caller.userId(), page);
    }

    @GET
    @Path("/unread-count")
    public Uni<UnreadCount> countMyUnreadNotifications() {
        return service.unread(caller.userId()).map(UnreadCount::new);
    }

    @POST
    @Path("/{notificationId}/read")
    public Uni<RestResponse<Void>> markNotificationRead(@PathParam("notificationId") UUID notificationId) {
        return service.markRead(caller.userId(), notificationId).map(ignored -> RestResponse.noContent());
    }

    @POST
    @Path("/read-all")
    public Uni<RestResponse<Void>> markAllNotificationsRead() {
        return service.markAllRead(caller.userId()).map(ignored -> RestResponse.noContent());
    }
}
