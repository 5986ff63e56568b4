package vn.hocvuso.notification;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.hocvuso.common.ApiException;
import vn.hocvuso.notification.NotificationViews.JobRun;
import vn.hocvuso.security.Role;

/**
 * Runs a periodic selection now (ADMIN): after changing the reminder settings, to send a week's digests
 * again after a failure, and for the benchmark. The same run as the schedule's, lease included: while
 * another replica runs it, the answer says {@code ran: false}.
 */
@Path("/api/v1/admin/notification-jobs")
@RolesAllowed(Role.ADMIN_NAME)
@Produces(MediaType.APPLICATION_JSON)
public class NotificationJobResource {

    private final Reminders reminders;
    private final Digests digests;

    public NotificationJobResource(Reminders reminders, Digests digests) {
        this.reminders = reminders;
        this.digests = digests;
    }

    @POST
    @Path("/{job}/run")
    public Uni<JobRun> runNotificationJob(@PathParam("job") String job) {
        return switch (job) {
            case "reminders" -> reminders.run();
            case "digests" -> digests.run();
            default -> throw ApiException.notFound("job_not_found", job);
        };
    }
}
