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
import vn.hocvuso.stats.DenominatorService.AgencyDenominatorRequest;
import vn.hocvuso.stats.StatsViews.AgencyDenominatorList;

/**
 * An organisation's headcounts: public servants, a school's students, an enterprise's workers. Who may
 * call: ADMIN only.
 */
@Path("/api/v1/admin/agencies/{id}/denominators")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
public class AdminAgencyDenominatorResource {

    private final DenominatorService denominators;
    private final Caller caller;

    public AdminAgencyDenominatorResource(DenominatorService denominators, Caller caller) {
        this.denominators = denominators;
        this.caller = caller;
    }

    @GET
    public Uni<AgencyDenominatorList> listAgencyDenominators(@PathParam("id") long id) {
        return denominators.agencyHistory(id);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<AgencyDenominatorList> putAgencyDenominators(
            @PathParam("id") long id, @Valid @RequiredBody AgencyDenominatorRequest body) {
        return denominators.putAgency(caller.userId(), id, body);
    }
}
