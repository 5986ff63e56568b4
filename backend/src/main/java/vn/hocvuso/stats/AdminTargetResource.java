package vn.hocvuso.stats;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;
import vn.hocvuso.common.RequiredBody;
import vn.hocvuso.security.Caller;
import vn.hocvuso.security.Role;
import vn.hocvuso.stats.StatsViews.TargetView;
import vn.hocvuso.stats.TargetService.TargetRequest;

/** The province's targets. Who may call: ADMIN only. */
@Path("/api/v1/admin/targets")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
public class AdminTargetResource {

    private final TargetService targets;
    private final Caller caller;

    public AdminTargetResource(TargetService targets, Caller caller) {
        this.targets = targets;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<RestResponse<TargetView>> createTarget(@Valid @RequiredBody TargetRequest body) {
        return targets.create(caller.userId(), body).map(t -> RestResponse.status(RestResponse.Status.CREATED, t));
    }

    @PUT
    @Path("/{targetId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<TargetView> updateTarget(@PathParam("targetId") UUID targetId, @Valid @RequiredBody TargetRequest body) {
        return targets.update(caller.userId(), targetId, body);
    }

    @DELETE
    @Path("/{targetId}")
    public Uni<RestResponse<Void>> deleteTarget(@PathParam("targetId") UUID targetId) {
        return targets.delete(caller.userId(), targetId).map(ignored -> RestResponse.noContent());
    }
}
