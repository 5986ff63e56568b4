package vn.hocvuso.stats;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
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
import vn.hocvuso.stats.DenominatorService.UnitDenominatorRequest;
import vn.hocvuso.stats.StatsViews.UnitDenominatorList;

/** A unit's denominators. Who may call: ADMIN only. */
@Path("/api/v1/admin/units/{code}/denominators")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
public class AdminUnitDenominatorResource {

    private final DenominatorService denominators;
    private final Caller caller;

    public AdminUnitDenominatorResource(DenominatorService denominators, Caller caller) {
        this.denominators = denominators;
        this.caller = caller;
    }

    @GET
    public Uni<UnitDenominatorList> listUnitDenominators(@PathParam("code") @Pattern(regexp = "[0-9]{5}") String code) {
        return denominators.unitHistory(code);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<UnitDenominatorList> putUnitDenominators(
            @PathParam("code") @Pattern(regexp = "[0-9]{5}") String code,
            @Valid @RequiredBody UnitDenominatorRequest body) {
        return denominators.putUnit(caller.userId(), code, body);
    }
}
