package vn.hocvuso.notification;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.hocvuso.common.RequiredBody;
import vn.hocvuso.notification.NotificationViews.Settings;
import vn.hocvuso.notification.NotificationViews.SettingsUpdate;
import vn.hocvuso.security.Caller;

/** A person's notification settings (language, opt-outs). Who may call: any logged-in person, about themselves. */
@Path("/api/v1/me/notification-settings")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class NotificationSettingsResource {

    private final NotificationService service;
    private final Caller caller;

    public NotificationSettingsResource(NotificationService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    public Uni<Settings> getNotificationSettings() {
        return service.settings(caller.userId());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Settings> updateNotificationSettings(@Valid @RequiredBody SettingsUpdate body) {
        return service.updateSettings(caller.userId(), body);
    }
}
