package vn.hocvuso.stats;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;
import vn.hocvuso.common.RequiredBody;
import vn.hocvuso.province.Province;
import vn.hocvuso.security.Caller;
import vn.hocvuso.security.Role;
import vn.hocvuso.stats.StatsViews.TargetView;
import vn.hocvuso.stats.TargetService.TargetRequest;

/**
 * The provinces' targets ({@link TargetService}: each is one province's; there is no national target). Who may
 * call: the national administrator (ADMIN, every province's targets) and a province administrator
 * (PROVINCE_ADMIN, its provinces' only: another province's target is 404 {@code target_not_found}, naming another
 * province 403); anyone else 403, anonymous 401.
 */
@Path("/api/v1/admin/targets")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.PROVINCE_ADMIN_NAME})
public class AdminTargetResource {

    private final TargetService targets;
    private final Caller caller;

    public AdminTargetResource(TargetService targets, Caller caller) {
        this.targets = targets;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<RestResponse<TargetView>> createTarget(
            @QueryParam("province") @Pattern(regexp = Province.KEY) String province,
            @Valid @RequiredBody TargetRequest body) {
        return targets.create(caller, province, body).map(t -> RestResponse.status(RestResponse.Status.CREATED, t));
    }

    @PUT
    @Path("/{targetId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<TargetView> updateTarget(@PathParam("targetId") UUID targetId, @Valid @RequiredBody TargetRequest body) {
        return targets.update(caller.userId(), caller.administeredProvinces(), targetId, body);
    }

    @DELETE
    @Path("/{targetId}")
    public Uni<RestResponse<Void>> deleteTarget(@PathParam("targetId") UUID targetId) {
        return targets.delete(caller.userId(), caller.administeredProvinces(), targetId)
                .map(ignored -> RestResponse.noContent());
    }
}
