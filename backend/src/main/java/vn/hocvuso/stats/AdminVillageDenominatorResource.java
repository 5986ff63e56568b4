package vn.hocvuso.stats;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.hocvuso.common.RequiredBody;
import vn.hocvuso.security.Caller;
import vn.hocvuso.security.Role;
import vn.hocvuso.stats.DenominatorService.VillageDenominatorRequest;
import vn.hocvuso.stats.StatsViews.VillageDenominatorList;

/**
 * A village's (thôn, tổ dân phố) population and adults, versioned like a unit's. Who may call: ADMIN only:
 * as for a unit's denominators, a rate's denominator is not set by the managers it measures.
 */
@Path("/api/v1/admin/villages/{villageId}/denominators")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
public class AdminVillageDenominatorResource {

    private final DenominatorService denominators;
    private final Caller caller;

    public AdminVillageDenominatorResource(DenominatorService denominators, Caller caller) {
        this.denominators = denominators;
        this.caller = caller;
    }

    @GET
    public Uni<VillageDenominatorList> listVillageDenominators(@PathParam("villageId") long villageId) {
        return denominators.villageHistory(villageId);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<VillageDenominatorList> putVillageDenominators(
            @PathParam("villageId") long villageId, @Valid @RequiredBody VillageDenominatorRequest body) {
        return denominators.putVillage(caller.userId(), villageId, body);
    }
}
