package vn.hocvuso.notification;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestResponse;
import vn.hocvuso.common.RequiredBody;
import vn.hocvuso.notification.BulkMessages.BulkPreviewRequest;
import vn.hocvuso.notification.BulkMessages.BulkSendRequest;
import vn.hocvuso.notification.NotificationViews.BulkPreview;
import vn.hocvuso.notification.NotificationViews.BulkSent;
import vn.hocvuso.security.Caller;
import vn.hocvuso.stats.StatsScope;

/**
 * A message to the people of a unit's follow-up list. Personal reach, like the list itself: only the
 * unit's own managers (UNIT_MANAGER with a grant for it); anyone else 403, a service account too.
 */
@Path("/api/v1/stats/units/{code}/learners/messages")
@RolesAllowed("UNIT_MANAGER")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class BulkMessageResource {

    private final BulkMessages bulk;
    private final StatsScope scope;
    private final Caller caller;

    public BulkMessageResource(BulkMessages bulk, StatsScope scope, Caller caller) {
        this.bulk = bulk;
        this.scope = scope;
        this.caller = caller;
    }

    @POST
    @Path("/preview")
    public Uni<BulkPreview> previewBulkMessage(
            @PathParam("code") @Pattern(regexp = "[0-9]{5}") String code,
            @Valid @RequiredBody BulkPreviewRequest request) {
        scope.requireManagerOf(code);
        return bulk.preview(code, request.status(), request.kind().kind());
    }

    @POST
    public Uni<RestResponse<BulkSent>> sendBulkMessage(
            @PathParam("code") @Pattern(regexp = "[0-9]{5}") String code,
            @Valid @RequiredBody BulkSendRequest request) {
        scope.requireManagerOf(code);
        return bulk.send(caller.id(), code, request.status(), request.kind().kind(), request.expectedRecipients())
                .map(RestResponse::accepted);
    }
}
