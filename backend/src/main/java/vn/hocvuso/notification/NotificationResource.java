package vn.hocvuso.notification;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import vn.hocvuso.common.ApiException;
import vn.hocvuso.common.OneOf;
import vn.hocvuso.common.Page;
import vn.hocvuso.common.PageRequest;
import vn.hocvuso.notification.NotificationViews.ChannelList;
import vn.hocvuso.notification.NotificationViews.Delivery;
import vn.hocvuso.security.Caller;
import vn.hocvuso.security.Role;
import vn.hocvuso.security.Scope;

/**
 * Which channels are on (any logged-in person; a service account has no notifications: 403) and the delivery log (ADMIN: everyone; unit and agency
 * managers: the people of their units and agencies; every read audited).
 */
@Path("/api/v1/notifications")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

    private final NotificationService service;
    private final Caller caller;

    public NotificationResource(NotificationService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @Path("/channels")
    @Authenticated
    public ChannelList listNotificationChannels() {
        if (caller.isService()) {
            throw ApiException.forbidden();
        }
        return new ChannelList(service.channelStates());
    }

    @GET
    @Path("/deliveries")
    @RolesAllowed({Role.ADMIN_NAME, "UNIT_MANAGER", "AGENCY_MANAGER"})
    public Uni<Page<Delivery>> listNotificationDeliveries(
            @QueryParam("status") @OneOf({"PENDING", "SENT", "FAILED", "SKIPPED"}) String status,
            @QueryParam("channel") @OneOf(names = ChannelName.class) String channel,
            @QueryParam("kind") @OneOf(names = Kind.class) String kind,
            @QueryParam("unitCode") @Pattern(regexp = "[0-9]{5}") String unitCode,
            @QueryParam("userId") UUID userId,
            @Valid @BeanParam PageRequest page) {
        return service.deliveries(
                caller.id(), caller.reach(Scope.STATS_READ), status, channel, kind, unitCode, userId, page);
    }
}
